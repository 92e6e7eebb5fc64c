import Testing
@testable import TendWorkstation

/// A choice field's row always shows the chosen option whole.
@Suite struct ChoiceStripTests {
    let options = ["phone call", "care-plan review", "medication reconciliation", "care coordination", "other"]

    @Test func allOptionsWhenTheyFit() {
        #expect(ChoiceStrip.text(options: ["yes", "no"], selected: 1, width: 40, ellipsis: "…") == " yes  [no]")
    }

    @Test func aWindowAroundTheChosenOptionWithMarkersWhereOptionsAreHidden() {
        for selected in options.indices {
            let text = ChoiceStrip.text(options: options, selected: selected, width: 40, ellipsis: "…")
            #expect(text.contains("[\(options[selected])]"), "\(selected): \(text)")
            #expect(text.count <= 40)
        }
        #expect(ChoiceStrip.text(options: options, selected: 4, width: 40, ellipsis: "…") == "<  care coordination  [other]")
        #expect(ChoiceStrip.text(options: options, selected: 0, width: 40, ellipsis: "…") == "[phone call]  care-plan review  >")
    }

    @Test func aChosenOptionWiderThanTheRowIsCutWithAnEllipsis() {
        #expect(ChoiceStrip.text(options: options, selected: 2, width: 12, ellipsis: "…") == "< [medicati…")
    }
}
