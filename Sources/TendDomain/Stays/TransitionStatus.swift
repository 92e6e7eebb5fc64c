import Foundation

/// Where one step of a care transition (the interactive contact, the face-to-face visit) stands.
public enum TransitionStep: Equatable, Sendable {
    /// Not done yet; still in time until `by` (inclusive).
    case due(by: LocalDate)
    /// Not done and its last day `was` has passed.
    case overdue(was: LocalDate)
    /// Done on `on`; `inTime` tells whether that met the deadline.
    case made(on: LocalDate, inTime: Bool)

    /// `due`, `overdue` or `made` (the JSON word).
    public var word: String {
        switch self {
        case .due: return "due"
        case .overdue: return "overdue"
        case .made: return "made"
        }
    }
}

/// What the transition earns (rules §9: TCM 99495/99496, once per discharge, by the visit's practitioner).
public enum TCMOutcome: Equatable, Sendable {
    /// Not decided yet: every step still in time.
    case pending
    /// TCM earned: `code`, billed by `practitioner` with the face-to-face visit's month as the
    /// date of service (`month`; docs/rules.md).
    case earned(code: CPTCode, month: YearMonth, practitioner: String?)
    /// TCM cannot be billed for this discharge, and why.
    case notEarned(String)
    /// A person closed the transition without TCM, with their reason.
    case closed(String)
}

/// The next open deadline of a transition: what is due and by when (the call list's reason).
public struct TransitionDeadline: Equatable, Sendable {
    /// `contact` or `visit`.
    public var step: String
    /// The last day that meets it.
    public var due: LocalDate

    /// `TCM contact due Tue 8 Dec`.
    public var reason: String { "TCM \(step) due \(TransitionStatus.shortDate(due))" }
}

/// A care transition judged on a day: its deadlines, each step's state and what it earns.
public struct TransitionStatus: Equatable, Sendable {
    /// The stay whose discharge opened the transition.
    public var stay: InpatientStay
    /// The deadlines.
    public var deadlines: TransitionDeadlines
    /// The interactive contact.
    public var contact: TransitionStep
    /// The face-to-face visit (due by the 7-day deadline while it lasts, then the 14-day one).
    public var visit: TransitionStep
    /// What it earns.
    public var outcome: TCMOutcome
    /// The deadline still to meet while TCM can be earned; nil when none is open.
    public var openDeadline: TransitionDeadline?

    /// The earned TCM code, if any.
    public var code: CPTCode? {
        if case .earned(let code, _, _) = outcome { return code }
        return nil
    }

    /// The month whose report bills the TCM, if earned.
    public var billingMonth: YearMonth? {
        if case .earned(_, let month, _) = outcome { return month }
        return nil
    }

    /// Whether the 30-day period overlaps `month`.
    public func overlaps(_ month: YearMonth) -> Bool {
        deadlines.discharge <= month.lastDay && deadlines.periodEnd >= month.firstDay
    }

    /// One short phrase: `contact due`, `visit overdue`, `TCM 99496 earned`, `closed`, …
    public var state: String {
        switch outcome {
        case .earned(let code, _, _): return "TCM \(code.rawValue) earned"
        case .closed: return "closed"
        case .notEarned: return "TCM not earned"
        case .pending:
            if case .made = contact { return "visit \(visit.word)" }
            return "contact \(contact.word)"
        }
    }

    /// The outcome in words: the reason TCM is not earned, the closing reason, or the code.
    public var detail: String {
        switch outcome {
        case .pending:
            return openDeadline.map { "\($0.step) due by \($0.due)" } ?? "pending"
        case .earned(let code, let month, let practitioner):
            return "\(code.rawValue) (\(code.label)) for \(month)" + (practitioner.map { ", billed by \($0)" } ?? "")
        case .notEarned(let why): return why
        case .closed(let why): return "closed: \(why)"
        }
    }

    /// `Tue 8 Dec` (a deadline on a screen line).
    public static func shortDate(_ date: LocalDate) -> String {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(days[date.weekday.index]) \(date.day) \(months[date.month - 1])"
    }
}
