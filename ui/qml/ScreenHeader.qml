import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// Top bar: back, title and (on vault screens) the panic control (SR-17).
// Keyboard: Escape (or the system Back key) goes back from anywhere on the screen; Tab reaches
// Back first and the panic control after the title (reading order, mirrored in Arabic).
ToolBar {
    id: bar
    property string title: ""
    property bool showBack: true
    property bool showPanic: false
    signal back()
    signal panic()

    Material.background: Theme.surface
    Material.foreground: Theme.text
    implicitHeight: Math.max(Theme.touch + 8, row.implicitHeight + 4)

    // The header's content lines up with the page content (Theme.margin from each edge): the
    // title when there is no Back, the Back chevron, and the outer edge of the panic control.
    // Anchors mirror in Arabic, so "leading" and "trailing" swap sides there.
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: bar.showBack ? Theme.margin - 8 : Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 4
        ToolButton {
            id: backButton
            visible: bar.showBack
            text: qsTr("Back")
            font.pixelSize: Theme.body
            implicitHeight: Theme.touch
            // 8 px before the chevron: with the row's margin, the chevron starts at Theme.margin.
            leftPadding: 8
            rightPadding: 12
            implicitWidth: Math.max(Theme.touch, implicitContentWidth + leftPadding + rightPadding)
            objectName: "backButton"
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Back")
            Accessible.role: Accessible.Button
            Accessible.onPressAction: bar.back()
            Keys.onReturnPressed: bar.back()
            Keys.onEnterPressed: bar.back()
            onClicked: bar.back()
            // A drawn chevron before the word (BackChevron.qml). The Row mirrors in right-to-left.
            contentItem: Row {
                spacing: 6
                BackChevron { anchors.verticalCenter: parent.verticalCenter }
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    text: backButton.text
                    font: backButton.font
                    textFormat: Text.PlainText
                    color: Theme.text
                }
            }
        }
        Label {
            Layout.fillWidth: true
            // Room above and below a title that wraps onto more lines.
            topPadding: 10
            bottomPadding: 10
            text: bar.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            maximumLineCount: 3
            wrapMode: Text.Wrap
            font.pixelSize: Theme.large
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        AppButton {
            id: panicButton
            objectName: "panicButton"
            visible: bar.showPanic
            text: qsTr("Hide")
            font.pixelSize: Theme.body
            font.bold: true
            implicitHeight: Theme.touch
            danger: true
            Accessible.name: qsTr("Hide: lock the vault and go to the start screen")
            Accessible.role: Accessible.Button
            onClicked: bar.panic()
        }
    }
    // Only the screen on top of the stack is visible, so only its header answers.
    Shortcut {
        sequences: [StandardKey.Cancel, StandardKey.Back]
        enabled: bar.showBack && bar.visible
        onActivated: bar.back()
    }
}
