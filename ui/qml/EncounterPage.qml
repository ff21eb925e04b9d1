import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// The card to read or show to an officer: "say this" lines in the person's language and in
// English, huge, with a switch to show only English. Keeps the screen on while shown.
Page {
    id: page
    property string situation: ""
    property bool englishOnly: false
    readonly property bool vaultScreen: false
    readonly property bool bilingual: Language.code !== "en"
    background: Rectangle { color: Theme.surface }

    Component.onCompleted: {
        Rights.chooseEncounter(situation)
        Platform.setKeepAwake(true)
    }
    Component.onDestruction: {
        Platform.setKeepAwake(false)
        ReadAloud.stop()
    }

    header: ScreenHeader {
        title: Rights.encounterTitle.length > 0 && page.situation.length > 0 ? Rights.encounterTitle : qsTr("What to say")
        onBack: app.back()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Switch {
                id: englishSwitch
                objectName: "englishOnlySwitch"
                visible: page.bilingual
                Layout.fillWidth: true
                checked: page.englishOnly
                text: qsTr("Show only English to the officer")
                font.pixelSize: Theme.body
                implicitHeight: Theme.touch
                onToggled: page.englishOnly = checked
                Accessible.name: text
                Accessible.role: Accessible.CheckBox
            }

            PlainText {
                objectName: "fallbackNote"
                visible: Rights.encounterFallback && !page.englishOnly
                Layout.fillWidth: true
                text: qsTr("This advice is not yet available in your language. It is shown in English.")
                color: Theme.warning
                font.bold: true
            }
            PlainText {
                visible: !Rights.available
                Layout.fillWidth: true
                text: qsTr("The rights content could not be loaded.")
                color: Theme.urgent
            }

            Repeater {
                model: Rights.encounterLines.length
                delegate: ColumnLayout {
                    required property int index
                    Layout.fillWidth: true
                    spacing: 6
                    PlainText {
                        objectName: "sayLine"
                        Layout.fillWidth: true
                        visible: page.bilingual && !page.englishOnly && !Rights.encounterFallback
                        text: Rights.encounterLines[index]
                        font.pixelSize: Theme.huge
                        font.bold: true
                        lineHeight: 1.1
                    }
                    // English for the officer: always left-to-right.
                    PlainText {
                        objectName: "sayLineEnglish"
                        Layout.fillWidth: true
                        text: Rights.encounterLinesEnglish[index]
                        font.pixelSize: page.bilingual && !page.englishOnly && !Rights.encounterFallback ? Theme.title : Theme.huge
                        font.bold: true
                        color: page.bilingual && !page.englishOnly && !Rights.encounterFallback ? Theme.primary : Theme.text
                        horizontalAlignment: Text.AlignLeft
                        LayoutMirroring.enabled: false
                        font.family: "Noto Sans"
                        lineHeight: 1.1
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.topMargin: 6
                        implicitHeight: 1
                        color: Theme.border
                    }
                }
            }

            // For the person, not the officer.
            SectionTitle {
                visible: Rights.encounterDo.length > 0 && !page.englishOnly
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("For you")
            }
            Repeater {
                model: page.englishOnly ? [] : Rights.encounterDo
                delegate: PlainText {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "✓ " + modelData
                }
            }
            Repeater {
                model: page.englishOnly ? [] : Rights.encounterDont
                delegate: PlainText {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "✗ " + modelData
                    color: Theme.urgent
                }
            }
            AppButton {
                objectName: "readAloudButton"
                visible: ReadAloud.available
                text: ReadAloud.speaking ? qsTr("Stop reading") : qsTr("Read aloud in English")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: ReadAloud.speaking ? ReadAloud.stop()
                                              : ReadAloud.say(Rights.encounterLinesEnglish.join(" "), "en")
            }

            BigButton {
                objectName: "moreButton"
                visible: page.situation.length === 0
                text: qsTr("More for where you are")
                subtitle: qsTr("Street, car, home, airport, work, phone search")
                fill: Theme.background
                ink: Theme.text
                onClicked: app.replaceWith("guide", {})
            }

            Label {
                objectName: "packInfo"
                Layout.fillWidth: true
                visible: Rights.available
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                color: Theme.muted
                text: qsTr("Content: %1, version %2, published %3").arg(Rights.packId).arg(Rights.packVersion).arg(Rights.packPublished)
                      + (Rights.packOld ? " · " + qsTr("over a year old") : "")
            }
        }
    }
}
