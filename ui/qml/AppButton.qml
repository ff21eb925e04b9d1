import QtQuick
import QtQuick.Controls
import Amparo.App

// A button drawn without shader effects, so it looks the same with the software renderer
// (offscreen screenshots, old phones) as with the GPU. At least 48 px high.
// Keyboard: reached with Tab (focus ring: thick border), Space, Enter or Return activate it.
Button {
    id: control
    property bool danger: false
    font.pixelSize: Theme.body
    implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + 16)
    implicitWidth: Math.max(Theme.minTouch, implicitContentWidth + 32)
    focusPolicy: Qt.StrongFocus
    // The box drawn is the area that takes the tap (Material insets it by 6 px top and bottom, so a
    // 48 px button looked 36 px tall).
    topInset: 0
    bottomInset: 0
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: control.clicked()
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()
    background: Rectangle {
        radius: 8
        color: control.flat ? "transparent"
             : control.danger ? Theme.urgent
             : control.highlighted ? Theme.primary : Theme.surface
        border.width: control.flat && !control.visualFocus ? 0 : (control.visualFocus ? 3 : 1)
        border.color: control.visualFocus ? Theme.text : control.danger ? Theme.urgent : Theme.outline
        opacity: control.enabled ? (control.down ? 0.8 : 1) : 0.45
    }
    contentItem: Label {
        text: control.text
        font: control.font
        textFormat: Text.PlainText
        color: control.danger ? Theme.inkUrgent : control.highlighted ? Theme.inkPrimary
             : control.flat ? Theme.primary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }
}
