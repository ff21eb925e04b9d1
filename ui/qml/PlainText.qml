import QtQuick
import QtQuick.Controls
import Amparo.App

// Every pack and note string is shown through this: plain text only, never markup (SR-27).
Label {
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: Theme.body
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
