import QtQuick
import QtQuick.Controls
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
    property var nameFilters: [
        qsTr("Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.3gp)"),
        qsTr("Audio recordings (*.m4a *.mp3 *.ogg *.opus *.wav *.aac *.amr)"),
        qsTr("Documents (*.pdf *.txt *.doc *.docx *.odt)"),
        qsTr("All files (*)")
    ]
    signal picked(string path)
    spacing: 4
    function refresh() { files = Platform.mediaFiles() }
    // The dialog lives in the window's overlay: it must not outlive or outshow its screen (a lock
    // pops the screen; nothing of the picker stays on top).
    onVisibleChanged: if (!visible && chooser.item) chooser.item.close()
    Component.onDestruction: if (chooser.item) chooser.item.close()
    function openDialog() {
        chooser.active = true
        if (chooser.item)
            chooser.item.open()
    }

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

    // Loaded on first use only (see FileChooser.qml).
    Loader {
        id: chooser
        active: false
        source: "FileChooser.qml"
        onLoaded: {
            item.nameFilters = Qt.binding(function() { return picker.nameFilters })
            item.chosen.connect(function(file) { picker.choose(picker.pathFromUrl(file)) })
        }
    }

    AppButton {
        objectName: "chooseFileButton"
        Layout.fillWidth: true
        text: qsTr("Choose file…")
        implicitHeight: Theme.touch
        font.pixelSize: Theme.body
        Accessible.name: text
        Accessible.role: Accessible.Button
        onClicked: picker.openDialog()
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
            placeholderTextColor: Theme.muted  // readable (>= 4.5:1), not Material's faint grey
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
