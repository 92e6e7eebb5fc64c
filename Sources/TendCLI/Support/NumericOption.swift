import ArgumentParser

/// The range of every numeric command-line option, checked in `validate()` before the store is
/// opened: a value out of range (negative, zero, absurdly large) is a usage error that names the
/// option and its range, never a crash or a silent clamp. docs/cli.md lists the same limits.
enum NumericOption {
    /// `audit log --last N`: at least one record.
    static let auditLast = 1...Int.max
    /// `patient update --expect-version N`: patient records start at version 1.
    static let patientVersion = 1...Int.max
    /// `plan set --expect-version N`: 0 is a plan never saved, saved plans start at 1.
    static let planVersion = 0...Int.max
    /// `time log --minutes N`: one minute to one day.
    static let minutes = 1...1440
    /// `demo --patients N`.
    static let demoPatients = 1...200_000
    /// `demo --months N`, this month included.
    static let demoMonths = 1...120
    /// `fees … --year Y`: the years a fee schedule may price (`FeeSchedule.years`).
    static let feeYear = 2015...2099

    /// Throws a usage error when `value` is given and outside `range`.
    static func check(_ value: Int?, _ option: String, in range: ClosedRange<Int>) throws {
        guard let value, !range.contains(value) else { return }
        let allowed = range.upperBound == Int.max ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
        throw ValidationError("\(option) must be \(allowed) (got \(value))")
    }
}
