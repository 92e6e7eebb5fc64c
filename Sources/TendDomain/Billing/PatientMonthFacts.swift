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
    /// The program enrollment that applies to the month (``Patient/enrollment(in:)``).
    public var enrollment: ProgramEnrollment
    /// Calls to this patient in the month that reached them (a documented service for APCM).
    public var reachedCalls: Int

    /// Creates facts; `enrollment` defaults to the patient's enrollment for the month.
    public init(month: YearMonth, timeZone: TimeZone, patient: Patient, eligibility: EligibilityResult,
                entries: [TimeEntry], flags: PatientMonthFlags?, enrollment: ProgramEnrollment? = nil,
                reachedCalls: Int = 0) {
        self.enrollment = enrollment ?? patient.enrollment(in: month)
        self.reachedCalls = reachedCalls
        self.month = month
        self.timeZone = timeZone
        self.patient = patient
        self.eligibility = eligibility
        self.entries = entries
        self.flags = flags
    }
}
