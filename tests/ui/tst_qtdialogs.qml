import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// Issue 5: the file and folder dialogs (QtQuick.Dialogs, Qt's own buttons) speak the app's
// language: Qt's translations are loaded when a dialog opens and follow a switch back to English.
TestCase {
    id: test
    name: "QtDialogs"
    when: windowShown
    width: 480
    height: 640

    // Every visible text under `item` (the dialog's buttons live in the window's overlay).
    function texts(item) {
        var out = []
        if (!item)
            return out
        if (item.visible && item.text !== undefined && typeof item.text === "string" && item.text.length > 0)
            out.push(item.text)
        for (var i = 0; i < item.children.length; ++i)
            out = out.concat(texts(item.children[i]))
        return out
    }
    function overlayTexts() { return texts(test.Overlay.overlay) }
    function open(file) {
        var component = Qt.createComponent("qrc:/Amparo/App/" + file)
        compare(component.status, Component.Ready, component.errorString())
        var item = component.createObject(test)
        verify(item)
        item.open()
        return item
    }
    function expectButtons(labels) {
        for (var i = 0; i < labels.length; ++i) {
            var label = labels[i]
            tryVerify(function() { return overlayTexts().indexOf(label) >= 0 }, 5000,
                      "button \"" + label + "\" in " + JSON.stringify(overlayTexts()))
        }
    }
    function cleanup() {
        Language.setLanguage("en")
    }

    function test_1_file_dialog_in_spanish_then_english() {
        verify(Language.setLanguage("es"))
        var chooser = open("FileChooser.qml")
        tryCompare(chooser.dialog, "visible", true)
        expectButtons(["Cancelar", "Abrir"])
        verify(overlayTexts().indexOf("Cancel") < 0, "no English button left")
        chooser.close()
        tryCompare(chooser.dialog, "visible", false)

        // The same dialog, opened again after a switch, follows it.
        verify(Language.setLanguage("en"))
        chooser.open()
        tryCompare(chooser.dialog, "visible", true)
        expectButtons(["Cancel", "Open"])
        verify(overlayTexts().indexOf("Cancelar") < 0, "no Spanish button left")
        chooser.close()
        tryCompare(chooser.dialog, "visible", false)
        chooser.destroy()

        // And a new one.
        chooser = open("FileChooser.qml")
        tryCompare(chooser.dialog, "visible", true)
        expectButtons(["Cancel", "Open"])
        verify(overlayTexts().indexOf("Cancelar") < 0, "no Spanish button left")
        chooser.close()
        tryCompare(chooser.dialog, "visible", false)
        chooser.destroy()
    }

    function test_2_folder_dialog_in_spanish() {
        verify(Language.setLanguage("es"))
        var picker = open("FolderPicker.qml")
        expectButtons(["Cancelar"])
        picker.destroy()
    }

    function test_3_arabic() {
        verify(Language.setLanguage("ar"))
        var chooser = open("FileChooser.qml")
        tryCompare(chooser.dialog, "visible", true)
        expectButtons(["ألغِ", "افتح"])
        chooser.close()
        chooser.destroy()
    }

    // Read-aloud on the encounter card (issue 5, flite): the button is there when an engine is
    // installed; a tap either speaks (then Stop) or, without audio output, says so under it.
    function test_4_read_aloud_on_the_card() {
        verify(ReadAloud.available, "install qt6-speech-flite-plugin (scripts/deps)")
        var component = Qt.createComponent("qrc:/Amparo/App/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        var win = component.createObject(null, { "startScreen": "encounter", "startSituation": "", "width": 360, "height": 780 })
        verify(win)
        var stack = findChild(win.contentItem, "stack")
        tryVerify(function() { stack = findChild(win.contentItem, "stack"); return stack && !stack.busy }, 5000)
        var button = findChild(stack.currentItem, "readAloudButton")
        verify(button && button.visible)
        compare(button.text, "Read aloud in English")
        var error = findChild(stack.currentItem, "readAloudError")
        verify(error && !error.visible)
        button.clicked()
        tryVerify(function() { return ReadAloud.status !== ReadAloud.Starting }, 12000)
        if (ReadAloud.status === ReadAloud.Error) {
            compare(ReadAloud.problem, ReadAloud.NoAudioOutput)
            verify(error.visible)
            compare(error.text, "No sound output was found on this device. Show the card to the officer instead.")
            compare(button.text, "Read aloud in English", "a new try is offered")
        } else if (ReadAloud.speaking) {
            compare(button.text, "Stop reading")
            button.clicked()
            compare(ReadAloud.status, ReadAloud.Stopped)
        }
        win.destroy()
        // Leaving the card stops reading and clears the message.
        tryCompare(ReadAloud, "status", ReadAloud.Stopped)
    }
}
