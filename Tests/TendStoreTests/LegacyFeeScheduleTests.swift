import Foundation
import Testing
import TendDomain
import TendTestSupport
@testable import TendStore

/// A store written before fee schedules had years has one `fee-schedule.json` with the CCM codes
/// only and no statuses: it reads as the schedule of the year its name says.
@Suite struct LegacyFeeScheduleTests {
    /// The old file's shape, written as the old tend wrote it.
    struct OldSchedule: Encodable {
        struct OldFee: Encodable { var amount: Decimal; var maxUnits: Int }
        var name: String
        var effective: String?
        var fees: [String: OldFee]
    }

    static func old(name: String, effective: String? = "2025-01-01") -> OldSchedule {
        OldSchedule(name: name, effective: effective, fees: [
            "99490": .init(amount: Decimal(string: "60.49")!, maxUnits: 1), "99439": .init(amount: Decimal(string: "45.93")!, maxUnits: 2),
            "99487": .init(amount: Decimal(string: "131.65")!, maxUnits: 1), "99489": .init(amount: Decimal(string: "70.52")!, maxUnits: 10),
            "99491": .init(amount: Decimal(string: "82.16")!, maxUnits: 1), "99437": .init(amount: Decimal(string: "57.58")!, maxUnits: 2),
        ])
    }

    func store(with schedule: OldSchedule, in dir: TempDirectory) throws -> JSONFileStore {
        let store = try makeStore(dir)
        try store.writeFiles(tester, action: .storeInit, at: fixedNow) { change in
            try change.put(schedule, at: StoreLayout.legacyFeeSchedule)
            change.summary = "old layout"
        }
        return try JSONFileStore.open(at: dir.url)
    }

    @Test func theShippedOldScheduleIsCY2025AndConfirmed() throws {
        let dir = TempDirectory()
        let store = try store(with: Self.old(name: "CY2025 national non-facility"), in: dir)
        #expect(try store.read { try store.feeScheduleYears() } == [2025])
        let schedule = try #require(try store.read { try store.feeSchedule(year: 2025) })
        #expect(schedule.year == 2025 && schedule.name == "CY2025 national non-facility")
        #expect(schedule.fee(for: .c99490) == Fee(amount: Decimal(string: "60.49")!, confirmed: true, maxUnits: 1))
        #expect(schedule.fee(for: .c99489).maxUnits == 10)
        // Codes the old file lacks are not entered; no other year exists.
        #expect(schedule.fee(for: .c99424).status == .notEntered && schedule.fee(for: .g0557).status == .notEntered)
        #expect(try store.read { try store.feeSchedule(year: 2026) } == nil)
        #expect(try store.read { try store.feeSchedule(year: 2024) } == nil)
    }

    @Test("a renamed old schedule", arguments: [
        ("Riverside 2024 locality", "2025-01-01", 2024),
        ("Riverside locality", "2024-03-01", 2024),
        ("Our fees", nil, 2025),
        ("Fees 1999 style", nil, 2025),
    ] as [(String, String?, Int)])
    func aRenamedOldScheduleTakesTheYearItSays(name: String, effective: String?, year: Int) throws {
        let dir = TempDirectory()
        let store = try store(with: Self.old(name: name, effective: effective), in: dir)
        #expect(try store.read { try store.feeScheduleYears() } == [year])
        #expect(try store.read { try store.feeSchedule(year: year) }?.name == name)
    }

    @Test func writingThatYearReplacesTheOldFileAndAnotherYearLeavesIt() throws {
        let dir = TempDirectory()
        let store = try store(with: Self.old(name: "CY2025 national non-facility"), in: dir)
        let cy2026 = try #require(try FeeSchedule.bundled(year: 2026))
        try store.write(tester, action: .feesImport, at: fixedNow) { change in try change.put(cy2026, year: 2026) }
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent(StoreLayout.legacyFeeSchedule).path))
        #expect(try store.read { try store.feeScheduleYears() } == [2025, 2026])

        let old = try #require(try store.read { try store.feeSchedule(year: 2025) })
        try store.write(tester, action: .feesSet, at: fixedNow) { change in
            try change.put(try old.setting(.c99490, to: Decimal(string: "61.00")!), year: 2025)
        }
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent(StoreLayout.legacyFeeSchedule).path))
        #expect(try store.read { try store.feeScheduleYears() } == [2025, 2026])
        #expect(try store.read { try store.feeSchedule(year: 2025) }?.fee(for: .c99490).amount == Decimal(string: "61.00")!)
        #expect(try store.read { try store.feeSchedule(year: 2025) }?.fee(for: .c99439).amount == Decimal(string: "45.93")!)
    }
}
