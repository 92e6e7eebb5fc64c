import Foundation
import TendDomain

/// A filter typed with `/` over a table: words separated by spaces, all of which must match.
///
/// A plain word matches any cell containing it by the one search rule of `PatientQuery`
/// (case and accents ignored; a date in ISO or US form matches the date of birth). `column:text`
/// matches that column only; on a numeric column `column<N`, `column>N` and `column=N`
/// compare. A column is named by its key or any unambiguous start of it (`cm:okafor`,
/// `min<20`, `gates:consent`).
struct TableFilter: Sendable, Equatable {
    /// How a term compares.
    enum Operation: Sendable, Equatable {
        case contains(PatientQuery.Term)
        case less(Double)
        case greater(Double)
        case equal(Double)
    }

    /// One term: a column (nil: any) and a comparison.
    struct Term: Sendable, Equatable {
        var column: Int?
        var operation: Operation
    }

    /// The terms, all of which must match.
    var terms: [Term]

    /// Whether the filter keeps every row.
    var isEmpty: Bool { terms.isEmpty }

    /// The empty filter.
    static let none = TableFilter(terms: [])

    /// Parses `text` against `columns`; throws a message naming an unknown column or a bad number.
    static func parse(_ text: String, columns: [TableColumn]) throws(TableFilterError) -> TableFilter {
        var terms: [Term] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            guard let index = word.firstIndex(where: { ":<>=".contains($0) }), index != word.startIndex else {
                terms.append(Term(column: nil, operation: .contains(PatientQuery.Term(word))))
                continue
            }
            let name = fold(String(word[..<index]))
            let op = word[index]
            let value = String(word[word.index(after: index)...])
            let column = try resolve(name, columns: columns)
            if op == ":" {
                terms.append(Term(column: column, operation: .contains(PatientQuery.Term(value))))
                continue
            }
            guard columns[column].numeric else {
                throw TableFilterError("'\(columns[column].key)' is not a number column; use \(columns[column].key):text")
            }
            guard let number = Double(value.replacingOccurrences(of: "$", with: "")) else {
                throw TableFilterError("'\(value)' is not a number (in '\(word)')")
            }
            switch op {
            case "<": terms.append(Term(column: column, operation: .less(number)))
            case ">": terms.append(Term(column: column, operation: .greater(number)))
            default: terms.append(Term(column: column, operation: .equal(number)))
            }
        }
        return TableFilter(terms: terms)
    }

    /// The column a name means: its key or its title without spaces, else the only column
    /// whose key or title it starts.
    static func resolve(_ name: String, columns: [TableColumn]) throws(TableFilterError) -> Int {
        func names(_ column: TableColumn) -> [String] { [column.key, fold(column.title).replacingOccurrences(of: " ", with: "")] }
        if let exact = columns.firstIndex(where: { names($0).contains(name) }) { return exact }
        let matches = columns.indices.filter { names(columns[$0]).contains { $0.hasPrefix(name) } }
        guard matches.count == 1 else {
            let keys = columns.map(\.key).joined(separator: ", ")
            throw TableFilterError(matches.isEmpty ? "no column '\(name)'; columns: \(keys)"
                                   : "'\(name)' could be \(matches.map { columns[$0].key }.joined(separator: " or "))")
        }
        return matches[0]
    }

    /// Whether `row` passes every term; `folded` is the row's cell texts folded.
    func matches(_ row: TableRow, folded: [String]) -> Bool {
        terms.allSatisfy { term in
            guard let column = term.column else {
                guard case .contains(let needle) = term.operation else { return false }
                return folded.contains { needle.matches(folded: $0) }
            }
            let number: Double? = if case .number(let v) = row.cells[column].sort { v } else { nil }
            switch term.operation {
            case .contains(let needle): return needle.matches(folded: folded[column])
            case .less(let n): return number.map { $0 < n } ?? false
            case .greater(let n): return number.map { $0 > n } ?? false
            case .equal(let n): return number.map { $0 == n } ?? false
            }
        }
    }

    /// Text folded for matching and sorting, as every search folds it (`SearchText.fold`).
    static func fold(_ text: String) -> String { SearchText.fold(text) }
}

/// Why a typed filter could not be applied.
struct TableFilterError: Error, Sendable, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
