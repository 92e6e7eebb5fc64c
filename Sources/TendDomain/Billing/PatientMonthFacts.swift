import Foundation

/// Everything the billing engine needs about one patient-month.
public struct PatientMonthFacts: Sendable {
    /// The month.
    public var month: YearMonth
    /// The practice's time zone (months are local calendar months).
    public var timeZone: TimeZone
    /// The patient, with consents, visits and care-plan summary.
    public var patient: Patient
    /// The patient's eligibility.
    public var eligibility: EligibilityResult
    /// This patient's entries in this month, already split at month ends (voided ones are ignored).
    public var entries: [TimeEntry]
    /// Complex / billed-elsewhere flags for this patient-month, if any were recorded.
    public var flags: PatientMonthFlags?

    /// Creates facts.
    public init(month: YearMonth, timeZone: TimeZone, patient: Patient, eligibility: EligibilityResult,
                entries: [TimeEntry], flags: PatientMonthFlags?) {
        self.month = month
        self.timeZone = timeZone
        self.patient = patient
        self.eligibility = eligibility
        self.entries = entries
        self.flags = flags
    }
}
