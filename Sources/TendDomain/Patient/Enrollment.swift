import Foundation

/// Where a patient stands in the CCM program.
public enum EnrollmentStatus: String, Codable, CaseIterable, Sendable {
    /// Eligible or proposed, not yet asked.
    case candidate
    /// Consented and in the program.
    case enrolled
    /// Said no.
    case declined
    /// Left the program.
    case disenrolled
}

/// One change of enrollment status, kept as history.
public struct EnrollmentChange: Codable, Equatable, Sendable {
    /// The new status.
    public var status: EnrollmentStatus
    /// Effective date.
    public var date: LocalDate
    /// Login of the person who recorded it.
    public var by: String
    /// Optional free-text reason.
    public var reason: String?

    /// Creates a change.
    public init(status: EnrollmentStatus, date: LocalDate, by: String, reason: String? = nil) {
        self.status = status
        self.date = date
        self.by = by
        self.reason = reason
    }
}
