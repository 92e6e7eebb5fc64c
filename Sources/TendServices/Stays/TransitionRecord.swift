import Foundation
import TendDomain

/// A care transition as the CLI and the report print it in JSON (docs/cli.md): the stay, its
/// deadlines, each step's state, and the TCM code and fee when earned.
public struct TransitionRecord: Codable, Equatable, Sendable {
    /// One step (contact or visit).
    public struct Step: Codable, Equatable, Sendable {
        /// `due`, `overdue` or `made`.
        public var state: String
        /// The last day that meets it (due or overdue).
        public var due: LocalDate?
        /// When it was made.
        public var date: LocalDate?
        /// Whether the made step met its deadline.
        public var inTime: Bool?
    }

    /// Stay id.
    public var stay: String
    /// `hospital` or `snf`.
    public var kind: StayKind
    /// Admission date.
    public var admit: LocalDate
    /// Discharge date.
    public var discharge: LocalDate
    /// Facility, when recorded.
    public var facility: String?
    /// Where the stay came from.
    public var source: String?
    /// Last day for the contact (2 business days after discharge).
    public var contactDeadline: LocalDate
    /// Last day for a 99496 visit (discharge + 7).
    public var visitDeadlineHigh: LocalDate
    /// Last day for a 99495 visit (discharge + 14).
    public var visitDeadlineModerate: LocalDate
    /// Last day of the 30-day period.
    public var periodEnd: LocalDate
    /// The interactive contact.
    public var contact: Step
    /// The time entry documenting the contact, when named.
    public var contactEntry: EntryID?
    /// The face-to-face visit.
    public var visit: Step
    /// The visit's complexity, when recorded.
    public var complexity: DecisionComplexity?
    /// The visit's practitioner, when recorded.
    public var practitioner: String?
    /// `contact due`, `visit overdue`, `TCM 99496 earned`, `TCM not earned`, `closed`, …
    public var state: String
    /// `pending`, `earned`, `not-earned` or `closed`.
    public var outcome: String
    /// The earned TCM code.
    public var tcm: CPTCode?
    /// The month whose report bills it (the visit's month).
    public var tcmMonth: YearMonth?
    /// The fee of the earned code from the month's fee schedule; nil when unpriced.
    public var fee: Decimal?
    /// Why TCM is not earned, or the closing reason.
    public var reason: String?
    /// The open deadline, e.g. `TCM contact due Tue 8 Dec`.
    public var next: String?

    /// The record of `status`, priced with `schedule` when given.
    public init(_ status: TransitionStatus, schedule: FeeSchedule? = nil) {
        let stay = status.stay
        self.stay = stay.id
        kind = stay.kind
        admit = stay.admit
        discharge = stay.discharge
        facility = stay.facility
        source = stay.source
        contactDeadline = status.deadlines.contact
        visitDeadlineHigh = status.deadlines.highVisit
        visitDeadlineModerate = status.deadlines.moderateVisit
        periodEnd = status.deadlines.periodEnd
        contact = Self.step(status.contact)
        contactEntry = stay.transition.contactEntry
        visit = Self.step(status.visit)
        complexity = stay.transition.complexity
        practitioner = stay.transition.practitioner
        state = status.state
        next = status.openDeadline?.reason
        switch status.outcome {
        case .pending: outcome = "pending"
        case .earned(let code, let month, _):
            outcome = "earned"
            tcm = code
            tcmMonth = month
            fee = schedule?.fee(for: code).enteredAmount
        case .notEarned(let why): outcome = "not-earned"; reason = why
        case .closed(let why): outcome = "closed"; reason = why
        }
    }

    private static func step(_ step: TransitionStep) -> Step {
        switch step {
        case .due(let by): return Step(state: "due", due: by)
        case .overdue(let was): return Step(state: "overdue", due: was)
        case .made(let on, let inTime): return Step(state: "made", date: on, inTime: inTime)
        }
    }
}
