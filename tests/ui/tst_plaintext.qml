import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.App

// SR-27: pack and note text is data. Markup and URLs render literally; nothing is fetched.
TestCase {
    name: "PlainText"
    when: windowShown

    readonly property string hostile: "<img src=\"http://127.0.0.1:9/x.png\"><b>bold</b> <a href=\"http://example.com\">link</a>"

    Component {
        id: cardComponent
        RightsCard {
            width: 320
            title: hostile
            sayLines: [{ "say": hostile, "sayEnglish": hostile + " ", "forStatuses": hostile }]
            forStatuses: hostile
            review: hostile
            explanation: hostile
            caveat: hostile
            doList: [hostile]
            dontList: [hostile]
            sources: [hostile]
            settled: false
            certainty: hostile
        }
    }
    Component { id: plainComponent; PlainText { text: hostile } }

    function labelsIn(item, out) {
        for (var i = 0; i < item.children.length; ++i) {
            var child = item.children[i]
            if (child.textFormat !== undefined && child.text !== undefined && child.text.indexOf("<b>") >= 0)
                out.push(child)
            labelsIn(child, out)
        }
        return out
    }

    function test_plain_text_component() {
        var label = createTemporaryObject(plainComponent, holder)
        compare(label.textFormat, Text.PlainText)
        compare(label.text, hostile)
        verify(label.implicitWidth > 0)
    }

    function test_every_card_field_is_plain() {
        var card = createTemporaryObject(cardComponent, holder)
        verify(card)
        var labels = labelsIn(card, [])
        verify(labels.length >= 11, "every field shown: " + labels.length)
        for (var i = 0; i < labels.length; ++i)
            compare(labels[i].textFormat, Text.PlainText, "label " + i + " is plain text")
        // The "unsettled" mark is visible for content that is not settled law.
        var badge = findChild(card, "unsettledBadge")
        verify(badge !== null, "unsettled badge exists")
        verify(badge.visible === true || !card.settled, "unsettled badge shown")
    }

    // The person's own words follow their own direction inside a mirrored (Arabic) layout; the
    // app's strings follow the layout.
    Item {
        id: mirrored
        width: 360
        height: 200
        LayoutMirroring.enabled: true
        LayoutMirroring.childrenInherit: true
    }
    Component { id: userTextComponent; PlainText { width: 300; userText: true } }
    Component { id: appTextComponent; PlainText { width: 300 } }

    function test_user_text_follows_its_own_direction() {
        var english = createTemporaryObject(userTextComponent, mirrored, { "text": "Stopped near the market" })
        compare(english.effectiveHorizontalAlignment, Text.AlignLeft)
        var arabic = createTemporaryObject(userTextComponent, mirrored, { "text": "أوقفوني قرب السوق" })
        compare(arabic.effectiveHorizontalAlignment, Text.AlignRight)
        var app = createTemporaryObject(appTextComponent, mirrored, { "text": "Saved" })
        compare(app.effectiveHorizontalAlignment, Text.AlignRight)
    }

    Item { id: holder; width: 360; height: 700 }
}
