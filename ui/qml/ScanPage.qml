import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Amparo.App
import Amparo.Scan

// Settings → Trusted organizations → Scan with camera (issue 6). Opened by URL only (never used
// as a type), so Qt Multimedia and the scanner library (Amparo.Scan) are loaded when this page
// opens, not at start. The viewfinder shows the camera; QrScanner reads about five frames a
// second on a worker thread; the first organization card stops the camera and opens the review
// (safety number, SR-22). Frames stay in memory and are never saved. Without a camera the page
// says so and sends the person back to the file and photo options.
Page {
    id: page
    objectName: "scanPage"
    readonly property bool vaultScreen: true
    readonly property bool hasCamera: probe.hasCamera
    // The camera runs only while this page is in front and still looking.
    readonly property bool looking: hasCamera && scanner.active && page.StackView.status !== StackView.Inactive
                                    && Qt.application.state === Qt.ApplicationActive
    property bool cameraFailed: false
    background: Rectangle { color: Theme.background }
    Component.onCompleted: Vault.orgs.clearError()

    header: ScreenHeader {
        title: qsTr("Scan the QR code")
        showPanic: true
        onBack: app.back()
        onPanic: app.panic()
    }

    CameraProbe { id: probe }

    QrScanner {
        id: scanner
        objectName: "qrScanner"
        videoSink: cameraLoader.item ? cameraLoader.item.sink : null
        onCardFound: function(text) {
            // The camera stops with `looking`; the card goes to the review, as from a file.
            if (Vault.orgs.loadCardText(text))
                app.replaceWith("orgReview", { "orgId": "" })
        }
    }

    function scanAgain() {
        Vault.orgs.clearError()
        page.cameraFailed = false
        scanner.restart()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // No camera: a clear sentence and the way back, never an error.
        PlainText {
            objectName: "noCamera"
            visible: !page.hasCamera
            Layout.fillWidth: true
            font.pixelSize: Theme.large
            text: qsTr("No camera found on this device — add the card from a file or a photo.")
        }
        AppButton {
            objectName: "scanBackToFiles"
            visible: !page.hasCamera
            Layout.fillWidth: true
            text: qsTr("Back to trusted organizations")
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            onClicked: app.back()
        }

        PlainText {
            visible: page.hasCamera
            Layout.fillWidth: true
            text: qsTr("Hold the organization's QR code inside the frame. It is read on this device; no picture is saved.")
        }
        Rectangle {
            id: viewport
            visible: page.hasCamera
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 200
            color: "black"
            radius: Theme.radius
            clip: true
            Loader {
                id: cameraLoader
                anchors.fill: parent
                active: page.hasCamera
                sourceComponent: Item {
                    readonly property alias sink: viewfinder.videoSink
                    CaptureSession {
                        camera: Camera {
                            id: camera
                            active: page.looking
                            onErrorOccurred: function(error, errorString) {
                                if (error !== Camera.NoError)
                                    page.cameraFailed = true
                            }
                        }
                        videoOutput: viewfinder
                    }
                    VideoOutput {
                        id: viewfinder
                        anchors.fill: parent
                        fillMode: VideoOutput.PreserveAspectCrop
                    }
                }
            }
            // Where to hold the code.
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height) * 0.7
                height: width
                color: "transparent"
                border.color: "white"
                border.width: 3
                radius: Theme.radius
            }
        }
        PlainText {
            objectName: "otherCode"
            visible: page.hasCamera && scanner.otherCodeSeen && scanner.active
            Layout.fillWidth: true
            color: Theme.warning
            text: qsTr("That QR code is not an organization card. Scan the code on the organization's card.")
        }
        PlainText {
            objectName: "cameraError"
            visible: page.hasCamera && page.cameraFailed
            Layout.fillWidth: true
            color: Theme.urgent
            text: qsTr("The camera could not be started. Add the card from a file or a photo instead.")
        }
        PlainText {
            objectName: "scanError"
            visible: page.hasCamera && !scanner.active && Vault.orgs.errorMessage.length > 0
            Layout.fillWidth: true
            color: Theme.urgent
            text: Vault.orgs.errorMessage
        }
        AppButton {
            objectName: "scanAgain"
            visible: page.hasCamera && (!scanner.active || page.cameraFailed)
            Layout.fillWidth: true
            text: qsTr("Scan again")
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            onClicked: page.scanAgain()
        }
        Item { visible: !page.hasCamera; Layout.fillHeight: true }
    }
}
