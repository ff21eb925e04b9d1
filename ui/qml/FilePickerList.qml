import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Amparo.App

// Choosing a file: the system's file dialog ("Choose file…"), the newest photos, recordings and
// documents from the person's folders, or a typed location as the fallback.
// SR-33: nothing chosen is remembered anywhere but in this item's memory (no QSettings, no recent
// list on disk). On the desktop the dialog is Qt's own (not the desktop's, which would add the
// file to the desktop's "recent files"); on Android and iOS it is the system picker.
ColumnLayout {
    id: picker
    property var files: []
    property string chosen: ""
    property bool showTypedPath: true
    property alias nameFilters: dialog.nameFilters
    signal picked(string path)
    spacing: 4
    function refresh() { files = Platform.mediaFiles() }
    // The dialog lives in the window's overlay: it must not outlive or outshow its screen (a lock
    // pops the screen; nothing of the picker stays on top).
    onVisibleChanged: if (!visible) dialog.close()
    Component.onDestruction: dialog.close()

    // The URL the vault opens for a picked path (spaces, '#' and non-Latin names survive).
    function urlFor(path) {
        if (path.indexOf("://") >= 0)
            return path
        return "file://" + path.split("/").map(encodeURIComponent).join("/")
    }
    function pathFromUrl(url) {
        var s = url.toString()
        return s.indexOf("file://") === 0 ? decodeURIComponent(s.substring(7)) : s
    }
    function choose(path) {
        if (path.length === 0)
            return
        picker.chosen = path
        picker.picked(path)
    }
    function useTyped() {
        var path = typedPath.text.trim()
        if (path.indexOf("file://") === 0)
            path = pathFromUrl(path)
        typedPath.clear()
        choose(path)
    }

    FileDialog {
        id: dialog
        objectName: "fileDialog"
        title: qsTr("Choose a file")
        fileMode: FileDialog.OpenFile
        options: Qt.platform.os === "android" || Qt.platform.os === "ios" ? 0 : FileDialog.DontUseNativeDialog
        nameFilters: [
            qsTr("Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.3gp)"),
            qsTr("Audio recordings (*.m4a *.mp3 *.ogg *.opus *.wav *.aac *.amr)"),
            qsTr("Documents (*.pdf *.txt *.doc *.docx *.odt)"),
            qsTr("All files (*)")
        ]
        onAccepted: picker.choose(picker.pathFromUrl(selectedFile))
    }

    AppButton {
        objectName: "chooseFileButton"
        Layout.fillWidth: true
        text: qsTr("Choose file…")
        implicitHeight: Theme.touch
        font.pixelSize: Theme.body
        Accessible.name: text
        Accessible.role: Accessible.Button
        onClicked: dialog.open()
    }

    PlainText {
        visible: picker.files.length > 0
        Layout.fillWidth: true
        text: qsTr("Recent in your folders:")
        font.pixelSize: Theme.small
        color: Theme.muted
    }
    PlainText {
        visible: picker.files.length === 0
        Layout.fillWidth: true
        text: qsTr("No photos, recordings or documents found in your folders.")
        color: Theme.muted
    }
    Repeater {
        model: picker.files
        delegate: ItemDelegate {
            required property string modelData
            Layout.fillWidth: true
            implicitHeight: Theme.minTouch
            text: modelData.substring(modelData.lastIndexOf("/") + 1)
            font.pixelSize: Theme.body
            highlighted: picker.chosen === modelData
            focusPolicy: Qt.StrongFocus
            Accessible.name: text
            Accessible.role: Accessible.Button
            onClicked: picker.choose(modelData)
            Keys.onReturnPressed: picker.choose(modelData)
            Keys.onEnterPressed: picker.choose(modelData)
        }
    }

    RowLayout {
        visible: picker.showTypedPath
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: typedPath
            objectName: "typedPath"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            placeholderText: qsTr("Or type the file's location")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
            Accessible.name: placeholderText
            Accessible.role: Accessible.EditableText
            onAccepted: picker.useTyped()
        }
        AppButton {
            objectName: "useTypedPath"
            text: qsTr("Use")
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            enabled: typedPath.text.trim().length > 0
            Accessible.name: qsTr("Use this file")
            Accessible.role: Accessible.Button
            onClicked: picker.useTyped()
        }
    }
}
