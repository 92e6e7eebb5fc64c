import Foundation
import Testing
import TendDomain
import TendTerminal
@testable import TendWorkstation

/// Form fields are read by their id, never by the words of their label.
@Suite struct FormFieldIDTests {
    static func stopForm(conditionLabel: String, noteLabel: String = "Note") throws -> Form {
        Form(title: "Stop", intro: [], fields: [
            .choice(.activity, label: "Activity", options: ["phone call", "care coordination"], selected: 0),
            .check(.condition(try ICD10Code(validating: "E11.9")), label: conditionLabel, checked: true),
            .text(.note, label: noteLabel, field: LineField("", maxLength: 100)),
        ])
    }

    @Test func valuesAreFoundByIdWhateverTheLabelSays() throws {
        var form = try Self.stopForm(conditionLabel: "Diabetes (E11.9)", noteLabel: "What was done")
        form.focus = 2
        for character in "Called" { _ = form.edit(.char(character)) }
        form.focus = 0
        form.toggle()
        #expect(form.text(.note) == "Called")
        #expect(form.selection(.activity) == 1)
        #expect(form.chosenOption(.activity) == "care coordination")
        // The condition's code comes from its id, not from the first word of its label.
        #expect(form.checkedIDs == [.condition(try ICD10Code(validating: "E11.9"))])
        #expect(form.text(.reason) == "")
    }

    @Test func aDraftIsPutBackByIdEvenWhenALabelWasReworded() throws {
        var typed = try Self.stopForm(conditionLabel: "E11.9 Diabetes")
        typed.focus = 2
        for character in "Reviewed the log" { _ = typed.edit(.char(character)) }
        typed.focus = 1
        typed.toggle()
        let draft = FormDraft(key: "stop-P1", form: typed, savedAt: Date(timeIntervalSince1970: 0))
        let reopened = try Self.stopForm(conditionLabel: "E11.9 Type 2 diabetes mellitus", noteLabel: "Note (required)")
        let restored = draft.restored(into: reopened)
        #expect(restored.text(.note) == "Reviewed the log")
        #expect(restored.isChecked(.condition(try ICD10Code(validating: "E11.9"))) == false)
    }

    @Test func aDraftKeptByLabelBeforeFieldsHadIdsIsStillPutBack() throws {
        let json = #"{"key":"stop-P1","texts":{"Note":"Kept by label"},"checks":{"E11.9 Diabetes":false},"choices":{"Activity":1},"savedAt":"1970-01-01T00:00:00Z"}"#
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let draft = try decoder.decode(FormDraft.self, from: Data(json.utf8))
        let restored = draft.restored(into: try Self.stopForm(conditionLabel: "E11.9 Diabetes"))
        #expect(restored.text(.note) == "Kept by label")
        #expect(restored.selection(.activity) == 1)
        #expect(restored.isChecked(.condition(try ICD10Code(validating: "E11.9"))) == false)
    }
}
