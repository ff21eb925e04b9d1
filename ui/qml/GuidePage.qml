import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// Guide: where am I → (optional) my status → ordered cards. The status lives only in this page
// (memory); it is never saved outside the vault.
Page {
    id: page
    property string situation: ""
    property string status: ""
    property bool statusAsked: false
    readonly property bool vaultScreen: false
    readonly property string step: situation.length === 0 ? "situation" : (!statusAsked ? "status" : "cards")
    background: Rectangle { color: Theme.background }

    // A situation or status to choose (Rights.situations / Rights.statuses row). English shown as a
    // fallback reads left to right in a Latin font, as in RightsCard.
    component NameButton: BigButton {
        required property string itemId
        required property string title
        required property bool fallback
        LayoutMirroring.enabled: !fallback && page.LayoutMirroring.enabled
        LayoutMirroring.childrenInherit: true
        font.family: fallback ? "Noto Sans" : Language.fontFamily
        text: title
        fill: Theme.surface
        ink: Theme.text
        titleSize: Theme.body + 2
    }

    function chooseSituation(id) {
        situation = id
        statusAsked = false
        status = ""
    }
    function chooseStatus(id) {
        status = id
        statusAsked = true
        Rights.showCards(situation, status)
        flick.contentY = 0
    }
    function stepBack() {
        if (step === "cards") { statusAsked = false; status = ""; Rights.clearCards() }
        else if (step === "status") { situation = "" }
        else app.back()
        flick.contentY = 0
    }
    Component.onDestruction: { status = ""; Rights.clearCards() }

    header: ScreenHeader {
        title: page.step === "situation" ? qsTr("Where are you?")
             : page.step === "status" ? qsTr("About you (optional)")
             : Rights.situations.titleOf(page.situation)
        onBack: page.stepBack()
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

            PlainText {
                visible: !Rights.available
                Layout.fillWidth: true
                text: qsTr("The rights content could not be loaded.")
                color: Theme.urgent
            }

            // Content not yet in this language: the English shown instead is said to be English.
            PlainText {
                objectName: "guideFallbackNote"
                visible: (page.step === "situation" && Rights.situations.anyFallback)
                         || (page.step === "status" && Rights.statuses.anyFallback)
                Layout.fillWidth: true
                text: qsTranslate("EncounterPage", "This advice is not yet available in your language. It is shown in English.")
                color: Theme.warning
                font.bold: true
            }

            // Step 1: situations
            Repeater {
                model: page.step === "situation" ? Rights.situations : null
                delegate: NameButton {
                    required property string summary
                    objectName: "situation_" + itemId
                    subtitle: summary
                    onClicked: page.chooseSituation(itemId)
                }
            }

            // Step 2: status, optional
            PlainText {
                visible: page.step === "status"
                Layout.fillWidth: true
                text: qsTr("Some rights depend on your status. This choice is not saved anywhere.")
                color: Theme.muted
            }
            BigButton {
                objectName: "skipStatus"
                visible: page.step === "status"
                text: qsTr("Skip: show advice for everyone")
                onClicked: page.chooseStatus("")
            }
            Repeater {
                model: page.step === "status" ? Rights.statuses : null
                delegate: NameButton {
                    objectName: "status_" + itemId
                    onClicked: page.chooseStatus(itemId)
                }
            }

            // Step 3: cards
            PlainText {
                visible: page.step === "cards" && page.status.length > 0
                Layout.fillWidth: true
                text: qsTr("For: %1").arg(Rights.statuses.titleOf(page.status))
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            Repeater {
                model: page.step === "cards" ? Rights.cards : null
                delegate: RightsCard {
                    objectName: "card_" + model.cardId
                    Layout.fillWidth: true
                    title: model.title
                    sayLines: model.sayLines
                    forStatuses: model.forStatuses
                    explanation: model.explanation
                    caveat: model.caveat
                    doList: model.doList
                    dontList: model.dontList
                    sources: model.sources
                    settled: model.settled
                    certainty: model.certainty
                    review: model.review
                    fallback: model.fallback
                    showHotlines: model.showHotlines
                }
            }
            BigButton {
                objectName: "showWhatToSay"
                visible: page.step === "cards"
                text: qsTr("Show what to say")
                subtitle: qsTr("Big card for this place, with English")
                fill: Theme.urgent
                ink: Theme.inkUrgent
                // The chosen status goes with it (memory only): a status's own lines are on the
                // card only when that status was chosen.
                onClicked: app.show("encounter", { "situation": page.situation, "status": page.status })
            }
        }
    }
}
