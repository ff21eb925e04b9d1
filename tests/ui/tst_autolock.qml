import QtQuick
import QtTest
import Amparo.App

// SR-13: inactive -> neutral cover; hidden / suspended -> lock; idle timeout -> lock.
TestCase {
    id: testCase
    name: "AutoLock"

    AutoLock { id: policy; timeout: 200 }
    SignalSpy { id: lockSpy; target: policy; signalName: "lockNow" }

    function init() {
        policy.appState = Qt.ApplicationActive
        policy.unlocked = false
        policy.timeout = 200
        lockSpy.clear()
    }

    function test_inactive_shows_cover_without_locking() {
        policy.unlocked = true
        policy.appState = Qt.ApplicationInactive
        verify(policy.covered)
        compare(lockSpy.count, 0)
        policy.appState = Qt.ApplicationActive
        verify(!policy.covered)
    }

    function test_hidden_or_suspended_locks() {
        policy.unlocked = true
        policy.appState = Qt.ApplicationHidden
        compare(lockSpy.count, 1)
        compare(lockSpy.signalArguments[0][0], "background")
        verify(policy.covered)
        policy.appState = Qt.ApplicationActive
        policy.appState = Qt.ApplicationSuspended
        compare(lockSpy.count, 2)
    }

    function test_idle_timeout_locks() {
        policy.unlocked = true
        lockSpy.wait(1000)
        compare(lockSpy.count, 1)
        compare(lockSpy.signalArguments[0][0], "idle")
    }

    function test_activity_restarts_the_countdown() {
        policy.timeout = 400
        policy.unlocked = true
        for (var i = 0; i < 4; ++i) {
            wait(200)
            policy.activity()
        }
        compare(lockSpy.count, 0, "input keeps the vault open")
        lockSpy.wait(1000)
        compare(lockSpy.count, 1)
    }

    function test_no_idle_lock_while_locked() {
        policy.unlocked = false
        wait(400)
        compare(lockSpy.count, 0)
    }
}
