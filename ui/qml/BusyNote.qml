import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// A key derivation (Argon2id: create, unlock, change passphrase, passphrase check) runs on the
// vault's worker: a spinner, and the wait said in words too, since it takes a moment on a cheap
// phone. The page sets running, text and the objectNames its tests look for.
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
