import QtQuick
import Amparo.App

// An on/off switch with its label, made of plain Qt Quick items (no Qt Quick Controls): on the
// encounter card and in Settings. `toggled()` follows a change made by the person (click, Space,
// Enter, accessibility). On and off differ without colour too: the knob moves to the "on" end
// (right, or left in a right-to-left layout, as on Android and iOS) and shows a check mark.
Item {
    id: control
    property bool checked: false
    property string text: ""
    property alias font: label.font
    readonly property bool visualFocus: activeFocus && Theme.keyboardInUse
    // The effective (inherited) mirroring of this item: true in Arabic.
    readonly property bool mirrored: LayoutMirroring.enabled
    // Its parts follow it, also when mirroring is set on this item alone.
    LayoutMirroring.childrenInherit: true
    signal toggled()

    function toggle() {
        checked = !checked
        toggled()
    }

    implicitHeight: Math.max(Theme.minTouch, label.implicitHeight + 8)
    implicitWidth: track.width + 12 + label.implicitWidth
    activeFocusOnTab: enabled
    opacity: enabled ? 1 : 0.45

    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.focusable: true
    Accessible.onPressAction: control.toggle()
    Accessible.onToggleAction: control.toggle()
    Keys.onSpacePressed: control.toggle()
    Keys.onReturnPressed: control.toggle()
    Keys.onEnterPressed: control.toggle()

    Rectangle {
        id: track
        objectName: "switchTrack"
        // Anchored to the start: on the right in a mirrored layout.
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        width: 44
        height: 22
        radius: 11
        // Off: an empty outlined track in high contrast (a solid text-coloured track would read as "on").
        color: control.checked ? Theme.primary : (Theme.highContrast ? Theme.surface : Theme.border)
        border.width: control.visualFocus ? 3 : (Theme.highContrast ? 2 : 1)
        border.color: control.visualFocus ? Theme.text : control.checked ? Theme.primary : Theme.muted
        Rectangle {
            id: knob
            objectName: "switchKnob"
            width: 26
            height: 26
            radius: 13
            anchors.verticalCenter: parent.verticalCenter
            // "On" is at the end of the track: the right end, the left end when mirrored.
            readonly property bool atRight: control.checked !== control.mirrored
            x: atRight ? parent.width - width + 2 : -2
            color: control.checked ? Theme.primary : Theme.surface
            border.width: control.checked ? 2 : 1
            border.color: control.checked ? Theme.surface : Theme.muted
            LightMark {
                objectName: "switchCheck"
                visible: control.checked
                anchors.centerIn: parent
                positive: true
                size: 14
                color: Theme.inkPrimary
            }
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
