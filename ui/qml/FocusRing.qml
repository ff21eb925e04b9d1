import QtQuick
import Amparo.App

// The keyboard focus ring of a big button: drawn outside it, against the page background, where
// it shows on every fill (a ring on the dark blue or yellow fill itself would be lost). Plain Qt
// Quick: the start-up screens use it too. Put it inside the button's box.
Rectangle {
    anchors.fill: parent
    anchors.margins: -5
    radius: Theme.radius + 5
    color: "transparent"
    border.width: 3
    border.color: Theme.text
}
