import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// SR-15 quick capture: works while locked, write-only. The field clears after sealing and
// earlier captures cannot be seen here.
Page {
    id: page
    readonly property bool vaultScreen: false
    property string attachment: ""
    property bool saved: false
    background: Rectangle { color: Theme.background }

    // "Hide" as on the notes and form screens (SR-17): one tap locks and shows the neutral Home.
    header: ScreenHeader {
        title: qsTr("Record what happened")
        showPanic: true
        onBack: app.back()
        onPanic: {
            // What was written is not lost: the text is sealed first (write-only, as "Seal into the
            // vault" does; fast), then the app hides. A chosen file is not added here: copying it
            // could take long, and it stays where it was.
            if (Vault.exists && note.text.trim().length > 0)
                Vault.capture(note.text, "")
            note.clear()
            page.attachment = ""
            app.panic()
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        KeyboardScroll { flickable: flick }
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.columnX(parent.width)
            y: Theme.margin
            width: Theme.columnWidth(parent.width)
            spacing: Theme.spacing

            // No vault yet: nothing to seal to.
            PlainText {
                visible: !Vault.exists
                Layout.fillWidth: true
                text: qsTr("To keep notes safe, first create a vault with a passphrase. It takes a minute.")
            }
            BigButton {
                objectName: "createVaultButton"
                visible: !Vault.exists
                text: qsTr("Create a vault")
                onClicked: app.show("create", { "next": "capture" })
            }

            PlainText {
                visible: Vault.exists
                Layout.fillWidth: true
                text: qsTr("Write what happened while you remember it. It is sealed at once; only your passphrase opens it.")
            }
            // A visible label, not a placeholder: a placeholder is cut off on a phone and is gone
            // once the person starts writing.
            PlainText {
                visible: Vault.exists
                Layout.fillWidth: true
                text: qsTr("What happened? Who was there? What did they say or do?")
                font.bold: true
                Accessible.ignored: true
            }
            FormTextArea {
                id: note
                objectName: "captureText"
                visible: Vault.exists
                Layout.fillWidth: true
                Layout.minimumHeight: 180
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("What happened")
                onTextChanged: if (text.length > 0) page.saved = false
            }
            AppButton {
                objectName: "attachButton"
                visible: Vault.exists
                text: page.attachment.length > 0 ? qsTr("Attached: %1").arg(page.attachment.substring(page.attachment.lastIndexOf("/") + 1))
                                                  : qsTr("Attach a photo, recording or file")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: { pickerBox.visible = !pickerBox.visible; if (pickerBox.visible) pickerBox.refresh() }
            }
            FilePickerList {
                id: pickerBox
                visible: false
                Layout.fillWidth: true
                onPicked: function(path) { page.attachment = path; visible = false }
            }
            BigButton {
                objectName: "sealButton"
                visible: Vault.exists
                text: qsTr("Seal into the vault")
                enabled: note.text.trim().length > 0 || page.attachment.length > 0
                onClicked: {
                    if (Vault.capture(note.text, page.attachment.length > 0 ? pickerBox.urlFor(page.attachment) : "")) {
                        note.clear()
                        page.attachment = ""
                        page.saved = true
                    }
                }
            }
            PlainText {
                objectName: "captureSaved"
                visible: page.saved
                Layout.fillWidth: true
                text: qsTr("Sealed. You can read it after you unlock the vault.")
                color: Theme.primary
                font.bold: true
            }
            PlainText {
                visible: Vault.errorMessage.length > 0
                Layout.fillWidth: true
                text: Vault.errorMessage
                color: Theme.urgent
            }
            AppButton {
                objectName: "captureUnlockButton"
                visible: Vault.exists
                text: qsTr("Unlock to see and edit notes")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                flat: true
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: app.replaceWith("unlock", { "next": "notes" })
            }
        }
    }
}
