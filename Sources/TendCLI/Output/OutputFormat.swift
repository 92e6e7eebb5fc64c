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

    /// Columns aligned by display width, every cell sanitised. On a terminal each cell is capped
    /// at `maxColumnWidth` columns so that rows fit the screen; into a pipe or a file
    /// (`fitToTerminal` false) every cell is printed whole, for whoever reads it next.
    func rendered(maxColumnWidth: Int = 40, fitToTerminal: Bool = Console.standardOutputIsTerminal) -> String {
        let cap = fitToTerminal ? maxColumnWidth : Int.max
        let cells = ([header] + rows).map { $0.map { Cell($0, maxWidth: cap) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in cells { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.width) } }
        var out = ""
        for (r, row) in cells.enumerated() {
            if r > 0 { out.append("\n") }
            for (i, cell) in row.enumerated() {
                if i > 0 { out.append("  ") }
                out.append(cell.text)
                if i < row.count - 1, i < widths.count, cell.width < widths[i] {
                    out.append(String(repeating: " ", count: widths[i] - cell.width))
                }
            }
        }
        return out
    }

    /// One cell sanitised and capped, with its display width. Printable ASCII (most cells) is
    /// already safe and one column per byte, so it skips the grapheme-by-grapheme work.
    private struct Cell {
        let text: String
        let width: Int

        init(_ raw: String, maxWidth: Int) {
            if raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                if raw.utf8.count <= maxWidth {
                    (text, width) = (raw, raw.utf8.count)
                } else {
                    let fitted = maxWidth > 0 ? String(raw.utf8.prefix(maxWidth - 1))! + "…" : ""
                    (text, width) = (fitted, max(0, maxWidth))
                }
            } else {
                // Uncapped cells keep up to a million characters (the default sanitizer keeps 4096).
                let sanitizer = maxWidth == Int.max ? Sanitizer(maxCharacters: 1 << 20) : Sanitizer()
                let fitted = DisplayWidth.truncate(sanitizer.sanitize(raw), toWidth: maxWidth)
                (text, width) = (fitted, DisplayWidth.width(of: fitted))
            }
        }
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
