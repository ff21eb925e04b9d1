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
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
