import Foundation

/// Fee schedules by calendar year (rules §8): the years tend accepts, the shipped defaults, the
/// stand-in for a year without a schedule, and a practice's own amounts.
extension FeeSchedule {
    /// The years a schedule may price: from 2015, the first year of the CCM codes, to 2099.
    public static let years = 2015...2099

    /// The years tend ships national non-facility defaults for.
    public static let bundledYears = [2025, 2026]

    /// Throws a clear message when `year` is outside ``years``.
    public static func checkYear(_ year: Int) throws {
        guard years.contains(year) else {
            throw DomainError("year \(year) is out of range: a fee schedule is for a year from \(years.lowerBound) to \(years.upperBound)")
        }
    }

    /// The shipped defaults of `year`, nil for a year tend ships none for.
    public static func bundled(year: Int) throws -> FeeSchedule? {
        guard bundledYears.contains(year) else { return nil }
        return try FeeSchedule(json: BundledData.data(named: "fee-schedule-cy\(year).json"))
    }

    /// Every shipped schedule, oldest first; each has its year.
    public static func bundledSchedules() throws -> [FeeSchedule] {
        try bundledYears.compactMap { try bundled(year: $0) }
    }

    /// What prices a month whose year has no schedule: every code not entered, with the
    /// default units (so that the engine still decides the codes; being unpriced never blocks
    /// billing).
    public static func missing(year: Int) -> FeeSchedule {
        var fees: [CPTCode: Fee] = [:]
        for code in CPTCode.allCases { fees[code] = .notEntered(maxUnits: code.defaultMaxUnits) }
        // Valid by construction: a non-empty name, amounts absent, default units in range.
        return try! FeeSchedule(name: "no fee schedule for CY\(year)", year: years.contains(year) ? year : nil, fees: fees)
    }

    /// A schedule of `year` with no amount entered, for a practice to fill in.
    public static func empty(year: Int) throws -> FeeSchedule {
        try checkYear(year)
        var schedule = missing(year: year)
        schedule.name = "CY\(year) practice schedule"
        return schedule
    }

    /// Whether no code has an amount entered: a year without a schedule.
    public var isMissing: Bool { fees.values.allSatisfy { $0.enteredAmount == nil } }

    /// The year the schedule's name says (the first four-digit year from 2000 to 2099 in it), or
    /// else the year its effective date starts with; nil when neither says one. Used for the
    /// single `fee-schedule.json` of stores written before schedules had years.
    public var yearNamed: Int? {
        for text in [name, effective ?? ""] {
            let digits = Array(text)
            for start in digits.indices where start + 4 <= digits.count {
                let window = digits[start..<start + 4]
                let before = start > 0 ? digits[start - 1] : " "
                let after = start + 4 < digits.count ? digits[start + 4] : " "
                guard window.allSatisfy(\.isASCIIDigit), !before.isASCIIDigit, !after.isASCIIDigit,
                      let year = Int(String(window)), (2000...2099).contains(year) else { continue }
                return year
            }
        }
        return nil
    }

    /// The schedule with the practice's own amount for `code`: entered and confirmed. Throws
    /// for a negative amount or one with fractions of a cent.
    public func setting(_ code: CPTCode, to amount: Decimal) throws -> FeeSchedule {
        guard amount >= 0 else { throw DomainError("the amount for \(code.rawValue) must not be negative (got \(amount))") }
        guard Money.roundedToCents(amount) == amount else {
            throw DomainError("the amount for \(code.rawValue) must be in whole cents (got \(amount))")
        }
        var changed = self
        changed.fees[code] = Fee(amount: amount, confirmed: true, maxUnits: fee(for: code).maxUnits)
        try changed.validate()
        return changed
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
