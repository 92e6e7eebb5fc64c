import Foundation

/// The consent position of one patient-month (rules §2).
public struct ConsentStatus: Equatable, Sendable {
    /// The counting consent: the latest non-declined consent with all four disclosures, for the
    /// patient's current billing practitioner, dated on or before the month's last day.
    public let counting: Consent?
    /// True when the counting consent was revoked in a month before this one.
    public let revokedBeforeMonth: Bool

    /// The date from which minutes count, when there is a counting consent.
    public var effectiveDate: LocalDate? { counting?.date }

    /// Whether consent lets this month be billed.
    public var allowsBilling: Bool { counting != nil && !revokedBeforeMonth }

    /// Creates a status.
    public init(counting: Consent?, revokedBeforeMonth: Bool) {
        self.counting = counting
        self.revokedBeforeMonth = revokedBeforeMonth
    }

    /// Evaluates `consents` for `month`.
    ///
    /// Billing practitioners must match exactly (nil matches nil): a change of billing practitioner
    /// needs a new consent. Among several counting consents the latest date wins (then the latest
    /// recorded). A revocation takes effect at the end of the month it was recorded in.
    /// Only consents for `program` count (a CCM consent does not let APCM be billed).
    public static func evaluate(consents: [Consent], billingPractitioner: String?, month: YearMonth,
                                program: CareProgram = .ccm) -> ConsentStatus {
        let lastDay = month.lastDay
        let counting = consents.enumerated()
            .filter { $0.element.program == program && $0.element.counts
                && $0.element.billingPractitioner == billingPractitioner && $0.element.date <= lastDay }
            .max { ($0.element.date, $0.element.recordedAt, $0.offset) < ($1.element.date, $1.element.recordedAt, $1.offset) }?
            .element
        let revoked = counting?.revokedOn.map { $0.yearMonth < month } ?? false
        return ConsentStatus(counting: counting, revokedBeforeMonth: revoked)
    }

    /// Evaluates the patient's consents for `month`, for `program` (default: the program the
    /// patient is enrolled in that month).
    public static func evaluate(for patient: Patient, month: YearMonth, program: CareProgram? = nil) -> ConsentStatus {
        evaluate(consents: patient.consents, billingPractitioner: patient.billingPractitioner, month: month,
                 program: program ?? patient.program(in: month))
    }
}
