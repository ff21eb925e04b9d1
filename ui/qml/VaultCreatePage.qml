import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// Create the vault (SR-11): ≥ 10 characters, strength hint, generator, no-recovery warning,
// desktop honesty notice (SR-38). No biometrics, ever.
Page {
    id: page
    property string next: "notes"
    property string suggestion: ""
    readonly property bool vaultScreen: false
    background: Rectangle { color: Theme.background }

    header: ScreenHeader {
        title: qsTr("Create your vault")
        onBack: app.back()
    }

    // Argon2id runs on the vault's worker thread; a second submit is refused while it runs. The
    // fields are cleared as soon as the passphrase is handed over (on a mismatch or a too short
    // passphrase they stay so the person can correct them).
    function submit() {
        if (Vault.busy || !Passphrase.acceptable(pass1.text) || pass2.text.length === 0)
            return
        if (Vault.create(pass1.text, pass2.text)) {
            pass1.clear(); pass2.clear()
        }
    }
    Connections {
        target: Vault
        function onCreateFinished(ok) {
            if (ok) {
                page.suggestion = ""
                app.replaceWith(page.next === "capture" ? "capture" : page.next, {})
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        KeyboardScroll { flickable: flick }
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.columnX(parent.width)
            y: Theme.margin
            width: Theme.columnWidth(parent.width)
            spacing: Theme.spacing

            PlainText {
                Layout.fillWidth: true
                text: qsTr("Your notes are locked with a passphrase: a long password, at least %1 characters. A few words you can remember work well.").arg(Passphrase.minimumLength)
            }
            Rectangle {
                objectName: "noRecoveryWarning"
                Layout.fillWidth: true
                implicitHeight: warn.implicitHeight + 24
                radius: Theme.radius
                color: Theme.warningSurface
                border.color: Theme.urgent
                border.width: 2
                PlainText {
                    id: warn
                    x: 12; y: 12
                    width: parent.width - 24
                    text: qsTr("If you forget your passphrase, nobody can open your notes again. Not us, not anyone. Write it down and keep it somewhere safe.")
                    font.bold: true
                    color: Theme.urgent
                }
            }
            PassphraseField {
                id: pass1
                objectName: "newPassphrase"
                Layout.fillWidth: true
                label: qsTr("Passphrase")
                readOnly: Vault.busy
            }
            StrengthMeter {
                Layout.fillWidth: true
                passphrase: pass1.text
            }
            PassphraseField {
                id: pass2
                objectName: "confirmPassphrase"
                Layout.fillWidth: true
                label: qsTr("Type it again")
                readOnly: Vault.busy
                onAccepted: page.submit()
            }
            AppButton {
                objectName: "suggestButton"
                text: qsTr("Suggest a passphrase")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                enabled: !Vault.busy
                Accessible.name: text
                Accessible.role: Accessible.Button
                onClicked: {
                    page.suggestion = Passphrase.generate()
                    pass1.text = page.suggestion
                    pass2.text = page.suggestion
                }
            }
            Rectangle {
                visible: page.suggestion.length > 0
                Layout.fillWidth: true
                implicitHeight: sug.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: sug
                    x: 12; y: 12
                    width: parent.width - 24
                    PlainText { Layout.fillWidth: true; text: qsTr("Write this down now:"); font.pixelSize: Theme.small }
                    PlainText {
                        Layout.fillWidth: true
                        text: page.suggestion
                        font.pixelSize: Theme.large
                        font.family: "monospace"
                        LayoutMirroring.enabled: false
                        horizontalAlignment: Text.AlignLeft
                    }
                }
            }
            PlainText {
                objectName: "createError"
                visible: Vault.errorMessage.length > 0
                Layout.fillWidth: true
                text: Vault.errorMessage
                color: Theme.urgent
            }
            BigButton {
                objectName: "createButton"
                text: qsTr("Create vault")
                enabled: !Vault.busy && Passphrase.acceptable(pass1.text) && pass2.text.length > 0
                onClicked: page.submit()
            }
            // Argon2id takes a moment on a cheap phone: say so in words too, not only with the spinner.
            BusyNote {
                running: Vault.busy
                indicatorName: "createBusy"
                textName: "createBusyText"
                text: qsTr("Creating the vault…")
            }
            DesktopNotice { Layout.fillWidth: true }
            PlainText {
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.muted
                text: qsTr("Amparo never unlocks with your face or fingerprint: those can be forced.")
            }
        }
    }
}
