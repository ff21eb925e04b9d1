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
    // Unavailable: Theme.unavailableFill / unavailableInk.
    readonly property color shownFill: enabled ? fill : Theme.unavailableFill
    readonly property color shownInk: enabled ? ink : Theme.unavailableInk

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
        color: control.shownFill
        opacity: control.down ? 0.85 : 1
        // High contrast: enabled choices have a 3 px edge, an unavailable one a 1 px edge and
        // dimmed text (still about 5.7:1), so it does not look like a choice to tap.
        border.width: Theme.highContrast ? (control.enabled ? 3 : 1) : 0
        border.color: control.shownInk
        FocusRing { visible: control.visualFocus }
    }
    contentItem: ColumnLayout {
        id: content
        spacing: 4
        opacity: !control.enabled && Theme.highContrast ? 0.6 : 1
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
            color: control.shownInk
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
            color: control.shownInk
            opacity: control.enabled ? 0.92 : 1
            horizontalAlignment: Text.AlignLeft
        }
        Item { Layout.fillHeight: true }
    }
}
