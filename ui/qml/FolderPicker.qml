import QtQuick
import QtQuick.Dialogs

// Desktop folder picker for "Send to…" (issue 6). SendToPage loads this file by URL only when the
// person asks for it, so QtQuick.Dialogs is not loaded at start. The chosen folder is used for
// this one export and never stored (SR-33).
Item {
    id: picker
    property url folder
    signal chosen(url folder)
    function open() { dialog.open() }

    FolderDialog {
        id: dialog
        title: qsTr("Choose where to save the sealed file")
        currentFolder: picker.folder
        onAccepted: picker.chosen(dialog.selectedFolder)
    }
}
