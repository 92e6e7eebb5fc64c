import Foundation

/// The reached calls that document a care-management service in a month (APCM's
/// `no-service-documented` gate, rules §9): inside the month, and on or after the local date of
/// the consent that counts for the month's program (from the month's start when there is none,
/// so that screens can show them; the `no-consent` gate blocks billing then).
public enum ReachedCalls {
    /// How many of `calls` (instants of reached calls) count for `month`.
    public static func counting(_ calls: [Date], month: YearMonth, consentDate: LocalDate?, timeZone: TimeZone) -> Int {
        guard !calls.isEmpty else { return 0 }
        let window = month.interval(in: timeZone)
        let from = max(window.start, consentDate?.startInstant(in: timeZone) ?? window.start)
        return calls.filter { $0 >= from && $0 < window.end }.count
    }

    /// The count for `patient`'s month under `program`, judged on the consent for that program.
    public static func counting(_ calls: [Date], patient: Patient, month: YearMonth, program: CareProgram,
                                timeZone: TimeZone) -> Int {
        guard !calls.isEmpty else { return 0 }
        let consent = ConsentStatus.evaluate(for: patient, month: month, program: program).effectiveDate
        return counting(calls, month: month, consentDate: consent, timeZone: timeZone)
    }
}
