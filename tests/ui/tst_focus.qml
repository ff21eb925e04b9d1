import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// Keyboard use (issue 5): Tab / Shift+Tab go through the interactive elements of each main
// screen in visual order (also in right-to-left Arabic), Space and Enter activate buttons,
// Escape goes back. Real Main.qml; key events go to its window.
TestCase {
    id: test
    name: "KeyboardFocus"
    when: windowShown
    property var win: null
    property var stack: null
    readonly property string passphrase: "orchid ladder pepper 19"

    SignalSpy { id: createSpy; target: Vault; signalName: "createFinished" }

    function initTestCase() {
        var component = Qt.createComponent("qrc:/Amparo/App/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        win = component.createObject(null, { "startScreen": "home", "startSituation": "", "width": 360, "height": 780 })
        verify(win)
        stack = findChild(win.contentItem, "stack")
        verify(stack)
        win.requestActivate()
        tryCompare(win, "active", true)
    }
    function cleanupTestCase() {
        Language.setLanguage("en")
        if (win)
            win.destroy()
    }
    function current() { return stack.currentItem }
    function child(name) {
        var item = findChild(current(), name)
        verify(item, name)
        return item
    }
    function open(name, expected, props) {
        win.goHome()
        if (name !== "home") {
            win.show(name, props)
            tryCompare(stack, "busy", false)
        }
        compare(current().objectName, expected)
    }
    function focused() { return win.activeFocusItem }
    function nameOf(item) { return item ? (item.objectName.length > 0 ? item.objectName : String(item)) : "none" }
    // Presses Tab (or Shift+Tab) `count` times and returns the objectNames that got focus.
    function walk(count, backwards) {
        var out = []
        for (var i = 0; i < count; ++i) {
            keyClick(Qt.Key_Tab, backwards ? Qt.ShiftModifier : Qt.NoModifier)
            out.push(nameOf(focused()))
        }
        return out
    }
    // `order` is the cycle in visual order: starting from its first item, Tab visits the rest and
    // comes back to the first; Shift+Tab visits it backwards. Every stop has an accessible name.
    function checkCycle(order) {
        var first = child(order[0])
        first.forceActiveFocus(Qt.TabFocusReason)
        compare(nameOf(focused()), order[0])
        var forward = walk(order.length, false)
        compare(forward.join(" > "), order.slice(1).concat([order[0]]).join(" > "), "Tab order")
        var back = walk(order.length, true)
        var reversed = order.slice().reverse()
        compare(back.join(" > "), reversed.join(" > "), "Shift+Tab order")
        for (var i = 0; i < order.length; ++i) {
            var item = child(order[i])
            // Password fields: Qt suppresses the name of a password edit; their label is the description.
            verify(item.Accessible.name.length > 0 || item.Accessible.description.length > 0,
                   order[i] + " has an accessible name")
            verify(item.visible && item.enabled, order[i] + " is a usable stop")
        }
    }
    // Visual top-to-bottom order of the stops that are in the page's content (not the header).
    function checkTopToBottom(names) {
        var lastY = -1
        for (var i = 0; i < names.length; ++i) {
            var y = child(names[i]).mapToItem(null, 0, 0).y
            verify(y > lastY, names[i] + " is below the previous stop")
            lastY = y
        }
    }
    function createVault() {
        createSpy.clear()
        verify(Vault.create(passphrase, passphrase))
        createSpy.wait(20000)
        verify(createSpy.signalArguments[0][0], Vault.errorMessage)
    }

    function test_1_home() {
        open("home", "homePage")
        // No vault yet: the status box offers to create one.
        var order = ["stoppedButton", "rightsButton", "recordButton", "createVaultHomeButton", "settingsButton"]
        checkCycle(order)
        checkTopToBottom(["stoppedButton", "rightsButton", "recordButton"])
    }

    function test_2_encounter_card() {
        open("encounter", "encounterPage")
        var order = ["backButton"]
        var sw = findChild(current(), "englishOnlySwitch")
        if (sw && sw.visible)
            order.push("englishOnlySwitch")
        var read = findChild(current(), "readAloudButton")
        if (read && read.visible)
            order.push("readAloudButton")
        order.push("moreButton")
        checkCycle(order)
        checkTopToBottom(order)
    }

    function test_3_create_form() {
        verify(!Vault.exists)
        open("notes", "createPage")
        // Each passphrase field is followed by its Show / Hide button.
        checkCycle(["backButton", "newPassphrase", "passphraseToggle", "confirmPassphrase", "passphraseToggle", "suggestButton"])
        checkTopToBottom(["backButton", "newPassphrase", "confirmPassphrase", "suggestButton"])
        // Space on a focused button activates it: the generator fills both fields.
        child("suggestButton").forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        verify(child("newPassphrase").text.length >= 10)
        compare(child("confirmPassphrase").text, child("newPassphrase").text)
        // Now "Create vault" is enabled and takes its place after the generator.
        checkCycle(["backButton", "newPassphrase", "passphraseToggle", "confirmPassphrase", "passphraseToggle",
                    "suggestButton", "createButton"])
        checkTopToBottom(["newPassphrase", "confirmPassphrase", "suggestButton", "createButton"])
        // Escape goes back, and nothing was created.
        keyClick(Qt.Key_Escape)
        tryCompare(stack, "busy", false)
        compare(current().objectName, "homePage")
        verify(!Vault.exists)
    }

    function test_4_unlock() {
        createVault()
        Vault.lock()
        open("notes", "unlockPage")
        compare(nameOf(focused()), "unlockPassphrase", "the passphrase field has focus at once")
        checkCycle(["backButton", "unlockPassphrase", "passphraseToggle"])
        child("unlockPassphrase").forceActiveFocus(Qt.TabFocusReason)
        keyClick("x")
        checkCycle(["backButton", "unlockPassphrase", "passphraseToggle", "unlockSubmit"])
        // Space on Show / Hide toggles it, from the keyboard.
        var toggle = child("passphraseToggle")
        toggle.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        compare(toggle.Accessible.checked, true)
        keyClick(Qt.Key_Return)
        compare(toggle.Accessible.checked, false)
        // Escape from inside the field goes back too.
        child("unlockPassphrase").forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Escape)
        tryCompare(stack, "busy", false)
        compare(current().objectName, "homePage")
        // Enter on a focused AppButton activates it (Home's "Unlock" when a vault is locked).
        var unlockButton = findChild(current(), "unlockButton")
        verify(unlockButton.visible)
        checkCycle(["stoppedButton", "rightsButton", "recordButton", "unlockButton", "settingsButton"])
        unlockButton.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        tryCompare(stack, "busy", false)
        compare(current().objectName, "unlockPage")
    }

    function test_5_arabic_mirrors_and_keeps_reading_order() {
        verify(Language.setLanguage("ar"))
        compare(Qt.application.layoutDirection, Qt.RightToLeft)
        // Unlocked, so the change-passphrase screen has Back and the panic control in its header.
        open("notes", "unlockPage")
        child("unlockPassphrase").text = passphrase
        Vault.unlock(passphrase)
        tryCompare(Vault, "unlocked", true, 20000)
        open("passphrase", "passphrasePage")
        var back = child("backButton")
        var panic = child("panicButton")
        verify(back.mapToItem(null, 0, 0).x > panic.mapToItem(null, 0, 0).x, "Back is on the right in Arabic")
        // Reading order right to left, then down: Back, the panic control, then the fields.
        checkCycle(["backButton", "panicButton", "oldPassphrase", "passphraseToggle", "newPassphrase", "passphraseToggle",
                    "confirmPassphrase", "passphraseToggle"])
        checkTopToBottom(["oldPassphrase", "newPassphrase", "confirmPassphrase"])
        // The create and unlock forms keep their order in Arabic.
        win.panic()
        open("notes", "unlockPage")
        compare(nameOf(focused()), "unlockPassphrase")
        checkCycle(["backButton", "unlockPassphrase", "passphraseToggle"])
        open("home", "homePage")
        checkCycle(["stoppedButton", "rightsButton", "recordButton", "unlockButton", "settingsButton"])
        var lock = child("unlockButton")
        var state = child("lockState")
        verify(lock.mapToItem(null, 0, 0).x < state.mapToItem(null, 0, 0).x, "the row is mirrored")
        Language.setLanguage("en")
    }

    function test_6_capture_has_no_keyboard_trap() {
        verify(Vault.exists)
        Vault.lock()
        open("capture", "capturePage")
        // Tab leaves the multi-line note (no tab character typed into it).
        checkCycle(["backButton", "panicButton", "captureText", "attachButton", "captureUnlockButton"])
        compare(child("captureText").text, "")
        // The file picker's controls follow the button that opened it.
        child("attachButton").forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        verify(child("chooseFileButton").visible)
        waitForItemPolished(child("chooseFileButton").parent)
        waitForItemPolished(child("captureText").parent)
        checkCycle(["backButton", "panicButton", "captureText", "attachButton", "chooseFileButton", "typedPath",
                    "captureUnlockButton"])
        checkTopToBottom(["captureText", "attachButton", "chooseFileButton", "typedPath", "captureUnlockButton"])
    }
}
