import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// SR-32: passphrase fields hide their text and ask for no prediction or learning.
// SR-11: at least 10 characters, a strength hint, a generator.
TestCase {
    name: "Passphrase"
    when: windowShown

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
