import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// The stay and transition dialogs (`H`, `t`): bad input keeps the form, Esc keeps typed work,
/// the call list puts the patient first with the deadline, and the contact and visit earn TCM.
@Suite struct StayDialogTests {
    @Test func recordAStayThenItsContactAndVisit() throws {
        let fixture = try Fixture.standard()
        let wang = fixture.ids["wang"]!
        let terminal = ScriptedTerminal(width: 120, height: 34)
        let workstation = fixture.workstation(terminal)
        terminal.then { #expect(workstation.visibleRows.first?.patient.id != wang) }
        terminal.type("/A101")
        terminal.press(.enter)
        // Nothing typed in Admitted: refused, the form stays open.
        terminal.press(.char("H"), .enter)
        terminal.then {
            #expect(terminal.text.contains("Both dates must be YYYY-MM-DD."))
            guard case .form(_, .addStay(wang)) = workstation.state.overlay else { Issue.record("the stay form closed"); return }
        }
        terminal.type("2026-03-05")
        terminal.press(.tab, .tab, .tab)
        terminal.type("Mercy")
        // Esc asks; Esc again goes back to the form as typed.
        terminal.press(.escape)
        terminal.then { #expect(terminal.text.contains("Drop what you entered")) }
        terminal.press(.escape)
        terminal.then {
            guard case .form(let form, _) = workstation.state.overlay else { Issue.record("the stay form closed"); return }
            #expect(form.text(.admit) == "2026-03-05" && form.text(.facility) == "Mercy")
        }
        terminal.press(.enter)
        terminal.then {
            // Discharged Tuesday 10 March: Wednesday 11 and Thursday 12 are the business days.
            #expect(terminal.text.contains("Stay recorded (2026-03-05 to 2026-03-10); TCM contact due Thu 12 Mar."))
            #expect((try? fixture.nurse.stays(wang))?.patient.stays?.first?.facility == "Mercy")
        }
        terminal.press(.escape)
        terminal.then {
            #expect(workstation.visibleRows.first?.patient.id == wang)
            #expect(workstation.visibleRows.first?.entry?.reasons.first == "TCM contact due Thu 12 Mar")
        }
        terminal.press(.char("t"), .enter)
        terminal.then { #expect(terminal.text.contains("Recorded: visit due; TCM visit due Tue 17 Mar.")) }
        // The form now starts on the visit; choose high complexity.
        terminal.press(.char("t"), .tab, .tab, .char(" "), .enter)
        terminal.then {
            #expect(terminal.text.contains("TCM 99496 earned"))
            #expect(workstation.visibleRows.first?.entry?.transitionDue == nil)
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }
}
