import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.App

ApplicationWindow {
    id: app
    objectName: "amparoWindow"
    required property string startScreen
    required property string startSituation

    visible: true
    title: qsTr("Amparo")
    color: Theme.background
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

    // Opens a screen by name. Vault screens need an unlocked vault: otherwise unlock (or create) first.
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
    // "Record what happened": write-only capture while locked, the notes once unlocked.
    function record() {
        show(Vault.unlocked ? "notes" : "capture")
    }
    // SR-17: one control, no confirmation: lock, wipe keys and models, neutral Home.
    function panic() {
        Vault.lock()
        goHome()
    }

    AutoLock {
        id: autoLock
        appState: Qt.application.state
        unlocked: Vault.unlocked
        timeout: AppSettings.lockTimeoutSeconds * 1000
        onLockNow: function(reason) { if (Vault.unlocked) app.panic() }
    }
    Connections {
        target: Platform
        function onLockRequested() { if (Vault.unlocked) app.panic() }
        function onUserActive() { autoLock.activity() }
    }
    // SR-30: vault content is kept out of screenshots where the OS allows it (Unsupported on
    // the desktop, which the app says in its notice).
    readonly property bool vaultContentShown: stack.currentItem !== null && stack.currentItem.vaultScreen === true
    onVaultContentShownChanged: Platform.setSecureContent(vaultContentShown)
    Connections {
        target: Vault
        function onLockedNow() {
            // Leave every vault screen (SR-13): nothing of the vault stays on screen.
            for (var i = stack.depth - 1; i > 0; --i) {
                var item = stack.get(i, StackView.DontLoad)
                if (item && item.vaultScreen === true) {
                    stack.pop(stack.get(i - 1, StackView.DontLoad), StackView.Immediate)
                }
            }
        }
    }

    Item {
        id: root
        anchors.fill: parent
        LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true

        StackView {
            id: stack
            objectName: "stack"
            anchors.fill: parent
            focus: true
        }

        // SR-13: neutral cover while the app is not in front (app switcher thumbnails).
        Rectangle {
            id: cover
            objectName: "cover"
            anchors.fill: parent
            visible: autoLock.covered || Platform.covered
            color: Theme.background
            z: 100
            Label {
                anchors.centerIn: parent
                text: qsTr("Amparo")
                font.pixelSize: Theme.title
                color: Theme.muted
            }
            MouseArea { anchors.fill: parent }
        }
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

    Component.onCompleted: {
        var home = stack.push(homePage, {}, StackView.Immediate)
        home.objectName = "homePage"
        if (startScreen === "language") {
            stack.push(languagePage, { "firstStart": true }, StackView.Immediate).objectName = "languagePage"
        } else if (startScreen === "encounter") {
            stack.push(encounterPage, { "situation": startSituation }, StackView.Immediate).objectName = "encounterPage"
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
