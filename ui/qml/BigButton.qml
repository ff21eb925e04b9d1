import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// A large action: a title and an optional line below it. At least 48 px high.
AbstractButton {
    id: control
    property string subtitle: ""
    property color fill: Theme.primary
    property color ink: Theme.inkPrimary
    property real titleSize: Theme.large

    implicitHeight: Math.max(Theme.touch, content.implicitHeight + 24)
    Layout.fillWidth: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: subtitle.length > 0 ? text + ". " + subtitle : text
    Accessible.onPressAction: control.clicked()
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: control.enabled ? control.fill : Theme.border
        opacity: control.down ? 0.85 : 1
        border.width: control.visualFocus || Theme.highContrast ? 3 : 0
        border.color: control.visualFocus ? Theme.text : control.ink
    }
    contentItem: ColumnLayout {
        id: content
        spacing: 4
        Item { Layout.fillHeight: true }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            text: control.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: control.titleSize
            font.bold: true
            color: control.ink
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: control.subtitle.length > 0
            text: control.subtitle
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            color: control.ink
            opacity: 0.92
            horizontalAlignment: Text.AlignLeft
        }
        Item { Layout.fillHeight: true }
    }
}
