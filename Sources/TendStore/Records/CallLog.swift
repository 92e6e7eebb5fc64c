import Foundation
import TendDomain

/// One staff member's call attempts for one calendar month (`calls/<YYYY-MM>/<login>.json`).
///
/// Grouped like time entries, by staff member and month, so that recording a call rewrites one
/// small file and the call list reads only the months it needs.
public struct CallLog: Codable, Equatable, Sendable {
    /// Login of the staff member who made the calls.
    public var staff: String
    /// The calendar month of the calls (practice time zone).
    public var month: YearMonth
    /// Incremented on every change.
    public var version: Int
    /// Attempts in the order they were recorded.
    public var attempts: [CallAttempt]

    /// Creates a log.
    public init(staff: String, month: YearMonth, version: Int = 0, attempts: [CallAttempt] = []) {
        self.staff = staff
        self.month = month
        self.version = version
        self.attempts = attempts
    }
}
