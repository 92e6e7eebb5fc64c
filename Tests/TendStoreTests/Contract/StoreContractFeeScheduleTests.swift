import TendTestSupport
import Foundation
import Testing
import TendDomain
import TendStore

/// Every ``RecordStore`` keeps one fee schedule per calendar year: a year's schedule reads back
/// as written, the years are listed, a second put replaces, and a year without one reads nil.
@Suite struct StoreContractFeeScheduleTests {
    @Test(arguments: StoreBackend.all)
    func schedulesAreKeptByYear(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        #expect(try store.read { try store.feeScheduleYears() } == [2025, 2026])
        let cy2026 = try #require(try store.read { try store.feeSchedule(year: 2026) })
        #expect(cy2026.year == 2026 && cy2026.fee(for: .c99490).amount == Decimal(string: "66.13")!)
        #expect(try store.read { try store.feeSchedule(year: 2025) }?.fee(for: .c99490).amount == Decimal(string: "60.49")!)
        #expect(try store.read { try store.feeSchedule(year: 2027) } == nil)

        // A schedule put for 2027 is kept as 2027's, whatever year it said.
        let practice = try cy2026.setting(.c99490, to: Decimal(string: "70.00")!)
        try store.write(tester, action: .feesSet, at: fixedNow) { change in try change.put(practice, year: 2027) }
        let read = try #require(try store.read { try store.feeSchedule(year: 2027) })
        #expect(read.year == 2027 && read.fee(for: .c99490) == Fee(amount: Decimal(string: "70.00")!, confirmed: true, maxUnits: 1))
        #expect(read.fees == practice.fees)
        #expect(try store.read { try store.feeScheduleYears() } == [2025, 2026, 2027])
        // The other years are untouched; another instance (another process) reads the same.
        #expect(try store.read { try store.feeSchedule(year: 2026) } == cy2026)
        let other = try backend.open(place)
        #expect(try other.read { try other.feeSchedule(year: 2027) } == read)

        // A second put replaces that year's schedule.
        let again = try read.setting(.c99439, to: Decimal(string: "51.00")!)
        try store.write(tester, action: .feesSet, at: fixedNow) { change in try change.put(again, year: 2027) }
        #expect(try store.read { try store.feeSchedule(year: 2027) }?.fee(for: .c99439).status == .confirmed)
        #expect(try store.read { try store.feeScheduleYears() } == [2025, 2026, 2027])
    }

    @Test(arguments: StoreBackend.all)
    func aYearOutOfRangeIsRefusedAndNothingIsWritten(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        let schedule = try #require(try store.read { try store.feeSchedule(year: 2026) })
        #expect(throws: DomainError.self) {
            try store.write(tester, action: .feesSet, at: fixedNow) { change in try change.put(schedule, year: 2100) }
        }
        #expect(try store.read { try store.feeScheduleYears() } == [2025, 2026])
    }
}
