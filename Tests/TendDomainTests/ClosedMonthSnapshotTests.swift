import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

/// The frozen facts of a closed month: lookup by id, and a stable file shape.
@Suite struct ClosedMonthSnapshotTests {
    func patients(_ count: Int) -> [Patient] {
        (0..<count).map { index in
            var patient = Fixtures.readyPatient()
            patient.id = try! PatientID.validate("P" + String(format: "%07d", index))
            patient.mrn = "M\(index)"
            return patient
        }
    }

    @Test func looksUpFrozenRecordsAndFallsBackToTheCurrentOneForLaterPatients() throws {
        let frozen = patients(50)
        let snapshot = ClosedMonthSnapshot(month: Fixtures.month("2026-10"), closedAt: Fixtures.instant("2026-11-02T15:00:00Z"),
                                           feeSchedule: try FeeSchedule.bundledDefault(), patients: frozen.reversed())
        #expect(snapshot.patients.map(\.id) == frozen.map(\.id))  // sorted by id
        var current = frozen[17]
        current.mrn = "CHANGED"
        #expect(snapshot.patient(current.id, current: current).mrn == "M17")
        #expect(snapshot.contains(current.id))
        var later = Fixtures.readyPatient()
        later.id = try PatientID.validate("PZZZZZZZ")
        #expect(!snapshot.contains(later.id))
        #expect(snapshot.patient(later.id, current: later).id == later.id)
    }

    @Test func decodesWhatItEncodesWithTheSameKeysAsBefore() throws {
        let snapshot = ClosedMonthSnapshot(month: Fixtures.month("2026-10"), closedAt: Fixtures.instant("2026-11-02T15:00:00Z"),
                                           feeSchedule: try FeeSchedule.bundledDefault(), patients: patients(3))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(snapshot)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object.map { Set($0.keys) } == ["month", "closedAt", "feeSchedule", "patients"])
        let decoded = try JSONDecoder().decode(ClosedMonthSnapshot.self, from: data)
        #expect(decoded == snapshot)
        #expect(decoded.patient(snapshot.patients[2].id, current: Fixtures.readyPatient()).mrn == "M2")
    }
}
