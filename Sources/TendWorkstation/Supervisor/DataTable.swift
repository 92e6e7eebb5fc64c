import Foundation
import TendDomain
import TendTerminal

/// One column of a supervisor table.
struct TableColumn: Sendable, Equatable {
    /// The header.
    var title: String
    /// The name used in filters (`cm:okafor`, `min<20`): lower case, no spaces.
    var key: String
    /// The width the column asks for.
    var width: Int
    /// Whether numbers are right-aligned and filter with `<`, `>` and `=`.
    var numeric = false
    /// Whether the column takes the width left over (one per table).
    var flexible = false
    /// Columns with a lower priority are dropped first when the screen is narrow (0 never).
    var priority = 0
}

/// What a cell sorts and filters by.
enum SortValue: Sendable, Equatable, Comparable {
    case number(Double)
    case text(String)

    static func < (lhs: SortValue, rhs: SortValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b
        case (.text(let a), .text(let b)): return a < b
        case (.number, .text): return true
        case (.text, .number): return false
        }
    }
}

/// One cell: its text, what it sorts by, and how it is drawn.
struct TableCell: Sendable, Equatable {
    /// The text shown.
    var text: String
    /// What the column sorts and filters by.
    var sort: SortValue
    /// A style for the text (nil: the row's).
    var role: StyleRole?
    /// A progress bar drawn before the text: `value` of `total`.
    var bar: Bar?
    /// The text folded for filtering (case and accents ignored).
    let folded: String

    /// Creates a cell.
    init(text: String, sort: SortValue, role: StyleRole? = nil, bar: Bar? = nil) {
        self.text = text
        self.sort = sort
        self.role = role
        self.bar = bar
        folded = TableFilter.fold(text)
    }

    /// A bar toward a threshold.
    struct Bar: Sendable, Equatable {
        var value: Int
        var total: Int
    }

    /// A text cell sorted case- and accent-insensitively.
    static func text(_ text: String, role: StyleRole? = nil, sortKey: String? = nil) -> TableCell {
        TableCell(text: text, sort: .text(sortKey ?? TableFilter.fold(text)), role: role)
    }

    /// A number.
    static func number(_ value: Int, text: String? = nil, role: StyleRole? = nil) -> TableCell {
        TableCell(text: text ?? String(value), sort: .number(Double(value)), role: role)
    }

    /// An amount of money.
    static func money(_ amount: Decimal) -> TableCell {
        TableCell(text: Money.format(amount), sort: .number(NSDecimalNumber(decimal: amount).doubleValue))
    }
}

/// One row, and what it stands for.
struct TableRow: Sendable, Equatable {
    /// A stable identity for keeping the selection across reloads.
    var id: String
    /// The patient the row is about, if any.
    var patient: PatientID?
    /// The time entry the row is about, if any.
    var entry: EntryID?
    /// The cells, one per column.
    var cells: [TableCell]
}

/// A table of the supervisor view: columns and rows, sorted and filtered on any column.
struct DataTable: Sendable {
    /// The columns.
    var columns: [TableColumn]
    /// The rows in their natural order (ties in a sort keep it).
    var rows: [TableRow]
    /// The column sorted on by default, and whether descending.
    var defaultSort: TableSort

    /// The rows that pass `filter`, sorted.
    func view(sort: TableSort, filter: TableFilter) -> [TableRow] {
        let kept = filter.isEmpty ? rows : rows.filter { filter.matches($0, columns: columns) }
        guard columns.indices.contains(sort.column) else { return kept }
        let column = sort.column
        let indexed = kept.enumerated().map { (offset: $0.offset, row: $0.element, key: $0.element.cells[column].sort) }
        return indexed.sorted { a, b in
            if a.key != b.key { return sort.descending ? b.key < a.key : a.key < b.key }
            return a.offset < b.offset
        }.map(\.row)
    }
}

/// A sort: the column and the direction.
struct TableSort: Sendable, Equatable {
    var column: Int
    var descending: Bool
}
