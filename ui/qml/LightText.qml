import QtQuick
import Amparo.App

// PlainText for the screens drawn at start-up (home, encounter card): the same rule (SR-27: plain
// text only, never markup) on a plain Qt Quick Text, so those screens load no Qt Quick Controls.
Text {
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    color: Theme.text
    font.family: Language.fontFamily
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
