import Foundation
import Testing
import TendDomain
import TendTestSupport
@testable import TendStore

/// Reading some patients without touching the others' files.
@Suite struct PatientReadTests {
    func patient(_ id: String) throws -> Patient {
        Patient(id: try PatientID.validate(id), name: try PersonName.parse("Nguyễn, An"),
                dateOfBirth: try LocalDate.parse("1950-01-01"), plan: CarePlanSummary(), createdAt: fixedNow)
    }

    @Test func patientsExcludingReadsOnlyTheOthersFiles() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        let ids = ["P0000001", "P0000002", "P0000003"]
        try store.writeFiles(tester, action: "test.add", at: fixedNow) { change in
            for id in ids { try change.put(try patient(id), at: StoreLayout.patient(id)) }
            change.summary = "three patients"
        }
        // Damage a file the read must not touch: it is never opened, so no error.
        try writeFile(dir, StoreLayout.patient("P0000001"), Data("not json".utf8))
        let known: Set<PatientID> = [try PatientID.validate("P0000001"), try PatientID.validate("P0000003")]
        let read = try store.read { try store.patients(excluding: known.contains) }
        #expect(read.map(\.id.rawValue) == ["P0000002"])
        // A damaged file that is read is named.
        #expect(throws: StoreError.self) { try store.read { try store.patients(excluding: { _ in false }) } }
    }
}
