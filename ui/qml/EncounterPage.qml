import QtQuick
import QtQuick.Layouts
import Amparo.App

// The card to read or show to an officer: "say this" lines in the person's language and in
// English, huge, with a switch to show only English. Keeps the screen on while shown.
// Plain Qt Quick items only (no Qt Quick Controls): it can be the app's first screen, drawn
// before the rest of the app has loaded (Main.qml).
FocusScope {
    id: page
    property string situation: ""
    property bool englishOnly: false
    readonly property bool vaultScreen: false
    readonly property bool bilingual: Language.code !== "en"
    readonly property bool showMine: page.bilingual && !page.englishOnly && !Rights.encounterFallback

    Component.onCompleted: {
        Rights.chooseEncounter(situation)
        Platform.setKeepAwake(true)
    }
    Component.onDestruction: {
        Platform.setKeepAwake(false)
        ReadAloud.stop()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
    }

    LightHeader {
        id: header
        width: parent.width
        title: Rights.encounterTitle.length > 0 && page.situation.length > 0 ? Rights.encounterTitle : qsTr("What to say")
        onBack: app.back()
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

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacing

            LightSwitch {
                id: englishSwitch
                objectName: "englishOnlySwitch"
                visible: page.bilingual
                Layout.fillWidth: true
                checked: page.englishOnly
                text: qsTr("Show only English to the officer")
                implicitHeight: Theme.touch
                onToggled: page.englishOnly = checked
            }

            LightText {
                objectName: "fallbackNote"
                visible: Rights.encounterFallback && !page.englishOnly
                Layout.fillWidth: true
                text: qsTr("This advice is not yet available in your language. It is shown in English.")
                color: Theme.warning
                font.bold: true
            }
            LightText {
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
                    LightText {
                        objectName: "sayLine"
                        Layout.fillWidth: true
                        visible: page.showMine
                        text: Rights.encounterLines[index]
                        font.pixelSize: Theme.huge
                        font.bold: true
                        lineHeight: 1.1
                    }
                    // English for the officer: always left-to-right.
                    LightText {
                        objectName: "sayLineEnglish"
                        Layout.fillWidth: true
                        text: Rights.encounterLinesEnglish[index]
                        font.pixelSize: page.showMine ? Theme.title : Theme.huge
                        font.bold: true
                        color: page.showMine ? Theme.primary : Theme.text
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
            LightText {
                visible: Rights.encounterDo.length > 0 && !page.englishOnly
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("For you")
                font.pixelSize: Theme.large
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: page.englishOnly ? [] : Rights.encounterDo
                delegate: LightText {
                    required property string modelData
                    Layout.fillWidth: true
                    // English fallback reads left to right in a Latin font, as in RightsCard.
                    LayoutMirroring.enabled: !Rights.encounterFallback && page.LayoutMirroring.enabled
                    font.family: Rights.encounterFallback ? "Noto Sans" : Language.fontFamily
                    text: "✓ " + modelData
                }
            }
            Repeater {
                model: page.englishOnly ? [] : Rights.encounterDont
                delegate: LightText {
                    required property string modelData
                    Layout.fillWidth: true
                    // English fallback reads left to right in a Latin font, as in RightsCard.
                    LayoutMirroring.enabled: !Rights.encounterFallback && page.LayoutMirroring.enabled
                    font.family: Rights.encounterFallback ? "Noto Sans" : Language.fontFamily
                    text: "✗ " + modelData
                    color: Theme.urgent
                }
            }
            LightButton {
                objectName: "readAloudButton"
                visible: ReadAloud.available
                text: ReadAloud.speaking ? qsTr("Stop reading") : qsTr("Read aloud in English")
                implicitHeight: Theme.touch
                onClicked: ReadAloud.speaking ? ReadAloud.stop()
                                              : ReadAloud.say(Rights.encounterLinesEnglish.join(" "), "en")
            }

            LightBigButton {
                objectName: "moreButton"
                visible: page.situation.length === 0
                text: qsTr("More for where you are")
                subtitle: qsTr("Street, car, home, airport, work, phone search")
                fill: Theme.background
                ink: Theme.text
                onClicked: app.replaceWith("guide", {})
            }

            LightText {
                objectName: "packInfo"
                Layout.fillWidth: true
                visible: Rights.available
                font.pixelSize: Theme.small
                color: Theme.muted
                text: qsTr("Content: %1, version %2, published %3").arg(Rights.packId).arg(Rights.packVersion).arg(Rights.packPublished)
                      + (Rights.packOld ? " · " + qsTr("over a year old") : "")
            }
        }
    }
    // Where the text goes on: a thin bar at the edge while the card is longer than the screen.
    Rectangle {
        visible: flick.moving && flick.contentHeight > flick.height
        anchors.right: flick.right
        anchors.rightMargin: 2
        y: flick.y + flick.visibleArea.yPosition * flick.height
        width: 4
        height: Math.max(24, flick.visibleArea.heightRatio * flick.height)
        radius: 2
        color: Theme.muted
        opacity: 0.7
    }
}
