import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// One note with its revision history and attachments. Plain text, not selectable (SR-27, SR-32).
Page {
    id: page
    property string noteId: ""
    readonly property bool vaultScreen: true
    readonly property var note: Vault.current
    background: Rectangle { color: Theme.background }

    header: ScreenHeader {
        title: page.note.title.length > 0 ? page.note.title : qsTr("Note written while locked")
        showPanic: true
        onBack: app.back()
        onPanic: app.panic()
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

            PlainText {
                objectName: "chainState"
                Layout.fillWidth: true
                font.bold: true
                color: page.note.chainIntact ? Theme.primary : Theme.urgent
                text: (page.note.revisions > 1 ? qsTr("Edited %n time(s)", "", page.note.revisions - 1) : qsTr("Not edited"))
                      + qsTr(", ") + (page.note.chainIntact ? qsTr("history intact") : qsTr("history could not be verified"))
            }
            PlainText {
                visible: page.note.capturedWhileLocked
                Layout.fillWidth: true
                text: qsTr("Written while the vault was locked.")
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            // "Label: answer", the answer already isolated (VaultBridge::openNote).
            Repeater {
                model: page.note.lines
                delegate: PlainText {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                }
            }
            PlainText {
                objectName: "narrative"
                visible: page.note.narrative.length > 0
                Layout.fillWidth: true
                userText: true
                text: page.note.narrative
            }
            BigButton {
                objectName: "editButton"
                text: qsTr("Edit or add details")
                onClicked: app.show("form", { "noteId": page.noteId })
            }
            AppButton {
                objectName: "sendNoteButton"
                text: qsTr("Send to…")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: app.show("sendTo", { "noteIds": [page.noteId] })
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Files") }
            Repeater {
                model: page.note.attachments
                delegate: PlainText {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "• " + Language.isolate(modelData)
                }
            }
            AppButton {
                objectName: "addFileButton"
                text: qsTr("Add a photo, recording or file")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: { picker.visible = !picker.visible; if (picker.visible) picker.refresh() }
            }
            FilePickerList {
                id: picker
                visible: false
                Layout.fillWidth: true
                onPicked: function(path) {
                    visible = false
                    Vault.addAttachment(page.noteId, picker.urlFor(path))
                }
            }
            PlainText {
                visible: Vault.errorMessage.length > 0
                Layout.fillWidth: true
                text: Vault.errorMessage
                color: Theme.urgent
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("History") }
            Repeater {
                model: page.note.history
                delegate: PlainText {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    font.pixelSize: Theme.small
                    color: Theme.muted
                }
            }
        }
    }
}
