import QtQuick
import QtQuick.Controls
import Amparo.App

// A multi-line field of plain text (SR-27), wrapped, that Tab and Shift+Tab leave instead of typing
// a tab character into it: no keyboard trap.
TextArea {
    wrapMode: TextEdit.Wrap
    textFormat: TextEdit.PlainText
    font.pixelSize: Theme.body
    Accessible.role: Accessible.EditableText
    Keys.onTabPressed: function(event) {
        var back = (event.modifiers & Qt.ShiftModifier) !== 0
        nextItemInFocusChain(!back).forceActiveFocus(back ? Qt.BacktabFocusReason : Qt.TabFocusReason)
    }
    Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
}
