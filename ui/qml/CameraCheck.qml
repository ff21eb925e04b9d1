import QtQuick
import Amparo.Scan

// Whether this device has a camera, for Settings → Trusted organizations (issue 6).
// TrustedOrgsPage loads this file by URL with an asynchronous Loader, never as a type, so the
// scanner library and Qt Multimedia are loaded when that page opens, not when the app starts.
// Follows cameras being plugged in or out.
Item {
    readonly property bool hasCamera: probe.hasCamera
    CameraProbe { id: probe }
}
