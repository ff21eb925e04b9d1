import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// Argon2id off the GUI thread (issue 5), on the real Main.qml and the real bridge:
//  - create / unlock / change passphrase return at once; the result comes later as a signal while
//    the event loop keeps running (timers tick, the busy indicator runs);
//  - a second submit while one runs is refused;
//  - SR-13: a lock while the key derivation runs wins: the late result opens nothing;
//  - SR-12: a wrong passphrase still shows its message, and the delay after repeated failures.
TestCase {
    id: test
    name: "VaultAsync"
    when: windowShown
    property var win: null
    property var stack: null
    readonly property string passphrase: "lantern meadow copper 77"
    readonly property string newPassphrase: "harbor willow thunder 58"
    property int ticks: 0

    SignalSpy { id: createSpy; target: Vault; signalName: "createFinished" }
    SignalSpy { id: unlockSpy; target: Vault; signalName: "unlockFinished" }
    SignalSpy { id: changeSpy; target: Vault; signalName: "passphraseChangeFinished" }
    SignalSpy { id: busySpy; target: Vault; signalName: "busyChanged" }
    // Ticks only if the GUI thread's event loop runs while the key derivation works.
    Timer { id: ticker; interval: 10; repeat: true; onTriggered: test.ticks++ }

    function initTestCase() {
        var component = Qt.createComponent("qrc:/Amparo/App/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        win = component.createObject(null, { "startScreen": "home", "startSituation": "", "width": 360, "height": 780 })
        verify(win)
        stack = findChild(win.contentItem, "stack")
        verify(stack)
    }
    function cleanupTestCase() { if (win) win.destroy() }
    function current() { return stack.currentItem }
    function child(name) {
        var item = findChild(current(), name)
        verify(item, name)
        return item
    }
    function open(name, expected) {
        win.goHome()
        win.show(name)
        tryCompare(stack, "busy", false)
        compare(current().objectName, expected)
    }

    function test_1_create_runs_off_the_gui_thread() {
        verify(!Vault.exists)
        open("notes", "createPage")
        child("newPassphrase").text = passphrase
        child("confirmPassphrase").text = passphrase
        var button = child("createButton")
        verify(button.enabled)
        createSpy.clear()
        ticks = 0
        ticker.start()
        var started = Date.now()
        button.clicked()
        var elapsed = Date.now() - started
        verify(elapsed < 150, "the click returned after " + elapsed + " ms")
        verify(Vault.busy)
        compare(createSpy.count, 0, "the result comes later, not during the call")
        verify(child("createBusy").running)
        verify(child("createBusy").visible)
        verify(child("createBusyText").visible)
        verify(!button.enabled, "no second submit while creating")
        compare(child("newPassphrase").text, "", "fields are cleared once the passphrase is handed over")
        compare(child("confirmPassphrase").text, "")
        // A double submit is refused by the bridge too (not only by the disabled button).
        verify(!Vault.create(passphrase, passphrase))
        createSpy.wait(20000)
        ticker.stop()
        compare(createSpy.count, 1)
        verify(createSpy.signalArguments[0][0], Vault.errorMessage)
        verify(ticks >= 3, "the event loop ran during Argon2id (" + ticks + " ticks)")
        verify(!Vault.busy)
        verify(Vault.unlocked)
        tryCompare(stack, "busy", false)
        compare(current().objectName, "notesPage")
    }

    function test_2_unlock_answers_later_and_stays_responsive() {
        Vault.lock()
        verify(!Vault.unlocked)
        open("notes", "unlockPage")
        var field = child("unlockPassphrase")
        field.text = passphrase
        unlockSpy.clear()
        ticks = 0
        ticker.start()
        var started = Date.now()
        child("unlockSubmit").clicked()
        verify(Date.now() - started < 150)
        verify(Vault.busy)
        verify(!Vault.unlocked)
        compare(unlockSpy.count, 0)
        compare(field.text, "", "the passphrase field is cleared at once")
        verify(field.readOnly)
        verify(child("unlockBusy").running)
        verify(child("unlockBusyText").visible, "the wait is said in words too")
        verify(!child("unlockSubmit").enabled)
        verify(!Vault.unlock(passphrase), "a second unlock is refused while one runs")
        unlockSpy.wait(20000)
        ticker.stop()
        verify(unlockSpy.signalArguments[0][0])
        verify(ticks >= 3, "the event loop ran during Argon2id (" + ticks + " ticks)")
        verify(Vault.unlocked)
        tryCompare(stack, "busy", false)
        compare(current().objectName, "notesPage")
    }

    function test_3_lock_during_unlock_leaves_it_locked() {
        Vault.lock()
        open("notes", "unlockPage")
        child("unlockPassphrase").text = passphrase
        unlockSpy.clear()
        child("unlockSubmit").clicked()
        verify(Vault.busy)
        Vault.lock()  // e.g. the app went to the background
        verify(!Vault.unlocked)
        unlockSpy.wait(20000)
        compare(unlockSpy.signalArguments[0][0], false, "the late result does not count")
        verify(!Vault.unlocked, "a lock during the key derivation wins")
        verify(!Vault.busy)
        compare(Vault.notes.count, 0)
        wait(100)
        verify(!Vault.unlocked)
        compare(current().objectName, "unlockPage", "still asking for the passphrase")
        // The vault still opens normally afterwards.
        unlockSpy.clear()
        verify(Vault.unlock(passphrase))
        unlockSpy.wait(20000)
        verify(unlockSpy.signalArguments[0][0])
        verify(Vault.unlocked)
    }

    function test_4_change_passphrase_runs_off_the_gui_thread() {
        verify(Vault.unlocked)
        open("passphrase", "passphrasePage")
        child("oldPassphrase").text = passphrase
        child("newPassphrase").text = newPassphrase
        child("confirmPassphrase").text = newPassphrase
        changeSpy.clear()
        ticks = 0
        ticker.start()
        child("changeButton").clicked()
        verify(Vault.busy)
        verify(Vault.unlocked, "the vault stays open while it is re-keyed")
        verify(child("changeBusy").running)
        compare(child("oldPassphrase").text, "")
        verify(!Vault.changePassphrase(passphrase, newPassphrase, newPassphrase), "no second change")
        changeSpy.wait(20000)
        ticker.stop()
        verify(changeSpy.signalArguments[0][0], Vault.errorMessage)
        verify(ticks >= 3)
        verify(child("changeDone").visible)
        // The new passphrase opens it, the old one no longer does.
        Vault.lock()
        unlockSpy.clear()
        verify(Vault.unlock(newPassphrase))
        unlockSpy.wait(20000)
        verify(unlockSpy.signalArguments[0][0], Vault.errorMessage)
    }

    function test_5_lock_during_change_locks_at_once() {
        verify(Vault.unlocked)
        open("passphrase", "passphrasePage")
        child("oldPassphrase").text = newPassphrase
        child("newPassphrase").text = passphrase
        child("confirmPassphrase").text = passphrase
        changeSpy.clear()
        child("changeButton").clicked()
        verify(Vault.busy)
        win.panic()
        verify(!Vault.unlocked, "panic is immediate even while the passphrase is being changed")
        compare(current().objectName, "homePage")
        changeSpy.wait(20000)
        compare(changeSpy.signalArguments[0][0], false)
        verify(!Vault.unlocked, "the late result does not reopen the vault")
        verify(!Vault.busy)
        // The change itself finished on disk: the person is told which passphrase opens it now.
        verify(Vault.errorMessage.length > 0)
        unlockSpy.clear()
        verify(Vault.unlock(passphrase))
        unlockSpy.wait(20000)
        verify(unlockSpy.signalArguments[0][0], Vault.errorMessage)
        Vault.lock()
    }

    function test_6_wrong_passphrase_shows_the_error_and_the_delay() {
        verify(!Vault.unlocked)
        open("notes", "unlockPage")
        for (var attempt = 1; attempt <= 2; ++attempt) {
            tryCompare(Vault, "retryDelaySeconds", 0, 5000)
            child("unlockPassphrase").text = "not the passphrase at all"
            unlockSpy.clear()
            child("unlockSubmit").clicked()
            verify(Vault.busy)
            unlockSpy.wait(20000)
            compare(unlockSpy.signalArguments[0][0], false)
            verify(!Vault.unlocked)
            verify(child("unlockError").visible)
            verify(child("unlockError").text.length > 0)
            compare(current().objectName, "unlockPage")
        }
        // SR-12: after the second failure the screen makes you wait, and says why.
        verify(Vault.retryDelaySeconds > 0)
        verify(child("retryDelay").visible)
        verify(!child("unlockSubmit").enabled)
        tryCompare(Vault, "retryDelaySeconds", 0, 5000)
    }
}
