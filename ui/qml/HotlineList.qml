import QtQuick
import QtQuick.Layouts
import Amparo.App

// The content pack's phone numbers, with what each line is for and not for. Shown under every
// card that tells people to call, and in About. Numbers read left to right and never break.
ColumnLayout {
    id: list
    spacing: 6
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Phone numbers")

    PlainText {
        Layout.fillWidth: true
        text: qsTr("Phone numbers")
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: list.visible ? Rights.hotlines : []
        delegate: ColumnLayout {
            required property var modelData
            objectName: "hotline"
            Layout.fillWidth: true
            spacing: 2
            PlainText {
                Layout.fillWidth: true
                text: modelData.region.length > 0
                      ? qsTr("%1 (%2)").arg(Language.isolate(modelData.name)).arg(Language.isolate(modelData.region))
                      : modelData.name
                font.bold: true
            }
            PlainText {
                objectName: "hotlineNumber"
                Layout.fillWidth: true
                text: Language.leftToRight(Language.keepTogether(modelData.number))
                font.pixelSize: Theme.large
                color: Theme.primary
            }
            PlainText {
                Layout.fillWidth: true
                text: modelData.purpose
                font.pixelSize: Theme.small
            }
            PlainText {
                visible: modelData.hours.length > 0
                Layout.fillWidth: true
                text: qsTr("Hours: %1").arg(modelData.hours)
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            PlainText {
                visible: modelData.unconfirmed
                Layout.fillWidth: true
                text: qsTr("This number could not be confirmed. Check it before you rely on it.")
                font.pixelSize: Theme.small
                font.bold: true
                color: Theme.warning
            }
        }
    }
}
