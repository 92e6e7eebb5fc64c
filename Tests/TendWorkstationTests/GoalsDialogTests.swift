import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// The goals dialog: view, add, edit, mark met, discontinue and reopen goals, with their history.
@Suite struct GoalsDialogTests {
    @Test func goalsAreViewedEditedMarkedAndDiscontinuedWithTheirHistory() throws {
        let fixture = try Fixture.standard()
        let anh = fixture.ids["anh"]!
        try fixture.nurse.changePlan(anh, [.setElement(.problems, text: "Type 2 diabetes"),
                                           .addGoal(Goal(id: 1, text: "Lower HbA1c", target: "HbA1c below 7.5%", due: try LocalDate.parse("2026-09-30")))])
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A100")
        terminal.press(.enter, .char("4"), .char("j"), .char("j"))
        terminal.then {
            #expect(terminal.text.contains("Measurable treatment goals: 1 goal (1 open)"))
            #expect(terminal.text.contains("established"))
        }
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("Goals: Nguyễn, Thị Ánh (DOB 1951-06-02, MRN A100)"))
            #expect(terminal.text.contains("1. [open] Lower HbA1c"))
            #expect(terminal.text.contains("History of goal 1:"))
            #expect(terminal.text.contains("amara  added (target: HbA1c below 7.5%; due 2026-09-30)"))
        }
        // Esc on the question goes back to the goals, nothing changed.
        terminal.press(.char("m"))
        terminal.then { #expect(terminal.text.contains("Mark goal 1 met: Lower HbA1c?")) }
        terminal.press(.escape)
        terminal.then {
            guard case .goals = workstation.state.overlay else { Issue.record("Esc did not go back to the goals"); return }
            #expect(terminal.text.contains("Cancelled; nothing was changed."))
            #expect((try? fixture.nurse.plan(anh))?.goals.first?.status == .open)
        }
        terminal.press(.char("m"), .enter)
        terminal.then {
            #expect(terminal.text.contains("Goal 1 marked met: revision 2 of the care plan."))
            #expect(terminal.text.contains("1. [met] Lower HbA1c"))
            #expect(terminal.text.contains("marked met"))
        }
        // Add a second goal from the dialog: it comes back to the dialog, the new goal selected.
        terminal.press(.char("n"))
        terminal.type("Walk daily")
        terminal.press(.tab)
        terminal.type("30 minutes a day")
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("Added goal 2: Walk daily."))
            guard case .goals(let view) = workstation.state.overlay else { Issue.record("not back to the goals"); return }
            #expect(view.selection == 1)
        }
        // Edit its target.
        terminal.press(.char("e"), .tab, .ctrl("u"))
        terminal.type("45 minutes a day")
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("Saved goal 2: revision 4 of the care plan."))
            #expect(terminal.text.contains("target changed to \"45 minutes a day\""))
        }
        // Discontinue it, then reopen it.
        terminal.press(.char("d"))
        terminal.then { #expect(terminal.text.contains("no longer counts as a measurable goal")) }
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("2. [discontinued] Walk daily"))
            #expect(terminal.text.contains("discontinued"))
        }
        terminal.press(.char("o"), .enter)
        terminal.then { #expect(terminal.text.contains("reopened (was discontinued)")) }
        terminal.press(.escape)
        terminal.then {
            #expect(terminal.text.contains("Measurable treatment goals: 2 goals (1 ope"))
            #expect(PlanPane.goalsSummary((try? fixture.nurse.plan(anh))?.goals ?? []) == "2 goals (1 open, 1 met)")
        }
        terminal.press(.char("q"))
        try terminal.run(workstation)
        let goals = try fixture.nurse.plan(anh).goals
        #expect(goals.map(\.status) == [.met, .open])
        #expect(goals.last?.target == "45 minutes a day")
    }

    @Test func withOnlyDiscontinuedGoalsTheElementIsEmptyAndThePaneSaysWhatThePlanLacks() throws {
        let fixture = try Fixture.standard()
        let anh = fixture.ids["anh"]!
        try fixture.nurse.changePlan(anh, [.setElement(.problems, text: "Type 2 diabetes"),
                                           .addGoal(Goal(id: 1, text: "Lower HbA1c", target: "HbA1c below 7.5%", due: try LocalDate.parse("2026-09-30")))])
        let terminal = ScriptedTerminal(width: 130, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A100")
        terminal.press(.enter, .char("4"), .char("j"), .char("j"), .enter, .char("d"), .enter)
        terminal.then {
            #expect(terminal.text.contains("Measurable goals: NOT filled"))
        }
        terminal.press(.escape)
        terminal.then {
            #expect(terminal.text.contains("established 2026-03-10; now lacks a measurable goal"))
            #expect(terminal.text.contains("Measurable treatment goals: 1 goal (1 discontinued)"))
        }
        terminal.press(.char("q"))
        try terminal.run(workstation)
    }
}
