import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// Refresh from other sessions, the idle lock, resize, the ticking redraw and shutdown.
@Suite struct LoopBehaviourTests {
    @Test func changesByAnotherSessionAppearWithinTwoSeconds() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.then {
            #expect(terminal.text.contains("My call list (4)"))
            _ = try? fixture.addPatient("new", name: "Okonkwo, Ifeoma", mrn: "A200", conditions: ["E11.9", "I10"])
        }
        terminal.then { fixture.clock.advance(seconds: 2) }
        terminal.then {
            #expect(terminal.text.contains("My call list (5)"))
            #expect(terminal.text.contains("Okonkwo, Ifeoma"))
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func idleLockHidesPatientDataAndTheTimerKeepsRunning() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal, configuration: WorkstationConfiguration(idleLockMinutes: 15),
                                              authenticator: FakeAuthenticator(password: "correct horse"))
        terminal.press(.char("s"))
        terminal.then { fixture.clock.advance(seconds: 14 * 60) }
        terminal.then { #expect(!terminal.text.contains("tend is locked")) }
        terminal.then { fixture.clock.advance(seconds: 60) }
        terminal.then {
            #expect(terminal.text.contains("tend is locked"))
            #expect(terminal.text.contains("A stopwatch keeps running: 15 min"))
            for name in ["Nguyễn", "王", "Øvergård", "A100", "Riverside"] { #expect(!terminal.text.contains(name)) }
        }
        // Keys on the lock screen go into the hidden password, not to the list.
        terminal.press(.char("j"))
        terminal.then { #expect(terminal.text.contains("tend is locked")) }
        terminal.press(.escape)
        terminal.type("correct horse")
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("My call list"))
            #expect((try? fixture.nurse.myTimer())??.isPaused == false)
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func resizeRelaysOutTheScreen() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let workstation = fixture.workstation(terminal)
        terminal.then { #expect(terminal.lines.count == 24 && terminal.lines[0].count == 80) }
        terminal.resize(width: 160, height: 48)
        terminal.then {
            #expect(terminal.lines.count == 48)
            #expect(terminal.lines[47].contains("q quit"))
            #expect(terminal.lines[1].hasPrefix("┌"))
        }
        terminal.resize(width: 60, height: 20)
        terminal.then { #expect(terminal.text.contains("tend needs at least 80×24")) }
        terminal.resize(width: 80, height: 24)
        terminal.then { #expect(terminal.text.contains("My call list (4)")) }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func theTickingStopwatchRedrawsOnlyItsDigits() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("s"))
        terminal.then { fixture.clock.advance(seconds: 1) }
        var presents = 0
        terminal.then {
            let runs = terminal.screen.lastRuns
            #expect(!runs.isEmpty)
            #expect(runs.allSatisfy { $0.row == 0 }, "a tick redrew more than the title bar: \(runs.map(\.row))")
            #expect(runs.reduce(0) { $0 + $1.width } <= 6)
            presents = terminal.screen.presentCount
        }
        // No change, no new frame.
        terminal.then {}
        terminal.then { #expect(terminal.screen.presentCount == presents) }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func shutdownKeepsAnUnsavedEditAsADraftAndTheTimerInTheStore() throws {
        let fixture = try Fixture.standard()
        let drafts = fixture.directory.appendingPathComponent("drafts-outside-store")
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("s"), .char("4"), .char("e"))
        terminal.type("Half-written problem list")
        terminal.then { workstation.requestShutdown() }
        let exit = try terminal.run(workstation)
        guard case .shutdown(let message) = exit else {
            Issue.record("expected a shutdown, got \(exit)")
            return
        }
        #expect(message.contains("kept as a draft"))
        #expect(message.contains("keeps running in the store"))
        #expect(try fixture.nurse.myTimer() != nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
        #expect(files.count == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: drafts.appendingPathComponent(files[0]).path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        // The next session restores the draft into the editor and can save it.
        let next = ScriptedTerminal(width: 100, height: 30)
        let again = fixture.workstation(next)
        next.press(.char("4"), .char("e"))
        next.then {
            #expect(next.text.contains("Restored an unsaved draft"))
            #expect(next.text.contains("Half-written problem list"))
        }
        next.press(.ctrl("s"))
        next.then {
            #expect(next.text.contains("Saved Problem list"))
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? ["x"]).isEmpty)
        }
        next.press(.char("q"))
        _ = try next.run(again)
    }

    @Test func filterMatchesNameMRNPhoneAndMBI() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("a"))
        terminal.type("/5552010003")
        terminal.then { #expect(workstation.visibleRows.map(\.patient.mrn) == ["A102"]) }
        terminal.press(.escape)
        terminal.type("/王")
        terminal.then { #expect(workstation.visibleRows.map(\.patient.mrn) == ["A101"]) }
        terminal.press(.enter, .escape)
        terminal.then { #expect(workstation.visibleRows.count == 4) }
        terminal.press(.char(":"))
        terminal.type("cand")
        terminal.press(.tab, .enter)
        terminal.then { #expect(terminal.text.contains("Enrollment candidates (1)")) }
        terminal.press(.char("?"))
        terminal.then { #expect(terminal.text.contains("Keys (? or Esc closes)")) }
        terminal.press(.escape, .char("q"))
        _ = try terminal.run(workstation)
    }
}
