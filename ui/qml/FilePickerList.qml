import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// A simple picker over the person's photo, audio and document folders (newest first).
ColumnLayout {
    id: picker
    property var files: []
    property string chosen: ""
    signal picked(string path)
    spacing: 4
    function refresh() { files = Platform.mediaFiles() }

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
            Accessible.name: text
            Accessible.role: Accessible.Button
            onClicked: { picker.chosen = modelData; picker.picked(modelData) }
        }
    }
}
