import QtQuick
import QtQuick.Layouts
import Amparo.App

// ScreenHeader for the screens drawn at start-up, made of plain Qt Quick items (no Qt Quick
// Controls): back, title, and optional trailing content. Escape (or the system Back key) goes
// back; Tab reaches Back first (reading order, mirrored in Arabic).
Rectangle {
    id: bar
    property string title: ""
    property bool showBack: true
    property font titleFont: Qt.font({ family: Language.fontFamily, pixelSize: Theme.large, bold: true })
    property color titleColor: Theme.text
    default property alias trailing: trailingRow.data
    signal back()

    implicitHeight: Math.max(Theme.touch + 8, row.implicitHeight + 8)
    color: Theme.surface

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: bar.showBack ? 4 : Theme.margin
        anchors.rightMargin: 4
        spacing: 4
        LightButton {
            id: backButton
            objectName: "backButton"
            visible: bar.showBack
            flat: true
            // ScreenHeader's strings and translations.
            text: qsTranslate("ScreenHeader", "Back")
            font.pixelSize: Theme.body
            implicitHeight: Theme.touch
            horizontalPadding: 12
            Accessible.name: qsTranslate("ScreenHeader", "Back")
            onClicked: bar.back()
            // As the Material tool button of ScreenHeader: text in the main text colour, no box.
            textColor: Theme.text
        }
        Text {
            Layout.fillWidth: true
            text: bar.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.Wrap
            font: bar.titleFont
            color: bar.titleColor
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowLayout {
            id: trailingRow
            spacing: 4
        }
    }
    Shortcut {
        sequences: [StandardKey.Cancel, StandardKey.Back]
        enabled: bar.showBack && bar.visible
        onActivated: bar.back()
    }
}
