pragma Singleton
import QtQuick
import Amparo.App

// Colours and sizes. Text sizes follow the system font size (font scaling); touch targets are
// at least 48 px. High contrast and dark themes come from the settings.
QtObject {
    readonly property bool dark: AppSettings.darkTheme
    readonly property bool highContrast: AppSettings.highContrast

    readonly property real base: Math.max(16, Qt.application.font.pixelSize > 0 ? Qt.application.font.pixelSize * 1.15 : 16)
    readonly property real small: Math.round(base * 0.85)
    readonly property real body: Math.round(base)
    readonly property real large: Math.round(base * 1.3)
    readonly property real title: Math.round(base * 1.5)
    readonly property real huge: Math.round(base * 1.9)

    // Set once the keyboard moves focus (Main.qml): only then do the plain Qt Quick buttons of the
    // start-up screens draw a focus ring, as Qt Quick Controls do (visualFocus).
    property bool keyboardInUse: false

    readonly property int touch: 56
    readonly property int minTouch: 48
    readonly property int margin: 16
    readonly property int spacing: 12
    readonly property int radius: 12
    // The content column of a screen: the window less its margins on a phone; on a tablet or a
    // desktop window at most maxContentWidth wide and centred, so lines stay short enough to read.
    readonly property int maxContentWidth: 720
    function columnWidth(available) { return Math.min(available - 2 * margin, maxContentWidth) }
    function columnX(available) { return Math.max(margin, (available - maxContentWidth) / 2) }

    readonly property color background: highContrast ? (dark ? "#000000" : "#ffffff") : (dark ? "#121417" : "#f6f4ef")
    readonly property color surface: highContrast ? (dark ? "#000000" : "#ffffff") : (dark ? "#1e2126" : "#ffffff")
    readonly property color text: highContrast ? (dark ? "#ffffff" : "#000000") : (dark ? "#eceff1" : "#1b1b1f")
    readonly property color muted: highContrast ? text : (dark ? "#b0b6bd" : "#4a4f57")
    readonly property color border: highContrast ? text : (dark ? "#3a3f46" : "#d6d2c8")
    // The edge of a control that must be seen to be found (WCAG 1.4.11, at least 3:1 against the
    // background and the surface): buttons, fields, pickers, list rows. `border` stays a fill and
    // divider colour (the disabled big button's grey).
    readonly property color outline: highContrast ? text : (dark ? "#767c85" : "#8a8578")
    // An unavailable big button: a grey box with dark grey text, at WCAG AA (muted on border is
    // about 5.5:1 light, 5.2:1 dark). In high contrast that grey would vanish (border and muted are
    // the text colour there): an empty box with text-coloured ink, outlined by the button.
    readonly property color unavailableFill: highContrast ? surface : border
    readonly property color unavailableInk: highContrast ? text : muted
    readonly property color primary: highContrast ? (dark ? "#ffd54f" : "#0b2f6b") : (dark ? "#8ab4f8" : "#1d4e89")
    readonly property color inkPrimary: highContrast ? (dark ? "#000000" : "#ffffff") : (dark ? "#0b1a2e" : "#ffffff")
    readonly property color urgent: highContrast ? (dark ? "#ff8a80" : "#7f0000") : (dark ? "#ef9a9a" : "#b3261e")
    // Text on an urgent fill: dark on the light reds of the dark themes (9:1), white on the deep reds.
    readonly property color inkUrgent: dark ? (highContrast ? "#000000" : "#1b0000") : "#ffffff"
    readonly property color warning: highContrast ? text : (dark ? "#ffcc80" : "#8a4b00")
    readonly property color warningSurface: highContrast ? surface : (dark ? "#3a2a12" : "#fff1dc")
    readonly property color sayBox: highContrast ? surface : (dark ? "#17324f" : "#e7f0fb")
}
