import ArgumentParser
import Foundation
import TendTerminal

/// How a listing is printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// A plain table: a header and rows of cells, printed aligned by display width (so accented
/// and CJK names line up), as CSV, or used to build JSON elsewhere.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    /// Columns aligned by display width, every cell sanitised and capped at 40 columns.
    func rendered(maxColumnWidth: Int = 40) -> String {
        let sanitizer = Sanitizer()
        let cells = ([header] + rows).map { $0.map { DisplayWidth.truncate(sanitizer.sanitize($0), toWidth: maxColumnWidth) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in cells { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.width(of: cell)) } }
        return cells.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : DisplayWidth.pad(cell, toWidth: widths[i])
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// RFC 4180 CSV with spreadsheet formulas neutralised.
    var csv: String {
        ([header] + rows).map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

/// CSV writing rules.
enum CSV {
    /// Quotes a field when needed and neutralises a leading `= + - @` (and tab/CR) with a
    /// single quote so that a spreadsheet never evaluates it as a formula.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
           Double(text) == nil {
            text = "'" + text
        }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}

/// JSON output conventions: sorted keys, ISO-8601 dates, pretty.
enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
