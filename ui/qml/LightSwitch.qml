import QtQuick
import Amparo.App

// An on/off switch with its label, made of plain Qt Quick items (no Qt Quick Controls), for the
// encounter card. `toggled()` follows a change made by the person (click, Space, accessibility).
Item {
    id: control
    property bool checked: false
    property string text: ""
    property alias font: label.font
    readonly property bool visualFocus: activeFocus && Theme.keyboardInUse
    signal toggled()

    function toggle() {
        checked = !checked
        toggled()
    }

    implicitHeight: Math.max(Theme.minTouch, label.implicitHeight + 8)
    implicitWidth: track.width + 12 + label.implicitWidth
    activeFocusOnTab: enabled

    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.focusable: true
    Accessible.onPressAction: control.toggle()
    Accessible.onToggleAction: control.toggle()
    Keys.onSpacePressed: control.toggle()

    Rectangle {
        id: track
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        width: 40
        height: 20
        radius: 10
        color: control.checked ? Theme.primary : Theme.border
        border.width: control.visualFocus ? 3 : 0
        border.color: Theme.text
        Rectangle {
            width: 24
            height: 24
            radius: 12
            anchors.verticalCenter: parent.verticalCenter
            x: control.checked ? parent.width - width + 2 : -2
            color: control.checked ? Theme.primary : Theme.surface
            border.width: 1
            border.color: control.checked ? Theme.primary : Theme.muted
        }
    }
    Text {
        id: label
        anchors.left: track.right
        anchors.leftMargin: 12
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: control.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.family: Language.fontFamily
        font.pixelSize: Theme.body
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
    }
    MouseArea {
        anchors.fill: parent
        enabled: control.enabled
        onClicked: control.toggle()
    }
}
