import TendTestSupport
import Foundation
import Testing
import TendTerminal
@testable import TendWorkstation

/// Opening a heavy supervisor tab is a state the loop draws ("Reading month for …") before it
/// reads: key handling itself neither draws nor reads.
@Suite struct SupervisorTabReadTests {
    @Test func keyHandlingOnlyAsksForTheReadAndTheLoopDrawsThenReads() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 120, height: 32)
        let workstation = fixture.workstation(terminal)
        workstation.start()
        terminal.recordsFrames = true
        workstation.handle(.char("S"))
        // Nothing drawn and nothing read inside key handling.
        #expect(terminal.frames.isEmpty)
        #expect(workstation.state.pendingTabRead?.tab == .month)
        #expect(workstation.supervisorPages[.month] == nil)
        // The loop's frame says what is being read ...
        workstation.renderIfNeeded()
        #expect(terminal.frames.count == 1)
        #expect(terminal.text.contains("Reading month for 2026-03\u{2026}"))
        // ... and the read follows, before the next key.
        workstation.performPendingTabRead()
        workstation.renderIfNeeded()
        #expect(workstation.state.pendingTabRead == nil)
        #expect(workstation.supervisorPages[.month] != nil)
        #expect(terminal.text.contains("Month (4)"))
        #expect(!terminal.text.contains("Reading month"))
    }

    @Test func changingTheMonthIsReadTheSameWay() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 120, height: 32)
        let workstation = fixture.workstation(terminal)
        workstation.start()
        workstation.handle(.char("S"))
        workstation.performPendingTabRead()
        workstation.renderIfNeeded()
        terminal.recordsFrames = true
        workstation.perform(.previousMonth)
        #expect(terminal.frames.isEmpty)
        #expect(workstation.state.pendingTabRead?.month.description == "2026-02")
        workstation.renderIfNeeded()
        #expect(terminal.text.contains("Reading month for 2026-02\u{2026}"))
        workstation.performPendingTabRead()
        workstation.renderIfNeeded()
        #expect(workstation.supervisorPage?.month.description == "2026-02")
    }
}
