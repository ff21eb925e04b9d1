import QtQuick
import QtTest
import Amparo.App

// Colours in all four themes (light, dark, high contrast, high contrast dark) meet WCAG AA: text
// pairs at least 4.5:1, the edges of controls and large marks at least 3:1 (1.4.11). Computed from
// Theme.qml itself, so a colour change that breaks a pair fails here.
TestCase {
    name: "Theme"

    function channel(c) { return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4) }
    function luminance(c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b) }
    function contrast(a, b) {
        var la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    function expectAtLeast(minimum, fg, bg, what, theme) {
        var ratio = contrast(fg, bg)
        verify(ratio >= minimum, theme + ": " + what + " is " + ratio.toFixed(2) + ":1, needs " + minimum + ":1")
    }

    function test_contrast_data() {
        return [
            { tag: "light", dark: false, high: false },
            { tag: "dark", dark: true, high: false },
            { tag: "high contrast", dark: false, high: true },
            { tag: "high contrast dark", dark: true, high: true },
        ]
    }
    function test_contrast(data) {
        AppSettings.darkTheme = data.dark
        AppSettings.highContrast = data.high
        compare(Theme.dark, data.dark)
        compare(Theme.highContrast, data.high)
        var t = data.tag
        // Text.
        expectAtLeast(4.5, Theme.text, Theme.background, "text on the background", t)
        expectAtLeast(4.5, Theme.text, Theme.surface, "text on a surface", t)
        expectAtLeast(4.5, Theme.muted, Theme.background, "muted text on the background", t)
        expectAtLeast(4.5, Theme.muted, Theme.surface, "muted text on a surface", t)
        expectAtLeast(4.5, Theme.primary, Theme.background, "primary text on the background", t)
        expectAtLeast(4.5, Theme.urgent, Theme.background, "urgent text on the background", t)
        expectAtLeast(4.5, Theme.urgent, Theme.sayBox, "urgent text on a selected card", t)
        expectAtLeast(4.5, Theme.warning, Theme.warningSurface, "warning text on its box", t)
        expectAtLeast(4.5, Theme.inkPrimary, Theme.primary, "text on a primary button", t)
        expectAtLeast(4.5, Theme.inkUrgent, Theme.urgent, "text on an urgent button", t)
        // An unavailable big button (outlined in high contrast).
        expectAtLeast(4.5, Theme.unavailableInk, Theme.unavailableFill, "unavailable button text", t)
        // Edges of controls and marks.
        expectAtLeast(3, Theme.outline, Theme.background, "control outline on the background", t)
        expectAtLeast(3, Theme.outline, Theme.surface, "control outline on a surface", t)
        expectAtLeast(3, Theme.primary, Theme.surface, "a switch that is on", t)
        AppSettings.darkTheme = false
        AppSettings.highContrast = false
    }
}
