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
    implicitHeight: Math.max(Theme.touch + 8, row.implicitHeight + 8)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 4
        anchors.rightMargin: 4
        spacing: 4
        ToolButton {
            id: backButton
            visible: bar.showBack
            text: qsTr("Back")
            font.pixelSize: Theme.body
            implicitHeight: Theme.touch
            implicitWidth: Math.max(Theme.touch, implicitContentWidth + 24)
            objectName: "backButton"
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Back")
            Accessible.role: Accessible.Button
            Accessible.onPressAction: bar.back()
            Keys.onReturnPressed: bar.back()
            Keys.onEnterPressed: bar.back()
            onClicked: bar.back()
        }
        Label {
            Layout.fillWidth: true
            text: bar.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            maximumLineCount: 2
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
