import Foundation

/// Decides whether time counts toward the practice's claim for a patient-month, and if not, why
/// and what would make it count (rules §2, §4, §5). Pure: the CLI, the workstation and the
/// month report all ask this one place.
///
/// Counted here: the minutes the engine excludes (time before the consent date) and every
/// minute of a month that cannot be billed by this practice whatever else is done that month:
/// no counting consent, consent revoked, patient not eligible, billed elsewhere, a supervisor's
/// not-billed decision, or a closed month (when the time is not an amendment). The gates that
/// work during the month normally clears (care plan, sharing it, the initiating visit, the
/// thresholds) do not make a minute "not counted": they are the report's blockers.
public enum EntryCounting {
    /// The month-wide facts besides the engine's: the close state and any not-billed mark.
    public struct MonthState: Sendable {
        /// The month is closed and the time being judged is not an amendment of it.
        public var closedWithoutAmendment: Bool
        /// A supervisor's decision not to bill the patient-month.
        public var notBilled: NotBilledMark?

        /// Creates the state.
        public init(closedWithoutAmendment: Bool = false, notBilled: NotBilledMark? = nil) {
            self.closedWithoutAmendment = closedWithoutAmendment
            self.notBilled = notBilled
        }
    }

    /// The problems that stop every minute of the patient-month from counting, in
    /// `NotCountedReason` order. `day` is the date the time was (or will be) spent: remedies
    /// name it ("a consent dated on or before …").
    public static func monthProblems(_ facts: PatientMonthFacts, result: BillingResult, state: MonthState,
                                     day: LocalDate) -> [CountingProblem] {
        let month = facts.month
        var problems: [CountingProblem] = []
        if result.blockers.contains(.noConsent) {
            problems.append(noConsent(facts.patient, month: month, day: day))
        }
        if result.blockers.contains(.consentRevoked) {
            let revoked = result.consentDate.flatMap { date in facts.patient.consents.first { $0.date == date && $0.counts }?.revokedOn }
            problems.append(CountingProblem(
                reason: .consentRevoked,
                why: "the patient revoked consent" + (revoked.map { " on \($0) (effective at the end of \($0.yearMonth))" } ?? " in an earlier month"),
                remedy: "record a new consent with all four disclosures, dated on or before \(day)"))
        }
        if result.blockers.contains(.notEligible) {
            let categories = facts.eligibility.categories.map(\.category.label)
            problems.append(CountingProblem(
                reason: .notEligible,
                why: "the patient is not eligible: " + (categories.isEmpty
                    ? "no chronic condition on the problem list"
                    : "only one chronic-condition category (\(categories.joined(separator: ", "))) on the problem list"),
                remedy: "add the patient's other chronic conditions to the problem list (two distinct categories are needed)"))
        }
        if result.blockers.contains(.noPCMCondition) {
            problems.append(CountingProblem(
                reason: .notEligible,
                why: "the patient is not eligible for PCM: " + (facts.enrollment.condition.map {
                    "its condition \($0.rawValue) is not on the problem list or not on the chronic list"
                } ?? "the PCM enrollment names no condition"),
                remedy: "name a chronic condition from the problem list on the PCM enrollment (tend program set \(facts.patient.id) pcm --condition ICD10)"))
        }
        if result.blockers.contains(.billedElsewhere) || result.blockers.contains(.programExcluded) {
            let other = facts.flags?.billedElsewhere?.billedProgram.name ?? "CCM"
            problems.append(CountingProblem(
                reason: .billedElsewhere,
                why: "someone recorded that another practitioner billed \(other) for \(month)"
                    + (result.blockers.contains(.programExcluded) ? ", which excludes \(result.program.name)" : ""),
                remedy: "clear that record if it is wrong (tend month billed-elsewhere \(facts.patient.id) \(month) --clear)"))
        }
        if let mark = state.notBilled {
            problems.append(CountingProblem(
                reason: .notBilled,
                why: "a supervisor (\(mark.by)) decided \(month) is not billed: \(mark.reason)",
                remedy: "a supervisor clears that decision (tend month not-billed \(facts.patient.id) \(month) --clear)"))
        }
        if state.closedWithoutAmendment {
            problems.append(CountingProblem(
                reason: .monthClosed,
                why: "\(month) is closed",
                remedy: "a supervisor logs the time as an amendment (tend time log ... --amend --reason TEXT)"))
        }
        return problems
    }

