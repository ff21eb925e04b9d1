import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// "Send to…" (issue 6): seals notes into an .amparo file that only the chosen trusted
// organization can open, saved into a folder the person chooses. Passphrase again (SR-14).
// Phones: the written file goes to the system share sheet (Platform.shareFile). Desktop: a folder
// picker (FolderPicker.qml, loaded by URL when asked for) or a typed folder, then "Show in
// folder". The folder is used for this export only and never stored (SR-33).
Page {
    id: page
    property var noteIds: []          // empty: every note
    property string chosen: ""
    readonly property bool vaultScreen: true
    property bool done: false
    background: Rectangle { color: Theme.background }
    Component.onCompleted: { Vault.orgs.clearError(); Vault.orgs.reload() }

    property string shareResult: ""  // "shown", "unsupported", "unavailable", "failed"
    property bool folderOpenFailed: false

    function localPath(url) {
        var s = url.toString()
        return s.startsWith("file://") ? decodeURIComponent(s.substring(7)) : s
    }
    function fileUrl(path) {
        return path.length > 0 ? "file://" + encodeURI(path) : ""
    }
    function share() {
        page.shareResult = Platform.shareFile(Vault.orgs.lastExportPath)
    }

    // The passphrase check and the sealing run on the vault's worker; the answer comes later.
    Connections {
        target: Vault.orgs
        function onExportFinished(ok) {
            page.done = ok
            // Phones: straight to the system share sheet; the person picks the app.
            if (ok && Platform.shareSheetAvailable)
                page.share()
        }
    }

    header: ScreenHeader {
        title: qsTr("Send to…")
        showPanic: true
        onBack: app.back()
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

            PlainText {
                Layout.fillWidth: true
                text: page.noteIds.length === 0
                      ? qsTr("All your notes, with their history and files, are sealed into one file that only the organization you choose can open.")
                      : qsTr("This note, with its history and files, is sealed into a file that only the organization you choose can open.")
            }
            PlainText {
                visible: Vault.orgs.list.length === 0
                Layout.fillWidth: true
                color: Theme.muted
                text: qsTr("No trusted organizations yet. Add one first.")
            }
            AppButton {
                visible: Vault.orgs.list.length === 0
                Layout.fillWidth: true
                text: qsTr("Trusted organizations")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                onClicked: app.show("orgs")
            }
            Repeater {
                model: Vault.orgs.list
                delegate: AppButton {
                    required property var modelData
                    objectName: "sendOrg_" + index
                    required property int index
                    Layout.fillWidth: true
                    font.pixelSize: Theme.body
                    highlighted: page.chosen === modelData.id
                    enabled: !Vault.orgs.busy
                    text: "\u2068" + modelData.name + "\u2069" + (modelData.canSend ? "" : " — " + (modelData.keyChanged ? qsTr("keys changed: confirm first") : qsTr("not confirmed")))
                    Accessible.role: Accessible.RadioButton
                    onClicked: { page.chosen = modelData.id; page.done = false }
                }
            }
            PlainText {
                Layout.fillWidth: true
                text: qsTr("Save in this folder")
                font.bold: true
            }
            TextField {
                id: folderField
                objectName: "exportFolder"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                text: Vault.orgs.defaultFolder
                readOnly: Vault.orgs.busy
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Save in this folder")
            }
            AppButton {
                objectName: "chooseFolder"
                visible: Platform.desktop
                enabled: !Vault.orgs.busy
                Layout.fillWidth: true
                text: qsTr("Choose folder…")
                implicitHeight: Theme.minTouch
                font.pixelSize: Theme.body
                onClicked: {
                    if (folderPicker.status === Loader.Ready)
                        folderPicker.item.open()
                    else
                        folderPicker.active = true
                }
            }
            Loader {
                id: folderPicker
                objectName: "folderPicker"
                active: false
                visible: false
                source: "FolderPicker.qml"
                onLoaded: {
                    item.folder = page.fileUrl(folderField.text)
                    item.open()
                }
                Connections {
                    target: folderPicker.item
                    function onChosen(folder) { folderField.text = page.localPath(folder) }
                }
            }
            PassphraseField {
                id: passField
                objectName: "exportPassphrase"
                readOnly: Vault.orgs.busy
                Layout.fillWidth: true
                label: qsTr("Your passphrase, to confirm it is you")
            }
            PlainText {
                objectName: "exportError"
                visible: Vault.orgs.errorMessage.length > 0
                Layout.fillWidth: true
                text: Vault.orgs.errorMessage
                color: Theme.urgent
            }
            PlainText {
                objectName: "exportDone"
                visible: page.done
                Layout.fillWidth: true
                font.bold: true
                color: Theme.primary
                text: qsTr("Saved “%1” for %2. Only %2 can open it. Give them the file, for example in person or by a secure messenger.")
                      .arg("\u2068" + Vault.orgs.lastExportFile + "\u2069").arg("\u2068" + Vault.orgs.lastExportOrg + "\u2069")
            }
            BigButton {
                objectName: "sendButton"
                text: Platform.shareSheetAvailable ? qsTr("Seal and share") : qsTr("Seal and save")
                enabled: !Vault.orgs.busy && page.chosen.length > 0 && passField.text.length > 0
                onClicked: {
                    page.shareResult = ""
                    page.folderOpenFailed = false
                    page.done = false
                    Vault.orgs.exportTo(page.chosen, page.noteIds, folderField.text, passField.text)
                    passField.clear()  // handed over (or refused): not kept on screen
                }
            }
            BusyNote {
                running: Vault.orgs.busy
                indicatorName: "exportBusy"
                textName: "exportBusyText"
                text: qsTr("Checking passphrase…")
            }
            AppButton {
                objectName: "shareAgain"
                visible: page.done && Platform.shareSheetAvailable
                Layout.fillWidth: true
                text: qsTr("Share the sealed file again")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                onClicked: page.share()
            }
            AppButton {
                objectName: "showInFolder"
                visible: page.done && Platform.desktop
                Layout.fillWidth: true
                text: qsTr("Show in folder")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                onClicked: page.folderOpenFailed = !Platform.showInFolder(Vault.orgs.lastExportPath)
            }
            PlainText {
                objectName: "shareProblem"
                visible: page.done && ((page.shareResult.length > 0 && page.shareResult !== "shown" && page.shareResult !== "unsupported") || page.folderOpenFailed)
                Layout.fillWidth: true
                color: Theme.urgent
                text: page.folderOpenFailed ? qsTr("The folder could not be opened. The file is saved in: %1").arg("\u2068" + folderField.text + "\u2069")
                                            : qsTr("The share sheet could not be opened. The sealed file is saved; you can send it from your files.")
            }
        }
    }
}
