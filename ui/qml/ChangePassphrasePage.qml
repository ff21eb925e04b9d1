import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// SR-14: changing the passphrase asks for the current one.
Page {
    id: page
    readonly property bool vaultScreen: true
    property bool done: false
    background: Rectangle { color: Theme.background }

    header: ScreenHeader {
        title: qsTr("Change passphrase")
        showPanic: true
        onBack: app.back()
        onPanic: app.panic()
    }

    // Argon2id runs on the vault's worker thread; a second submit is refused while it runs. The
    // fields are cleared as soon as the passphrases are handed over.
    function submit() {
        if (Vault.busy || oldField.text.length === 0 || !Passphrase.acceptable(newField.text))
            return
        page.done = false
        if (Vault.changePassphrase(oldField.text, newField.text, confirmField.text)) {
            oldField.clear(); newField.clear(); confirmField.clear()
        }
    }
    Connections {
        target: Vault
        function onPassphraseChangeFinished(ok) { page.done = ok }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        KeyboardScroll { flickable: flick }
        ColumnLayout {
            id: column
            x: Theme.columnX(parent.width)
            y: Theme.margin
            width: Theme.columnWidth(parent.width)
            spacing: Theme.spacing
            PassphraseField {
                id: oldField
                objectName: "oldPassphrase"
                Layout.fillWidth: true
                label: qsTr("Current passphrase")
                focus: true
                readOnly: Vault.busy
            }
            PassphraseField {
                id: newField
                objectName: "newPassphrase"
                Layout.fillWidth: true
                label: qsTr("New passphrase")
                readOnly: Vault.busy
            }
            StrengthMeter { Layout.fillWidth: true; passphrase: newField.text }
            PassphraseField {
                id: confirmField
                objectName: "confirmPassphrase"
                Layout.fillWidth: true
                label: qsTr("Type the new one again")
                readOnly: Vault.busy
                onAccepted: page.submit()
            }
            PlainText {
                objectName: "changeError"
                visible: Vault.errorMessage.length > 0
                Layout.fillWidth: true
                text: Vault.errorMessage
                color: Theme.urgent
            }
            PlainText {
                objectName: "changeDone"
                visible: page.done
                Layout.fillWidth: true
                text: qsTr("Passphrase changed.")
                color: Theme.primary
                font.bold: true
            }
            BigButton {
                objectName: "changeButton"
                text: qsTr("Change passphrase")
                enabled: !Vault.busy && oldField.text.length > 0 && Passphrase.acceptable(newField.text)
                onClicked: page.submit()
            }
            // Argon2id takes a moment on a cheap phone: say so in words too, not only with the spinner.
            BusyNote {
                running: Vault.busy
                indicatorName: "changeBusy"
                textName: "changeBusyText"
                text: qsTr("Changing the passphrase…")
            }
        }
    }
}
