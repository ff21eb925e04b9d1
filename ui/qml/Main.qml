import QtQuick
import Amparo.App

// The app window. Plain Qt Quick only, so that the first screen is drawn fast: the navigation and
// every screen that uses Qt Quick Controls live in AppShell.qml, loaded by URL. With `quickStart`
// (the app, when it starts on Home or the encounter card) that screen is drawn first, on its own,
// and AppShell loads after the first frame (AppBootstrap calls loadShell()) and takes it over;
// otherwise (tests, other screens) AppShell loads at once.
Window {
    id: app
    objectName: "amparoWindow"
    required property string startScreen
    required property string startSituation
    property string startStatus: ""
    property bool quickStart: false
    readonly property bool drawsStartPage: quickStart && (startScreen === "home" || startScreen === "encounter")

    visible: true
    title: qsTr("Amparo")
    color: Theme.background

    // The start screen drawn before the shell loaded; AppShell takes it over.
    property Item startPage: null

    // Starts loading the shell (in the background with quickStart: after the first frame).
    function loadShell() {
        if (shellLoader.status !== Loader.Null)
            return
        var page = startPage
        startPage = null
        // The start page loses keyboard focus when the stack takes it over: given back on load
        // (also when the window is not active yet: it then gets the focus once it is).
        shellLoader.focusOnLoad = page !== null && (page.focus || page.activeFocus)
        shellLoader.setSource(Qt.resolvedUrl("AppShell.qml"),
                              { "startScreen": startScreen, "startSituation": startSituation,
                                "startStatus": startStatus, "startPage": page })
    }
    // The shell, finished now if it is not yet (a person acted before it finished loading).
    function shell() {
        if (shellLoader.status !== Loader.Ready) {
            shellLoader.asynchronous = false
            loadShell()
        }
        return shellLoader.item
    }

    // Opens a screen by name. Vault screens need an unlocked vault: otherwise unlock (or create) first.
    function show(name, props) { return shell().show(name, props) }
    function replaceWith(name, props) { return shell().replaceWith(name, props) }
    function back() { shell().back() }
    function goHome() { shell().goHome() }
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
        onLockNow: function(reason) { if (Vault.unlocked || Vault.busy) app.panic() }
    }
    Connections {
        target: Platform
        function onLockRequested() { if (Vault.unlocked || Vault.busy) app.panic() }
        function onUserActive() { autoLock.activity() }
    }
    Connections {
        target: Vault
        // Leave every vault screen (SR-13): nothing of the vault stays on screen.
        function onLockedNow() { if (shellLoader.item) shellLoader.item.leaveVaultScreens() }
    }

    Item {
        id: root
        anchors.fill: parent
        LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true
        // Focus rings on the plain Qt Quick buttons once the keyboard moves focus (Theme.keyboardInUse).
        Keys.onPressed: function(event) {
            if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab)
                Theme.keyboardInUse = true
            event.accepted = false
        }

        Loader {
            id: shellLoader
            anchors.fill: parent
            focus: true
            asynchronous: app.drawsStartPage
            property bool focusOnLoad: false
            onLoaded: if (focusOnLoad && item.stack.currentItem) item.stack.currentItem.forceActiveFocus()
        }
        Item {
            id: startLayer
            anchors.fill: parent
        }

        // SR-13: neutral cover while the app is not in front (app switcher thumbnails).
        Rectangle {
            id: cover
            objectName: "cover"
            anchors.fill: parent
            visible: autoLock.covered || Platform.covered
            color: Theme.background
            z: 100
            // Made only when shown: a hidden Text is still laid out, and this one would be the only
            // text of its size on the first screen (one more font to set up before it is drawn).
            Loader {
                anchors.centerIn: parent
                active: cover.visible
                sourceComponent: Text {
                    text: qsTr("Amparo")
                    font.family: Language.fontFamily
                    font.pixelSize: Theme.title
                    color: Theme.muted
                }
            }
            MouseArea { anchors.fill: parent }
        }
    }

    Component.onCompleted: {
        if (!drawsStartPage) {
            loadShell()
            return
        }
        // By URL: only the screen shown is loaded before the first frame, not the other one too.
        var component = Qt.createComponent(startScreen === "home" ? "HomePage.qml" : "EncounterPage.qml")
        var properties = startScreen === "encounter" ? { "situation": startSituation, "status": startStatus } : {}
        properties.width = Qt.binding(function() { return startLayer.width })
        properties.height = Qt.binding(function() { return startLayer.height })
        properties.focus = true
        var page = component.createObject(startLayer, properties)
        page.objectName = startScreen + "Page"
        startPage = page
    }
}
