import QtQuick
import QtQuick.Controls
import Amparo.App

// Every pack and note string is shown through this: plain text only, never markup (SR-27).
Label {
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: Theme.body
    // true for the person's own words (notes, form answers, file names): aligned by the
    // text's own direction (Qt's natural alignment: its first strong character), so English
    // typed in the Arabic interface starts at the left. App strings keep AlignLeft, which
    // layout mirroring turns to the right in Arabic.
    property bool userText: false
    horizontalAlignment: userText ? undefined : Text.AlignLeft  // undefined: natural
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
