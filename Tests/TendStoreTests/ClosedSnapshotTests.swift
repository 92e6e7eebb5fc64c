import Foundation
import Testing
import TendDomain
import TendTestSupport
@testable import TendStore

/// A closed month's snapshot is a header and parts of at most 250 patients, read in parallel.
@Suite struct ClosedSnapshotTests {
    let october = try! YearMonth.parse("2026-10")

    func patients(_ count: Int) throws -> [Patient] {
        try (0..<count).map { index in
            Patient(id: try PatientID.validate("P" + String(format: "%07d", index)), name: try PersonName.parse("Øst, Åse"),
                    dateOfBirth: try LocalDate.parse("1950-01-01"), mrn: "M\(index)", createdAt: fixedNow)
        }
    }

    func snapshot(_ count: Int) throws -> ClosedMonthSnapshot {
        ClosedMonthSnapshot(month: october, closedAt: fixedNow, feeSchedule: try FeeSchedule.bundledDefault(),
                            patients: try patients(count))
    }

    func files(_ dir: TempDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("close/2026-10").path).sorted()
    }

    @Test func writesPartsAndReadsThemBackWhole() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        let frozen = try snapshot(601)
        try store.writeFiles(tester, action: "test.close", at: fixedNow) { change in
            try change.put(frozen)
            change.summary = "snapshot"
        }
        #expect(try files(dir) == ["snapshot-000.json", "snapshot-001.json", "snapshot-002.json", "snapshot.json"])
        let read = try store.read { try store.closedSnapshot(october) }
        #expect(read == frozen)
        #expect(read?.patient(frozen.patients[600].id, current: frozen.patients[0]).mrn == "M600")
    }

    @Test func aSmallerSnapshotAndARemovalLeaveNoPartBehind() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        for count in [600, 10] {
            let frozen = try snapshot(count)
            try store.writeFiles(tester, action: "test.close", at: fixedNow) { change in
                try change.put(frozen)
                change.summary = "snapshot"
            }
        }
        #expect(try files(dir) == ["snapshot-000.json", "snapshot.json"])
        #expect(try store.read { try store.closedSnapshot(october) }?.patients.count == 10)
        try store.writeFiles(tester, action: "test.reopen", at: fixedNow) { change in
            try change.removeClosedSnapshot(october)
            change.summary = "reopen"
        }
        #expect(try files(dir) == [])
        #expect(try store.read { try store.closedSnapshot(october) } == nil)
    }

    @Test func readsASnapshotWrittenBeforeParts() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        let frozen = try snapshot(3)
        // The earlier shape: every patient in snapshot.json.
        try store.writeFiles(tester, action: "test.close", at: fixedNow) { change in
            try change.put(frozen, at: StoreLayout.closedSnapshot(october))
            change.summary = "old snapshot"
        }
        #expect(try store.read { try store.closedSnapshot(october) } == frozen)
    }

    @Test func aDamagedPartIsNamed() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        try store.writeFiles(tester, action: "test.close", at: fixedNow) { change in
            try change.put(try snapshot(300))
            change.summary = "snapshot"
        }
        var data = try fileData(dir, "close/2026-10/snapshot-001.json")
        data[data.count / 2] ^= 0x01
        try writeFile(dir, "close/2026-10/snapshot-001.json", data)
        #expect {
            try store.read { try store.closedSnapshot(october) }
        } throws: { error in
            "\(error)".contains("snapshot-001.json")
        }
    }
}
