import Foundation

/// Orders a care manager's enrolled patients for calling, and lists enrollment candidates. Pure.
///
/// Order: patients with an open care-transition deadline (TCM contact or visit), the earliest
/// deadline first; then call-backs that are due (earliest first); then urgency, the minutes still needed to
/// reach the next threshold of the patient's program (CCM 20/40/60, PCM 30/60/90) per day left
/// in the month, highest first (an APCM patient without a documented service yet needs one
/// contact: 1 per day left), with patients at their program's last threshold (and APCM patients
/// already served) last; then patients inside their call window before the
/// rest; then patients at zero minutes this month; then by name and id. A call-back that is
/// not due yet does not move a patient.
public enum CallListRanking {
    /// The call list for `month` at `now`.
    ///
    /// Only patients whose status is `.enrolled`, and whose care manager is `careManager` (every
    /// enrolled patient when nil). Minutes are those of all staff, counted by `BillingEngine`
    /// (whole minutes per bucket, before-consent time excluded). `attempts` may span several
    /// months; only the latest per patient matters.
    public static func rank(patients: [Patient], entries: [TimeEntry], attempts: [CallAttempt], careManager: String?,
                            month: YearMonth, now: Date, timeZone: TimeZone) -> [CallListEntry] {
        let entriesByPatient = Dictionary(grouping: entries, by: \.patientId)
        let attemptsByPatient = Dictionary(grouping: attempts, by: \.patientId)
        let daysLeft = daysLeft(in: month, now: now, timeZone: timeZone)
        let local = LocalTimeOfDay(now, in: timeZone)
        let listed = patients.filter { $0.status == .enrolled && (careManager == nil || $0.careManager == careManager) }
        return listed.map { patient in
            let minutes = MinuteTally.count(patient: patient, entries: entriesByPatient[patient.id] ?? [],
                                            month: month, timeZone: timeZone)
            let patientAttempts = attemptsByPatient[patient.id] ?? []
            let history = CallHistory(patientAttempts)
            let total = minutes.clinical + minutes.practitioner
            let program = patient.program(in: month)
            let toNext = CallThresholds.minutesToNext(after: total, program: program)
            let isDue = history.callBackDue.map { $0 <= now } ?? false
            let inWindow = patient.callWindow.map { $0.contains(weekday: local.date.weekday, hour: local.hour) }
            var needsService = false
            if program == .apcm, total == 0 {
                needsService = !hasDocumentedCall(patientAttempts, patient: patient, month: month, timeZone: timeZone)
            }
            let needed = needsService ? 1 : toNext
            var entry = CallListEntry(
                patient: patient, clinicalMinutes: minutes.clinical, practitionerMinutes: minutes.practitioner,
                totalMinutes: total, nextThreshold: CallThresholds.next(after: total, program: program), minutesToNext: toNext,
                daysLeft: daysLeft, callBackDue: history.callBackDue, isCallBackDue: isDue, inCallWindow: inWindow,
                lastAttempt: history.lastAttempt, urgency: Double(needed) / Double(max(daysLeft, 1)), reasons: [],
                program: program, needsService: needsService)
            entry.reasons = CallListReasons.reasons(for: entry, today: local.date, timeZone: timeZone)
            if patient.stays?.isEmpty == false {
                entry.transitionDue = TransitionRules.evaluate(patient, today: local.date)
                    .compactMap(\.openDeadline).min { $0.due < $1.due }
                if let due = entry.transitionDue { entry.reasons.insert(due.reason, at: 0) }
            }
            return entry
        }
        .sorted(by: ranksBefore)
    }

    /// Whether a reached call documents an APCM service for the patient's month (``ReachedCalls``).
    private static func hasDocumentedCall(_ attempts: [CallAttempt], patient: Patient, month: YearMonth,
                                          timeZone: TimeZone) -> Bool {
        var reached: [Date] = []
        for attempt in attempts where attempt.result == .reached { reached.append(attempt.at) }
        let consent = ConsentStatus.evaluate(consents: patient.consents, billingPractitioner: patient.billingPractitioner,
                                             month: month, program: .apcm).effectiveDate
        return ReachedCalls.counting(reached, month: month, consentDate: consent, timeZone: timeZone) > 0
    }

    /// Whether `a` comes before `b` in the call list (see the type's documentation).
    public static func ranksBefore(_ a: CallListEntry, _ b: CallListEntry) -> Bool {
        if (a.transitionDue == nil) != (b.transitionDue == nil) { return a.transitionDue != nil }
        if let dueA = a.transitionDue?.due, let dueB = b.transitionDue?.due, dueA != dueB { return dueA < dueB }
        if a.isCallBackDue != b.isCallBackDue { return a.isCallBackDue }
        if a.isCallBackDue, let dueA = a.callBackDue, let dueB = b.callBackDue, dueA != dueB { return dueA < dueB }
        let doneA = a.nextThreshold == nil && !a.needsService, doneB = b.nextThreshold == nil && !b.needsService
        if doneA != doneB { return doneB }
        if a.urgency != b.urgency { return a.urgency > b.urgency }
        let windowA = a.inCallWindow == true, windowB = b.inCallWindow == true
        if windowA != windowB { return windowA }
        let zeroA = a.totalMinutes == 0, zeroB = b.totalMinutes == 0
        if zeroA != zeroB { return zeroA }
        if a.patient.name != b.patient.name { return a.patient.name < b.patient.name }
        return a.patient.id < b.patient.id
    }

    /// Days left in `month` at `now`, today included: the whole month before it starts, 0 after it ends.
    public static func daysLeft(in month: YearMonth, now: Date, timeZone: TimeZone) -> Int {
        let today = LocalDate(now, in: timeZone)
        if today < month.firstDay { return month.dayCount }
        if today > month.lastDay { return 0 }
        return today.days(until: month.lastDay) + 1
    }

    /// Patients to ask for consent: status candidate, eligible under `table`, no counting consent
    /// and no declined consent; sorted by name, then id.
    public static func enrollmentCandidates(patients: [Patient], table: ChronicConditionTable) -> [Patient] {
        // Many patients share a problem list: decide each distinct list once.
        var eligible: [ProblemList: Bool] = [:]
        return patients.filter { patient in
            guard patient.status == .candidate, !patient.consents.contains(where: { $0.counts || $0.declined }) else { return false }
            let problems = ProblemList(patient)
            if let known = eligible[problems] { return known }
            let decided = Eligibility.evaluate(patient, table: table).isEligible
            eligible[problems] = decided
            return decided
        }
        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}
