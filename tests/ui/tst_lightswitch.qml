import QtQuick
import QtTest
import Amparo.App

// The app's own on/off switch (encounter card, Settings): click, Space and Enter toggle it;
// on and off differ without colour (knob position, check mark); the "on" end mirrors in a
// right-to-left layout; screen readers get a checkable check box with its state.
TestCase {
    name: "LightSwitch"
    when: windowShown
    // A TestCase is not visible by default: the fields must be, for clicks and their labels.
    visible: true
    width: 360
    height: 400

    Component { id: switchComponent; LightSwitch { width: 300; text: "Dark theme" } }
    SignalSpy { id: toggledSpy; signalName: "toggled" }

    function knobOf(control) {
        var knob = findChild(control, "switchKnob")
        verify(knob)
        return knob
    }
    function knobCentre(control) {
        var knob = knobOf(control)
        return knob.mapToItem(control, knob.width / 2, 0).x
    }

    function test_click_and_keys_toggle() {
        var control = createTemporaryObject(switchComponent, testCase)
        verify(control)
        toggledSpy.target = control
        toggledSpy.clear()
        verify(control.height >= Theme.minTouch)
        verify(!control.checked)
        mouseClick(control)
        verify(control.checked)
        compare(toggledSpy.count, 1)
        control.forceActiveFocus(Qt.TabFocusReason)
        verify(control.activeFocus)
        keyClick(Qt.Key_Space)
        verify(!control.checked)
        keyClick(Qt.Key_Return)
        verify(control.checked)
        keyClick(Qt.Key_Enter)
        verify(!control.checked)
        compare(toggledSpy.count, 4)
    }

    function test_accessible_state() {
        var control = createTemporaryObject(switchComponent, testCase)
        verify(control)
        compare(control.Accessible.role, Accessible.CheckBox)
        compare(control.Accessible.name, "Dark theme")
        verify(control.Accessible.checkable)
        verify(!control.Accessible.checked)
        control.toggle()
        verify(control.Accessible.checked)
    }

    function test_on_and_off_differ_without_colour() {
        var control = createTemporaryObject(switchComponent, testCase)
        verify(control)
        var check = findChild(control, "switchCheck")
        verify(check)
        verify(!check.visible, "no check mark when off")
        var track = findChild(control, "switchTrack")
        var offX = knobCentre(control)
        control.checked = true
        verify(check.visible, "a check mark when on")
        var onX = knobCentre(control)
        var trackMiddle = track.x + track.width / 2
        verify(offX < trackMiddle && onX > trackMiddle, "off at the left end, on at the right end")
    }

    function test_mirrors_right_to_left() {
        var control = createTemporaryObject(switchComponent, testCase)
        verify(control)
        control.LayoutMirroring.enabled = true
        verify(control.mirrored)
        var track = findChild(control, "switchTrack")
        verify(track.x > control.width / 2, "the track is at the start: the right side")
        var offX = knobCentre(control)
        control.checked = true
        var onX = knobCentre(control)
        var trackMiddle = track.x + track.width / 2
        verify(offX > trackMiddle && onX < trackMiddle, "right to left: off at the right end, on at the left end")
    }

    function test_mirroring_is_inherited() {
        var control = createTemporaryObject(switchComponent, mirroredParent)
        verify(control)
        verify(control.mirrored, "LayoutMirroring from Main.qml reaches the switch")
        control.checked = true
        var track = findChild(control, "switchTrack")
        verify(knobCentre(control) < track.x + track.width / 2)
    }

    Item {
        id: testCase
        width: 360
        height: 100
    }
    Item {
        id: mirroredParent
        y: 100
        width: 360
        height: 100
        LayoutMirroring.enabled: true
        LayoutMirroring.childrenInherit: true
    }
}
