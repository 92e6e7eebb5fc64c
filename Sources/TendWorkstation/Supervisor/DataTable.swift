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
    /// What the column sorts and filters by; nil: the text, folded when a sort needs it (so a
    /// table of 10,000 rows is not folded cell by cell before it is shown).
    var sort: SortValue?
    /// A style for the text (nil: the row's).
    var role: StyleRole?
    /// A progress bar drawn before the text: `value` of `total`.
    var bar: Bar?

    /// A bar toward a threshold.
    struct Bar: Sendable, Equatable {
        var value: Int
        var total: Int
    }

    /// Creates a cell.
    init(text: String, sort: SortValue? = nil, role: StyleRole? = nil, bar: Bar? = nil) {
        self.text = text
        self.sort = sort
        self.role = role
        self.bar = bar
    }

    /// A text cell, sorted case- and accent-insensitively unless `sortKey` is given.
    static func text(_ text: String, role: StyleRole? = nil, sortKey: String? = nil) -> TableCell {
        TableCell(text: text, sort: sortKey.map { .text($0) }, role: role)
    }

    /// A number.
    static func number(_ value: Int, text: String? = nil, role: StyleRole? = nil) -> TableCell {
        TableCell(text: text ?? String(value), sort: .number(Double(value)), role: role)
    }

    /// An amount of money.
    static func money(_ amount: Decimal) -> TableCell {
        TableCell(text: Money.format(amount), sort: .number(NSDecimalNumber(decimal: amount).doubleValue))
    }

    /// What the cell sorts by.
    var sortValue: SortValue { sort ?? .text(TableFilter.fold(text)) }
}

/// Where the record a row stands for is now: what the keys may do with it is decided from
/// this, never from the text a cell shows.
enum RowStatus: Sendable, Equatable {
    /// Nothing to note.
    case current
    /// A time entry that overlaps another of the same staff member.
    case overlapping
    /// A voided time entry (kept, with its reason).
    case voided
    /// A time entry that replaces a voided one.
    case correction
}

/// One row, and what it stands for.
struct TableRow: Sendable, Equatable {
    /// A stable identity for keeping the selection across reloads.
    var id: String
    /// The patient the row is about, if any.
    var patient: PatientID?
    /// The time entry the row is about, if any.
    var entry: EntryID?
    /// The record's status.
    var status: RowStatus = .current
    /// The patient's care manager, on the tables that show one.
    var careManager: RowCareManager = .notShown
    /// The cells, one per column.
    var cells: [TableCell]
}

/// A row's care manager as data (the reassign form offers someone else first), never read back
/// from the cell's text.
enum RowCareManager: Sendable, Hashable {
    /// The table has no care-manager column.
    case notShown
    /// The patient has no care manager.
    case unassigned
    /// The care manager's login.
    case login(String)

    /// The row's value for a patient's `careManager` field.
    init(_ login: String?) { self = login.map(RowCareManager.login) ?? .unassigned }
}

/// A table of the supervisor view: columns and rows, sorted and filtered on any column.
struct DataTable: Sendable {
    /// The columns.
    var columns: [TableColumn]
    /// The rows in their natural order (ties in a sort keep it).
    var rows: [TableRow]
    /// The column sorted on by default, and whether descending.
    var defaultSort: TableSort
    /// The rows' texts folded for filtering, made on the first filter and kept.
    let folded = FoldedTexts()

    init(columns: [TableColumn], rows: [TableRow], defaultSort: TableSort) {
        self.columns = columns
        self.rows = rows
        self.defaultSort = defaultSort
    }

    /// The rows that pass `filter`, sorted.
    func view(sort: TableSort, filter: TableFilter) -> [TableRow] {
        var kept = Array(rows.indices)
        if !filter.isEmpty {
            let texts = folded.texts(of: rows)
            kept = kept.filter { filter.matches(rows[$0], folded: texts[$0]) }
        }
        guard columns.indices.contains(sort.column) else { return kept.map { rows[$0] } }
        let column = sort.column
        let keys = kept.map { rows[$0].cells[column].sortValue }
        let order = keys.indices.sorted { a, b in
            if keys[a] != keys[b] { return sort.descending ? keys[b] < keys[a] : keys[a] < keys[b] }
            return kept[a] < kept[b]
        }
        return order.map { rows[kept[$0]] }
    }
}

/// Folded cell texts of a table, computed once when first needed. Only touched by the thread
/// that owns the workstation.
final class FoldedTexts: @unchecked Sendable {
    private var cache: [[String]]?

    /// The folded text of every cell, row by row.
    func texts(of rows: [TableRow]) -> [[String]] {
        if let cache, cache.count == rows.count { return cache }
        let made = rows.map { $0.cells.map { TableFilter.fold($0.text) } }
        cache = made
        return made
    }
}

/// A sort: the column and the direction.
struct TableSort: Sendable, Equatable {
    var column: Int
    var descending: Bool
}
