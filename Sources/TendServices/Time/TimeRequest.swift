import Foundation
import TendDomain

/// What `tend time log` asks for, before the rules are applied.
public struct TimeRequest: Sendable {
    /// When the time was spent.
    public enum Span: Sendable {
        /// A number of minutes on a date (today when nil).
        case minutes(Int, on: LocalDate?)
        /// Exact instants.
        case interval(start: Date, end: Date)
    }

    /// The span.
    public var span: Span
    /// What was done.
    public var activity: Activity
    /// The required note.
    public var note: String
    /// Conditions addressed; when empty, the patient's conditions on the chronic list are used.
    public var conditions: [String]
    /// Why the time is entered by hand.
    public var reason: String?
    /// Record for another staff member (supervisor or admin only).
    public var onBehalfOf: String?
    /// Set when the user confirmed that an entry identical to an earlier one is a second,
    /// separate piece of work: why (audited). Without it a probable duplicate is refused.
    public var separateReason: String?

    /// Creates a request.
    public init(span: Span, activity: Activity, note: String, conditions: [String] = [], reason: String? = nil, onBehalfOf: String? = nil,
                separateReason: String? = nil) {
        self.span = span
        self.activity = activity
        self.note = note
        self.conditions = conditions
        self.reason = reason
        self.onBehalfOf = onBehalfOf
        self.separateReason = separateReason
    }
}
