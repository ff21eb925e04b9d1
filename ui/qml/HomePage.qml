import QtQuick
import Amparo.App

// Home: no unlock needed. Three large actions, the lock state (never counts or times: SR-13), Settings.
// Plain Qt Quick items only (no Qt Quick Controls): it can be the app's first screen, drawn before
// the rest of the app has loaded (Main.qml).
FocusScope {
    id: page
    readonly property bool vaultScreen: false

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    LightHeader {
        id: header
        width: parent.width
        showBack: false
        title: qsTr("Amparo")
        titleFont: Qt.font({ family: Language.fontFamily, pixelSize: Theme.title, bold: true })
        titleColor: Theme.primary
        LightButton {
            objectName: "settingsButton"
            flat: true
            textColor: Theme.text
            border.width: visualFocus ? 3 : 0
            text: qsTr("Settings")
            implicitHeight: Theme.touch
            Accessible.name: qsTr("Settings")
            onClicked: app.show("settings")
        }
    }

    Flickable {
        id: flick
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        KeyboardScroll { flickable: flick }
        // A Column, not Qt Quick Layouts: Home can be the first screen, and the Layouts plugin would
        // be one more library to load before it is drawn.
        Column {
            id: column
            x: Theme.columnX(parent.width)
            y: Theme.margin
            width: Theme.columnWidth(parent.width)
            spacing: Theme.spacing

            LightBigButton {
                objectName: "stoppedButton"
                width: parent.width
                text: qsTr("I'm being stopped now")
                subtitle: qsTr("What to say, in your language and in English")
                fill: Theme.urgent
                ink: Theme.inkUrgent
                titleSize: Theme.huge
                implicitHeight: Math.max(140, implicitContentHeight + 32)
                focus: true
                onClicked: app.show("encounter")
            }
            LightBigButton {
                objectName: "rightsButton"
                width: parent.width
                text: qsTr("Know my rights")
                subtitle: qsTr("Choose where you are and see what to do")
                implicitHeight: Math.max(112, implicitContentHeight + 32)
                onClicked: app.show("guide")
            }
            LightBigButton {
                objectName: "recordButton"
                width: parent.width
                text: qsTr("Record what happened")
                subtitle: Vault.unlocked ? qsTr("Your private notes") : qsTr("Write it down now. Only your passphrase opens it.")
                implicitHeight: Math.max(112, implicitContentHeight + 32)
                onClicked: app.record()
            }

            // Lock state: no counts, no times (SR-13). A spacing's gap above it.
            Item {
                width: parent.width
                height: lockBox.height + Theme.spacing
                Rectangle {
                    id: lockBox
                    y: Theme.spacing
                    width: parent.width
                    height: Math.max(Theme.minTouch, Math.max(lockState.implicitHeight, lockButtons.height) + 16)
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    LightText {
                        id: lockState
                        objectName: "lockState"
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.margin
                        anchors.right: lockButtons.left
                        anchors.rightMargin: 8
                        anchors.verticalCenter: parent.verticalCenter
                        text: !Vault.exists ? qsTr("No vault yet")
                              : Vault.unlocked ? qsTr("Vault is open") : qsTr("Vault is locked")
                    }
                    Row {
                        id: lockButtons
                        anchors.right: parent.right
                        anchors.rightMargin: 8
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: 8
                        LightButton {
                            objectName: "lockButton"
                            visible: Vault.unlocked
                            text: qsTr("Lock now")
                            onClicked: app.panic()
                        }
                        // No vault yet: the box offers to create one (a real button, not a status
                        // that looks like one).
                        LightButton {
                            objectName: "createVaultHomeButton"
                            visible: !Vault.exists
                            text: qsTr("Create a vault")
                            Accessible.name: qsTr("Create a vault to keep notes safe")
                            onClicked: app.show("create", { "next": "notes" })
                        }
                        LightButton {
                            objectName: "unlockButton"
                            visible: Vault.exists && !Vault.unlocked
                            text: qsTr("Unlock")
                            Accessible.name: qsTr("Unlock the vault")
                            onClicked: app.show("notes")
                        }
                    }
                }
            }

            LightText {
                width: parent.width
                text: qsTr("No internet. No tracking. Nothing leaves this phone unless you send it.")
                font.pixelSize: Theme.small
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
