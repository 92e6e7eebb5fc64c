import Foundation

/// The reached calls that document a care-management service in a month (APCM's
/// `no-service-documented` gate, rules §9): inside the month, and on or after the local date of
/// the consent that counts for the month's program (from the month's start when there is none,
/// so that screens can show them; the `no-consent` gate blocks billing then).
public enum ReachedCalls {
    /// How many of `calls` (instants of reached calls) count for `month`.
    // Never inlined: swift 6.3.1 -O crashed (ownership verifier, CopyPropagation) compiling the
    // call list's ranking with this function inlined into it; `.ci/run` builds release to catch it.
    @inline(never)
    public static func counting(_ calls: [Date], month: YearMonth, consentDate: LocalDate?, timeZone: TimeZone) -> Int {
        guard !calls.isEmpty else { return 0 }
        let window = month.interval(in: timeZone)
        var from = window.start
        if let consentDate {
            let start = consentDate.startInstant(in: timeZone)
            if start > from { from = start }
        }
        var count = 0
        for call in calls where call >= from && call < window.end { count += 1 }
        return count
    }

    /// The count for `patient`'s month under `program`, judged on the consent for that program.
    public static func counting(_ calls: [Date], patient: Patient, month: YearMonth, program: CareProgram,
                                timeZone: TimeZone) -> Int {
        guard !calls.isEmpty else { return 0 }
        let consent = ConsentStatus.evaluate(for: patient, month: month, program: program).effectiveDate
        return counting(calls, month: month, consentDate: consent, timeZone: timeZone)
    }
}
