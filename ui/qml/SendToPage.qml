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
    // The folder's own name (last part of the path), shown big; the full path only small.
    function folderName(path) {
        var p = String(path).replace(/[\/\\]+$/, "")
        var i = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"))
        return i >= 0 && i < p.length - 1 ? p.substring(i + 1) : String(path)
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
            // The organizations as choices (radio buttons): the chosen one is marked and framed,
            // not filled like the main action. Why one cannot be used yet is its own wrapped line.
            Repeater {
                model: Vault.orgs.list
                delegate: AbstractButton {
                    id: choice
                    required property var modelData
                    required property int index
                    readonly property bool selected: page.chosen === modelData.id
                    readonly property string status: modelData.canSend ? ""
                        : (modelData.keyChanged ? qsTr("keys changed: confirm first") : qsTr("not confirmed"))
                    objectName: "sendOrg_" + index
                    Layout.fillWidth: true
                    enabled: !Vault.orgs.busy
                    focusPolicy: Qt.StrongFocus
                    padding: 12
                    implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + topPadding + bottomPadding)
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: modelData.name + (status.length > 0 ? ", " + status : "")
                    Accessible.checkable: true
                    Accessible.checked: selected
                    Accessible.onPressAction: choice.clicked()
                    Keys.onReturnPressed: choice.clicked()
                    Keys.onEnterPressed: choice.clicked()
                    onClicked: { page.chosen = modelData.id; page.done = false }
                    background: Rectangle {
                        radius: 8
                        color: choice.selected ? Theme.sayBox : Theme.surface
                        border.width: choice.selected || choice.visualFocus ? 3 : 1
                        border.color: choice.visualFocus ? Theme.text : choice.selected ? Theme.primary : Theme.border
                        opacity: choice.enabled ? (choice.down ? 0.8 : 1) : 0.45
                    }
                    contentItem: RowLayout {
                        spacing: 12
                        Rectangle {  // the radio mark: a ring, filled when chosen
                            Layout.alignment: Qt.AlignVCenter
                            implicitWidth: 24
                            implicitHeight: 24
                            radius: 12
                            color: "transparent"
                            border.width: 2
                            border.color: choice.selected ? Theme.primary : Theme.muted
                            Rectangle {
                                anchors.centerIn: parent
                                width: 12
                                height: 12
                                radius: 6
                                color: Theme.primary
                                visible: choice.selected
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            PlainText {
                                Layout.fillWidth: true
                                font.bold: true
                                text: Language.isolate(choice.modelData.name)
                                Accessible.ignored: true
                            }
                            PlainText {
                                objectName: "sendOrgStatus"
                                visible: choice.status.length > 0
                                Layout.fillWidth: true
                                font.pixelSize: Theme.small
                                font.bold: true
                                color: Theme.urgent
                                text: choice.status
                                Accessible.ignored: true
                            }
                        }
                    }
                }
            }
            PlainText {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Save in this folder")
                font.bold: true
            }
            // The folder's name, big; its full location below, small and wrapped (editable: a
            // folder can also be typed on the desktop).
            PlainText {
                objectName: "exportFolderName"
                visible: folderField.text.length > 0
                Layout.fillWidth: true
                font.pixelSize: Theme.large
                font.bold: true
                text: Language.isolate(page.folderName(folderField.text))
                Accessible.description: folderField.text
            }
            FormTextArea {
                id: folderField
                objectName: "exportFolder"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.minTouch
                font.pixelSize: Theme.small  // wraps at a "/" where it can, anywhere in a long name
                text: Vault.orgs.defaultFolder
                readOnly: Vault.orgs.busy
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Save in this folder")
                // One line of text: Enter does not add a line break.
                Keys.onReturnPressed: function(event) { event.accepted = true }
                Keys.onEnterPressed: function(event) { event.accepted = true }
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
                      .arg(Language.keepTogether(Vault.orgs.lastExportFile)).arg(Language.keepTogether(Vault.orgs.lastExportOrg))
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
                text: page.folderOpenFailed ? qsTr("The folder could not be opened. The file is saved in: %1").arg(Language.isolate(folderField.text))
                                            : qsTr("The share sheet could not be opened. The sealed file is saved; you can send it from your files.")
            }
        }
    }
}
