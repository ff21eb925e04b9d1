import QtQuick
import QtQuick.Controls
import Amparo.App

// SR-32: hidden, sensitive, no prediction, no learning; nothing to copy.
// A permanent label above the box (a placeholder disappears once typing starts) and a
// Show/Hide button inside it, at the end (the left end in a right-to-left layout). Shown, the
// field still asks the keyboard for no prediction and no learning (a visible-password field on
// Android), and it hides itself again when the screen is left, when it is cleared and when the
// app goes to the background. The text never reaches the accessibility tree, the clipboard or a
// selection.
TextField {
    id: field
    property string label: ""
    // true while the person has asked to see the passphrase.
    property bool shown: false
    readonly property int hiddenHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText | Qt.ImhNoAutoUppercase
    readonly property int shownHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    // The effective (inherited) mirroring: true in Arabic.
    readonly property bool mirrored: LayoutMirroring.enabled
    // Its parts follow it, also when mirroring is set on this item alone.
    LayoutMirroring.childrenInherit: true
    readonly property real boxY: caption.height + 6
    readonly property real boxHeight: height - boxY

    function hide() { shown = false }
    function toggleShown() { shown = !shown }
    // Called on every change of Qt.application.state (a function so tests can drive it).
    function applicationStateChanged(state) {
        if (state !== Qt.ApplicationActive)
            hide()
    }

    echoMode: shown ? TextInput.Normal : TextInput.Password
    passwordMaskDelay: 0
    // A small bullet (as Android draws): a generated passphrase (29 characters) fits a phone's
    // field instead of scrolling its first dots away.
    passwordCharacter: "\u2022"
    inputMethodHints: shown ? shownHints : hiddenHints
    // The label is drawn above the box; no placeholder repeating it inside.
    placeholderText: ""
    font.pixelSize: Theme.body
    // A little air between the bullets, so they can be counted.
    font.letterSpacing: shown ? 0 : 1
    topPadding: boxY + 8
    bottomPadding: 8
    // Room for the first dot at the start, and for the Show/Hide button at the end.
    leftPadding: mirrored ? toggle.width + 4 : 12
    rightPadding: mirrored ? 12 : toggle.width + 4
    verticalAlignment: TextInput.AlignVCenter
    // From the start of the field: the right in Arabic (an explicit alignment is mirrored),
    // whatever the direction of the passphrase itself.
    horizontalAlignment: TextInput.AlignLeft
    implicitHeight: boxY + Math.max(Theme.touch, contentHeight + 16)
    selectByMouse: false
    persistentSelection: false
    Accessible.role: Accessible.EditableText
    Accessible.name: label
    // Also when shown: the text is never handed to the accessibility tree.
    Accessible.passwordEdit: true
    // Qt reports no accessible name for a password edit (QQuickAccessibleAttached::name()), so
    // the label also goes into the description, which screen readers announce.
    Accessible.description: label
    // Wipe our copy when the field goes away.
    Component.onDestruction: field.clear()
    // Hidden again when emptied (the pages clear the fields once the passphrase is handed over)
    // and when the screen is left (covered by another page, or gone).
    onTextChanged: if (text.length === 0) hide()
    onVisibleChanged: if (!visible) hide()
    Connections {
        target: Qt.application
        function onStateChanged() { field.applicationStateChanged(Qt.application.state) }
    }
    // No copy or cut out of a passphrase field. Alt+F8 shows or hides it from the keyboard (as
    // the reveal button of a Windows password box), without leaving the field.
    Keys.onPressed: function(event) {
        if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut)) {
            event.accepted = true
        } else if (event.key === Qt.Key_F8 && (event.modifiers & Qt.AltModifier)) {
            toggleShown()
            event.accepted = true
        }
    }

    background: Rectangle {
        y: field.boxY
        height: field.boxHeight
        implicitWidth: 120
        radius: 8
        color: Theme.surface
        border.width: field.activeFocus ? 2 : 1
        border.color: field.activeFocus ? Theme.primary : Theme.muted
    }

    // The label, always visible. Tapping it focuses the field.
    Text {
        id: caption
        objectName: "passphraseLabel"
        x: 0
        y: 0
        width: field.width
        text: field.label
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.family: Language.fontFamily
        font.pixelSize: Theme.body
        font.bold: true
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        Accessible.ignored: true
    }

    // Show / Hide, at the end of the box: a Tab stop after its field (Space or Enter toggles);
    // Alt+F8 in the field does the same.
    Rectangle {
        id: toggle
        objectName: "passphraseToggle"
        anchors.right: parent.right
        y: field.boxY
        height: field.boxHeight
        width: Math.max(Theme.minTouch, toggleRow.implicitWidth + 20)
        radius: 8
        color: toggleMouse.pressed ? Theme.border : "transparent"
        activeFocusOnTab: field.enabled
        border.width: activeFocus && Theme.keyboardInUse ? 3 : 0
        border.color: Theme.text
        Keys.onSpacePressed: field.toggleShown()
        Keys.onReturnPressed: field.toggleShown()
        Keys.onEnterPressed: field.toggleShown()
        Accessible.role: Accessible.Button
        Accessible.name: field.shown ? qsTr("Hide passphrase") : qsTr("Show passphrase")
        Accessible.checkable: true
        Accessible.checked: field.shown
        Accessible.focusable: true
        Accessible.onPressAction: field.toggleShown()
        Accessible.onToggleAction: field.toggleShown()

        // The divider between the text and the button, on the text side.
        Rectangle {
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            width: 1
            height: parent.height - 16
            color: Theme.muted
        }
        Row {
            id: toggleRow
            anchors.centerIn: parent
            spacing: 6
            // An eye; crossed out while the passphrase is shown (tap to hide it).
            Item {
                id: eye
                width: 22
                height: 22
                anchors.verticalCenter: parent.verticalCenter
                Accessible.ignored: true
                Rectangle {
                    anchors.centerIn: parent
                    width: 20
                    height: 12
                    radius: 6
                    color: "transparent"
                    border.width: 2
                    border.color: Theme.primary
                }
                Rectangle {
                    anchors.centerIn: parent
                    width: 6
                    height: 6
                    radius: 3
                    color: Theme.primary
                }
                Rectangle {
                    visible: field.shown
                    anchors.centerIn: parent
                    width: 26
                    height: 2
                    radius: 1
                    rotation: 45
                    antialiasing: true
                    color: Theme.primary
                }
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: field.shown ? qsTr("Hide") : qsTr("Show")
                textFormat: Text.PlainText
                font.family: Language.fontFamily
                font.pixelSize: Theme.small
                font.bold: true
                color: Theme.primary
                Accessible.ignored: true
            }
        }
        MouseArea {
            id: toggleMouse
            anchors.fill: parent
            enabled: field.enabled
            onClicked: field.toggleShown()
        }
    }
}
