import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// The program in the workstation: the header shows it, the consent pane and dialog follow it.
@Suite(.serialized) struct ProgramConsentTests {
    @Test func anAPCMPatientsConsentIsAskedAndRecordedForAPCM() throws {
        let fixture = try Fixture.standard()
        let carla = try #require(fixture.ids["carla"])
        try fixture.nurse.setProgram(carla, ProgramChangeRequest(program: .apcm, from: fixture.nurse.currentMonth))
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("c"))
        terminal.then {
            #expect(workstation.selectedRow?.patient.id == carla)
            #expect(terminal.text.contains("Program APCM · care manager:"), "\(terminal.text)")
        }
        terminal.press(.char("3"))
        terminal.then {
            #expect(terminal.text.contains("No APCM consent recorded."))
            #expect(terminal.text.contains("Needed before APCM starts: the three disclosures"))
        }
        terminal.press(.char("r"))
        terminal.then {
            #expect(terminal.text.contains("Record APCM consent: Candidate, Carla (DOB 1951-06-02"), "\(terminal.text)")
            #expect(terminal.text.contains("Told one-practitioner: only one practitioner bills APCM a month"))
            #expect(!terminal.text.contains("Told availability"))
            #expect(terminal.text.contains("The patient declined APCM"))
        }
        // Date, method, then tick the three disclosures.
        terminal.press(.tab, .tab, .char(" "), .tab, .char(" "), .tab, .char(" "))
        terminal.press(.enter)
        terminal.then { #expect(terminal.text.contains("All three disclosures told: the consent counts."), "\(terminal.text)") }
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("APCM consent recorded; it counts from 2026-03-10."))
            let consent = try? fixture.nurse.patient(carla).latestConsent
            #expect(consent?.program == .apcm && consent?.counts == true)
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func aConsentForAnotherProgramIsNamedAsNotCounting() throws {
        let fixture = try Fixture.standard()
        let wang = try #require(fixture.ids["wang"])
        try fixture.nurse.setProgram(wang, ProgramChangeRequest(program: .pcm, from: fixture.nurse.currentMonth,
                                                               condition: fixture.nurse.patient(wang).conditions.first))
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A101")
        terminal.press(.enter, .char("3"))
        terminal.then {
            #expect(terminal.text.contains("Program PCM I50.9 · care manager:"), "\(terminal.text)")
            #expect(terminal.text.contains("No PCM consent recorded."))
            #expect(terminal.text.contains("Also on file: CCM consent (does not count for PCM)."))
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }
}
