import QtQuick
import Amparo.App

// BigButton for the screens drawn at start-up, made of plain Qt Quick items (no Qt Quick
// Controls): a title and an optional line below it, at least 48 px high. Space, Enter and the
// accessibility press action activate it.
Rectangle {
    id: control
    property string text: ""
    property string subtitle: ""
    property color fill: Theme.primary
    property color ink: Theme.inkPrimary
    property real titleSize: Theme.large
    readonly property real implicitContentHeight: content.implicitHeight
    readonly property bool down: mouse.pressed
    readonly property bool visualFocus: activeFocus && Theme.keyboardInUse
    signal clicked()

    implicitHeight: Math.max(Theme.touch, content.implicitHeight + 24)
    activeFocusOnTab: enabled
    radius: Theme.radius
    // Unavailable: as BigButton (Theme.unavailableFill / unavailableInk; outlined in high contrast).
    readonly property color shownInk: enabled ? ink : Theme.unavailableInk
    color: control.enabled ? control.fill : Theme.unavailableFill
    border.width: Theme.highContrast ? (control.enabled ? 3 : 1) : 0
    border.color: control.shownInk
    FocusRing { visible: control.visualFocus }

    Accessible.role: Accessible.Button
    Accessible.name: subtitle.length > 0 ? text + ". " + subtitle : text
    Accessible.focusable: true
    Accessible.onPressAction: control.clicked()
    Keys.onSpacePressed: control.clicked()
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    // Pressed: the same dimming as BigButton (its background fades to 0.85).
    Rectangle {
        anchors.fill: parent
        radius: parent.radius
        visible: control.down
        color: Theme.background
        opacity: 0.15
    }
    Column {
        id: content
        opacity: !control.enabled && Theme.highContrast ? 0.6 : 1
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: 4
        Text {
            width: parent.width
            text: control.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: Language.fontFamily
            font.pixelSize: control.titleSize
            font.bold: true
            color: control.shownInk
            horizontalAlignment: Text.AlignLeft
        }
        Text {
            width: parent.width
            visible: control.subtitle.length > 0
            text: control.subtitle
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: Language.fontFamily
            font.pixelSize: Theme.body
            color: control.shownInk
            opacity: 0.92
            horizontalAlignment: Text.AlignLeft
        }
    }
    MouseArea {
        id: mouse
        anchors.fill: parent
        enabled: control.enabled
        onClicked: control.clicked()
    }
}
