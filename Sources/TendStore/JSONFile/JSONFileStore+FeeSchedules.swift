import Foundation
import TendDomain

/// The fee schedules by calendar year: one file per year in `fee-schedules/`, and the single
/// `fee-schedule.json` of stores written before schedules had years, read as the schedule of
/// the year it names.
extension JSONFileStore {
    /// The schedule of `year`: its own file, else the old single schedule when that is the
    /// year's, else nil.
    public func feeSchedule(year: Int) throws -> FeeSchedule? {
        if let schedule = try optionalDocument(FeeSchedule.self, at: StoreLayout.feeSchedule(year: year)) {
            return schedule
        }
        guard var legacy = try legacyFeeSchedule(), Self.legacyScheduleYear(legacy) == year else { return nil }
        legacy.year = year
        return legacy
    }

    /// The years with a schedule (their own file, or the old single schedule's year), oldest first.
    public func feeScheduleYears() throws -> [Int] {
        var years = Set(try list(StoreLayout.feeSchedules).compactMap { name -> Int? in
            guard name.hasSuffix(".json"), let year = Int(name.dropLast(5)), FeeSchedule.years.contains(year) else { return nil }
            return year
        })
        if let legacy = try legacyFeeSchedule() { years.insert(Self.legacyScheduleYear(legacy)) }
        return years.sorted()
    }

    /// The old single schedule, if the store still has one.
    func legacyFeeSchedule() throws -> FeeSchedule? {
        try optionalDocument(FeeSchedule.self, at: StoreLayout.legacyFeeSchedule)
    }

    /// The year the old single schedule prices: the year its name (or else its effective date)
    /// says, and 2025 when neither says one (or one before 2015), since every tend before schedules by year created
    /// it from the shipped CY2025 defaults (docs/store-format.md).
    static func legacyScheduleYear(_ schedule: FeeSchedule) -> Int {
        schedule.year ?? schedule.yearNamed.flatMap { FeeSchedule.years.contains($0) ? $0 : nil } ?? 2025
    }
}
