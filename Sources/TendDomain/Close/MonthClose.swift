import Foundation

/// Whether a month's claims are still being prepared or were closed by a supervisor.
public enum MonthState: String, Codable, CaseIterable, Sendable {
    /// Entries and flags may change freely.
    case open
    /// Closed: changing the month's entries or flags is an amendment with a reason.
    case closed
}

/// One close or reopen of a month, kept as history.
public struct MonthCloseEvent: Codable, Equatable, Sendable {
    /// What happened.
    public enum Kind: String, Codable, Sendable {
        /// A supervisor closed the month.
        case close
        /// An admin reopened it.
        case reopen
    }
    /// What happened.
    public var kind: Kind
    /// Login of the person who did it.
    public var by: String
    /// When.
    public var at: Date
    /// Why (required for a reopen).
    public var reason: String?

    /// Creates an event.
    public init(kind: Kind, by: String, at: Date, reason: String? = nil) {
        self.kind = kind
        self.by = by
        self.at = at
        self.reason = reason
    }
}

/// A supervisor's decision that a patient-month is not billed, with the reason.
public struct NotBilledMark: Codable, Equatable, Sendable {
    /// The patient.
    public var patientId: PatientID
    /// Why it is not billed.
    public var reason: String
    /// Login of the supervisor.
    public var by: String
    /// When it was recorded.
    public var at: Date

    /// Creates a mark.
    public init(patientId: PatientID, reason: String, by: String, at: Date) {
        self.patientId = patientId
        self.reason = reason
        self.by = by
        self.at = at
    }
}

/// A change made to a closed month's entries or flags, with the reason (rules: a closed month is
/// immutable; later corrections are amendments shown wherever the month is shown).
public struct MonthAmendment: Codable, Equatable, Sendable {
    /// 1 for the month's first amendment, then consecutive.
    public var number: Int
    /// The patient whose month changed.
    public var patientId: PatientID
    /// The audit action's name (an ``AuditAction`` raw value such as `time.void`), kept as
    /// text so that a record reads the same whatever actions a later version adds.
    public var action: String
    /// What changed, in words.
    public var summary: String
    /// Why (required).
    public var reason: String
    /// Login of the supervisor who made it.
    public var by: String
    /// When.
    public var at: Date
    /// Time entries created or voided by the amendment.
    public var entries: [EntryID]

    /// Creates an amendment.
    public init(number: Int, patientId: PatientID, action: AuditAction, summary: String, reason: String,
                by: String, at: Date, entries: [EntryID] = []) {
        self.number = number
        self.patientId = patientId
        self.action = action.rawValue
        self.summary = summary
        self.reason = reason
        self.by = by
        self.at = at
        self.entries = entries
    }
}

/// The close record of one month: its state, the close/reopen history, the patient-months a
/// supervisor marked not billed, and the amendments made after close.
public struct MonthClose: Codable, Equatable, Sendable {
    /// The month.
    public var month: YearMonth
    /// Open or closed.
    public var state: MonthState
    /// Closes and reopens, oldest first.
    public var events: [MonthCloseEvent]
    /// Patient-months not billed by decision, sorted by patient id.
    public var notBilled: [NotBilledMark]
    /// Amendments, oldest first.
    public var amendments: [MonthAmendment]
    /// Incremented on every change.
    public var version: Int

    /// An open month with no history.
    public init(month: YearMonth, state: MonthState = .open, events: [MonthCloseEvent] = [],
                notBilled: [NotBilledMark] = [], amendments: [MonthAmendment] = [], version: Int = 0) {
        self.month = month
        self.state = state
        self.events = events
        self.notBilled = notBilled
        self.amendments = amendments
        self.version = version
    }

    /// Whether the month is closed.
    public var isClosed: Bool { state == .closed }

    /// The last close event, when the month is closed.
    public var lastClose: MonthCloseEvent? { isClosed ? events.last { $0.kind == .close } : nil }

    /// The not-billed mark of a patient, if any.
    public func notBilled(_ id: PatientID) -> NotBilledMark? { notBilled.first { $0.patientId == id } }

    /// The amendments of one patient, oldest first.
    public func amendments(of id: PatientID) -> [MonthAmendment] { amendments.filter { $0.patientId == id } }

    /// Sets (or, with a nil reason, clears) a not-billed mark, keeping the list sorted.
    public mutating func setNotBilled(_ id: PatientID, reason: String?, by: String, at: Date) {
        notBilled.removeAll { $0.patientId == id }
        if let reason { notBilled.append(NotBilledMark(patientId: id, reason: reason, by: by, at: at)) }
        notBilled.sort { $0.patientId < $1.patientId }
    }

    /// Appends an amendment numbered after the last one and returns it.
    @discardableResult
    public mutating func amend(_ id: PatientID, action: AuditAction, summary: String, reason: String, by: String,
                               at: Date, entries: [EntryID] = []) -> MonthAmendment {
        let amendment = MonthAmendment(number: (amendments.last?.number ?? 0) + 1, patientId: id, action: action,
                                       summary: summary, reason: reason, by: by, at: at, entries: entries)
        amendments.append(amendment)
        return amendment
    }
}
