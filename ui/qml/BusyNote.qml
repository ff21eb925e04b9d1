import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// A passphrase check (Argon2id) runs on the vault's worker: a spinner, and the wait said in words
// too, since it takes a moment on a cheap phone.
RowLayout {
    id: note
    property bool running: false
    property alias text: label.text
    property alias indicatorName: indicator.objectName
    property alias textName: label.objectName
    visible: running
    Layout.alignment: Qt.AlignHCenter
    spacing: Theme.spacing
    BusyIndicator {
        id: indicator
        running: note.running
        Accessible.name: label.text
    }
    PlainText {
        id: label
        color: Theme.muted
    }
}
