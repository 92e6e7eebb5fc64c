import Foundation
import TendDomain

extension StoreLayout {
    /// Directory of one month's close records. Kept out of `months/<YYYY-MM>/`, whose every file
    /// is a patient-month's flags.
    package static func closeDirectory(_ month: YearMonth) -> String { "close/\(month)" }

    /// One month's close record: state, close/reopen history, not-billed marks, amendments.
    package static func monthClose(_ month: YearMonth) -> String { "close/\(month)/state.json" }

    /// The header of the facts a closed month was billed on (the fee schedule, and how many
    /// parts hold the patient records frozen at close).
    package static func closedSnapshot(_ month: YearMonth) -> String { "close/\(month)/snapshot.json" }

    /// Part `index` of the patient records frozen at close: `snapshot-000.json`, `snapshot-001.json`…
    package static func closedSnapshotPart(_ month: YearMonth, _ index: Int) -> String {
        let number = String(index)
        return "close/\(month)/snapshot-\(String(repeating: "0", count: max(0, 3 - number.count)))\(number).json"
    }

    /// Whether a file name in a close directory is a snapshot part.
    package static func isClosedSnapshotPart(_ name: String) -> Bool {
        guard name.hasPrefix("snapshot-"), name.hasSuffix(".json") else { return false }
        let number = name.dropFirst("snapshot-".count).dropLast(".json".count)
        return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }
}
