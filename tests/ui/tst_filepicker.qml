import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// Attaching a file (issue 5): "Choose file…" opens a file dialog with photo, audio, document and
// all-files filters; a typed location still works; odd names (spaces, '#', Arabic) reach the
// vault intact. SR-33: nothing about the chosen file is kept outside the picker's memory.
TestCase {
    id: test
    name: "FilePicker"
    when: windowShown
    property var win: null
    property var stack: null
    readonly property string passphrase: "saffron kettle bridge 64"

    SignalSpy { id: createSpy; target: Vault; signalName: "createFinished" }

    function initTestCase() {
        var component = Qt.createComponent("qrc:/Amparo/App/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        win = component.createObject(null, { "startScreen": "home", "startSituation": "", "width": 360, "height": 780 })
        verify(win)
        stack = findChild(win.contentItem, "stack")
        verify(stack)
        createSpy.clear()
        verify(Vault.create(passphrase, passphrase))
        createSpy.wait(20000)
        verify(createSpy.signalArguments[0][0], Vault.errorMessage)
        Vault.lock()
    }
    function cleanupTestCase() { if (win) win.destroy() }
    function current() { return stack.currentItem }
    function child(name) {
        var item = findChild(current(), name)
        verify(item, name)
        return item
    }
    function openCapture() {
        win.goHome()
        win.show("capture")
        tryCompare(stack, "busy", false)
        compare(current().objectName, "capturePage")
        child("attachButton").clicked()
        return child("chooseFileButton").parent  // the FilePickerList
    }

    function test_1_choose_file_opens_a_dialog_with_filters() {
        var picker = openCapture()
        verify(picker.visible)
        // The dialog (QtQuick.Dialogs) is loaded only when asked for.
        verify(!findChild(picker, "fileDialog"), "no dialog before the person asks")
        child("chooseFileButton").clicked()
        var dialog = findChild(picker, "fileDialog")
        verify(dialog, "the picker has a file dialog")
        tryCompare(dialog, "visible", true)
        dialog.close()
        compare(dialog.nameFilters.length, 4)
        verify(dialog.nameFilters[0].indexOf("*.jpg") > 0, "photos")
        verify(dialog.nameFilters[1].indexOf("*.m4a") > 0, "audio")
        verify(dialog.nameFilters[2].indexOf("*.pdf") > 0, "documents")
        verify(dialog.nameFilters[3].indexOf("(*)") > 0, "all files")
        child("chooseFileButton").clicked()
        tryCompare(dialog, "visible", true)
        // Escape closes the dialog only: the screen stays (the header's Escape = back waits).
        win.requestActivate()
        tryCompare(win, "active", true)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
        compare(current().objectName, "capturePage")
        // A dialog left open does not outlive its screen.
        child("chooseFileButton").clicked()
        tryCompare(dialog, "visible", true)
        picker.visible = false
        tryCompare(dialog, "visible", false)
        picker.visible = true
        // What the dialog returns becomes the attachment (a local path, decoded).
        var url = Qt.resolvedUrl("tst_filepicker.qml")
        dialog.selectedFile = url
        dialog.accepted()
        compare(current().attachment, picker.pathFromUrl(url))
        verify(current().attachment.indexOf("/") === 0)
        verify(!picker.visible, "the picker closes after a choice")
    }

    function test_2_typed_location_is_the_fallback_and_odd_names_survive() {
        var picker = openCapture()
        var typed = child("typedPath")
        verify(typed.visible)
        verify(!child("useTypedPath").enabled)
        typed.text = "file:///tmp/a%20b.txt"
        child("useTypedPath").clicked()
        compare(current().attachment, "/tmp/a b.txt")
        compare(typed.text, "", "the typed location is not kept in the field")
        compare(picker.urlFor("/tmp/نص #2.txt"), "file:///tmp/" + encodeURIComponent("نص #2.txt"))
        compare(picker.pathFromUrl(picker.urlFor("/tmp/نص #2.txt")), "/tmp/نص #2.txt")
    }

    function test_3_a_typed_file_is_sealed_into_the_vault() {
        var picker = openCapture()
        var path = picker.pathFromUrl(Qt.resolvedUrl("tst_filepicker.qml"))
        verify(path.indexOf("/") === 0, path)
        child("typedPath").text = path
        child("typedPath").accepted()
        compare(current().attachment, path)
        child("sealButton").clicked()
        verify(child("captureSaved").visible, Vault.errorMessage)
        compare(current().attachment, "")
    }
}
