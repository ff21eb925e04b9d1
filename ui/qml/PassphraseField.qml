import QtQuick
import QtQuick.Controls
import Amparo.App

// SR-32: hidden, sensitive, no prediction, no learning; nothing to copy.
TextField {
    id: field
    property string label: ""
    echoMode: TextInput.Password
    passwordMaskDelay: 0
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText | Qt.ImhNoAutoUppercase
    placeholderText: label
    font.pixelSize: Theme.body
    implicitHeight: Math.max(Theme.touch, implicitBackgroundHeight)
    selectByMouse: false
    persistentSelection: false
    Accessible.role: Accessible.EditableText
    Accessible.name: label
    Accessible.passwordEdit: true
    // Qt reports no accessible name for a password edit (QQuickAccessibleAttached::name()), so
    // the label also goes into the description, which screen readers announce.
    Accessible.description: label
    // Wipe our copy when the field goes away.
    Component.onDestruction: field.clear()
    // No copy or cut out of a passphrase field.
    Keys.onPressed: function(event) {
        if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut))
            event.accepted = true
    }
}
