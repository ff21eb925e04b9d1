import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// One organization card: its details, the 30-digit safety number (SR-22) in big type, and
// trusting it after comparing the number aloud and typing the passphrase again (SR-14).
// orgId empty: the card just opened (Vault.orgs.pending); otherwise a stored organization.
Page {
    id: page
    property string orgId: ""
    readonly property bool vaultScreen: true
    readonly property var org: orgId.length > 0 ? (Vault.orgs.list.length, Vault.orgs.org(orgId)) : Vault.orgs.pending
    readonly property bool known: org !== undefined && org.name !== undefined
    property bool done: false
    property string trustedId: ""  // the organization being trusted while the check runs
    background: Rectangle { color: Theme.background }
    Component.onCompleted: Vault.orgs.clearError()

    // The passphrase check (Argon2id) runs on the vault's worker; its answer comes later.
    Connections {
        target: Vault.orgs
        function onTrustFinished(ok) {
            if (ok)
                page.orgId = page.trustedId  // the stored record from now on (pending is gone)
            page.done = ok
        }
    }

    header: ScreenHeader {
        title: qsTr("Check the organization")
        showPanic: true
        onBack: { if (page.orgId.length === 0) Vault.orgs.discardPending(); app.back() }
        onPanic: app.panic()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.columnX(parent.width)
            y: Theme.margin
            width: Theme.columnWidth(parent.width)
            spacing: Theme.spacing

            Rectangle {
                objectName: "keyChangedWarning"
                visible: page.known && page.org.keyChanged === true
                Layout.fillWidth: true
                implicitHeight: warnColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.urgent
                ColumnLayout {
                    id: warnColumn
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    PlainText {
                        Layout.fillWidth: true
                        color: Theme.inkUrgent
                        font.bold: true
                        font.pixelSize: Theme.large
                        text: qsTr("Warning: this organization's keys changed")
                    }
                    PlainText {
                        Layout.fillWidth: true
                        color: Theme.inkUrgent
                        text: qsTr("Someone may be pretending to be this organization. Nothing will be sent to it until you call the organization at a number you already know and confirm the new safety number below.")
                    }
                }
            }
            PlainText {
                visible: page.known && page.org.change === "same"
                Layout.fillWidth: true
                color: Theme.muted
                text: qsTr("This card is already on your list.")
            }

            PlainText {
                objectName: "orgName"
                Layout.fillWidth: true
                font.bold: true
                font.pixelSize: Theme.title
                text: page.known ? Language.isolate(page.org.name) : ""
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 4
                PlainText { text: qsTr("Region"); color: Theme.muted; visible: page.known && page.org.region.length > 0 }
                PlainText { Layout.fillWidth: true; text: page.known ? Language.isolate(page.org.region) : ""; visible: page.known && page.org.region.length > 0 }
                PlainText { text: qsTr("Hotline"); color: Theme.muted; visible: page.known && page.org.hotline.length > 0 }
                PlainText { Layout.fillWidth: true; text: page.known ? Language.leftToRight(Language.keepTogether(page.org.hotline)) : ""; visible: page.known && page.org.hotline.length > 0 }
                PlainText { text: qsTr("Languages"); color: Theme.muted; visible: page.known && page.org.languages.length > 0 }
                PlainText { Layout.fillWidth: true; text: page.known ? page.org.languageNames : ""; visible: page.known && page.org.languages.length > 0 }
                PlainText { text: qsTr("Card valid until"); color: Theme.muted }
                PlainText { Layout.fillWidth: true; text: page.known ? Language.isolate(page.org.expires) : "" }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Safety number") }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: numberGrid.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.sayBox
                GridLayout {
                    id: numberGrid
                    objectName: "safetyNumber"
                    // Digits are always read left to right, also in Arabic.
                    LayoutMirroring.enabled: false
                    LayoutMirroring.childrenInherit: true
                    anchors.centerIn: parent
                    columns: 3
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.spacing
                    Repeater {
                        model: page.known ? page.org.groups : []
                        delegate: Label {
                            required property string modelData
                            text: modelData
                            textFormat: Text.PlainText
                            font.family: "monospace"
                            font.pixelSize: Theme.huge
                            font.bold: true
                            color: Theme.text
                            Accessible.name: modelData.split("").join(" ")
                        }
                    }
                }
            }
            PlainText {
                Layout.fillWidth: true
                text: qsTr("Call the organization at a number you already know. Read these 30 digits aloud together. They must be exactly the same on both sides.")
            }
            PlainText {
                visible: page.known && page.org.keyChanged === true && page.org.previousSafetyNumber.length > 0
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.muted
                text: qsTr("Previous safety number: %1").arg(page.known ? Language.leftToRight(page.org.previousSafetyNumber) : "")
            }

            PlainText {
                objectName: "trustedDone"
                visible: page.done
                Layout.fillWidth: true
                font.bold: true
                color: Theme.primary
                text: qsTr("This organization is now trusted. You can send notes to it.")
            }
            ColumnLayout {
                visible: page.known && !page.done && page.org.confirmed !== true
                Layout.fillWidth: true
                spacing: Theme.spacing
                CheckBox {
                    id: comparedBox
                    objectName: "comparedAloud"
                    enabled: !Vault.orgs.busy
                    Layout.fillWidth: true
                    font.pixelSize: Theme.body
                    text: qsTr("We read the numbers aloud over the phone and they match")
                    Accessible.name: text
                    contentItem: Label {
                        text: comparedBox.text
                        font: comparedBox.font
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        verticalAlignment: Text.AlignVCenter
                        leftPadding: !comparedBox.mirrored ? comparedBox.indicator.width + comparedBox.spacing : 0
                        rightPadding: comparedBox.mirrored ? comparedBox.indicator.width + comparedBox.spacing : 0
                    }
                }
                PassphraseField {
                    id: passField
                    objectName: "trustPassphrase"
                    readOnly: Vault.orgs.busy
                    Layout.fillWidth: true
                    label: qsTr("Your passphrase, to confirm it is you")
                }
                PlainText {
                    objectName: "reviewError"
                    visible: Vault.orgs.errorMessage.length > 0
                    Layout.fillWidth: true
                    text: Vault.orgs.errorMessage
                    color: Theme.urgent
                }
                BigButton {
                    objectName: "trustButton"
                    text: qsTr("Trust this organization")
                    enabled: !Vault.orgs.busy && comparedBox.checked && passField.text.length > 0
                    onClicked: {
                        page.trustedId = page.org.id
                        page.done = false
                        if (page.orgId.length > 0)
                            Vault.orgs.confirmOrg(page.orgId, passField.text, comparedBox.checked)
                        else
                            Vault.orgs.trustPending(passField.text, comparedBox.checked)
                        passField.clear()  // handed over (or refused): not kept on screen
                    }
                }
                BusyNote {
                    running: Vault.orgs.busy
                    indicatorName: "trustBusy"
                    textName: "trustBusyText"
                    text: qsTr("Checking passphrase…")
                }
                // A short label the button can show whole; what it means, as text below it.
                AppButton {
                    objectName: "keepUnconfirmed"
                    visible: page.orgId.length === 0
                    enabled: !Vault.orgs.busy
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Keep without confirming")
                    font.pixelSize: Theme.body
                    Accessible.description: keepNote.text
                    onClicked: { if (Vault.orgs.savePending()) app.back() }
                }
                PlainText {
                    id: keepNote
                    objectName: "keepUnconfirmedNote"
                    visible: page.orgId.length === 0
                    Layout.fillWidth: true
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    text: qsTr("It stays on your list, but nothing can be sent to it until you confirm its safety number.")
                }
            }
        }
    }
}
