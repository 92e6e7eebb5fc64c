import Foundation

/// Reads the rows of a bundled tab-separated table: `#` comments and blank lines ignored, the
/// first other line must be `header`, every row must have as many columns.
enum TSVRows {
    /// Calls `row` with each data row's 1-based line number and trimmed columns; errors name
    /// `table` and the line.
    static func read(_ text: String, table: String, header: [String],
                     _ row: (Int, [String]) throws -> Void) throws {
        var sawHeader = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == header.count else {
                throw DomainError("\(table) line \(index + 1): expected \(header.count) tab-separated columns (\(header.joined(separator: ", "))), found \(columns.count)")
            }
            if !sawHeader {
                guard columns == header else {
                    throw DomainError("\(table) line \(index + 1): expected the header '\(header.joined(separator: "<TAB>"))'")
                }
                sawHeader = true
                continue
            }
            do { try row(index + 1, columns) } catch let error as DomainError where !error.description.contains(table) {
                throw DomainError("\(table) line \(index + 1): \(error)")
            }
        }
        guard sawHeader else { throw DomainError("\(table) has no header row") }
    }
}
