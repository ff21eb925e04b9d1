import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// Phone first, usable on a tablet or a desktop window (issue 5): on a phone the content column
// fills the window less its margins; on a wide window it stays at most Theme.maxContentWidth wide
// and centred (lines stay readable), in left-to-right and right-to-left languages alike.
TestCase {
    id: test
    name: "WideLayout"
    when: windowShown
    property var win: null
    property var stack: null

    function make(width) {
        var component = Qt.createComponent("qrc:/Amparo/App/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        var w = component.createObject(null, { "startScreen": "home", "startSituation": "", "width": width, "height": 700 })
        verify(w)
        stack = findChild(w.contentItem, "stack")
        verify(stack)
        return w
    }
    function cleanup() {
        Language.setLanguage("en")
        if (win)
            win.destroy()
        win = null
    }
    function open(name) {
        if (name !== "home") {
            win.show(name, {})
            tryCompare(stack, "busy", false)
        }
        return stack.currentItem
    }
    // The item gets `width` and its left edge reaches `x` (window coordinates) once the stack has
    // sized the page and the column has placed its children.
    function expectSpan(item, x, width) {
        verify(item)
        tryCompare(item, "width", width)
        tryVerify(function() { return item.mapToItem(win.contentItem, 0, 0).x === x },
                  5000, "left edge at " + x + ", not " + item.mapToItem(win.contentItem, 0, 0).x)
    }

    function test_phone_column_fills_the_window() {
        win = make(360)
        expectSpan(findChild(open("home"), "stoppedButton"), Theme.margin, 360 - 2 * Theme.margin)
    }

    function test_wide_window_centres_a_readable_column_data() {
        return [{ tag: "en", lang: "en" }, { tag: "ar", lang: "ar" }]
    }
    function test_wide_window_centres_a_readable_column(data) {
        Language.setLanguage(data.lang)
        win = make(1024)
        var left = (1024 - Theme.maxContentWidth) / 2
        expectSpan(findChild(open("home"), "stoppedButton"), left, Theme.maxContentWidth)
        expectSpan(findChild(open("encounter"), "sayLineEnglish"), left, Theme.maxContentWidth)
        var settings = open("settings")
        verify(settings)
        // Every screen's column uses the same rule (Theme.columnX / columnWidth).
        compare(Theme.columnWidth(1024), Theme.maxContentWidth)
        compare(Theme.columnX(1024), left)
        compare(Theme.columnWidth(360), 360 - 2 * Theme.margin)
        compare(Theme.columnX(360), Theme.margin)
    }
}
