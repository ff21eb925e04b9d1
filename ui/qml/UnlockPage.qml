import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// Unlock. After failures the app makes you wait (SR-12); the label says honestly what that is.
Page {
    id: page
    property string next: "notes"
    readonly property bool vaultScreen: false
    background: Rectangle { color: Theme.background }
    Component.onCompleted: Vault.refreshRetryDelay()

    header: ScreenHeader {
        title: qsTr("Unlock your vault")
        onBack: app.back()
    }

    // Argon2id runs on the vault's worker thread: the screen stays alive (busy indicator) and a
    // second submit is refused while it runs. The field is cleared at once.
    function submit() {
        if (Vault.busy || Vault.retryDelaySeconds > 0 || field.text.length === 0)
            return
        Vault.unlock(field.text)
        field.clear()
    }
    Connections {
        target: Vault
        function onUnlockFinished(ok) {
            if (ok)
                app.replaceWith(page.next, {})
            else
                field.forceActiveFocus()
        }
    }

    Timer {
        interval: 1000
        repeat: true
        running: Vault.retryDelaySeconds > 0
        onTriggered: Vault.refreshRetryDelay()
    }

    ColumnLayout {
        x: Theme.columnX(parent.width)
        y: Theme.margin
        width: Theme.columnWidth(parent.width)
        spacing: Theme.spacing
        PassphraseField {
            id: field
            objectName: "unlockPassphrase"
            Layout.fillWidth: true
            label: qsTr("Passphrase")
            focus: true
            readOnly: Vault.busy
            onAccepted: page.submit()
        }
        PlainText {
            objectName: "unlockError"
            visible: Vault.errorMessage.length > 0
            Layout.fillWidth: true
            text: Vault.errorMessage
            color: Theme.urgent
        }
        PlainText {
            objectName: "retryDelay"
            visible: Vault.retryDelaySeconds > 0
            Layout.fillWidth: true
            text: qsTr("Wait %1 seconds before the next try.").arg(Vault.retryDelaySeconds) + " "
                  + qsTr("This pause only slows down this screen. Your passphrase is what protects the vault.")
            color: Theme.warning
        }
        BigButton {
            objectName: "unlockSubmit"
            text: qsTr("Unlock")
            enabled: !Vault.busy && Vault.retryDelaySeconds === 0 && field.text.length > 0
            onClicked: page.submit()
        }
        // Argon2id takes a moment on a cheap phone: say so in words too, not only with the spinner.
        BusyNote {
            running: Vault.busy
            indicatorName: "unlockBusy"
            textName: "unlockBusyText"
            text: qsTr("Opening the vault…")
        }
    }
}
