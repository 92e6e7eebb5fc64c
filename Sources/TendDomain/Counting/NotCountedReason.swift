import Foundation

/// Why minutes do not count toward the practice's claim for a patient-month, with a stable
/// identifier used by the CLI, JSON output, the report and the workstation.
public enum NotCountedReason: String, Codable, CaseIterable, Sendable {
    /// Time on a local date before the counting consent's date (never counts).
    case beforeConsent = "before-consent"
    /// No counting consent (none, declined, a disclosure missing, or given for another
    /// billing practitioner) dated on or before the month's last day.
    case noConsent = "no-consent"
    /// The consent was revoked in an earlier month.
    case consentRevoked = "consent-revoked"
    /// Fewer than two distinct chronic-condition categories on the problem list (CCM), or no
    /// qualifying PCM condition (PCM).
    case notEligible = "not-eligible"
    /// Someone recorded that another practitioner billed the month's program, or one that excludes it.
    case billedElsewhere = "billed-elsewhere"
    /// A supervisor decided the patient-month is not billed.
    case notBilled = "not-billed"
    /// The month is closed and the time is not recorded as an amendment.
    case monthClosed = "month-closed"
}

/// One reason some minutes will not count: why, in words, and what would make them count.
public struct CountingProblem: Codable, Equatable, Sendable {
    /// The stable identifier.
    public var reason: NotCountedReason
    /// Why the minutes do not count, e.g. `no consent is recorded for this patient`.
    public var why: String
    /// What would make them count, e.g. `record the patient's consent (all four disclosures) dated on or before 2026-12-03`.
    public var remedy: String

    /// Creates a problem.
    public init(reason: NotCountedReason, why: String, remedy: String) {
        self.reason = reason
        self.why = why
        self.remedy = remedy
    }

    /// `why: remedy to count`, one sentence for a warning line.
    public var sentence: String { "\(why); to count: \(remedy)" }
}
