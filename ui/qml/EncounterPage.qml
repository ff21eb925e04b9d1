import QtQuick
import Amparo.App

// The card to read or show to an officer: "say this" lines in the person's language and in
// English, huge, with a switch to show only English. Keeps the screen on while shown.
// Plain Qt Quick items only (no Qt Quick Controls): it can be the app's first screen, drawn
// before the rest of the app has loaded (Main.qml).
FocusScope {
    id: page
    property string situation: ""
    // The status the person chose in the guide ("" = none: only lines true for everyone). Memory only.
    property string status: ""
    property bool englishOnly: false
    readonly property bool vaultScreen: false
    readonly property bool bilingual: Language.code !== "en"
    readonly property bool showMine: page.bilingual && !page.englishOnly && !Rights.encounterFallback

    Component.onCompleted: {
        Rights.chooseEncounter(situation, status)
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

        // A Column, not Qt Quick Layouts: this can be the first screen, and the Layouts plugin would
        // be one more library to load before it is drawn. Items set their own width; invisible
        // ones take no space.
        Column {
            id: column
            x: Theme.columnX(flick.width)
            y: Theme.margin
            width: Theme.columnWidth(flick.width)
            spacing: Theme.spacing

            LightSwitch {
                id: englishSwitch
                objectName: "englishOnlySwitch"
                visible: page.bilingual
                width: parent.width
                checked: page.englishOnly
                // Text only where shown: hidden text is still laid out.
                text: visible ? qsTr("Show only English to the officer") : ""
                implicitHeight: Theme.touch
                onToggled: page.englishOnly = checked
            }

            LightText {
                objectName: "statusNote"
                visible: Rights.encounterStatusTitle.length > 0 && !page.englishOnly
                width: parent.width
                text: visible ? qsTr("For: %1").arg(Language.isolate(Rights.encounterStatusTitle)) : ""
                color: Theme.muted
                font.bold: true
            }
            LightText {
                objectName: "fallbackNote"
                visible: Rights.encounterFallback && !page.englishOnly
                width: parent.width
                text: visible ? qsTr("This advice is not yet available in your language. It is shown in English.") : ""
                color: Theme.warning
                font.bold: true
            }
            LightText {
                visible: !Rights.available
                width: parent.width
                text: visible ? qsTr("The rights content could not be loaded.") : ""
                color: Theme.urgent
            }

            Repeater {
                model: Rights.encounterLines.length
                delegate: Column {
                    required property int index
                    width: column.width
                    spacing: 6
                    LightText {
                        objectName: "sayLine"
                        width: parent.width
                        visible: page.showMine
                        text: visible ? Rights.encounterLines[index] : ""
                        font.pixelSize: Theme.huge
                        font.bold: true
                    }
                    // English for the officer: always left-to-right, as large as the person's line
                    // (the officer reads it).
                    LightText {
                        objectName: "sayLineEnglish"
                        width: parent.width
                        text: Rights.encounterLinesEnglish[index]
                        font.pixelSize: Theme.huge
                        font.bold: true
                        color: page.showMine ? Theme.primary : Theme.text
                        horizontalAlignment: Text.AlignLeft
                        LayoutMirroring.enabled: false
                        font.family: "Noto Sans"
                    }
                    Item {
                        width: parent.width
                        height: 7
                        Rectangle {
                            y: 6
                            width: parent.width
                            height: 1
                            color: Theme.border
                        }
                    }
                }
            }

            // For the person, not the officer.
            LightText {
                visible: Rights.encounterDo.length > 0 && !page.englishOnly
                width: parent.width
                topPadding: Theme.spacing
                text: qsTr("For you")
                font.pixelSize: Theme.large
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: page.englishOnly ? [] : Rights.encounterDo
                delegate: AdviceLine { positive: true }
            }
            Repeater {
                model: page.englishOnly ? [] : Rights.encounterDont
                delegate: AdviceLine { positive: false }
            }
            // A card that tells people to call: the numbers, with what each line is for.
            LightText {
                visible: Rights.encounterShowHotlines && !page.englishOnly
                width: parent.width
                topPadding: Theme.spacing
                text: visible ? qsTr("Phone numbers") : ""
                font.pixelSize: Theme.large
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: Rights.encounterShowHotlines && !page.englishOnly ? Rights.hotlines : []
                delegate: LightText {
                    required property var modelData
                    objectName: "encounterHotline"
                    width: column.width
                    text: Language.isolate(modelData.name) + "\n" + Language.leftToRight(Language.keepTogether(modelData.number))
                          + "\n" + modelData.purpose
                          + (modelData.unconfirmed ? "\n" + qsTr("This number could not be confirmed. Check it before you rely on it.") : "")
                }
            }
            LightButton {
                objectName: "readAloudButton"
                anchors.left: parent.left
                visible: ReadAloud.available
                text: ReadAloud.speaking ? qsTr("Stop reading") : qsTr("Read aloud in English")
                implicitHeight: Theme.touch
                // Only the card's English lines can be read (ReadAloud takes no text from QML).
                onClicked: ReadAloud.speaking ? ReadAloud.stop() : ReadAloud.readCard()
            }
            LightText {
                objectName: "readAloudError"
                visible: ReadAloud.status === ReadAloud.Error
                width: parent.width
                color: Theme.urgent
                Accessible.role: Accessible.AlertMessage
                text: !visible ? ""
                    : ReadAloud.problem === ReadAloud.NoAudioOutput
                      ? qsTr("No sound output was found on this device. Show the card to the officer instead.")
                    : ReadAloud.problem === ReadAloud.NoEnglishVoice
                      ? qsTr("No English voice is installed for reading aloud. Show the card to the officer instead.")
                      : qsTr("The card could not be read aloud. Show the card to the officer instead.")
            }

            LightBigButton {
                objectName: "moreButton"
                visible: page.situation.length === 0
                width: parent.width
                text: qsTr("More for where you are")
                subtitle: qsTr("Street, car, home, airport, work, phone search")
                fill: Theme.background
                ink: Theme.text
                onClicked: app.replaceWith("guide", {})
            }

            LightText {
                objectName: "packInfo"
                width: parent.width
                visible: Rights.available
                font.pixelSize: Theme.small
                color: Theme.muted
                // Words, not codes: where the advice applies and when it was written, as a date in the
                // person's language. The values keep their own direction (FSI … PDI) inside Arabic.
                text: qsTr("Rights information for %1, updated %2").arg(Language.isolate(Rights.packRegion))
                      .arg(Language.isolate(Rights.packDate))
                      + (Rights.packOld ? " · " + qsTr("over a year old") : "")
            }
        }
    }

    // One "do" (check mark) or "don't" (cross) line for the person. Screen readers hear "Do" or
    // "Don't" (RightsCard's words) before the line, as the mark is drawn, not text.
    component AdviceLine: Item {
        id: item
        required property string modelData
        property bool positive: true
        width: column.width
        implicitHeight: Math.max(markBox.height, line.implicitHeight)
        // English fallback reads left to right in a Latin font, as in RightsCard.
        LayoutMirroring.enabled: !Rights.encounterFallback && page.LayoutMirroring.enabled
        LayoutMirroring.childrenInherit: true
        Accessible.role: Accessible.StaticText
        Accessible.name: (positive ? qsTranslate("RightsCard", "Do") : qsTranslate("RightsCard", "Don't"))
                         + ": " + modelData
        Item {
            id: markBox
            anchors.left: parent.left
            width: Theme.body * 1.4
            height: line.font.pixelSize * 1.4
            LightMark {
                anchors.centerIn: parent
                size: Theme.body * 0.9
                positive: item.positive
                color: item.positive ? Theme.text : Theme.urgent
            }
        }
        LightText {
            id: line
            objectName: item.positive ? "doLine" : "dontLine"
            anchors.left: markBox.right
            anchors.right: parent.right
            font.family: Rights.encounterFallback ? "Noto Sans" : Language.fontFamily
            text: item.modelData
            color: item.positive ? Theme.text : Theme.urgent
            Accessible.ignored: true
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
