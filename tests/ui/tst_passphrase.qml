import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// SR-32: passphrase fields hide their text and ask for no prediction or learning.
// SR-11: at least 10 characters, a strength hint, a generator.
TestCase {
    name: "Passphrase"
    when: windowShown
    // A TestCase is not visible by default: the fields must be, for clicks and their labels.
    visible: true
    width: 360
    height: 400

    Component { id: fieldComponent; PassphraseField { label: "Passphrase" } }

    function test_field_is_hidden_and_non_predictive() {
        var field = createTemporaryObject(fieldComponent, testCase)
        verify(field)
        compare(field.echoMode, TextInput.Password)
        verify(field.inputMethodHints & Qt.ImhSensitiveData)
        verify(field.inputMethodHints & Qt.ImhNoPredictiveText)
        verify(field.inputMethodHints & Qt.ImhHiddenText)
        field.text = "correct horse battery"
        compare(field.displayText.indexOf("horse"), -1, "the passphrase is never displayed")
        compare(field.selectByMouse, false)
    }

    function toggleOf(field) {
        var toggle = findChild(field, "passphraseToggle")
        verify(toggle, "the field has a Show/Hide button")
        return toggle
    }

    function test_field_has_visible_label() {
        var field = createTemporaryObject(fieldComponent, testCase, { "width": 300 })
        verify(field)
        var caption = findChild(field, "passphraseLabel")
        verify(caption)
        verify(caption.visible)
        compare(caption.text, "Passphrase")
        field.text = "correct horse battery"
        verify(caption.visible, "the label stays once something is typed")
        compare(field.placeholderText, "", "no placeholder standing in for the label")
        // The box (and so the touch target) is at least 48 px high, below the label.
        verify(field.height - field.boxY >= Theme.minTouch)
        verify(caption.y + caption.height <= field.boxY)
        // The first dot is not against the edge: padding on both sides.
        verify(field.leftPadding >= 8)
        verify(field.rightPadding >= 8)
    }

    function test_show_hide_toggle() {
        var field = createTemporaryObject(fieldComponent, testCase, { "width": 300 })
        verify(field)
        var toggle = toggleOf(field)
        verify(toggle.visible)
        verify(toggle.width >= Theme.minTouch && toggle.height >= Theme.minTouch, "48 px touch target")
        compare(toggle.Accessible.role, Accessible.Button)
        compare(toggle.Accessible.name, "Show passphrase")
        field.text = "correct horse battery"
        mouseClick(toggle)
        verify(field.shown)
        compare(field.echoMode, TextInput.Normal)
        compare(toggle.Accessible.name, "Hide passphrase")
        // Shown: still sensitive, no prediction, nothing for the accessibility tree, no selection.
        verify(field.inputMethodHints & Qt.ImhSensitiveData)
        verify(field.inputMethodHints & Qt.ImhNoPredictiveText)
        verify(field.inputMethodHints & Qt.ImhNoAutoUppercase)
        verify(field.Accessible.passwordEdit)
        compare(field.selectByMouse, false)
        mouseClick(toggle)
        verify(!field.shown)
        compare(field.echoMode, TextInput.Password)
        verify(field.inputMethodHints & Qt.ImhHiddenText)
        compare(toggle.Accessible.name, "Show passphrase")
        // From the keyboard: Alt+F8 in the field; the text stays as typed.
        field.forceActiveFocus()
        keyClick(Qt.Key_F8, Qt.AltModifier)
        verify(field.shown)
        keyClick(Qt.Key_F8, Qt.AltModifier)
        verify(!field.shown)
        compare(field.text, "correct horse battery")
        // The screen reader's press action.
        toggle.Accessible.pressAction()
        verify(field.shown)
        toggle.Accessible.pressAction()
        verify(!field.shown)
    }

    function test_shown_passphrase_hides_again() {
        var field = createTemporaryObject(fieldComponent, testCase, { "width": 300 })
        verify(field)
        var toggle = toggleOf(field)
        field.text = "correct horse battery"
        // The app goes to the background (or is covered): hidden again.
        mouseClick(toggle)
        verify(field.shown)
        field.applicationStateChanged(Qt.ApplicationInactive)
        verify(!field.shown)
        compare(field.echoMode, TextInput.Password)
        verify(field.inputMethodHints & Qt.ImhHiddenText)
        mouseClick(toggle)
        field.applicationStateChanged(Qt.ApplicationSuspended)
        verify(!field.shown)
        mouseClick(toggle)
        field.applicationStateChanged(Qt.ApplicationActive)
        verify(field.shown, "coming back to the app does not hide or show by itself")
        // Cleared (the pages clear the field once the passphrase is handed over): hidden again.
        field.clear()
        verify(!field.shown)
        compare(field.echoMode, TextInput.Password)
        // The screen is left (the field no longer visible): hidden again.
        field.text = "correct horse battery"
        mouseClick(toggle)
        verify(field.shown)
        field.visible = false
        verify(!field.shown)
        field.visible = true
        compare(field.echoMode, TextInput.Password)
        compare(field.displayText.indexOf("horse"), -1)
    }

    function test_toggle_mirrors() {
        var field = createTemporaryObject(fieldComponent, testCase, { "width": 300 })
        verify(field)
        var toggle = toggleOf(field)
        compare(toggle.x + toggle.width, field.width, "at the right end left to right")
        verify(field.rightPadding >= toggle.width)
        field.LayoutMirroring.enabled = true
        compare(toggle.x, 0, "at the left end right to left")
        verify(field.leftPadding >= toggle.width)
        verify(field.rightPadding >= 8)
    }

    function test_minimum_length_counts_characters() {
        compare(Passphrase.minimumLength, 10)
        verify(!Passphrase.acceptable("123456789"))
        verify(Passphrase.acceptable("1234567890"))
        // Ten Arabic letters are ten characters, not bytes.
        verify(Passphrase.acceptable("ابتثجحخدذر"))
        verify(!Passphrase.acceptable("ابتثجحخدذ"))
    }

    function test_strength_hint() {
        compare(Passphrase.strength("short"), 0)
        verify(Passphrase.strength("aaaaaaaaaa") <= 1, "repeats are weak")
        verify(Passphrase.strength("mango-violin-river-candle") >= 3)
        meter.passphrase = "abc"
        compare(meter.score, 0)
        meter.passphrase = "mango-violin-river-candle"
        verify(meter.score >= 3)
    }

    function test_generator() {
        var a = Passphrase.generate()
        var b = Passphrase.generate()
        verify(a !== b)
        compare(a.length, 29)
        verify(/^[a-z2-9]{4}(-[a-z2-9]{4}){5}$/.test(a))
        verify(Passphrase.acceptable(a))
        compare(Passphrase.strength(a), 4)
    }

    Item {
        id: testCase
        width: 360
        height: 200
        StrengthMeter { id: meter; width: 300 }
    }
}
