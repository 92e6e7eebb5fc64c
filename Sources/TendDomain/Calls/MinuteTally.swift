import Foundation

/// A patient's counted minutes for a month, taken from `BillingEngine` so the call list and the
/// month report never disagree.
public struct MinuteTally: Equatable, Sendable {
    /// Clinical-staff minutes (whole minutes of the bucket's seconds).
    public let clinical: Int
    /// Practitioner minutes (whole minutes of the bucket's seconds).
    public let practitioner: Int

    /// Creates a tally.
    public init(clinical: Int, practitioner: Int) {
        self.clinical = clinical
        self.practitioner = practitioner
    }

    /// Counts `entries` for `patient` in `month` exactly as the billing engine does (voided
    /// entries, other patients' entries, time outside the month and before the counting
    /// consent are left out). Minutes do not depend on fees, gates or eligibility.
    public static func count(patient: Patient, entries: [TimeEntry], month: YearMonth, timeZone: TimeZone) -> MinuteTally {
        let facts = PatientMonthFacts(
            month: month, timeZone: timeZone, patient: patient,
            eligibility: EligibilityResult(isEligible: true, categories: [], notOnChronicList: [], reasons: []),
            entries: entries, flags: nil)
        guard let engine = minutesEngine else { return MinuteTally(clinical: 0, practitioner: 0) }
        let result = engine.evaluate(facts)
        return MinuteTally(clinical: result.clinicalMinutes, practitioner: result.practitionerMinutes)
    }

    /// An engine on a zero-fee schedule: only its minute counts are used. The schedule (every
    /// code at $0, one unit, a non-empty name) always passes validation, so this is never nil;
    /// the tests check it.
    static let minutesEngine: BillingEngine? = {
        let fees = Dictionary(uniqueKeysWithValues: CPTCode.allCases.map { ($0, Fee(amount: 0, maxUnits: 1)) })
        return (try? FeeSchedule(name: "minutes only", fees: fees)).map(BillingEngine.init(feeSchedule:))
    }()
}
