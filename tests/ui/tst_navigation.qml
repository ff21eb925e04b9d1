import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// Navigation and lock behaviour of the real Main.qml:
//  - vault screens ask for create / unlock first;
//  - SR-17 the panic control locks and shows Home at once, with no confirmation;
//  - SR-13 locking leaves every vault screen; locked screens show no note counts or times.
TestCase {
    name: "Navigation"
    when: windowShown
    property var win: null
    property var stack: null
    readonly property string passphrase: "violin river candle 42"

    function initTestCase() {
        var component = Qt.createComponent("qrc:/Amparo/App/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        win = component.createObject(null, { "startScreen": "home", "startSituation": "", "width": 360, "height": 780 })
        verify(win)
        stack = findChild(win.contentItem, "stack")
        verify(stack)
    }
    function cleanupTestCase() { if (win) win.destroy() }
    // Create and unlock run Argon2id on the vault's worker thread and answer with a signal.
    SignalSpy { id: createSpy; target: Vault; signalName: "createFinished" }
    SignalSpy { id: unlockSpy; target: Vault; signalName: "unlockFinished" }
    function finished(spy, started) {
        if (!started)
            return false
        spy.wait(20000)
        return spy.signalArguments[spy.count - 1][0]
    }
    function createVault(p) { createSpy.clear(); return finished(createSpy, Vault.create(p, p)) }
    function unlockVault(p) { unlockSpy.clear(); return finished(unlockSpy, Vault.unlock(p)) }
    function current() { return stack.currentItem }
    function digitsIn(item, out) {
        if (item.text !== undefined && item.visible && /[0-9]/.test(item.text)) out.push(item.text)
        for (var i = 0; i < item.children.length; ++i) digitsIn(item.children[i], out)
        return out
    }

    function test_1_home_first() {
        compare(stack.depth, 1)
        compare(current().objectName, "homePage")
        var stopped = findChild(current(), "stoppedButton")
        verify(stopped.height >= 48)
        verify(stopped.Accessible.name.length > 0)
    }

    function test_2_vault_screens_need_a_vault() {
        verify(!Vault.exists)
        win.show("notes")
        tryCompare(stack, "busy", false)
        compare(current().objectName, "createPage")
        win.goHome()
        compare(stack.depth, 1)
    }

    function test_3_create_capture_and_locked_home_hides_counts() {
        verify(createVault(passphrase), Vault.errorMessage)
        verify(Vault.unlocked)
        Vault.lock()
        verify(!Vault.unlocked)
        verify(Vault.capture("first capture 1111", ""))
        verify(Vault.capture("second capture 2222", ""))
        // SR-13: the locked Home says only "locked": no counts, no times.
        win.goHome()
        var home = current()
        var lockState = findChild(home, "lockState")
        verify(lockState.text.length > 0)
        compare(digitsIn(home, []).length, 0, "no numbers on the locked Home: " + digitsIn(home, []).join(" | "))
        compare(Vault.capturesMerged, 0)
        compare(Vault.notes.count, 0, "no notes model while locked")
    }

    function test_4_unlock_merges_then_lock_leaves_vault_screens() {
        verify(unlockVault(passphrase), Vault.errorMessage)
        compare(Vault.capturesMerged, 2)
        compare(Vault.notes.count, 2)
        win.show("notes")
        tryCompare(stack, "busy", false)
        compare(current().objectName, "notesPage")
        Vault.lock()  // e.g. auto-lock from the platform
        compare(stack.depth, 1)
        compare(current().objectName, "homePage")
        compare(Vault.notes.count, 0, "models are emptied on lock")
    }

    function test_5_panic_is_immediate() {
        verify(unlockVault(passphrase))
        win.show("notes")
        tryCompare(stack, "busy", false)
        var panic = findChild(current(), "panicButton")
        verify(panic && panic.visible, "panic control on the vault screen")
        var started = Date.now()
        panic.clicked()
        var elapsed = Date.now() - started
        verify(!Vault.unlocked)
        compare(current().objectName, "homePage")
        verify(elapsed < 300, "panic took " + elapsed + " ms")
    }

    function test_6_wrong_passphrase_is_refused_with_a_message() {
        verify(!unlockVault("not the passphrase"))
        verify(Vault.errorMessage.length > 0)
        verify(!Vault.unlocked)
    }

    // SR-17 on the quick-capture screen: Hide is immediate and loses nothing that was written:
    // the text is sealed first (write-only), merged on the next unlock.
    function test_7_hide_while_capturing_seals_the_text() {
        Vault.lock()
        win.show("capture")
        tryCompare(stack, "busy", false)
        compare(current().objectName, "capturePage")
        findChild(current(), "captureText").text = "written when they came 7777"
        var panic = findChild(current(), "panicButton")
        verify(panic && panic.visible, "Hide on the capture screen")
        panic.clicked()
        compare(current().objectName, "homePage")
        verify(unlockVault(passphrase), Vault.errorMessage)
        compare(Vault.capturesMerged, 1)
        Vault.lock()
    }
}
