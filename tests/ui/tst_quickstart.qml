import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// Issue 5 quick start (the app's way to start, Main.qml with quickStart): Home or the encounter
// card is drawn on its own, the shell loads afterwards (or at once when the person acts first)
// and takes the same screen object over, with the keyboard focus where it was.
TestCase {
    name: "QuickStart"
    when: windowShown
    readonly property string passphrase: "lantern meadow copper 77"
    SignalSpy { id: createSpy; target: Vault; signalName: "createFinished" }
    SignalSpy { id: unlockSpy; target: Vault; signalName: "unlockFinished" }
    function make(screen) {
        var component = Qt.createComponent("qrc:/Amparo/App/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        return component.createObject(null, { "startScreen": screen, "startSituation": "", "quickStart": true, "width": 360, "height": 780 })
    }
    function test_1_encounter_then_back() {
        var win = make("encounter")
        verify(win.startPage !== null)
        compare(win.startPage.objectName, "encounterPage")
        verify(findChild(win.contentItem, "stack") === null, "no shell yet")
        var card = win.startPage
        var destroyed = false
        card.Component.destruction.connect(function() { destroyed = true })
        win.back()   // before the shell: loads it now
        var stack = findChild(win.contentItem, "stack")
        verify(stack)
        compare(stack.depth, 1)
        compare(stack.currentItem.objectName, "homePage")
        tryVerify(function() { return destroyed }, 2000, "the handed-over card is destroyed once it leaves")
        win.destroy()
    }
    function test_2_encounter_async_load() {
        var win = make("encounter")
        var card = win.startPage
        win.loadShell()
        tryVerify(function() { return findChild(win.contentItem, "stack") !== null }, 5000)
        var stack = findChild(win.contentItem, "stack")
        compare(stack.depth, 2)
        verify(stack.currentItem === card, "the same card object is taken over")
        compare(card.width, stack.width)
        win.width = 400
        compare(card.width, stack.width, "the stack sizes it now")
        win.show("guide")
        tryCompare(stack, "busy", false)
        compare(stack.currentItem.objectName, "guidePage")
        win.goHome()
        compare(stack.depth, 1)
        win.destroy()
    }
    function test_3_home_show_encounter() {
        var win = make("home")
        var home = win.startPage
        win.show("encounter")
        var stack = findChild(win.contentItem, "stack")
        tryCompare(stack, "busy", false)
        compare(stack.depth, 2)
        verify(stack.get(0) === home)
        compare(stack.currentItem.objectName, "encounterPage")
        win.back()
        tryCompare(stack, "busy", false)
        verify(stack.currentItem === home)
        win.destroy()
    }
    function test_4_home_focus_survives_the_shell() {
        var win = make("home")
        win.requestActivate()
        tryVerify(function() { return win.activeFocusItem !== null && win.activeFocusItem.objectName === "stoppedButton" },
                  2000, "the urgent button has the keyboard focus at start")
        win.loadShell()
        tryVerify(function() { return findChild(win.contentItem, "stack") !== null }, 5000)
        var stack = findChild(win.contentItem, "stack")
        tryCompare(stack, "busy", false)
        compare(win.activeFocusItem.objectName, "stoppedButton", "still there once the shell took Home over")
        win.destroy()
    }
    // A Light* control that has the keyboard focus when its screen leaves (hidden, then destroyed)
    // must not complain about activeFocusOnTab.
    function test_5_focused_light_control_leaves_quietly() {
        failOnWarning(/activeFocusOnTab/)
        var win = make("home")
        win.requestActivate()
        win.show("encounter")
        var stack = findChild(win.contentItem, "stack")
        tryCompare(stack, "busy", false)
        var readAloud = findChild(stack.currentItem, "readAloudButton")
        var back = findChild(stack.currentItem, "backButton")
        var focusTarget = readAloud && readAloud.visible ? readAloud : back
        focusTarget.forceActiveFocus()
        verify(focusTarget.activeFocus)
        win.goHome()   // the panic path: an immediate pop
        compare(stack.currentItem.objectName, "homePage")
        win.destroy()
    }
    // SR-13: a lock request (background, idle) that comes while Argon2id runs for an unlock
    // cancels that unlock: Main.qml panics when the vault is open or busy opening.
    function test_6_lock_request_during_unlock_cancels_it() {
        var win = make("home")
        if (!Vault.exists) {
            createSpy.clear()
            verify(Vault.create(passphrase, passphrase))
            createSpy.wait(20000)
            verify(createSpy.signalArguments[0][0], Vault.errorMessage)
        }
        Vault.lock()
        unlockSpy.clear()
        verify(Vault.unlock(passphrase))
        verify(Vault.busy)
        Platform.lockRequested()
        unlockSpy.wait(20000)
        compare(unlockSpy.signalArguments[0][0], false, "the late result does not count")
        verify(!Vault.unlocked)
        verify(!Vault.busy)
        win.destroy()
    }
}
