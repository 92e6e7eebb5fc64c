import Foundation
import Testing
@testable import TendServices
import TendDomain
@testable import TendStore
import TendTestSupport

@Suite struct IndexTests {
    func populated() throws -> (ServicesFixture, [PatientID]) {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        var ids: [PatientID] = []
        for i in 0..<4 {
            ids.append(try nurse.addPatient(PatientDraft(
                name: "Index, Patient\(i)", dateOfBirth: "1950-01-0\(i + 1)", mrn: "IX\(i)", conditions: ["E11.9", "I10"],
                careManager: i < 3 ? "nurse" : "boss", billingPractitioner: "doctor")))
            try nurse.recordConsent(ids[i], date: LocalDate.parse("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        }
        try nurse.logTime(ids[0], TimeRequest(span: .interval(start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:20:00Z")), activity: .call, note: "n"))
        try f.session(f.boss).logTime(ids[0], TimeRequest(span: .interval(start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:07:00Z")), activity: .call, note: "n", onBehalfOf: "doctor"))
        // Across a month end: both months are indexed.
        try nurse.logTime(ids[1], TimeRequest(span: .interval(start: f.date("2026-11-01T03:50:00Z"), end: f.date("2026-11-01T04:10:00Z")), activity: .call, note: "n"))
        return (f, ids)
    }

    @Test func everyChangeKeepsTheIndexesInStepWithTheRecords() throws {
        let (f, ids) = try populated()
        #expect(try f.store.verifyIndexes() == [])
        var update = Session.PatientUpdate()
        update.careManager = "boss"
        try f.session(f.nurse).updatePatient(ids[2], update)
        try f.session(f.boss).reassignPatients(from: "boss", to: "nurse", patients: [ids[3]])
        let entry = try #require(try f.store.timeEntries(month: YearMonth.parse("2026-11")).first { $0.patientId == ids[0] && $0.staff == "nurse" })
        try f.session(f.boss).correctEntry(entry.id, start: f.date("2026-10-31T12:00:00Z"), end: f.date("2026-10-31T12:20:00Z"), note: nil, reason: "wrong day")
        #expect(try f.store.verifyIndexes() == [])
        #expect(Set(try f.store.patientIDs(careManager: "nurse")) == [ids[0], ids[1], ids[3]])
        // The file store's own index of who worked on a patient-month (a database needs none).
        if let files = f.store as? JSONFileStore {
            #expect(try files.patientMonthStaff(ids[0], month: YearMonth.parse("2026-10")).staff == ["nurse"])
            #expect(try files.patientMonthStaff(ids[0], month: YearMonth.parse("2026-11")).staff == ["doctor", "nurse"])
        }
    }

    @Test func myCallListThroughTheIndexEqualsTheFullScanFilteredToMe() throws {
        let (f, _) = try populated()
        let nurse = try f.session(f.nurse)
        let mine = try nurse.callList(allPatients: false)
        let all = try nurse.callList(allPatients: true).filter { $0.patient.careManager == "nurse" }
        #expect(mine.map(\.patient.id) == all.map(\.patient.id))
        #expect(mine.map(\.totalMinutes) == all.map(\.totalMinutes))
        #expect(mine.map(\.totalMinutes).contains(27))
    }

    @Test func onePatientsEntriesThroughTheIndexEqualTheFullScan() throws {
        let (f, ids) = try populated()
        let s = try f.session(f.boss)
        let month = try YearMonth.parse("2026-11")
        let viaIndex = try s.entries(month: month, patient: ids[0]).map(\.id)
        let scanned = try f.store.timeEntries(month: month).filter { $0.patientId == ids[0] }.sorted { $0.start < $1.start }.map(\.id)
        #expect(viaIndex.count == 2 && Set(viaIndex) == Set(scanned))
    }

    @Test(.enabled(if: !TestPostgres.fixturesOnPostgres, "removes the file store's index files"))
    func aStoreWithoutIndexesGetsThemOnceAndAuditsIt() throws {
        let (f, _) = try populated()
        try FileManager.default.removeItem(at: f.root.appendingPathComponent("index/care-manager"))
        try FileManager.default.removeItem(at: f.root.appendingPathComponent("index/version.json"))
        #expect(try f.store.hasIndexes() == false)
        let mine = try f.session(f.nurse).callList(allPatients: false)
        #expect(mine.count == 3)
        #expect(try f.store.verifyIndexes() == [])
        #expect(try f.store.auditRecords().last?.action == "index.rebuild")
    }

    @Test(.enabled(if: !TestPostgres.fixturesOnPostgres, "damages the file store's index files"))
    func aDamagedIndexIsReportedAndRebuilt() throws {
        let (f, ids) = try populated()
        try FileManager.default.removeItem(at: f.root.appendingPathComponent(StoreLayout.careManagerMarker("nurse", patient: ids[1])))
        let problems = try f.store.verifyIndexes()
        #expect(problems.count == 1 && problems[0].contains(ids[1].rawValue))
        try f.session(f.boss).rebuildIndexes()
        #expect(try f.store.verifyIndexes() == [])
        #expect(throws: StoreError.self) { try f.session(f.nurse).rebuildIndexes() }
    }

    @Test func demoStoresAreIndexed() throws {
        let demo = try TempDemoStore(patients: 60, months: 3, seed: 5)
        #expect(try demo.store.hasIndexes())
        #expect(try demo.store.verifyIndexes() == [])
    }
}

@Suite struct DemoPractitionerTests {
    @Test func demoPractitionersHaveValidDistinctNPIs() throws {
        let demo = try TempDemoStore(patients: 3000, months: 1, seed: 2)
        let practitioners = try demo.store.roster().members.filter { $0.credential.isPractitioner }
        #expect(practitioners.count == 3)
        #expect(practitioners.allSatisfy { $0.npi != nil })
        #expect(Set(practitioners.compactMap(\.npi?.rawValue)).count == practitioners.count)
    }
}
