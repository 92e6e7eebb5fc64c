import Foundation

/// One save of a care plan: who, when, and what changed.
public struct PlanRevision: Codable, Equatable, Sendable {
    /// 1 for the first save, then consecutive.
    public var number: Int
    /// When it was saved.
    public var at: Date
    /// Login of the author.
    public var author: String
    /// The edits, in order.
    public var changes: [PlanChange]

    /// Creates a revision.
    public init(number: Int, at: Date, author: String, changes: [PlanChange]) {
        self.number = number
        self.at = at
        self.author = author
        self.changes = changes
    }
}

/// How a copy of the plan was given to the patient or caregiver.
public enum ShareMethod: String, Codable, CaseIterable, Sendable {
    /// Printed copy handed over.
    case paper
    /// Patient portal.
    case portal
    /// Posted.
    case mail
    /// Faxed.
    case fax
}

/// A record that a copy of the plan was given to the patient.
public struct PlanShare: Codable, Equatable, Sendable {
    /// Date the copy was given.
    public var date: LocalDate
    /// How.
    public var method: ShareMethod
    /// Login of the person who gave it.
    public var by: String
    /// When the record was made.
    public var recordedAt: Date

    /// Creates a share record.
    public init(date: LocalDate, method: ShareMethod, by: String, recordedAt: Date) {
        self.date = date
        self.method = method
        self.by = by
        self.recordedAt = recordedAt
    }
}
