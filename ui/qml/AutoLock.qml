import QtQuick

// SR-13 policy in one place (tested by tests/ui/tst_autolock.qml):
//   app inactive            -> neutral cover
//   app hidden / suspended  -> cover + lock
//   no input for `timeout`  -> lock
// Production feeds it Qt.application.state and the platform's lock requests; tests feed it directly.
QtObject {
    id: policy
    property int appState: Qt.ApplicationActive
    property bool unlocked: false
    property int timeout: 120000
    readonly property bool covered: appState !== Qt.ApplicationActive
    signal lockNow(string reason)

    property Timer idleTimer: Timer {
        interval: policy.timeout
        running: policy.unlocked && policy.appState === Qt.ApplicationActive
        repeat: false
        onTriggered: policy.lockNow("idle")
    }

    // Any user input restarts the idle countdown.
    function activity() {
        if (idleTimer.running)
            idleTimer.restart()
    }

    onAppStateChanged: {
        if (appState === Qt.ApplicationHidden || appState === Qt.ApplicationSuspended)
            lockNow("background")
    }
    onTimeoutChanged: activity()
}
