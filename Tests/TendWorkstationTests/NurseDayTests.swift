import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// A nurse's day played through the real app loop on a virtual terminal with a manual clock.
@Suite struct NurseDayTests {
    @Test func opensOnTheCallListWithTheFirstPatientSelected() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.then {
            #expect(terminal.text.contains("My call list (4)"))
            // The selected row carries the arrow marker; its patient fills the header.
            let selected = terminal.lines.first { $0.contains("→") && $0.contains("│→") }
            #expect(selected != nil)
            #expect(workstation.detail?.patient.id == workstation.visibleRows.first?.patient.id)
            #expect(!terminal.text.contains("Candidate, Carla"))
        }
        terminal.press(.char("q"))
        let exit = try terminal.run(workstation)
        #expect(exit == .quit(message: "tend: closed the workstation."))
    }

    @Test func stopwatchStartStopNoteAndThresholdCrossed() throws {
        let fixture = try Fixture.standard()
        let anh = fixture.ids["anh"]!
        let terminal = ScriptedTerminal(width: 120, height: 32)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A100")
        terminal.press(.enter)
        terminal.then {
            #expect(workstation.selectedRow?.patient.id == anh)
            #expect(terminal.text.contains("Minutes: 15"))
        }
        terminal.press(.char("s"))
        terminal.then {
            #expect(terminal.text.contains("Stopwatch started for Nguyễn, Thị Ánh"))
            // Persisted at once: another process sees it.
            #expect((try? fixture.nurse.myTimer())??.patientId == anh)
            fixture.clock.advance(seconds: 6 * 60 + 5)
        }
        terminal.then {
            #expect(terminal.text.contains("6 min 05 s running"))
        }
        terminal.press(.char("s"))
        terminal.then {
            #expect(terminal.text.contains("Stop the stopwatch: Nguyễn, Thị Ánh"))
            #expect(terminal.text.contains("[x] E11.9"))
        }
        terminal.press(.enter)
        terminal.then { #expect(terminal.text.contains("Error: A note is required")) }
        terminal.type("Reviewed glucose log; adjusted diet plan")
        terminal.press(.enter)
        terminal.then {
            #expect(workstation.state.message?.text == "Logged 6 min 05 s phone call for Nguyễn, Thị Ánh (DOB 1951-06-02, MRN A100). Month total 21 min; crossed the 20-minute threshold; 19 min to 40.")
            #expect(terminal.text.contains("Minutes: 21"))
            #expect((try? fixture.nurse.myTimer()) == .some(nil))
            let entries = (try? fixture.nurse.entries(month: fixture.nurse.currentMonth, patient: anh)) ?? []
            #expect(entries.contains { $0.note == "Reviewed glucose log; adjusted diet plan" && $0.seconds == 365 })
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func pauseResumeDiscardWithConfirmationAndQuitMessage() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("s"))
        terminal.then { fixture.clock.advance(seconds: 30) }
        terminal.press(.char("p"))
        terminal.then {
            fixture.clock.advance(seconds: 100)
            #expect(terminal.text.contains("30 s paused"))
        }
        terminal.press(.char("p"))
        terminal.then { fixture.clock.advance(seconds: 10) }
        terminal.then { #expect(terminal.text.contains("40 s running")) }
        terminal.press(.char("X"))
        terminal.then { #expect(terminal.text.contains("Discard the stopwatch")) }
        terminal.press(.escape)
        terminal.then { #expect((try? fixture.nurse.myTimer()) != .some(nil)) }
        terminal.press(.char("q"))
        let exit = try terminal.run(workstation)
        #expect(exit.message.contains("keeps running in the store (40 s)"))
        // The next start resumes the running stopwatch.
        let second = ScriptedTerminal()
        let again = fixture.workstation(second)
        second.then { #expect(second.text.contains("40 s running")) }
        second.press(.char("X"), .enter)
        second.then {
            #expect(second.text.contains("Stopwatch discarded"))
            #expect((try? fixture.nurse.myTimer()) == .some(nil))
        }
        second.press(.char("q"))
        #expect(try second.run(again) == .quit(message: "tend: closed the workstation."))
    }

    @Test func warnsWhenTheStopwatchRunsOverAnHour() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal()
        let workstation = fixture.workstation(terminal, configuration: WorkstationConfiguration(idleLockMinutes: 120))
        terminal.press(.char("s"))
        terminal.then { fixture.clock.advance(seconds: 3_601) }
        terminal.then {
            #expect(terminal.text.contains("Warning: The stopwatch has run over an hour"))
            #expect(terminal.text.contains("OVER 1 H"))
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func recordsConsentForACandidateWithConfirmation() throws {
        let fixture = try Fixture.standard()
        let carla = fixture.ids["carla"]!
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("c"))
        terminal.then {
            #expect(terminal.text.contains("Enrollment candidates (1)"))
            #expect(workstation.selectedRow?.patient.id == carla)
        }
        terminal.press(.char("3"))
        terminal.then { #expect(terminal.text.contains("No CCM consent recorded.")) }
        terminal.press(.char("r"))
        terminal.then { #expect(terminal.text.contains("Date:") && terminal.text.contains("2026-03-10")) }
        // Date, method, then tick the four disclosures.
        terminal.press(.tab, .tab, .char(" "), .tab, .char(" "), .tab, .char(" "), .tab, .char(" "))
        terminal.press(.enter)
        terminal.then { #expect(terminal.text.contains("All four disclosures told: the consent counts.")) }
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("CCM consent recorded; it counts from 2026-03-10."))
            let patient = try? fixture.nurse.patient(carla)
            #expect(patient?.status == .enrolled)
            #expect(patient?.latestConsent?.obtainedBy == "amara")
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func incompleteConsentIsFlaggedAndRevocationAsksFirst() throws {
        let fixture = try Fixture.standard()
        let wang = fixture.ids["wang"]!
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A101")
        terminal.press(.enter, .char("3"))
        terminal.then {
            #expect(terminal.text.contains("CCM consent counts this month"))
            #expect(terminal.text.contains("Nothing missing."))
        }
        terminal.press(.char("R"))
        terminal.then {
            // The question names the patient with two identifiers; it wraps instead of being cut.
            #expect(terminal.text.contains("Record that 王, 秀英 (DOB 1951-06-02, MRN A101) revoked CCM consent today"))
            #expect(terminal.text.contains("(2026-03-10)?"))
        }
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("Revocation recorded; billable through 2026-03."))
            #expect((try? fixture.nurse.patient(wang))?.latestConsent?.revokedOn == fixture.nurse.today)
            // Disenrolled: the call list of enrolled patients no longer holds the patient.
            #expect(!terminal.text.contains("王, 秀英"))
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }
}
