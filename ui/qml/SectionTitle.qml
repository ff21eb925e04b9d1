import QtQuick
import QtQuick.Controls
import Amparo.App

Label {
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: Theme.large
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
