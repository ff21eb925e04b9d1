import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// Guided incident form: one question per step, big targets, every step skippable, then a review
// page. Used for new notes and for edits (noteId set: a new revision is saved).
Page {
    id: page
    property string noteId: ""
    property int step: 0
    readonly property bool vaultScreen: true
    readonly property bool reviewing: step >= steps.length
    readonly property var current: reviewing ? null : steps[step]
    property NoteDraft draft: NoteDraft {}
    background: Rectangle { color: Theme.background }

    // key: NoteDraft property; kind: line | text | agency | biometrics | answer
    readonly property var steps: [
        { key: "title", kind: "line", question: qsTr("Give this a short name"), hint: qsTr("For example: Stopped at the bus station") },
        { key: "when", kind: "line", question: qsTr("When did it happen?"), hint: qsTr("Date and time, as well as you remember") },
        { key: "where", kind: "text", question: qsTr("Where did it happen?"), hint: qsTr("Street, building, airport, city") },
        { key: "agency", kind: "agency", question: qsTr("Who stopped you?"), hint: "" },
        { key: "officers", kind: "text", question: qsTr("Names, badge numbers or vehicles you saw"), hint: qsTr("One per line") },
        { key: "biometricSteps", kind: "biometrics", question: qsTr("What did they do?"), hint: qsTr("Choose all that happened") },
        { key: "officerDevice", kind: "line", question: qsTr("Did they use a phone, camera or app on you?"), hint: qsTr("What it looked like, if you saw") },
        { key: "consentAsked", kind: "answer", question: qsTr("Did they ask for your permission?"), hint: "" },
        { key: "statusAsked", kind: "answer", question: qsTr("Did they ask about your citizenship or status?"), hint: "" },
        { key: "referenceNumber", kind: "line", question: qsTr("Did they give you a number or paper?"), hint: qsTr("Reference or case number") },
        { key: "heldDuration", kind: "line", question: qsTr("How long were you held?"), hint: qsTr("For example: about 2 hours") },
        { key: "whatWasSaid", kind: "text", question: qsTr("What did they say? What did you say?"), hint: "" },
        { key: "whatWasTaken", kind: "text", question: qsTr("Was anything taken?"), hint: qsTr("Phone, papers, money") },
        { key: "witnesses", kind: "text", question: qsTr("Who saw it?"), hint: qsTr("Names or how to find them") },
        { key: "injuries", kind: "text", question: qsTr("Were you or anyone hurt?"), hint: "" },
        { key: "narrative", kind: "text", question: qsTr("Anything else, in your own words"), hint: "" }
    ]
    readonly property var agencies: [
        { value: 1, label: qsTr("ICE") }, { value: 2, label: qsTr("CBP (border, airport)") },
        { value: 3, label: qsTr("Local police or sheriff") }, { value: 4, label: qsTr("TSA (airport security)") },
        { value: 5, label: qsTr("Someone else") }, { value: 0, label: qsTr("I don't know") }
    ]
    readonly property var biometricChoices: [
        { bit: 1, label: qsTr("Took my photo or scanned my face") }, { bit: 2, label: qsTr("Took my fingerprints") },
        { bit: 4, label: qsTr("Scanned my eyes") }, { bit: 8, label: qsTr("Unlocked my phone with my face or finger") }
    ]
    readonly property var answers: [
        { value: 1, label: qsTr("Yes") }, { value: 2, label: qsTr("No") }, { value: 3, label: qsTr("I'm not sure") }
    ]

    function next() { step = Math.min(step + 1, steps.length) }
    function previous() { if (step > 0) step = step - 1; else app.back() }
    function skip() { next() }
    function goTo(i) { step = i }
    function answerText(s) {
        var v = draft[s.key]
        if (s.kind === "agency") {
            for (var i = 0; i < agencies.length; ++i) if (agencies[i].value === v) return agencies[i].label
            return ""
        }
        if (s.kind === "answer") {
            for (var j = 0; j < answers.length; ++j) if (answers[j].value === v) return answers[j].label
            return ""
        }
        if (s.kind === "biometrics") {
            var out = []
            for (var k = 0; k < biometricChoices.length; ++k) if (v & biometricChoices[k].bit) out.push(biometricChoices[k].label)
            return out.join(", ")
        }
        return v
    }
    function save() {
        var id = Vault.saveNote(noteId, draft)
        if (id.length > 0) {
            draft.clear()
            Vault.openNote(id)
            if (noteId.length > 0)
                app.back()
            else
                app.replaceWith("note", { "noteId": id })
        }
    }

    Component.onCompleted: if (noteId.length > 0) Vault.loadDraft(noteId, draft)
    Component.onDestruction: draft.clear()

    header: ScreenHeader {
        title: page.reviewing ? qsTr("Check and save") : qsTr("Question %1 of %2").arg(page.step + 1).arg(page.steps.length)
        showPanic: true
        onBack: page.previous()
        onPanic: app.panic()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        KeyboardScroll { flickable: flick }
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.columnX(parent.width)
            y: Theme.margin
            width: Theme.columnWidth(parent.width)
            spacing: Theme.spacing

            // ---- one question ----
            SectionTitle {
                objectName: "question"
                visible: !page.reviewing
                Layout.fillWidth: true
                text: page.current ? page.current.question : ""
                font.pixelSize: Theme.title
            }
            PlainText {
                visible: !page.reviewing && page.current && page.current.hint.length > 0
                Layout.fillWidth: true
                text: page.current ? page.current.hint : ""
                color: Theme.muted
            }
            TextField {
                id: lineField
                objectName: "lineField"
                visible: !page.reviewing && page.current && page.current.kind === "line"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.large
                inputMethodHints: Qt.ImhNoPredictiveText
                text: page.current && page.current.kind === "line" ? page.draft[page.current.key] : ""
                onTextEdited: page.draft[page.current.key] = text
                onAccepted: page.next()
                Accessible.name: page.current ? page.current.question : ""
                Accessible.role: Accessible.EditableText
            }
            FormTextArea {
                id: textField
                objectName: "textField"
                visible: !page.reviewing && page.current && page.current.kind === "text"
                Layout.fillWidth: true
                Layout.minimumHeight: 160
                inputMethodHints: Qt.ImhNoPredictiveText
                text: page.current && page.current.kind === "text" ? page.draft[page.current.key] : ""
                onTextChanged: if (visible && page.current && page.current.kind === "text") page.draft[page.current.key] = text
                Accessible.name: page.current ? page.current.question : ""
            }
            Repeater {
                model: !page.reviewing && page.current && page.current.kind === "agency" ? page.agencies : []
                delegate: BigButton {
                    required property var modelData
                    text: modelData.label
                    titleSize: Theme.body + 2
                    fill: page.draft.agency === modelData.value ? Theme.primary : Theme.surface
                    ink: page.draft.agency === modelData.value ? Theme.inkPrimary : Theme.text
                    onClicked: { page.draft.agency = modelData.value; page.next() }
                }
            }
            Repeater {
                model: !page.reviewing && page.current && page.current.kind === "answer" ? page.answers : []
                delegate: BigButton {
                    required property var modelData
                    text: modelData.label
                    titleSize: Theme.body + 2
                    fill: page.draft[page.current.key] === modelData.value ? Theme.primary : Theme.surface
                    ink: page.draft[page.current.key] === modelData.value ? Theme.inkPrimary : Theme.text
                    onClicked: { page.draft[page.current.key] = modelData.value; page.next() }
                }
            }
            Repeater {
                model: !page.reviewing && page.current && page.current.kind === "biometrics" ? page.biometricChoices : []
                delegate: CheckBox {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    text: modelData.label
                    checked: (page.draft.biometricSteps & modelData.bit) !== 0
                    onToggled: page.draft.biometricSteps = checked ? (page.draft.biometricSteps | modelData.bit)
                                                                   : (page.draft.biometricSteps & ~modelData.bit)
                    Accessible.name: text
                    Accessible.role: Accessible.CheckBox
                }
            }
            RowLayout {
                visible: !page.reviewing
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacing
                AppButton {
                    objectName: "skipButton"
                    Layout.fillWidth: true
                    text: qsTr("Skip")
                    flat: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.large
                    Accessible.name: qsTr("Skip this question")
                    Accessible.role: Accessible.Button
                    onClicked: page.skip()
                }
                AppButton {
                    objectName: "nextButton"
                    Layout.fillWidth: true
                    text: qsTr("Next")
                    highlighted: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.large
                    Accessible.name: text
                    Accessible.role: Accessible.Button
                    onClicked: page.next()
                }
            }

            // ---- review ----
            PlainText {
                visible: page.reviewing
                Layout.fillWidth: true
                text: qsTr("Check your answers. Tap one to change it.")
                color: Theme.muted
            }
            Repeater {
                model: page.reviewing ? page.steps.length : 0
                delegate: ItemDelegate {
                    required property int index
                    readonly property string answer: page.answerText(page.steps[index])
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.minTouch, reviewColumn.implicitHeight + 12)
                    Accessible.name: page.steps[index].question
                    Accessible.role: Accessible.Button
                    onClicked: page.goTo(index)
                    contentItem: ColumnLayout {
                        id: reviewColumn
                        spacing: 2
                        PlainText {
                            Layout.fillWidth: true
                            text: page.steps[index].question
                            font.pixelSize: Theme.small
                            color: Theme.muted
                        }
                        PlainText {
                            objectName: "reviewAnswer"
                            Layout.fillWidth: true
                            // Typed answers are the person's own words: aligned by their own
                            // direction. Choices and "(skipped)" are the app's.
                            userText: answer.length > 0 && (page.steps[index].kind === "line" || page.steps[index].kind === "text")
                            text: answer.length > 0 ? answer : qsTr("(skipped)")
                            color: answer.length > 0 ? Theme.text : Theme.muted
                        }
                    }
                }
            }
            PlainText {
                visible: page.reviewing && Vault.errorMessage.length > 0
                Layout.fillWidth: true
                text: Vault.errorMessage
                color: Theme.urgent
            }
            BigButton {
                objectName: "saveButton"
                visible: page.reviewing
                text: qsTr("Save")
                enabled: !page.draft.empty
                onClicked: page.save()
            }
        }
    }
}
