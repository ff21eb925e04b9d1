import QtQuick
import Amparo.App

// AppButton for the screens drawn at start-up, made of plain Qt Quick items (no Qt Quick
// Controls): a title in a rounded box, at least 48 px high. Space, Enter and the accessibility
// press action activate it.
Rectangle {
    id: control
    property string text: ""
    property bool flat: false
    property bool danger: false
    property bool highlighted: false
    property alias font: label.font
    property color textColor: control.danger ? Theme.inkUrgent : control.highlighted ? Theme.inkPrimary
                            : control.flat ? Theme.primary : Theme.text
    readonly property real implicitContentWidth: label.implicitWidth
    property real horizontalPadding: 16
    // Room before the label for a leading mark (the header's Back chevron), inside the padding.
    property real leadingSpace: 0
    readonly property bool down: mouse.pressed
    readonly property bool visualFocus: activeFocus && Theme.keyboardInUse
    signal clicked()

    implicitHeight: Math.max(Theme.minTouch, label.implicitHeight + 16)
    implicitWidth: Math.max(Theme.minTouch, label.implicitWidth + 2 * horizontalPadding + leadingSpace)
    activeFocusOnTab: enabled
    radius: 8
    color: control.flat ? "transparent"
         : control.danger ? Theme.urgent
         : control.highlighted ? Theme.primary : Theme.surface
    border.width: control.flat && !control.visualFocus ? 0 : (control.visualFocus ? 3 : 1)
    border.color: control.visualFocus ? Theme.text : control.danger ? Theme.urgent : Theme.outline
    opacity: control.enabled ? (control.down ? 0.8 : 1) : 0.45

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.focusable: true
    Accessible.onPressAction: control.clicked()
    Keys.onSpacePressed: control.clicked()
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: control.horizontalPadding + control.leadingSpace
        anchors.rightMargin: control.horizontalPadding
        text: control.text
        textFormat: Text.PlainText
        font.family: Language.fontFamily
        font.pixelSize: Theme.body
        color: control.textColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }
    MouseArea {
        id: mouse
        anchors.fill: parent
        enabled: control.enabled
        onClicked: control.clicked()
    }
}
