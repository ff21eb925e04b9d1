import QtQuick
import QtQuick.Dialogs
import Amparo.App

// The file dialog of FilePickerList, in a file of its own: FilePickerList loads it by URL only
// when the person taps "Choose file…", so QtQuick.Dialogs (and its file-system model) is not loaded
// with every page that offers an attachment (start-up work and memory). On the desktop the dialog
// is Qt's own, not the desktop's, which would add the file to the desktop's "recent files" (SR-33).
Item {
    id: chooser
    property var nameFilters: []
    readonly property alias dialog: dialog
    signal chosen(url file)
    // Qt's translations (the dialog's own "Open" and "Cancel") load now, not at start; the
    // dialog builds its buttons when it first opens.
    function open() {
        Language.loadQtTranslations()
        dialog.open()
    }
    function close() { dialog.close() }

    FileDialog {
        id: dialog
        objectName: "fileDialog"
        title: qsTr("Choose a file")
        fileMode: FileDialog.OpenFile
        options: Qt.platform.os === "android" || Qt.platform.os === "ios" ? 0 : FileDialog.DontUseNativeDialog
        nameFilters: chooser.nameFilters
        onAccepted: chooser.chosen(selectedFile)
    }
}
