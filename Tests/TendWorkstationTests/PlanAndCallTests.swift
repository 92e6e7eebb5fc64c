import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

@Suite struct PlanAndCallTests {
    @Test func editsAPlanElementWithCJKAndSavesARevision() throws {
        let fixture = try Fixture.standard()
        let anh = fixture.ids["anh"]!
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A100")
        terminal.press(.enter, .char("4"))
        terminal.then {
            #expect(terminal.text.contains("0 of 9 elements"))
            #expect(terminal.text.contains("No copy given to the patient yet"))
        }
        terminal.press(.char("e"))
        terminal.type("Type 2 diabetes 糖尿病")
        terminal.press(.enter)
        terminal.type("Hypertensionx")
        terminal.press(.backspace)
        terminal.then {
            #expect(terminal.text.contains("Problem list: Nguyễn, Thị Ánh"))
            #expect(terminal.text.contains("modified"))
            #expect(terminal.screen.cursor != nil)
        }
        terminal.press(.ctrl("s"))
        terminal.then {
            #expect(terminal.text.contains("Saved Problem list: revision 1 of the care plan."))
            #expect(terminal.text.contains("1 of 9 elements"))
            #expect(terminal.text.contains("Last revision 1: 11:00 by Amara Okafor (amara)"))
            #expect((try? fixture.nurse.plan(anh))?.text(for: .problems) == "Type 2 diabetes 糖尿病\nHypertension")
        }
        terminal.press(.char("n"))
        terminal.type("Lower HbA1c")
        terminal.press(.tab)
        terminal.type("HbA1c below 7.5%")
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("Added goal 1: Lower HbA1c."))
            #expect((try? fixture.nurse.plan(anh))?.isEstablished == true)
        }
        terminal.press(.char("C"), .enter)
        terminal.then {
            #expect(terminal.text.contains("Recorded a copy given by paper on 2026-03-10."))
            #expect(terminal.text.contains("Last copy given: 2026-03-10 by paper (amara)"))
        }
        terminal.press(.char("P"))
        terminal.then {
            #expect(terminal.text.contains("CARE PLAN"))
            #expect(terminal.text.contains("Type 2 diabetes 糖尿病"))
        }
        terminal.press(.escape, .char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func escapeWithChangesAsksAndUndoWorks() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("4"), .char("e"))
        terminal.type("abc")
        terminal.press(.ctrl("z"))
        terminal.then {
            guard case .editor(let edit) = workstation.state.overlay else { Issue.record("editor closed"); return }
            #expect(edit.editor.text == "")
        }
        terminal.type("kept")
        terminal.press(.escape)
        terminal.then { #expect(terminal.text.contains("Drop your unsaved changes to Problem list?")) }
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("Edit dropped; the care plan is unchanged."))
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func saveAfterSomeoneElseSavedShowsBothVersionsAndLetsTheUserChoose() throws {
        let fixture = try Fixture.standard()
        let anh = fixture.ids["anh"]!
        let terminal = ScriptedTerminal(width: 160, height: 48)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A100")
        terminal.press(.enter, .char("4"), .char("e"))
        terminal.type("Mine: diabetes")
        terminal.then {
            _ = try? fixture.colleague.changePlan(anh, [.setElement(.problems, text: "Theirs: hypertension")])
        }
        terminal.press(.ctrl("s"))
        terminal.then {
            #expect(terminal.text.contains("Yours (not saved)"))
            #expect(terminal.text.contains("Mine: diabetes"))
            #expect(terminal.text.contains("Theirs (boris, 11:00)"))
            #expect(terminal.text.contains("Theirs: hypertension"))
            #expect(terminal.text.contains("nothing was overwritten"))
            #expect((try? fixture.nurse.plan(anh))?.text(for: .problems) == "Theirs: hypertension")
        }
        // Choose "keep theirs": nothing of mine is saved.
        terminal.press(.char(" "), .enter)
        terminal.then {
            #expect(terminal.text.contains("Kept the version saved by boris"))
            #expect((try? fixture.nurse.plan(anh))?.revisions.count == 1)
        }
        // Again, and this time save mine over theirs explicitly.
        terminal.press(.char("e"), .end)
        terminal.type(" + mine")
        terminal.then { _ = try? fixture.colleague.changePlan(anh, [.setElement(.problems, text: "Theirs again")]) }
        terminal.press(.ctrl("s"), .enter)
        terminal.then {
            #expect((try? fixture.nurse.plan(anh))?.text(for: .problems) == "Theirs: hypertension + mine")
            #expect((try? fixture.nurse.plan(anh))?.revisions.count == 3)
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func callBackReordersTheListWhenDue() throws {
        let fixture = try Fixture.standard()
        let anh = fixture.ids["anh"]!
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal, configuration: WorkstationConfiguration(idleLockMinutes: 480))
        var rankBefore = -1
        terminal.then {
            rankBefore = workstation.visibleRows.firstIndex { $0.patient.id == anh } ?? -1
            #expect(rankBefore > 0)
        }
        terminal.type("/A100")
        terminal.press(.enter, .char("o"))
        terminal.then { #expect(terminal.text.contains("Call outcome: Nguyễn, Thị Ánh")) }
        // Result: call back (the fifth choice), at 13:30 today.
        terminal.press(.char(" "), .char(" "), .char(" "), .char(" "), .tab)
        terminal.type("13:30")
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("Recorded: call back for 13:30."))
            #expect(terminal.text.contains("cb 13:30"))
        }
        terminal.press(.escape)
        terminal.then { fixture.clock.advance(seconds: 2.5 * 3600) }
        terminal.then {
            #expect(workstation.visibleRows.first?.patient.id == anh)
            #expect(terminal.lines[2].contains("CALL BACK 13:30"))
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
        let attempts = try fixture.nurse.callAttempts(month: fixture.nurse.currentMonth)
        #expect(attempts.map(\.result) == [.callBack])
    }

    @Test func recordsOtherOutcomesAndRefusesACallBackWithoutATime() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("o"), .char(" "), .char(" "), .char(" "), .char(" "), .enter)
        terminal.then { #expect(terminal.text.contains("Error: Give the call-back time")) }
        // The result was changed: Esc asks before dropping it, Enter drops it.
        terminal.press(.escape)
        terminal.then { #expect(terminal.text.contains("Drop what you entered")) }
        terminal.press(.enter, .char("o"), .char(" "), .char(" "), .enter)
        terminal.then { #expect(terminal.text.contains("Recorded: voicemail.")) }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }
}
