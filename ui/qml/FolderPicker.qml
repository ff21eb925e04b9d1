import QtQuick
import QtQuick.Dialogs
import Amparo.App

// Desktop folder picker for "Send to…" (issue 6). SendToPage loads this file by URL only when the
// person asks for it, so QtQuick.Dialogs is not loaded at start. The chosen folder is used for
// this one export and never stored (SR-33).
Item {
    id: picker
    property url folder
    signal chosen(url folder)
    // Qt's translations (the dialog's own buttons) load now, not at start: see FileChooser.qml.
    function open() {
        Language.loadQtTranslations()
        dialog.open()
    }

    FolderDialog {
        id: dialog
        title: qsTr("Choose where to save the sealed file")
        currentFolder: picker.folder
        onAccepted: picker.chosen(dialog.selectedFolder)
    }
}
