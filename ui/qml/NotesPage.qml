import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// The notes list (unlocked only). Note text is plain (SR-27); nothing here can be copied (SR-32).
Page {
    id: page
    readonly property bool vaultScreen: true
    background: Rectangle { color: Theme.background }

    header: ScreenHeader {
        title: qsTr("Your notes")
        showPanic: true
        onBack: app.back()
        onPanic: app.panic()
    }

    ListView {
        id: list
        objectName: "notesList"
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: Theme.columnWidth(parent.width)
        spacing: 8
        clip: true
        model: Vault.notes
        ScrollBar.vertical: ScrollBar {}
        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing
            BigButton {
                objectName: "newNoteButton"
                text: qsTr("New incident report")
                subtitle: qsTr("One question at a time. Skip anything.")
                onClicked: app.show("form", {})
            }
            PlainText {
                objectName: "mergedBanner"
                visible: Vault.capturesMerged > 0
                Layout.fillWidth: true
                text: qsTr("%n note(s) written while locked were added.", "", Vault.capturesMerged)
                color: Theme.primary
                font.bold: true
            }
            PlainText {
                visible: list.count === 0
                Layout.fillWidth: true
                text: qsTr("No notes yet.")
                color: Theme.muted
            }
            Item { implicitHeight: 4 }
        }
        delegate: ItemDelegate {
            id: row
            required property int index
            required property string noteId
            required property string title
            required property string updated
            required property int revisions
            required property int attachments
            required property bool capturedWhileLocked
            objectName: "note_" + index
            width: list.width
            implicitHeight: Math.max(72, content.implicitHeight + 20)
            Accessible.role: Accessible.Button
            Accessible.name: (title.length > 0 ? title : qsTr("Note written while locked")) + ". " + updated
            background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.outline }
            contentItem: ColumnLayout {
                id: content
                spacing: 2
                PlainText {
                    Layout.fillWidth: true
                    text: row.title.length > 0 ? row.title : qsTr("Note written while locked")
                    font.bold: true
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                PlainText {
                    Layout.fillWidth: true
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    text: row.updated
                          + (row.revisions > 1 ? " · " + qsTr("edited %n time(s)", "", row.revisions - 1) : "")
                          + (row.attachments > 0 ? " · " + qsTr("%n file(s)", "", row.attachments) : "")
                          + (row.capturedWhileLocked ? " · " + qsTr("written while locked") : "")
                }
            }
            onClicked: {
                if (Vault.openNote(noteId))
                    app.show("note", { "noteId": noteId })
            }
        }
    }
    // Two actions that share the width and wrap, so both fit at 360 px in every language.
    // "Change passphrase" lives in Settings (shown while the vault is open), not here.
    footer: ToolBar {
        Material.background: Theme.surface
        implicitHeight: Math.max(Theme.touch + 8, footerRow.implicitHeight + 8)
        RowLayout {
            id: footerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            anchors.topMargin: 4
            anchors.bottomMargin: 4
            spacing: 8
            AppButton {
                objectName: "sendAllButton"
                text: qsTr("Send to…")
                flat: true
                font.pixelSize: Theme.body
                implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + 16)
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.minimumWidth: Theme.minTouch
                leftPadding: 8
                rightPadding: 8
                Accessible.name: qsTr("Send all notes to an organization")
                Accessible.role: Accessible.Button
                onClicked: app.show("sendTo", { "noteIds": [] })
            }
            AppButton {
                objectName: "lockVaultButton"
                text: qsTr("Lock")
                font.pixelSize: Theme.body
                font.bold: true
                implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + 16)
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.minimumWidth: Theme.minTouch
                leftPadding: 8
                rightPadding: 8
                Accessible.name: qsTr("Lock the vault")
                Accessible.role: Accessible.Button
                onClicked: app.panic()
            }
        }
    }
}
