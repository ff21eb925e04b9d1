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

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing
            PassphraseField { id: oldField; objectName: "oldPassphrase"; Layout.fillWidth: true; label: qsTr("Current passphrase") }
            PassphraseField { id: newField; objectName: "newPassphrase"; Layout.fillWidth: true; label: qsTr("New passphrase") }
            StrengthMeter { Layout.fillWidth: true; passphrase: newField.text }
            PassphraseField { id: confirmField; objectName: "confirmPassphrase"; Layout.fillWidth: true; label: qsTr("Type the new one again") }
            PlainText {
                visible: Vault.errorMessage.length > 0
                Layout.fillWidth: true
                text: Vault.errorMessage
                color: Theme.urgent
            }
            PlainText {
                visible: page.done
                Layout.fillWidth: true
                text: qsTr("Passphrase changed.")
                color: Theme.primary
                font.bold: true
            }
            BigButton {
                objectName: "changeButton"
                text: qsTr("Change passphrase")
                enabled: oldField.text.length > 0 && Passphrase.acceptable(newField.text)
                onClicked: {
                    page.done = Vault.changePassphrase(oldField.text, newField.text, confirmField.text)
                    oldField.clear(); newField.clear(); confirmField.clear()
                }
            }
        }
    }
}
