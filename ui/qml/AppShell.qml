import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Amparo.App

// The app's navigation (a StackView of screens) and everything that needs Qt Quick Controls.
// Main.qml loads it by URL: at once in tests, after the first frame when the app starts on Home or
// the encounter card (those screens are plain Qt Quick and are drawn first, then handed over to
// the stack here). A Control, so that its font and Material colours reach every screen as an
// ApplicationWindow's would.
Control {
    id: shell
    property alias stack: stack
    // The screen to show on top of Home, and that screen if Main.qml has already drawn it.
    property string startScreen: "home"
    property string startSituation: ""
    property string startStatus: ""
    property Item startPage: null
    padding: 0
    focus: true
    font.family: Language.fontFamily
    font.pixelSize: Theme.body
    font.capitalization: Font.MixedCase
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.foreground: Theme.text

    readonly property var pages: ({
        "home": homePage, "language": languagePage, "encounter": encounterPage, "guide": guidePage,
        "capture": capturePage, "create": createPage, "unlock": unlockPage, "notes": notesPage,
        "note": notePage, "form": formPage, "passphrase": changePassphrasePage, "settings": settingsPage,
        "orgs": orgsPage, "orgReview": orgReviewPage, "sendTo": sendToPage
    })
    readonly property var vaultPages: ["notes", "note", "form", "passphrase", "orgs", "orgReview", "sendTo"]
    // Screens drawn before this shell existed (Main.qml): not created by the stack, so destroyed
    // here once they leave it.
    property var handedOver: []

    function show(name, props) {
        var target = name
        var properties = props || {}
        if (vaultPages.indexOf(name) >= 0 && !Vault.unlocked) {
            properties = { "next": name }
            target = Vault.exists ? "unlock" : "create"
        }
        var item = stack.push(pages[target], properties)
        if (item)
            item.objectName = target + "Page"
        return item
    }
    function replaceWith(name, props) {
        var item = stack.replace(stack.currentItem, pages[name], props || {})
        if (item)
            item.objectName = name + "Page"
        return item
    }
    function back() {
        if (stack.depth > 1)
            stack.pop()
    }
    function goHome() {
        stack.pop(null, StackView.Immediate)
    }
    // Vault screens leave the stack when the vault locks (SR-13): nothing of the vault stays on screen.
    function leaveVaultScreens() {
        for (var i = stack.depth - 1; i > 0; --i) {
            var item = stack.get(i, StackView.DontLoad)
            if (item && item.vaultScreen === true) {
                stack.pop(stack.get(i - 1, StackView.DontLoad), StackView.Immediate)
            }
        }
    }
    // Takes over a screen that is already on screen (drawn by Main.qml before the shell loaded).
    function pushExisting(item) {
        item.width = undefined   // from now on the stack sizes it
        item.height = undefined
        handedOver.push(item)
        stack.push(item, {}, StackView.Immediate)
    }
    function releaseHandedOver() {
        if (stack.busy)
            return
        var kept = []
        for (var i = 0; i < handedOver.length; ++i) {
            var item = handedOver[i]
            if (stack.find(function(shown) { return shown === item }) !== null)
                kept.push(item)
            else
                item.destroy()
        }
        handedOver = kept
    }

    // SR-30: vault content is kept out of screenshots where the OS allows it (Unsupported on
    // the desktop, which the app says in its notice).
    readonly property bool vaultContentShown: stack.currentItem !== null && stack.currentItem.vaultScreen === true
    onVaultContentShownChanged: Platform.setSecureContent(vaultContentShown)

    contentItem: StackView {
        id: stack
        objectName: "stack"
        focus: true
        onDepthChanged: if (shell.handedOver.length > 0) Qt.callLater(shell.releaseHandedOver)
        onBusyChanged: if (shell.handedOver.length > 0) Qt.callLater(shell.releaseHandedOver)
    }

    Component { id: homePage; HomePage {} }
    Component { id: languagePage; LanguagePage {} }
    Component { id: encounterPage; EncounterPage {} }
    Component { id: guidePage; GuidePage {} }
    Component { id: capturePage; CapturePage {} }
    Component { id: createPage; VaultCreatePage {} }
    Component { id: unlockPage; UnlockPage {} }
    Component { id: notesPage; NotesPage {} }
    Component { id: notePage; NoteDetailPage {} }
    Component { id: formPage; IncidentFormPage {} }
    Component { id: changePassphrasePage; ChangePassphrasePage {} }
    Component { id: settingsPage; SettingsPage {} }
    Component { id: orgsPage; TrustedOrgsPage {} }
    Component { id: orgReviewPage; OrgReviewPage {} }
    Component { id: sendToPage; SendToPage {} }

    // The start screen: on top of Home (Back leads there).
    Component.onCompleted: {
        var first = startPage
        startPage = null
        if (first && startScreen === "home")
            pushExisting(first)
        else
            stack.push(homePage, {}, StackView.Immediate).objectName = "homePage"
        if (startScreen === "language") {
            stack.push(languagePage, { "firstStart": true }, StackView.Immediate).objectName = "languagePage"
        } else if (startScreen === "encounter") {
            if (first)
                pushExisting(first)
            else
                stack.push(encounterPage, { "situation": startSituation, "status": startStatus }, StackView.Immediate).objectName = "encounterPage"
        } else if (startScreen === "guide") {
            stack.push(guidePage, { "situation": startSituation }, StackView.Immediate).objectName = "guidePage"
        } else if (startScreen === "notes") {
            if (Vault.unlocked)
                stack.push(notesPage, {}, StackView.Immediate).objectName = "notesPage"
            else if (Vault.exists)
                stack.push(unlockPage, { "next": "notes" }, StackView.Immediate).objectName = "unlockPage"
            else
                stack.push(capturePage, {}, StackView.Immediate).objectName = "capturePage"
        } else if (startScreen === "settings") {
            stack.push(settingsPage, {}, StackView.Immediate).objectName = "settingsPage"
        }
    }
}
