import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.App

// Language picker: each language in its own name. On first start it replaces itself with Home.
Page {
    id: page
    property bool firstStart: false
    readonly property bool vaultScreen: false
    background: Rectangle { color: Theme.background }

    header: ScreenHeader {
        title: "Language · Idioma · اللغة"
        showBack: !page.firstStart
        onBack: app.back()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ColumnLayout {
            id: column
            x: Theme.columnX(parent.width)
            y: Theme.margin
            width: Theme.columnWidth(parent.width)
            spacing: Theme.spacing
            Repeater {
                model: Language.codes
                delegate: BigButton {
                    required property string modelData
                    objectName: "language_" + modelData
                    text: Language.nativeName(modelData)
                    titleSize: Theme.huge
                    implicitHeight: 88
                    fill: Language.code === modelData && !page.firstStart ? Theme.primary : Theme.surface
                    ink: Language.code === modelData && !page.firstStart ? Theme.inkPrimary : Theme.text
                    LayoutMirroring.enabled: modelData === "ar"
                    onClicked: {
                        Language.setLanguage(modelData)
                        if (page.firstStart)
                            app.goHome()
                        else
                            app.back()
                    }
                }
            }
        }
    }
}
