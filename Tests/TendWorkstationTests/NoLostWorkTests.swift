import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// No key and no signal loses typed work: Esc in a dialog with entries asks first, Esc on a
/// question goes back to what was being done, and Ctrl-C or a signal keeps a form as a draft.
@Suite struct NoLostWorkTests {
    /// The text of the form open now, field by field (nil when no form is open).
    static func formTexts(_ workstation: Workstation) -> [String]? {
        guard case .form(let form, _) = workstation.state.overlay else { return nil }
        return form.fields.compactMap { field in
            if case .text(_, _, let line) = field { return line.text }
            return nil
        }
    }

    @Test func escOnDropYourChangesGoesBackToTheEditorWithTheTextIntact() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("4"), .char("e"))
        terminal.type("Walks with a cane")
        terminal.press(.escape)
        terminal.then {
            #expect(terminal.text.contains("Drop your unsaved changes to Problem list?"))
            #expect(terminal.text.contains("Esc goes back to the editor"))
        }
        terminal.press(.escape)
        terminal.then {
            guard case .editor(let edit) = workstation.state.overlay else {
                Issue.record("Esc on the question closed the editor")
                return
            }
            #expect(edit.editor.text == "Walks with a cane")
            #expect(terminal.text.contains("Walks with a cane"))
            #expect(terminal.text.contains("modified"))
        }
        // Typing goes on where it stopped, and the text is saved whole.
        terminal.type(" since March")
        terminal.press(.ctrl("s"))
        terminal.then {
            #expect(terminal.text.contains("Saved Problem list"))
        }
        terminal.press(.char("q"))
        try terminal.run(workstation)
        let patient = try #require(workstation.detail?.patient.id)
        #expect(try fixture.nurse.plan(patient).text(for: .problems) == "Walks with a cane since March")
    }

    @Test func editorsAndRestoredDraftsOpenWithTheCursorAtTheEnd() throws {
        let fixture = try Fixture.standard()
        let anh = fixture.ids["anh"]!
        try fixture.nurse.changePlan(anh, [.setElement(.problems, text: "Diabetes\nHypertension")])
        try fixture.nurse.changePlan(anh, [.setElement(.symptoms, text: "Swelling")])
        let drafts = DraftStore(directory: fixture.directory.appendingPathComponent("drafts-outside-store"), account: "amara")
        let version = try fixture.nurse.plan(anh).version
        try drafts.save(DraftStore.Draft(patientId: anh, element: .symptoms, text: "Swelling\nShortness of breath",
                                         baseVersion: version, savedAt: fixture.clock.now))
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.type("/A100")
        // The symptoms element has a draft kept by an interrupted session.
        terminal.press(.enter, .char("4"), .char("j"), .char("j"), .char("j"), .char("e"))
        terminal.then {
            guard case .editor(let edit) = workstation.state.overlay else { Issue.record("no editor"); return }
            #expect(terminal.text.contains("Restored an unsaved draft"))
            #expect(edit.editor.cursor == TextPosition(line: 1, column: 19))
        }
        terminal.type(" on stairs")
        terminal.press(.ctrl("s"))
        terminal.press(.char("g"), .char("e"))
        terminal.then {
            guard case .editor(let edit) = workstation.state.overlay else { Issue.record("no editor"); return }
            #expect(edit.editor.cursor == TextPosition(line: 1, column: 12))
        }
        terminal.type(", controlled")
        terminal.press(.ctrl("s"))
        terminal.press(.char("q"))
        try terminal.run(workstation)
        let plan = try fixture.nurse.plan(anh)
        #expect(plan.text(for: .problems) == "Diabetes\nHypertension, controlled")
        #expect(plan.text(for: .symptoms) == "Swelling\nShortness of breath on stairs")
    }

    /// Opens a dialog with `open`, edits its focused field with `edit`, and checks: Esc asks,
    /// Esc on the question comes back to the form with `expected` in it, and Enter on the
    /// question drops it (back to `after`).
    func checkEscKeepsTypedText(_ dialog: String, open: [Key], edit: [Key], expected: String, width: Int = 80, height: Int = 24,
                                afterDropping: @escaping (Overlay) -> Bool = { if case .none = $0 { return true }; return false },
                                prepare: (Fixture) throws -> Void = { _ in },
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fixture = try Fixture.standard()
        try prepare(fixture)
        let terminal = ScriptedTerminal(width: width, height: height)
        let workstation = fixture.workstation(terminal)
        for key in open { terminal.press(key) }
        terminal.then {
            guard case .form = workstation.state.overlay else {
                Issue.record("\(dialog): the dialog did not open", sourceLocation: sourceLocation)
                return
            }
        }
        for key in edit { terminal.press(key) }
        terminal.press(.escape)
        terminal.then {
            #expect(terminal.text.contains("Drop what you entered in"), "\(dialog): Esc did not ask", sourceLocation: sourceLocation)
            #expect(terminal.text.contains("Esc goes back to the form"), sourceLocation: sourceLocation)
        }
        terminal.press(.escape)
        terminal.then {
            let texts = Self.formTexts(workstation)
            #expect(texts?.contains(expected) == true, "\(dialog): back to \(String(describing: texts))", sourceLocation: sourceLocation)
            #expect(terminal.text.contains(String(expected.suffix(12))), "\(dialog): the text is not on screen", sourceLocation: sourceLocation)
        }
        terminal.press(.escape, .enter)
        terminal.then {
            #expect(afterDropping(workstation.state.overlay), "\(dialog): not closed after yes", sourceLocation: sourceLocation)
            #expect(terminal.text.contains("Cancelled; nothing was recorded."), sourceLocation: sourceLocation)
        }
        terminal.press(.char("q"))
        try terminal.run(workstation, sourceLocation: sourceLocation)
    }

    @Test func theStopDialogKeepsItsNote() throws {
        try checkEscKeepsTypedText("stop", open: [.char("s"), .char("s")], edit: "Called about swelling".map { .char($0) },
                                   expected: "Called about swelling")
    }

    @Test func theCallOutcomeDialogKeepsItsNote() throws {
        try checkEscKeepsTypedText("call outcome", open: [.char("o"), .tab, .tab], edit: "Daughter answered".map { .char($0) },
                                   expected: "Daughter answered")
    }

    @Test func theGoalFormKeepsItsText() throws {
        try checkEscKeepsTypedText("add goal", open: [.char("4"), .char("n")], edit: "Walk 30 minutes a day".map { .char($0) },
                                   expected: "Walk 30 minutes a day")
    }

    @Test func theCopyGivenFormKeepsItsDate() throws {
        try checkEscKeepsTypedText("copy given", open: [.char("4"), .char("C")], edit: [.backspace, .backspace, .char("0"), .char("9")],
                                   expected: "2026-03-09",
                                   prepare: { try $0.nurse.changePlan($0.ids["hostile"]!, [.setElement(.problems, text: "Heart failure")]) })
    }

    @Test func theConsentFormKeepsItsDate() throws {
        try checkEscKeepsTypedText("consent", open: [.char("3"), .char("r")], edit: [.backspace, .char("9")], expected: "2026-03-19")
    }

    @Test func theGoalEditFormKeepsItsTextAndGoesBackToTheGoals() throws {
        try checkEscKeepsTypedText("edit goal", open: [.char("/"), .char("A"), .char("1"), .char("0"), .char("0"), .enter, .char("4"),
                                                       .char("j"), .char("j"), .enter, .char("e")],
                                   edit: " by June".map { .char($0) }, expected: "Lower HbA1c by June",
                                   afterDropping: { if case .goals = $0 { return true }; return false },
                                   prepare: { fixture in
                                       try fixture.nurse.changePlan(fixture.ids["anh"]!, [.addGoal(Goal(id: 1, text: "Lower HbA1c", target: "below 7.5%",
                                                                                                       due: try LocalDate.parse("2026-09-30")))])
                                   })
    }

    @Test func theNotBilledFormKeepsItsReason() throws {
        try checkEscKeepsTypedText("not billed", open: [.char("S"), .char("N")], edit: "Billed by cardiology".map { .char($0) },
                                   expected: "Billed by cardiology", width: 100, height: 30)
    }

    @Test func theVoidFormKeepsItsReason() throws {
        try checkEscKeepsTypedText("void", open: [.char("S"), .backTab, .char("V")], edit: "Wrong patient".map { .char($0) },
                                   expected: "Wrong patient", width: 100, height: 30)
    }

    @Test func theCorrectFormKeepsItsReason() throws {
        try checkEscKeepsTypedText("correct", open: [.char("S"), .backTab, .char("E"), .tab, .tab, .tab],
                                   edit: "Typed twice".map { .char($0) }, expected: "Typed twice", width: 100, height: 30)
    }

    @Test func theReopenMonthFormKeepsItsReason() throws {
        try checkEscKeepsTypedText("reopen month", open: [.char("S"), .char("["), .char("R")], edit: "Late paper log".map { .char($0) },
                                   expected: "Late paper log", width: 100, height: 30,
                                   prepare: { fixture in
                                       fixture.clock.advance(seconds: 24 * 86_400)  // 2026-04-03: March has ended.
                                       let march = try YearMonth.parse("2026-03")
                                       _ = try fixture.nurse.markNotBilled(fixture.ids["zoe"]!, month: march, reason: "No care plan in March")
                                       _ = try fixture.nurse.closeMonth(march)
                                   })
    }

    @Test func escOnTheConsentQuestionGoesBackToTheTickedForm() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("c"), .enter, .char("3"), .char("r"))
        terminal.press(.tab, .tab, .char(" "), .tab, .char(" "), .tab, .char(" "), .tab, .char(" "), .enter)
        terminal.then { #expect(terminal.text.contains("All four disclosures told")) }
        terminal.press(.escape)
        terminal.then {
            guard case .form(let form, .recordConsent) = workstation.state.overlay else {
                Issue.record("Esc on the consent question did not go back to the form")
                return
            }
            #expect(form.fields.filter { if case .check(_, _, true) = $0 { return true }; return false }.count == 4)
            #expect(terminal.text.contains("Not recorded yet; the form is as you left it."))
        }
        terminal.press(.enter, .enter)
        terminal.then { #expect(terminal.text.contains("CCM consent recorded; it counts from 2026-03-10.")) }
        terminal.press(.char("q"))
        try terminal.run(workstation)
    }

    @Test func aFormWithNothingEnteredClosesOnEsc() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("o"), .escape)
        terminal.then {
            if case .none = workstation.state.overlay {} else { Issue.record("Esc on an untouched form did not close it") }
            #expect(terminal.text.contains("Cancelled; nothing was recorded."))
        }
        terminal.press(.char("q"))
        try terminal.run(workstation)
    }

    @Test func aSignalKeepsWhatWasEnteredInAFormAndItComesBack() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("s"), .char("s"))
        terminal.type("Reviewed the inhaler technique")
        terminal.press(.escape)
        // The question is open when the signal comes: the form behind it is kept.
        terminal.then { workstation.requestShutdown() }
        let exit = try terminal.run(workstation)
        guard case .shutdown(let message) = exit else {
            Issue.record("expected a shutdown, got \(exit)")
            return
        }
        #expect(message.contains("was kept as a draft"))
        #expect(message.contains("Stop the stopwatch"))

        fixture.clock.advance(seconds: 300)
        let again = ScriptedTerminal()
        let second = fixture.workstation(again)
        again.press(.char("s"))
        again.then {
            #expect(Self.formTexts(second) == ["Reviewed the inhaler technique"])
            #expect(again.text.contains("Restored what you entered"))
        }
        again.press(.enter)
        again.then { #expect(again.text.contains("Logged")) }
        again.press(.char("q"))
        try again.run(second)
        let entries = try fixture.nurse.entries(month: fixture.nurse.currentMonth)
        #expect(entries.contains { $0.note == "Reviewed the inhaler technique" })
    }
}
