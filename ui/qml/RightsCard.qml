import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// One guide card. Every string comes from the content pack and is shown as plain text (SR-27).
Rectangle {
    id: card
    property string title: ""
    // Each {say, sayEnglish, forStatuses}; forStatuses names whom a line is for when not everyone.
    property var sayLines: []
    // Without a chosen status: whom this card is for ("" = everyone).
    property string forStatuses: ""
    property string explanation: ""
    property string caveat: ""
    property var doList: []
    property var dontList: []
    property var sources: []
    property bool settled: true
    property string certainty: ""
    property string review: ""
    property bool fallback: false
    property bool showHotlines: false
    // English shown as a fallback uses a Latin font (Arabic fonts set very tall Latin lines).
    readonly property string textFamily: fallback ? "Noto Sans" : Language.fontFamily
    // English shown as a fallback inside a right-to-left UI reads left to right, aligned left.
    readonly property bool mirrorContent: !fallback && card.LayoutMirroring.enabled

    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: settled ? Theme.border : Theme.warning
    border.width: settled ? 1 : 2
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: 8

        PlainText {
            Layout.fillWidth: true
            text: card.title
            font.family: card.textFamily
            LayoutMirroring.enabled: card.mirrorContent
            font.pixelSize: Theme.large
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        PlainText {
            objectName: "cardForStatuses"
            visible: card.forStatuses.length > 0
            Layout.fillWidth: true
            text: qsTr("Only for: %1").arg(Language.isolate(card.forStatuses))
            font.bold: true
            color: Theme.primary
        }
        // Not settled law: say so plainly, before anything else.
        Rectangle {
            objectName: "unsettledBadge"
            visible: !card.settled
            Layout.fillWidth: true
            implicitHeight: unsettled.implicitHeight + 12
            radius: 6
            color: Theme.warningSurface
            border.color: Theme.warning
            PlainText {
                id: unsettled
                anchors.fill: parent
                anchors.margins: 6
                text: qsTr("Unsettled") + " — " + card.certainty
                color: Theme.warning
                font.bold: true
            }
        }
        PlainText {
            visible: card.fallback
            Layout.fillWidth: true
            text: qsTr("This advice is not yet available in your language. It is shown in English.")
            color: Theme.warning
            font.pixelSize: Theme.small
            font.bold: true
        }
        Rectangle {
            visible: card.sayLines.length > 0
            Layout.fillWidth: true
            implicitHeight: sayColumn.implicitHeight + 16
            radius: 8
            color: Theme.sayBox
            ColumnLayout {
                id: sayColumn
                x: 8
                y: 8
                width: parent.width - 16
                spacing: 4
                PlainText {
                    text: qsTr("Say this")
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    font.bold: true
                }
                Repeater {
                    model: card.sayLines
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 2
                        PlainText {
                            objectName: "lineForStatuses"
                            visible: modelData.forStatuses.length > 0
                            Layout.fillWidth: true
                            text: qsTr("Only if you are: %1").arg(Language.isolate(modelData.forStatuses))
                            font.pixelSize: Theme.small
                            font.bold: true
                            color: Theme.warning
                        }
                        PlainText {
                            Layout.fillWidth: true
                            text: modelData.say
                            font.family: card.textFamily
                            LayoutMirroring.enabled: card.mirrorContent
                            font.pixelSize: Theme.large
                            font.bold: true
                        }
                        PlainText {
                            Layout.fillWidth: true
                            visible: modelData.sayEnglish !== modelData.say
                            text: modelData.sayEnglish
                            color: Theme.primary
                            font.family: "Noto Sans"
                            LayoutMirroring.enabled: false
                            horizontalAlignment: Text.AlignLeft
                        }
                    }
                }
            }
        }
        PlainText {
            visible: card.explanation.length > 0
            Layout.fillWidth: true
            text: card.explanation
            font.family: card.textFamily
            LayoutMirroring.enabled: card.mirrorContent
        }
        PlainText {
            visible: card.doList.length > 0
            text: qsTr("Do")
            font.bold: true
            color: Theme.primary
        }
        Repeater {
            model: card.doList
            delegate: PlainText {
                required property string modelData
                Layout.fillWidth: true
                text: "✓ " + modelData
                font.family: card.textFamily
                LayoutMirroring.enabled: card.mirrorContent
            }
        }
        PlainText {
            visible: card.dontList.length > 0
            text: qsTr("Don't")
            font.bold: true
            color: Theme.urgent
        }
        Repeater {
            model: card.dontList
            delegate: PlainText {
                required property string modelData
                Layout.fillWidth: true
                text: "✗ " + modelData
                font.family: card.textFamily
                LayoutMirroring.enabled: card.mirrorContent
            }
        }
        PlainText {
            visible: card.caveat.length > 0
            Layout.fillWidth: true
            text: card.caveat
            font.family: card.textFamily
            LayoutMirroring.enabled: card.mirrorContent
            font.italic: true
            color: Theme.warning
        }
        HotlineList {
            visible: card.showHotlines
            Layout.fillWidth: true
        }
        PlainText {
            visible: card.sources.length > 0
            text: qsTr("Sources")
            font.pixelSize: Theme.small
            font.bold: true
            color: Theme.muted
        }
        Repeater {
            model: card.sources
            delegate: PlainText {
                required property string modelData
                Layout.fillWidth: true
                text: "• " + modelData
                font.pixelSize: Theme.small
                color: Theme.muted
            }
        }
        PlainText {
            objectName: "cardReview"
            visible: card.review.length > 0
            Layout.fillWidth: true
            text: card.review
            font.pixelSize: Theme.small
            color: Theme.muted
        }
    }
}
