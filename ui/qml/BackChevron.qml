import QtQuick
import Amparo.App

// The "back" chevron before the word Back, pointing to where reading starts: left, or right in
// Arabic (it follows layout mirroring). Drawn, not typed: the app's fonts may lack arrow glyphs
// (as LightMark.qml). Plain Qt Quick: it is part of the start-up screens' header.
Item {
    id: chevron
    property real size: Math.round(Theme.body * 0.75)
    property color color: Theme.text
    width: size * 0.6
    height: size
    Accessible.ignored: true
    transform: Scale { origin.x: chevron.width / 2; xScale: chevron.LayoutMirroring.enabled ? -1 : 1 }

    // Two strokes from the tip (0, size/2) to the ends (width, 0) and (width, size).
    component Stroke: Rectangle {
        property int side: 1
        readonly property real thick: Math.max(2, Math.round(chevron.size * 0.16))
        readonly property real dx: chevron.width
        readonly property real dy: chevron.size / 2 * side
        width: Math.sqrt(dx * dx + dy * dy) + thick
        height: thick
        radius: thick / 2
        antialiasing: true
        x: chevron.width / 2 - width / 2
        y: chevron.size / 2 + dy / 2 - height / 2
        rotation: Math.atan2(dy, dx) * 180 / Math.PI
        color: chevron.color
    }
    Stroke { side: -1 }
    Stroke { side: 1 }
}
