import QtQuick
import Amparo.App

// A check mark (do) or a cross (don't) drawn with two strokes, for the lists of the encounter
// card. Drawn rather than typed: "✓" and "✗" are missing from Noto Sans, and the font fallback
// they need costs a fontconfig search while the first screen is drawn (and some phones lack them).
// Not mirrored in right-to-left languages (the marks read the same way). Decorative: the list
// item carries the meaning for screen readers.
Item {
    id: mark
    property bool positive: true
    property color color: Theme.text
    property real size: Theme.body
    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    // One stroke from (x1, y1) to (x2, y2), in units of `size`.
    component Stroke: Rectangle {
        property real x1
        property real y1
        property real x2
        property real y2
        readonly property real dx: (x2 - x1) * mark.size
        readonly property real dy: (y2 - y1) * mark.size
        width: Math.sqrt(dx * dx + dy * dy) + height
        height: Math.max(2, Math.round(mark.size * 0.14))
        radius: height / 2
        x: (x1 + x2) / 2 * mark.size - width / 2
        y: (y1 + y2) / 2 * mark.size - height / 2
        rotation: Math.atan2(dy, dx) * 180 / Math.PI
        antialiasing: true
        color: mark.color
    }
    Stroke {
        x1: mark.positive ? 0.10 : 0.18
        y1: mark.positive ? 0.55 : 0.20
        x2: mark.positive ? 0.40 : 0.82
        y2: mark.positive ? 0.83 : 0.84
    }
    Stroke {
        x1: mark.positive ? 0.40 : 0.82
        y1: mark.positive ? 0.83 : 0.20
        x2: mark.positive ? 0.92 : 0.18
        y2: mark.positive ? 0.20 : 0.84
    }
}
