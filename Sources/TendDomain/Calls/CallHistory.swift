import Foundation

/// What a patient's recorded calls say now: the latest attempt and any standing call-back.
public struct CallHistory: Equatable, Sendable {
    /// The latest attempt (by time, then id), if any.
    public let lastAttempt: CallAttempt?
    /// The call-back time asked for by the latest attempt, when that attempt is a call-back.
    /// Any later attempt (reached, voicemail, another call-back…) supersedes it.
    public let callBackDue: Date?

    /// Summarises `attempts`; attempts for other patients must already be filtered out.
    public init(_ attempts: [CallAttempt]) {
        let last = attempts.max { ($0.at, $0.id) < ($1.at, $1.id) }
        lastAttempt = last
        callBackDue = last?.result == .callBack ? last?.callBackAt : nil
    }
}
