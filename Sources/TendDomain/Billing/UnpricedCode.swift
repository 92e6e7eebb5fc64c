import Foundation

/// A billed code whose fee is not a confirmed amount: an unconfirmed shipped default, or no
/// amount at all. A patient-month with one is "unpriced" (rules §8, docs/rules.md); billing it
/// is never blocked, since a claim carries codes and units, not the practice's fee.
public struct UnpricedCode: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The code.
    public var code: CPTCode
    /// `unconfirmed` or `not-entered`.
    public var status: FeeStatus

    /// Creates one.
    public init(code: CPTCode, status: FeeStatus) {
        self.code = code
        self.status = status
    }

    /// `99439 unconfirmed`, `99491 not entered`.
    public var description: String {
        "\(code.rawValue) \(status == .notEntered ? "not entered" : status.rawValue)"
    }
}

extension FeeSchedule {
    /// The codes of `lines` without a confirmed amount, in code order, each once.
    public func unpriced(_ lines: [CodeLine]) -> [UnpricedCode] {
        Set(lines.map(\.code)).sorted().compactMap { code in
            let fee = fee(for: code)
            return fee.isPriced ? nil : UnpricedCode(code: code, status: fee.status)
        }
    }

    /// Whether every code of `lines` has a confirmed amount.
    public func isPriced(_ lines: [CodeLine]) -> Bool { unpriced(lines).isEmpty }

    /// The warning for a month priced with this schedule, nil when every billed code of it is
    /// priced: a year without a schedule, or `patients` patient-months with unconfirmed or
    /// missing amounts.
    public func monthWarning(_ month: YearMonth, unpricedPatients patients: Int) -> String? {
        if isMissing {
            return "unpriced: no fee schedule for \(month.year); payments are not priced and no other year's amounts are used "
                + "(an admin enters them: tend fees set CODE AMOUNT --year \(month.year), or tend fees import FILE.csv --year \(month.year)"
                + (FeeSchedule.bundledYears.contains(month.year) ? ", or takes the shipped schedule: tend fees import --shipped --year \(month.year))" : ")")
        }
        guard patients > 0 else { return nil }
        return "unpriced: \(patients) patient-month\(patients == 1 ? "" : "s") bill codes without a confirmed amount in "
            + "\(name); their payments count unconfirmed amounts as shown and missing ones as $0.00 "
            + "(tend fees show --year \(month.year))"
    }
}
