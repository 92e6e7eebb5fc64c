import Foundation
import Testing
import TendDomain
@testable import TendServices
import TendStore
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// The supervisor's Programs tab played through the real app loop.
@Suite struct ProgramsTabTests {
    func play(_ fixture: Fixture, _ script: (ScriptedTerminal, Workstation) -> Void) throws {
        let terminal = ScriptedTerminal(width: 120, height: 32)
        let workstation = fixture.workstation(terminal)
        script(terminal, workstation)
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func theTabSaysItIsComparingFirstThenListsPatientsByNameAndBirthDate() throws {
        let fixture = try Fixture.standard()
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"))
            terminal.then {
                terminal.recordsFrames = true
                terminal.frames = []
            }
            terminal.press(.backTab, .backTab)
            terminal.then {
                #expect(workstation.supervisorState.tab == .programs)
                let comparing = terminal.frames.firstIndex { $0.contains("Comparing programs for the 3 months to 2026-03\u{2026}") }
                let table = terminal.frames.firstIndex { $0.contains("Programs (4)") }
                #expect(comparing != nil && table != nil && comparing! < table!)
                #expect(!terminal.text.contains("Comparing programs"))
                // Each row names the patient and the date of birth, with the program and the best alternative.
                let row = terminal.lines.first { $0.contains("Nguy") }
                #expect(row?.contains("1951-06-02") == true && row?.contains("CCM") == true, "\(terminal.text)")
                #expect(terminal.text.contains("would gain"))
                #expect(workstation.visibleSupervisorRows.count == 4)
            }
            terminal.press(.enter)
            terminal.then {
                guard case .page(let page) = workstation.state.overlay else { Issue.record("no page"); return }
                #expect(page.title.hasPrefix("Programs: "))
                #expect(page.lines.contains { $0.contains("2026-03 (open)") })
                #expect(page.lines.contains { $0.hasPrefix("  CCM (current)") })
                #expect(page.lines.contains("Assumptions:"))
            }
        }
    }

    @Test func theHelpAndTheFooterOfferTheTabsKeys() throws {
        let fixture = try Fixture.standard()
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"), .backTab, .backTab)
            terminal.then {
                #expect(workstation.isAvailableOnSupervisor(.previousMonth) && workstation.isAvailableOnSupervisor(.open))
                #expect(!workstation.isAvailableOnSupervisor(.reassign) && !workstation.isAvailableOnSupervisor(.closeMonth))
                #expect(terminal.lines.last?.contains("details") == true)
            }
            terminal.press(.char("?"))
            terminal.then {
                guard case .page(let page) = workstation.state.overlay else { Issue.record("no help page"); return }
                #expect(page.lines.joined().contains("on Programs the patient's months under each program"))
            }
        }
    }
}
