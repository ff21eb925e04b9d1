import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// Settings → Trusted organizations (issue 6): the legal-aid organizations notes can be sent to.
// Stored inside the vault. Cards come from a file, a QR code image, pasted card text, or, where
// the device has a camera, the camera (ScanPage.qml). Qt Multimedia is never imported here: the
// camera check (CameraCheck.qml) and the scan page are loaded by URL, so they load Qt Multimedia
// only once this page is open (not at app start).
Page {
    id: page
    readonly property bool vaultScreen: true
    property string removing: ""
    background: Rectangle { color: Theme.background }
    Component.onCompleted: { Vault.orgs.clearError(); Vault.orgs.reload() }

    header: ScreenHeader {
        title: qsTr("Trusted organizations")
        showPanic: true
        onBack: app.back()
        onPanic: app.panic()
    }

    readonly property bool hasCamera: cameraCheck.status === Loader.Ready && cameraCheck.item.hasCamera
    // Qt Multimedia (through CameraCheck.qml) is loaded only where a camera can exist at all: it
    // costs memory and start-up work. Rechecked while the page is open, for a camera plugged in.
    property bool cameraNodes: Vault.orgs.cameraScanBuilt && Vault.orgs.cameraNodesPresent()
    Timer {
        interval: 3000
        repeat: true
        running: Vault.orgs.cameraScanBuilt && !page.cameraNodes
        onTriggered: page.cameraNodes = Vault.orgs.cameraNodesPresent()
    }
    // The scan page by URL (not as a type): Qt Multimedia loads with it, not at start.
    function openScanner() {
        var item = page.StackView.view.push(Qt.resolvedUrl("ScanPage.qml"))
        if (item)
            item.objectName = "scanPage"
        return item
    }

    function opened(ok) {
        if (ok) {
            pathField.clear()
            pasteField.clear()
            app.show("orgReview", { "orgId": "" })
        }
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

            PlainText {
                Layout.fillWidth: true
                text: qsTr("Notes can only be sent to organizations on this list. Add one from the card it gave you, then compare its safety number with it over the phone.")
            }
            PlainText {
                objectName: "noOrgs"
                visible: Vault.orgs.list.length === 0
                Layout.fillWidth: true
                text: qsTr("No trusted organizations yet.")
                color: Theme.muted
            }
            // A check started on the review page may still run after going back here.
            PlainText {
                objectName: "orgsBusy"
                visible: Vault.orgs.busy
                Layout.fillWidth: true
                text: qsTr("Checking passphrase…")
                color: Theme.muted
            }
            Repeater {
                model: Vault.orgs.list
                delegate: Rectangle {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: orgColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: modelData.keyChanged ? Theme.warningSurface : Theme.surface
                    border.color: modelData.keyChanged ? Theme.urgent : Theme.border
                    border.width: modelData.keyChanged ? 3 : 1
                    ColumnLayout {
                        id: orgColumn
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: 6
                        PlainText {
                            Layout.fillWidth: true
                            font.bold: true
                            font.pixelSize: Theme.large
                            text: Language.isolate(modelData.name)
                        }
                        PlainText {
                            visible: modelData.region.length > 0
                            Layout.fillWidth: true
                            color: Theme.muted
                            text: Language.isolate(modelData.region)
                        }
                        PlainText {
                            objectName: "orgStatus"
                            Layout.fillWidth: true
                            font.bold: true
                            color: modelData.confirmed ? Theme.primary : Theme.urgent
                            text: modelData.keyChanged ? qsTr("Warning: this organization's keys changed. Sending is blocked until you confirm the new safety number.")
                                : (modelData.confirmed ? (modelData.expired ? qsTr("Confirmed, but the card has expired") : qsTr("Confirmed"))
                                                       : qsTr("Not confirmed yet: nothing can be sent"))
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            AppButton {
                                objectName: "checkOrg"
                                Layout.fillWidth: true
                                text: modelData.confirmed ? qsTr("Show safety number") : qsTr("Compare and confirm")
                                implicitHeight: Theme.minTouch
                                font.pixelSize: Theme.body
                                highlighted: !modelData.confirmed
                                onClicked: app.show("orgReview", { "orgId": modelData.id })
                            }
                            AppButton {
                                objectName: "removeOrg"
                                enabled: !Vault.orgs.busy
                                Layout.fillWidth: true
                                text: page.removing === modelData.id ? qsTr("Tap again to remove") : qsTr("Remove")
                                implicitHeight: Theme.minTouch
                                font.pixelSize: Theme.body
                                onClicked: {
                                    if (page.removing === modelData.id) {
                                        Vault.orgs.removeOrg(modelData.id)
                                        page.removing = ""
                                    } else {
                                        page.removing = modelData.id
                                    }
                                }
                            }
                        }
                    }
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Add an organization") }
            Loader {
                id: cameraCheck
                objectName: "cameraCheck"
                active: page.cameraNodes
                asynchronous: true
                source: "CameraCheck.qml"
                visible: false
            }
            AppButton {
                objectName: "scanCamera"
                visible: page.hasCamera
                Layout.fillWidth: true
                text: qsTr("Scan with camera")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                highlighted: true
                onClicked: page.openScanner()
            }
            PlainText {
                objectName: "noCamera"
                visible: !page.hasCamera && cameraCheck.status !== Loader.Loading
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.muted
                text: qsTr("No camera found on this device — add the card from a file or a photo.")
            }
            PlainText {
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.muted
                text: Vault.orgs.imageScanAvailable
                      ? qsTr("Choose the card file the organization sent you, or a picture of its QR code, from your files, or type its location.")
                      : qsTr("Choose the card file the organization sent you from your files, or type its location.")
            }
            AppButton {
                objectName: "chooseCardFile"
                Layout.fillWidth: true
                text: qsTr("Choose from my files")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                onClicked: { picker.visible = !picker.visible; if (picker.visible) picker.refresh() }
            }
            FilePickerList {
                id: picker
                visible: false
                Layout.fillWidth: true
                onPicked: function(path) {
                    visible = false
                    var lower = path.toLowerCase()
                    var image = lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")
                    page.opened(image ? Vault.orgs.loadCardImage(path) : Vault.orgs.loadCardFile(path))
                }
            }
            TextField {
                id: pathField
                objectName: "cardPath"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                placeholderText: qsTr("Location of the card file")
                placeholderTextColor: Theme.muted  // readable (>= 4.5:1), not Material's faint grey
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: placeholderText
            }
            AppButton {
                objectName: "openCardPath"
                Layout.fillWidth: true
                enabled: !Vault.orgs.busy && pathField.text.length > 0
                text: qsTr("Open this card")
                implicitHeight: Theme.minTouch
                font.pixelSize: Theme.body
                onClicked: {
                    var lower = pathField.text.toLowerCase()
                    var image = lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")
                    page.opened(image ? Vault.orgs.loadCardImage(pathField.text) : Vault.orgs.loadCardFile(pathField.text))
                }
            }
            PlainText {
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                color: Theme.muted
                text: qsTr("Or paste the card text the organization sent you")
            }
            TextArea {
                id: pasteField
                objectName: "cardText"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch * 1.5
                wrapMode: TextEdit.WrapAnywhere
                font.pixelSize: Theme.small
                textFormat: TextEdit.PlainText
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Or paste the card text the organization sent you")
            }
            AppButton {
                objectName: "readCardText"
                Layout.fillWidth: true
                enabled: !Vault.orgs.busy && pasteField.text.length > 0
                text: qsTr("Read pasted card")
                implicitHeight: Theme.minTouch
                font.pixelSize: Theme.body
                onClicked: page.opened(Vault.orgs.loadCardText(pasteField.text))
            }
            PlainText {
                objectName: "orgsError"
                visible: Vault.orgs.errorMessage.length > 0
                Layout.fillWidth: true
                text: Vault.orgs.errorMessage
                color: Theme.urgent
            }
        }
    }
}