    /// The verdict on each of the patient's active entries of the month, in start order.
    public static func verdicts(_ facts: PatientMonthFacts, result: BillingResult, state: MonthState) -> [EntryCountingVerdict] {
        let window = facts.month.interval(in: facts.timeZone)
        let beforeConsent = Dictionary(
            result.excluded.filter { $0.reason == .beforeConsent }.map { ($0.entryID, $0.seconds) }, uniquingKeysWith: +)
        var cache: [LocalDate: [CountingProblem]] = [:]
        return facts.entries
            .filter { $0.patientId == facts.patient.id && !$0.isVoided }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            .compactMap { entry in
                let start = max(entry.start, window.start), end = min(entry.end, window.end)
                guard end > start else { return nil }
                let seconds = Int(end.timeIntervalSince(start).rounded(.down))
                let day = LocalDate(start, in: facts.timeZone)
                let monthWide = cache[day] ?? monthProblems(facts, result: result, state: state, day: day)
                cache[day] = monthWide
                var problems: [CountingProblem] = []
                var notCounted = monthWide.isEmpty ? 0 : seconds
                if let early = beforeConsent[entry.id], early > 0, let consent = result.consentDate {
                    problems.append(CountingProblem(
                        reason: .beforeConsent,
                        why: "time before the consent date (\(consent)) never counts",
                        remedy: "if consent was in fact given on or before \(day), record that consent with its real date"))
                    notCounted = max(notCounted, early)
                }
                problems += monthWide
                return EntryCountingVerdict(entryID: entry.id, seconds: seconds, notCountedSeconds: notCounted,
                                            problems: problems)
            }
    }

    /// The time of a patient-month that does not count, and why.
    public static func notCounted(_ facts: PatientMonthFacts, result: BillingResult, state: MonthState) -> NotCountedTime {
        // The common case, cheaply: nothing month-wide and nothing before consent.
        let monthWide: Set<Gate> = [.noConsent, .consentRevoked, .notEligible, .noPCMCondition, .billedElsewhere, .programExcluded]
        if state.notBilled == nil, !state.closedWithoutAmendment, monthWide.isDisjoint(with: result.blockers),
           !result.excluded.contains(where: { $0.reason == .beforeConsent }) {
            return .none
        }
        return NotCountedTime(verdicts(facts, result: result, state: state))
    }

    private static func noConsent(_ patient: Patient, month: YearMonth, day: LocalDate) -> CountingProblem {
        let remedy = "record the patient's consent (all four disclosures) dated on or before \(day)"
        let recorded = patient.consents.filter { $0.date <= month.lastDay }
        guard let latest = recorded.max(by: { ($0.date, $0.recordedAt) < ($1.date, $1.recordedAt) }) else {
            let later = patient.consents.filter { $0.counts }.map(\.date).min()
            return CountingProblem(reason: .noConsent,
                                   why: later.map { "the only consent is dated \($0), after \(month)" } ?? "no consent is recorded for this patient",
                                   remedy: remedy)
        }
        let why: String
        if latest.declined {
            why = "the patient declined CCM on \(latest.date)"
        } else if !latest.missingDisclosures.isEmpty {
            why = "the consent of \(latest.date) lacks disclosures (\(latest.missingDisclosures.map(\.rawValue).joined(separator: ", "))), so it does not count"
        } else if latest.billingPractitioner != patient.billingPractitioner {
            why = "the consent of \(latest.date) was given for billing practitioner \(latest.billingPractitioner ?? "none"), "
                + "not the current one (\(patient.billingPractitioner ?? "none"))"
        } else {
            why = "no counting consent is recorded on or before \(month.lastDay)"
        }
        return CountingProblem(reason: .noConsent, why: why, remedy: remedy)
    }
}
