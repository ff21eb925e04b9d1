import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// Settings and About: language, lock timeout, display, content pack, sources, licenses, what
// the app does not do, and what a computer cannot promise (SR-38).
Page {
    id: page
    readonly property bool vaultScreen: false
    background: Rectangle { color: Theme.background }

    header: ScreenHeader {
        title: qsTr("Settings")
        onBack: app.back()
    }

    function timeoutLabel(seconds) {
        return seconds < 60 ? qsTr("%n second(s)", "", seconds) : qsTr("%n minute(s)", "", seconds / 60)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        KeyboardScroll { flickable: flick }
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.columnX(parent.width)
            y: Theme.margin
            width: Theme.columnWidth(parent.width)
            spacing: Theme.spacing

            SectionTitle { Layout.fillWidth: true; text: qsTr("Language") }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: Language.codes
                    delegate: AppButton {
                        required property string modelData
                        Layout.fillWidth: true
                        objectName: "settingsLanguage_" + modelData
                        text: Language.nativeName(modelData)
                        highlighted: Language.code === modelData
                        implicitHeight: Theme.touch
                        font.pixelSize: Theme.body
                        Accessible.name: text
                        Accessible.role: Accessible.RadioButton
                        onClicked: Language.setLanguage(modelData)
                    }
                }
            }
            PlainText {
                visible: Language.draft
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.warning
                text: qsTr("This translation is a draft. Please check important words with someone you trust.")
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Legal-aid organizations") }
            AppButton {
                objectName: "trustedOrgsButton"
                Layout.fillWidth: true
                text: qsTr("Trusted organizations")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: app.show("orgs")
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Lock the vault after") }
            ComboBox {
                id: timeoutBox
                objectName: "lockTimeout"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                model: AppSettings.lockTimeoutChoices()
                displayText: page.timeoutLabel(AppSettings.lockTimeoutSeconds)
                currentIndex: model.indexOf(AppSettings.lockTimeoutSeconds)
                delegate: ItemDelegate {
                    required property int modelData
                    width: timeoutBox.width
                    implicitHeight: Theme.minTouch
                    text: page.timeoutLabel(modelData)
                    font.pixelSize: Theme.body
                }
                onActivated: function(index) { AppSettings.lockTimeoutSeconds = model[index] }
                // A visible box: Material draws its box with an elevation effect that the software
                // renderer leaves out, and a picker must look like one.
                background: Rectangle {
                    radius: 8
                    color: Theme.surface
                    border.width: timeoutBox.visualFocus ? 3 : 1
                    border.color: timeoutBox.visualFocus ? Theme.text : Theme.outline
                }
                Accessible.name: qsTr("Lock the vault after")
                Accessible.role: Accessible.ComboBox
            }
            PlainText {
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.muted
                text: qsTr("The vault also locks when you leave the app.")
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Display") }
            // Plain Qt Quick switches: the Material Switch draws no knob in a software-rendered
            // window, so on and off could not be told apart. Each switch keeps following the
            // setting after a toggle (the toggle breaks the binding; it is set again).
            LightSwitch {
                id: darkSwitch
                objectName: "darkSwitch"
                Layout.fillWidth: true
                text: qsTr("Dark theme")
                checked: AppSettings.darkTheme
                implicitHeight: Theme.touch
                onToggled: {
                    AppSettings.darkTheme = checked
                    checked = Qt.binding(function() { return AppSettings.darkTheme })
                }
            }
            LightSwitch {
                id: contrastSwitch
                objectName: "contrastSwitch"
                Layout.fillWidth: true
                text: qsTr("High contrast")
                checked: AppSettings.highContrast
                implicitHeight: Theme.touch
                onToggled: {
                    AppSettings.highContrast = checked
                    checked = Qt.binding(function() { return AppSettings.highContrast })
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Vault") }
            AppButton {
                visible: Vault.unlocked
                text: qsTr("Change passphrase")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: app.show("passphrase", {})
            }
            PlainText {
                visible: !Vault.unlocked
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.muted
                text: Vault.exists ? qsTr("Unlock the vault to change its passphrase.") : qsTr("No vault yet.")
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("What this app does not do") }
            Repeater {
                model: [qsTr("It never connects to the internet."),
                        qsTr("It does not track you or collect statistics."),
                        qsTr("It keeps nothing in a cloud. Your notes stay on this device."),
                        qsTr("It does not share where officers are."),
                        qsTr("It never unlocks with your face or fingerprint.")]
                delegate: PlainText {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "• " + modelData
                }
            }
            DesktopNotice { Layout.fillWidth: true }

            SectionTitle { Layout.fillWidth: true; text: qsTr("About") }
            PlainText {
                objectName: "aboutPack"
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                text: Rights.available
                      ? qsTr("Rights information for %1, version %2, published %3 by %4.").arg(Language.isolate(Rights.packRegion))
                        .arg(Rights.packVersion).arg(Language.isolate(Rights.packDate)).arg(Language.isolate(Rights.packPublisher))
                      : qsTr("The rights content could not be loaded.")
            }
            PlainText {
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                text: qsTr("This is general information, not legal advice. For your case, talk to a lawyer or a legal-aid hotline.")
            }
            HotlineList {
                objectName: "aboutHotlines"
                Layout.fillWidth: true
            }
            PlainText {
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.warning
                text: qsTr("The Arabic translation is a draft.")
            }
            SectionTitle { Layout.fillWidth: true; text: qsTr("Sources"); font.pixelSize: Theme.body }
            Repeater {
                model: Rights.sourceList
                delegate: PlainText {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "• " + modelData
                    font.pixelSize: Theme.small
                    color: Theme.muted
                }
            }
            SectionTitle { Layout.fillWidth: true; text: qsTr("Licenses"); font.pixelSize: Theme.body }
            PlainText {
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.muted
                text: "Qt 6 (LGPL-3.0) · libsodium (ISC) · SQLCipher (BSD-3-Clause) · nlohmann/json (MIT) · QtKeychain (BSD-2-Clause) · zxcvbn-c (MIT) · Noto fonts (OFL-1.1)"
            }
        }
    }
}
