import Foundation
import TendDomain

extension StoreLayout {
    /// Directory of one month's call logs (one file per staff member).
    package static func callsMonth(_ month: YearMonth) -> String { callsMonth(month.description) }

    /// Directory of one month's call logs, the month written `YYYY-MM`.
    package static func callsMonth(_ month: String) -> String { "calls/\(month)" }

    /// One staff member's call log for one month.
    package static func calls(month: YearMonth, staff login: String) -> String {
        calls(month: month.description, staff: login)
    }

    /// One staff member's call log for one month, the month written `YYYY-MM`.
    package static func calls(month: String, staff login: String) -> String { "calls/\(month)/\(login).json" }
}
