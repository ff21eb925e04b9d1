import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// Camera scanning on a machine without a camera (issue 6): the trusted-organizations page says
// "No camera found…" instead of offering the camera, the scan page (opened by URL) says the same
// and leads back, no camera is ever created, and nothing errors. Screenshots of both pages in
// English and Arabic are written into the test's folder (home-scan/*.png) for review.
TestCase {
    name: "ScanWithoutCamera"
    when: windowShown
    property var win: null
    property var stack: null
    readonly property string passphrase: "violin river candle 42"

    SignalSpy { id: createSpy; target: Vault; signalName: "createFinished" }

    function initTestCase() {
        var component = Qt.createComponent("qrc:/Amparo/App/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        win = component.createObject(null, { "startScreen": "home", "startSituation": "", "width": 360, "height": 780 })
        verify(win)
        stack = findChild(win.contentItem, "stack")
        verify(stack)
        verify(Vault.create(passphrase, passphrase))
        createSpy.wait(20000)
        verify(Vault.unlocked)
    }
    function cleanupTestCase() {
        Language.setLanguage("en")
        if (win) win.destroy()
    }
    function current() { return stack.currentItem }
    function shoot(name) {
        wait(50)
        var image = grabImage(win.contentItem)
        image.save("home-scan/" + name + ".png")  // throws when it cannot write
    }

    function openOrgs() {
        win.goHome()
        win.show("orgs")
        tryCompare(stack, "busy", false)
        compare(current().objectName, "orgsPage")
        var check = findChild(current(), "cameraCheck")
        verify(check)
        // No /dev/video* here: the check (and Qt Multimedia) is not even loaded.
        tryVerify(function() { return check.status !== Loader.Loading }, 10000)
        compare(check.active, Vault.orgs.cameraNodesPresent())
        return current()
    }

    function test_1_trusted_orgs_says_no_camera() {
        var page = openOrgs()
        verify(!page.hasCamera)
        verify(!findChild(page, "scanCamera").visible)
        var note = findChild(page, "noCamera")
        verify(note.visible)
        compare(note.text, "No camera found on this device — add the card from a file or a photo.")
        // The other ways stay.
        verify(findChild(page, "chooseCardFile").visible)
        verify(findChild(page, "cardPath").visible)
        shoot("trusted-orgs-en")
    }

    function test_2_scan_page_without_camera() {
        var orgs = openOrgs()
        var page = orgs.openScanner()
        verify(page)
        tryCompare(stack, "busy", false)
        compare(current().objectName, "scanPage")
        verify(current().vaultScreen)       // leaves with the vault (SR-13)
        verify(!current().hasCamera)
        verify(!current().looking)          // the camera never starts
        verify(findChild(current(), "noCamera").visible)
        verify(!findChild(current(), "scanAgain").visible)
        verify(!findChild(current(), "cameraError").visible)
        verify(findChild(current(), "qrScanner").available)
        shoot("scan-en")
        mouseClick(findChild(current(), "scanBackToFiles"))
        tryCompare(stack, "busy", false)
        compare(current().objectName, "orgsPage")
    }

    function test_3_arabic() {
        verify(Language.setLanguage("ar"))
        var orgs = openOrgs()
        verify(findChild(orgs, "noCamera").visible)
        shoot("trusted-orgs-ar")
        orgs.openScanner()
        tryCompare(stack, "busy", false)
        compare(current().objectName, "scanPage")
        shoot("scan-ar")
        verify(Language.setLanguage("en"))
    }

    function test_4_lock_leaves_the_scan_page() {
        var orgs = openOrgs()
        orgs.openScanner()
        tryCompare(stack, "busy", false)
        compare(current().objectName, "scanPage")
        win.panic()
        tryCompare(stack, "busy", false)
        compare(stack.depth, 1)
        compare(current().objectName, "homePage")
    }

    // "Send to…" on the desktop: no share sheet, a folder picker loaded only when asked for, the
    // typed folder kept as the fallback.
    function test_5_send_to_desktop() {
        if (!Vault.unlocked) {
            verify(Vault.unlock(passphrase))
            tryCompare(Vault, "unlocked", true, 20000)
        }
        win.goHome()
        win.show("sendTo", { "noteIds": [] })
        tryCompare(stack, "busy", false)
        compare(current().objectName, "sendToPage")
        verify(!Platform.shareSheetAvailable)
        compare(Platform.shareFile(""), "failed")
        verify(findChild(current(), "exportFolder").visible)
        var choose = findChild(current(), "chooseFolder")
        verify(choose.visible)
        var loader = findChild(current(), "folderPicker")
        verify(!loader.active)          // QtQuick.Dialogs not loaded until asked for
        verify(!findChild(current(), "showInFolder").visible)
        verify(!findChild(current(), "shareAgain").visible)
        shoot("send-to-en")
        mouseClick(choose)
        tryCompare(loader, "status", Loader.Ready, 10000)
        verify(loader.item)
        compare(current().localPath("file:///tmp/a%20b"), "/tmp/a b")
        // A chosen folder lands in the typed field (and nowhere else).
        loader.item.chosen("file:///tmp")
        compare(findChild(current(), "exportFolder").text, "/tmp")
    }
}
