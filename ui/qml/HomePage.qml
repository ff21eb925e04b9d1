import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// Home: no unlock needed. Three large actions, the lock state (never counts or times: SR-13), Settings.
Page {
    id: page
    readonly property bool vaultScreen: false
    background: Rectangle { color: Theme.background }

    header: ToolBar {
        Material.background: Theme.surface
        implicitHeight: Theme.touch + 8
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: 4
            Label {
                text: qsTr("Amparo")
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.primary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                font.pixelSize: Theme.body
                implicitHeight: Theme.touch
                Accessible.name: qsTr("Settings")
                Accessible.role: Accessible.Button
                onClicked: app.show("settings")
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            BigButton {
                objectName: "stoppedButton"
                text: qsTr("I'm being stopped now")
                subtitle: qsTr("What to say, in your language and in English")
                fill: Theme.urgent
                ink: Theme.inkUrgent
                titleSize: Theme.huge
                implicitHeight: Math.max(140, implicitContentHeight + 32)
                focus: true
                onClicked: app.show("encounter")
            }
            BigButton {
                objectName: "rightsButton"
                text: qsTr("Know my rights")
                subtitle: qsTr("Choose where you are and see what to do")
                implicitHeight: Math.max(112, implicitContentHeight + 32)
                onClicked: app.show("guide")
            }
            BigButton {
                objectName: "recordButton"
                text: qsTr("Record what happened")
                subtitle: Vault.unlocked ? qsTr("Your private notes") : qsTr("Write it down now. Only your passphrase opens it.")
                implicitHeight: Math.max(112, implicitContentHeight + 32)
                onClicked: app.record()
            }

            // Lock state: no counts, no times (SR-13).
            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                implicitHeight: lockRow.implicitHeight + 16
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: lockRow
                    anchors.fill: parent
                    anchors.margins: 8
                    anchors.leftMargin: Theme.margin
                    Label {
                        objectName: "lockState"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.body
                        color: Theme.text
                        text: !Vault.exists ? qsTr("No vault yet")
                              : Vault.unlocked ? qsTr("Vault is open") : qsTr("Vault is locked")
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    AppButton {
                        objectName: "lockButton"
                        visible: Vault.unlocked
                        text: qsTr("Lock now")
                        implicitHeight: Theme.minTouch
                        font.pixelSize: Theme.body
                        Accessible.name: text
                        Accessible.role: Accessible.Button
                        onClicked: app.panic()
                    }
                    AppButton {
                        objectName: "unlockButton"
                        visible: Vault.exists && !Vault.unlocked
                        text: qsTr("Unlock")
                        implicitHeight: Theme.minTouch
                        font.pixelSize: Theme.body
                        Accessible.name: qsTr("Unlock the vault")
                        Accessible.role: Accessible.Button
                        onClicked: app.show("notes")
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("No internet. No tracking. Nothing leaves this phone unless you send it.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
