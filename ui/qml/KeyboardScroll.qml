import QtQuick
import Amparo.App

// Keyboard use (Tab / Shift+Tab): keeps the control that has focus inside the visible part of
// `flickable`, so focus never moves to something off screen. Put one inside the Flickable.
QtObject {
    id: helper
    property Flickable flickable: null

    function reveal(item) {
        var f = helper.flickable
        if (!f || !item || !f.visible)
            return
        var p = item
        while (p && p !== f.contentItem)
            p = p.parent
        if (!p)
            return
        var top = item.mapToItem(f.contentItem, 0, 0).y - Theme.margin
        var bottom = top + item.height + 2 * Theme.margin
        var maxY = Math.max(0, f.contentHeight - f.height)
        if (top < f.contentY)
            f.contentY = Math.max(0, top)
        else if (bottom > f.contentY + f.height)
            f.contentY = Math.min(maxY, bottom - f.height)
    }

    property Connections watcher: Connections {
        target: helper.flickable ? helper.flickable.Window.window : null
        function onActiveFocusItemChanged() { helper.reveal(helper.flickable.Window.activeFocusItem) }
    }
}
