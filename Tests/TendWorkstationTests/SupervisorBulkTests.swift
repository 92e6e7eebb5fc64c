import Foundation
import Testing
import TendDomain
@testable import TendServices
@testable import TendStore
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// The supervisor's bulk changes from the marked rows: reassign and not billed, each one change
/// in the store, the table reloaded when it fails.
@Suite struct SupervisorBulkTests {
    func play(_ fixture: Fixture, _ script: (ScriptedTerminal, Workstation) -> Void) throws {
        let terminal = ScriptedTerminal(width: 120, height: 32)
        let workstation = fixture.workstation(terminal)
        script(terminal, workstation)
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    /// Anh (amara's) and Wang (boris's) marked through the filter, with a third nurse, cleo.
    func twoCareManagers() throws -> Fixture {
        let fixture = try Fixture.standard()
        try fixture.nurse.addStaff(login: "cleo", name: "Cleo Achebe", credential: .RN, roles: [.nurse], npi: nil)
        var update = Session.PatientUpdate()
        update.careManager = "boris"
        try fixture.nurse.updatePatient(fixture.ids["wang"]!, update)
        return fixture
    }

    func markAnhAndWang(_ terminal: ScriptedTerminal) {
        terminal.press(.char("S"), .char("/"))
        terminal.type("nguy")
        terminal.press(.enter, .char("*"), .escape, .char("/"))
        terminal.type("王")
        terminal.press(.enter, .char("*"), .escape)
    }

    /// Zoë's care manager as the month table shows it.
    func zoeCareManager(_ workstation: Workstation, _ fixture: Fixture) -> String? {
        guard let row = workstation.visibleSupervisorRows.first(where: { $0.patient == fixture.ids["zoe"] }) else { return nil }
        if case .login(let login) = row.careManager { return login }
        return nil
    }

    func careManagers(_ fixture: Fixture) -> [String?] {
        ["anh", "wang", "zoe"].map { (try? fixture.nurse.patient(fixture.ids[$0]!))?.careManager }
    }

    @Test func bulkReassignOfSeveralCareManagersPatientsIsOneChange() throws {
        let fixture = try twoCareManagers()
        let before = try fixture.store.auditRecords().count
        try play(fixture) { terminal, workstation in
            markAnhAndWang(terminal)
            terminal.then { #expect(workstation.supervisorState.marks == [fixture.ids["anh"]!, fixture.ids["wang"]!]) }
            terminal.press(.char("A"), .right, .right)
            terminal.then { #expect(terminal.text.contains("Reassign 2 patients") && terminal.text.contains("[cleo]")) }
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Reassigned 2 patients to cleo"))
                #expect(careManagers(fixture) == ["cleo", "cleo", "amara"])
                let records = (try? fixture.store.auditRecords()) ?? []
                #expect(records.count == before + 1)
                #expect(records.last?.action == "patient.reassign")
                #expect(records.last?.summary.contains("(from amara)") == true && records.last?.summary.contains("(from boris)") == true)
            }
        }
    }

    /// The form offers someone other than the chosen patients' shared care manager first (with
    /// two care managers among them it starts at the top of the list: the test above).
    @Test func reassignOffersAnotherCareManagerFirst() throws {
        let fixture = try twoCareManagers()
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"), .char("/"))
            terminal.type("nguy")
            terminal.press(.enter, .char("*"), .escape)
            terminal.then { #expect(workstation.supervisorState.marks == [fixture.ids["anh"]!]) }
            terminal.press(.char("A"))
            terminal.then { #expect(terminal.text.contains("Reassign 1 patient") && terminal.text.contains("[boris]")) }
            terminal.press(.escape)
        }
    }

    @Test func aFailedBulkReassignMovesNobodyAndReloadsTheTable() throws {
        let fixture = try twoCareManagers()
        let files = fixture.store
        // Another supervisor works at the same time: by the time Enter is pressed, cleo has left
        // and Zoë has moved to boris.
        let other = try Session(store: try fixture.openStoreAgain(), account: Fixture.nurseAccount, clock: fixture.clock.clock)
        try play(fixture) { terminal, workstation in
            markAnhAndWang(terminal)
            terminal.press(.char("A"), .right, .right)
            terminal.then {
                files.beforeWriteLock = {
                    files.beforeWriteLock = nil
                    _ = try? other.updateStaff(login: "cleo", name: nil, credential: nil, roles: nil, npi: nil, active: false)
                    var update = Session.PatientUpdate()
                    update.careManager = "boris"
                    _ = try? other.updatePatient(fixture.ids["zoe"]!, update)
                }
                #expect(zoeCareManager(workstation, fixture) == "amara")
            }
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("'cleo' is not an active staff member"))
                #expect(careManagers(fixture) == ["amara", "boris", "boris"])
                // The table behind the form shows the store as it is now.
                #expect(zoeCareManager(workstation, fixture) == "boris")
                #expect((try? fixture.nurse.patient(fixture.ids["zoe"]!))?.careManager == "boris")
            }
        }
    }

    @Test func notBilledMarksEveryMarkedPatientMonthWithOneReasonInOneChange() throws {
        let fixture = try Fixture.standard()
        let month = fixture.nurse.currentMonth
        let before = try fixture.store.auditRecords().count
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"), .char("/"))
            terminal.type("nguy")
            terminal.press(.enter, .char("*"), .escape, .char("/"))
            terminal.type("øvergård")
            terminal.press(.enter, .char("*"), .escape, .char("N"))
            terminal.then {
                #expect(terminal.text.contains("Not billed: 2 patient-months"))
                #expect(terminal.text.contains("Nguyễn, Thị Ánh"))
            }
            terminal.press(.enter)
            terminal.then { #expect(terminal.text.contains("Error: reason")) }
            terminal.type("Enrolled by mistake; billing office decision")
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Marked 2 patient-months not billed"))
                let close = try? fixture.nurse.monthClose(month)
                #expect(close?.notBilled.map(\.patientId).sorted() == [fixture.ids["anh"]!, fixture.ids["zoe"]!].sorted())
                #expect(close?.notBilled.allSatisfy { $0.reason == "Enrolled by mistake; billing office decision" } == true)
                let records = (try? fixture.store.auditRecords()) ?? []
                #expect(records.count == before + 1 && records.last?.action == "month.not-billed")
                #expect(workstation.supervisorState.marks.isEmpty)
                #expect(terminal.text.contains("not billed (deci"))
            }
        }
    }
}
