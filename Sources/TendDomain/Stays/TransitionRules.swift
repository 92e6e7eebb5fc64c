import Foundation

/// Judges a patient's care transitions (rules §9, TCM; docs/rules.md "Stays and care
/// transitions"). Pure: the report, the call list, the supervisor view and the CLI ask here.
///
/// - Contact: an interactive contact on or after the discharge day and by the second business
///   day after it (``BusinessDays``). A late or missing contact means no TCM.
/// - Visit: 99496 needs high complexity and a visit by discharge + 7 days; 99495 needs moderate
///   or high complexity and a visit by discharge + 14 days.
/// - TCM is billed once per 30-day period: a discharge inside the period of an earlier discharge
///   that earned TCM does not earn it again.
/// - The TCM is the visit practitioner's, billed in the month of the face-to-face visit (the date
///   of service; CMS lets the claim go once the visit is done). Not in a month the patient is
///   APCM: APCM bundles TCM.
public enum TransitionRules {
    /// Every stay's transition judged on `today`, in discharge order.
    public static func evaluate(_ patient: Patient, today: LocalDate) -> [TransitionStatus] {
        let stays = (patient.stays ?? []).sorted { ($0.discharge, $0.admit, $0.id) < ($1.discharge, $1.admit, $1.id) }
        var results: [TransitionStatus] = []
        for stay in stays {
            let earlier = results.last { $0.code != nil && $0.deadlines.periodEnd >= stay.discharge }
            results.append(evaluate(stay, today: today, program: patient.program(in:), earlierTCM: earlier))
        }
        return results
    }

    /// One stay's transition on `today`. `program` gives the patient's program per month;
    /// `earlierTCM` is an earlier transition that earned TCM in a period covering this discharge.
    public static func evaluate(_ stay: InpatientStay, today: LocalDate, program: (YearMonth) -> CareProgram,
                                earlierTCM: TransitionStatus? = nil) -> TransitionStatus {
        let deadlines = TransitionDeadlines(discharge: stay.discharge)
        let record = stay.transition
        let contact: TransitionStep = record.contactDate.map { .made(on: $0, inTime: $0 <= deadlines.contact) }
            ?? (today > deadlines.contact ? .overdue(was: deadlines.contact) : .due(by: deadlines.contact))
        let visit: TransitionStep
        if let date = record.visitDate {
            visit = .made(on: date, inTime: date <= deadlines.visitDeadline(for: record.complexity ?? .moderate))
        } else if today <= deadlines.highVisit {
            visit = .due(by: deadlines.highVisit)
        } else if today <= deadlines.moderateVisit {
            visit = .due(by: deadlines.moderateVisit)
        } else {
            visit = .overdue(was: deadlines.moderateVisit)
        }
        let outcome = Self.outcome(stay, deadlines: deadlines, contact: contact, visit: visit, program: program,
                                   earlierTCM: earlierTCM)
        var open: TransitionDeadline?
        if outcome == .pending {
            if case .due(let by) = contact { open = TransitionDeadline(step: "contact", due: by) }
            else if case .due(let by) = visit { open = TransitionDeadline(step: "visit", due: by) }
        }
        return TransitionStatus(stay: stay, deadlines: deadlines, contact: contact, visit: visit,
                                outcome: outcome, openDeadline: open)
    }

    private static func outcome(_ stay: InpatientStay, deadlines: TransitionDeadlines, contact: TransitionStep,
                                visit: TransitionStep, program: (YearMonth) -> CareProgram,
                                earlierTCM: TransitionStatus?) -> TCMOutcome {
        let record = stay.transition
        if let reason = record.closedReason { return .closed(reason) }
        switch contact {
        case .overdue(let was):
            return .notEarned("no interactive contact by \(was) (2 business days after the discharge of \(stay.discharge))")
        case .made(let on, false):
            return .notEarned("the interactive contact on \(on) was after its deadline \(deadlines.contact)")
        default: break
        }
        if let earlier = earlierTCM {
            return .notEarned("TCM was already earned for the discharge of \(earlier.stay.discharge), whose 30-day period runs to \(earlier.deadlines.periodEnd)")
        }
        switch visit {
        case .overdue(let was):
            return .notEarned("no face-to-face visit by \(was) (14 days after discharge)")
        case .due:
            return .pending
        case .made(let on, _):
            guard case .made = contact else { return .pending }
            let complexity = record.complexity ?? .moderate
            let code: CPTCode
            if complexity == .high && on <= deadlines.highVisit {
                code = .c99496
            } else if on <= deadlines.moderateVisit {
                code = .c99495
            } else {
                return .notEarned("the face-to-face visit on \(on) was after \(deadlines.moderateVisit) (14 days after discharge)")
            }
            if program(on.yearMonth) == .apcm {
                return .notEarned("the patient is APCM in \(on.yearMonth): APCM bundles TCM")
            }
            return .earned(code: code, month: on.yearMonth, practitioner: record.practitioner)
        }
    }
}
