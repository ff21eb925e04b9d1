import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// SR-11 strength hint.
ColumnLayout {
    id: meter
    property string passphrase: ""
    readonly property int length: Passphrase.length(passphrase)
    readonly property int score: Passphrase.strength(passphrase)
    spacing: 4
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: 4
            delegate: Rectangle {
                required property int index
                Layout.fillWidth: true
                implicitHeight: 8
                radius: 4
                readonly property bool filled: index < meter.score
                // High contrast: filled bars in the text colour, empty ones outlined (the colours
                // of the scores would all look alike there).
                color: Theme.highContrast ? (filled ? Theme.text : Theme.surface)
                     : filled ? (meter.score <= 1 ? Theme.urgent : meter.score === 2 ? Theme.warning : Theme.primary) : Theme.border
                border.width: Theme.highContrast && !filled ? 1 : 0
                border.color: Theme.text
            }
        }
    }
    PlainText {
        objectName: "strengthLabel"
        Layout.fillWidth: true
        font.pixelSize: Theme.small
        color: Theme.muted
        text: meter.length < Passphrase.minimumLength
              ? qsTr("At least %1 characters (%2 so far)").arg(Passphrase.minimumLength).arg(meter.length)
              : [qsTr("Very weak"), qsTr("Weak: add more words"), qsTr("Fair: longer is better"), qsTr("Good"), qsTr("Strong")][meter.score]
    }
}
