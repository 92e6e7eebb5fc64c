import Foundation
import TendDomain

/// The store's staff file (`staff.json`): every staff member, with one version for the file.
public struct StaffRoster: Codable, Equatable, Sendable {
    /// Incremented on every change to the roster.
    public var version: Int
    /// Staff members, sorted by login.
    public var members: [StaffMember]

    /// Creates a roster.
    public init(version: Int, members: [StaffMember]) {
        self.version = version
        self.members = members.sorted { $0.login < $1.login }
    }

    /// The staff member with this login, if any.
    public func member(_ login: String) -> StaffMember? {
        members.first { $0.login == login }
    }
}

/// One staff member's time entries for one calendar month (`time/<YYYY-MM>/<login>.json`).
///
/// Entries are grouped by staff member and month so that logging reads and rewrites one small
/// file (the one the overlap check needs) and a month's report never reads other months.
public struct StaffMonthLog: Codable, Equatable, Sendable {
    /// Login of the staff member whose time this is.
    public var staff: String
    /// The calendar month (practice time zone).
    public var month: YearMonth
    /// Incremented on every change.
    public var version: Int
    /// Entries in the order they were recorded.
    public var entries: [TimeEntry]

    /// Creates a log.
    public init(staff: String, month: YearMonth, version: Int = 0, entries: [TimeEntry] = []) {
        self.staff = staff
        self.month = month
        self.version = version
        self.entries = entries
    }
}
