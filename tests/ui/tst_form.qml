import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// The guided incident form: one question per step, every step skippable, a review page.
TestCase {
    name: "IncidentForm"
    when: windowShown

    Component { id: formComponent; IncidentFormPage { width: 360; height: 780 } }

    function test_steps_skip_and_review() {
        var form = createTemporaryObject(formComponent, holder)
        verify(form)
        compare(form.step, 0)
        verify(!form.reviewing)
        verify(form.steps.length >= 12, "covers the note fields")
        // Every step can be skipped.
        for (var i = 0; i < form.steps.length; ++i) {
            verify(!form.reviewing)
            form.skip()
        }
        verify(form.reviewing)
        verify(form.draft.empty, "nothing entered, nothing to save")
        // Back from the review returns to the last question.
        form.previous()
        compare(form.step, form.steps.length - 1)
    }

    function test_answers_show_on_review() {
        var form = createTemporaryObject(formComponent, holder)
        form.draft.title = "Stopped at the station"
        form.draft.agency = 3
        form.draft.biometricSteps = 1 | 2
        form.draft.consentAsked = 2
        verify(!form.draft.empty)
        var byKey = {}
        for (var i = 0; i < form.steps.length; ++i) byKey[form.steps[i].key] = form.steps[i]
        compare(form.answerText(byKey["title"]), "Stopped at the station")
        compare(form.answerText(byKey["agency"]), "Local police or sheriff")
        compare(form.answerText(byKey["biometricSteps"]), "Took my photo or scanned my face, Took my fingerprints")
        compare(form.answerText(byKey["consentAsked"]), "No")
        compare(form.answerText(byKey["statusAsked"]), "")
        form.goTo(3)
        compare(form.current.kind, "agency")
        form.draft.clear()
        verify(form.draft.empty)
    }

    function test_big_targets() {
        var form = createTemporaryObject(formComponent, holder)
        var skip = findChild(form, "skipButton")
        var next = findChild(form, "nextButton")
        verify(skip.height >= 48 && next.height >= 48)
        verify(skip.Accessible.name.length > 0)
    }

    Item { id: holder; width: 360; height: 780 }
}
