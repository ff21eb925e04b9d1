import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// SR-38: what a computer cannot promise. Shown at vault creation and in About.
Rectangle {
    id: box
    objectName: "desktopNotice"
    visible: Platform.desktop
    implicitHeight: column.implicitHeight + 2 * 12
    radius: Theme.radius
    color: Theme.warningSurface
    border.color: Theme.warning
    Accessible.role: Accessible.Note
    Accessible.name: title.text
    ColumnLayout {
        id: column
        x: 12
        y: 12
        width: parent.width - 24
        spacing: 6
        PlainText {
            id: title
            Layout.fillWidth: true
            text: qsTr("On a computer, Amparo protects less")
            font.bold: true
            color: Theme.warning
        }
        PlainText {
            Layout.fillWidth: true
            font.pixelSize: Theme.small
            text: qsTr("Programs you run on this computer may capture the screen and read the vault, the keyring and the app's memory.")
        }
        PlainText {
            Layout.fillWidth: true
            font.pixelSize: Theme.small
            text: qsTr("The computer may save parts of its memory on the disk. Turn on full-disk encryption.")
        }
        PlainText {
            Layout.fillWidth: true
            font.pixelSize: Theme.small
            text: Vault.deviceBound ? qsTr("A keyring on this computer adds a second lock to the vault.")
                                    : qsTr("No keyring was found: only your passphrase protects the vault.")
        }
        PlainText {
            Layout.fillWidth: true
            font.pixelSize: Theme.small
            text: qsTr("This app cannot block screenshots on a computer.")
        }
    }
}
