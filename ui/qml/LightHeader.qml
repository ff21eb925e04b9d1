import QtQuick
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

    // Anchors, not Qt Quick Layouts: this is drawn before the first frame, and the Layouts plugin
    // would be one more library to load then. Anchors mirror in right-to-left languages.
    implicitHeight: Math.max(Theme.touch + 8, titleText.implicitHeight + 8)
    color: Theme.surface

    LightButton {
        id: backButton
        objectName: "backButton"
        // As ScreenHeader: the chevron starts at the page margin (Theme.margin from the edge).
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin - 8
        anchors.verticalCenter: parent.verticalCenter
        visible: bar.showBack
        flat: true
        // ScreenHeader's strings and translations.
        text: qsTranslate("ScreenHeader", "Back")
        font.pixelSize: Theme.body
        implicitHeight: Theme.touch
        horizontalPadding: 8
        leadingSpace: backChevron.width + 6
        Accessible.name: qsTranslate("ScreenHeader", "Back")
        onClicked: bar.back()
        // As the Material tool button of ScreenHeader: text in the main text colour, no box.
        textColor: Theme.text
        BackChevron {
            id: backChevron
            anchors.left: parent.left
            anchors.leftMargin: 8
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    Text {
        id: titleText
        anchors.left: bar.showBack ? backButton.right : parent.left
        anchors.leftMargin: bar.showBack ? 4 : Theme.margin
        anchors.right: trailingRow.left
        anchors.rightMargin: 8
        topPadding: 10
        bottomPadding: 10
        anchors.verticalCenter: parent.verticalCenter
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
    Row {
        id: trailingRow
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: 4
    }
    Shortcut {
        sequences: [StandardKey.Cancel, StandardKey.Back]
        enabled: bar.showBack && bar.visible
        onActivated: bar.back()
    }
}
