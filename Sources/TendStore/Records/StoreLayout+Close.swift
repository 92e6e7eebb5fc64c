import Foundation
import TendDomain

extension StoreLayout {
    /// Directory of one month's close records. Kept out of `months/<YYYY-MM>/`, whose every file
    /// is a patient-month's flags.
    public static func closeDirectory(_ month: YearMonth) -> String { "close/\(month)" }

    /// One month's close record: state, close/reopen history, not-billed marks, amendments.
    public static func monthClose(_ month: YearMonth) -> String { "close/\(month)/state.json" }

    /// The facts a closed month was billed on (patients and fee schedule frozen at close).
    public static func closedSnapshot(_ month: YearMonth) -> String { "close/\(month)/snapshot.json" }
}
