import Foundation
import Testing
import TendDomain
@testable import TendServices
import TendTestSupport
@testable import TendWorkstation

/// Issue 8 §3 in the workstation: the stopwatch warns when its time will not count, a stop that
/// repeats an entry asks for a reason (Esc keeps the stop dialog), the supervisor's month table
/// shows the minutes that did not count.
@Suite(.serialized) struct CountingWorkstationTests {
    @Test func stopwatchForAPatientWithoutConsentWarnsAtStartInTheStopDialogAndAfterTheStop() throws {
        let fixture = try Fixture.standard()
        let carla = fixture.ids["carla"]!
        let terminal = ScriptedTerminal(width: 120, height: 32)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("c"))
        terminal.then { #expect(workstation.selectedRow?.patient.id == carla) }
        terminal.press(.char("s"))
        terminal.then {
            #expect(workstation.state.message?.kind == .warning)
            #expect(workstation.state.message?.text.contains("but this time will NOT count: no CCM consent is recorded for this patient") == true)
            fixture.clock.advance(seconds: 5 * 60)
        }
        terminal.press(.char("s"))
        terminal.then {
            #expect(terminal.text.contains("Stop the stopwatch: Candidate, Carla"))
            #expect(terminal.text.contains("This time will NOT count toward a claim:"))
            #expect(terminal.text.contains("- no CCM consent is recorded for this patient; to count: record the"))
        }
        terminal.type("Explained the program")
        terminal.press(.enter)
        terminal.then {
            #expect(workstation.state.message?.kind == .warning)
            #expect(workstation.state.message?.text.hasPrefix("5 min will NOT count: no CCM consent is recorded for this patient; to count: record the patient's CCM consent (all four disclosures) dated on or before 2026-03-10. Logged 5 min phone call for Candidate, Carla (DOB 1951-06-02, MRN A104).") == true,
                    "\(String(describing: workstation.state.message))")
            #expect(terminal.text.contains("5 min will NOT count: no CCM consent"))
            #expect((try? fixture.nurse.myTimer()) == .some(nil))
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func aStopRepeatingAnEntryAsksWhyEscKeepsTheDialogAndAReasonLogsIt() throws {
        let fixture = try Fixture.standard()
        let wang = fixture.ids["wang"]!
        // This morning's 5 minutes, logged by hand with the note the stop will have.
        try fixture.nurse.logTime(wang, TimeRequest(span: .interval(start: Fixture.start.addingTimeInterval(-3600), end: Fixture.start.addingTimeInterval(-3300)),
                                                    activity: .call, note: "Checked weight", conditions: ["I50.9"]))
        let terminal = ScriptedTerminal(width: 120, height: 32)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A101")
        terminal.press(.enter)
        terminal.then { #expect(workstation.selectedRow?.patient.id == wang) }
        terminal.press(.char("s"))
        terminal.then { fixture.clock.advance(seconds: 5 * 60) }
        terminal.press(.char("s"))
        terminal.type("Checked weight")
        terminal.press(.enter)
        terminal.then {
            #expect(terminal.text.contains("Probable duplicate: nothing logged yet"))
            #expect(terminal.text.contains("probably a duplicate of entry T"))
            #expect((try? fixture.nurse.myTimer()) != .some(nil))
        }
        // Esc goes back to the stop dialog with the note intact; nothing is logged.
        terminal.press(.escape)
        terminal.then {
            #expect(terminal.text.contains("Stop the stopwatch: 王, 秀英"))
            #expect(terminal.text.contains("Checked weight"))
            #expect((try? fixture.nurse.entries(month: fixture.nurse.currentMonth, patient: wang))?.count == 1)
        }
        terminal.press(.enter)
        terminal.then { #expect(terminal.text.contains("Probable duplicate: nothing logged yet")) }
        // An empty reason is refused; a reason logs it.
        terminal.press(.enter)
        terminal.then { #expect(terminal.text.contains("Say why it is a separate piece of work")) }
        terminal.type("Second weight check after the diuretic")
        terminal.press(.enter)
        terminal.then {
            #expect(workstation.state.message?.text.contains("Logged 5 min phone call for 王, 秀英") == true)
            #expect((try? fixture.nurse.myTimer()) == .some(nil))
            #expect((try? fixture.nurse.entries(month: fixture.nurse.currentMonth, patient: wang))?.count == 2)
            #expect((try? fixture.store.auditRecords().last?.summary)??.contains("Second weight check after the diuretic") == true)
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func timeLoggedByHandWarnsWhenItWillNotCountAndRefusesTheSameEntryTwiceUnlessSeparate() throws {
        let fixture = try Fixture.standard()
        let carla = fixture.ids["carla"]!
        let terminal = ScriptedTerminal(width: 120, height: 32)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("c"), .char("l"))
        terminal.then {
            #expect(terminal.text.contains("Log time by hand: Candidate, Carla"))
            #expect(terminal.text.contains("This time will NOT count toward a claim:"))
        }
        // Minutes, keep today's date (it goes before the 10:45-11:00 entry the fixture logged), activity, both conditions ticked, then the note.
        terminal.type("12")
        terminal.press(.tab, .tab, .tab, .tab, .tab)
        terminal.type("Explained the program")
        terminal.press(.enter)
        terminal.then {
            #expect(workstation.state.message?.kind == .warning)
            #expect(workstation.state.message?.text.hasPrefix("12 min will NOT count: no CCM consent is recorded for this patient") == true,
                    "\(String(describing: workstation.state.message))")
            #expect(workstation.state.message?.text.contains("Logged 12 min phone call for Candidate, Carla (DOB 1951-06-02, MRN A104), 10:33-10:45.") == true)
            #expect((try? fixture.nurse.entries(month: fixture.nurse.currentMonth, patient: carla))?.count == 1)
        }
        // The same again is a probable duplicate: Esc returns to the filled-in dialog.
        terminal.press(.char("l"))
        terminal.type("12")
        terminal.press(.tab, .tab, .tab, .tab, .tab)
        terminal.type("Explained the program")
        terminal.then { fixture.clock.advance(seconds: 60) }
        terminal.press(.enter)
        terminal.then { #expect(terminal.text.contains("Probable duplicate: nothing logged yet")) }
        terminal.press(.escape)
        terminal.then {
            #expect(terminal.text.contains("Log time by hand: Candidate, Carla"))
            #expect(terminal.text.contains("Explained the program"))
            #expect((try? fixture.nurse.entries(month: fixture.nurse.currentMonth, patient: carla))?.count == 1)
        }
        terminal.press(.enter)
        terminal.type("Second call: her daughter rang back")
        terminal.press(.enter)
        terminal.then {
            #expect(workstation.state.message?.text.contains("Logged 12 min phone call for Candidate, Carla (DOB 1951-06-02, MRN A104), 10:21-10:33.") == true,
                    "\(String(describing: workstation.state.message))")
            #expect((try? fixture.nurse.entries(month: fixture.nurse.currentMonth, patient: carla))?.count == 2)
            #expect((try? fixture.store.auditRecords().last?.summary)??.contains("her daughter rang back") == true)
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func consentDialogNamesTheSameFourDisclosuresAsTheCommandLine() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("c"), .char("3"), .char("r"))
        terminal.then {
            for disclosure in Disclosure.allCases {
                #expect(terminal.text.contains("Told \(disclosure.rawValue): \(disclosure.shortLabel)"), "\(disclosure)")
            }
            #expect(terminal.text.contains("none is assumed."))
        }
        terminal.press(.escape, .char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func supervisorMonthTableShowsMinutesThatDidNotCountAndWhy() throws {
        let fixture = try Fixture.standard()
        let carla = fixture.ids["carla"]!
        try fixture.nurse.logTime(carla, TimeRequest(span: .minutes(12, on: nil), activity: .call, note: "Explained the program"))
        let rows = try fixture.nurse.supervisorTable(fixture.nurse.currentMonth)
        let table = MonthTable.make(rows, labels: PatientLabel(asciiOnly: false))
        let row = try #require(table.rows.first { $0.patient == carla })
        let column = try #require(MonthTable.columns.firstIndex { $0.key == "notcounted" })
        #expect(row.cells[column].text == "12")
        let anh = try #require(table.rows.first { $0.patient == fixture.ids["anh"] })
        #expect(anh.cells[column].text == "")
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("S"))
        terminal.then {
            #expect(terminal.text.contains("Not cnt"))
            #expect(terminal.text.contains("Candidate, C"))
        }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }
}
