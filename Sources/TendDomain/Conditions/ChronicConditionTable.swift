import Foundation

/// Maps ICD-10-CM code prefixes to chronic-condition categories (rules §1); the longest prefix wins.
public struct ChronicConditionTable: Equatable, Sendable {
    /// Category by prefix, prefixes written without dots (e.g. `I110`).
    public let categoriesByPrefix: [String: ChronicCategory]

    /// Every category in the table, sorted by label.
    public var categories: [ChronicCategory] { Set(categoriesByPrefix.values).sorted() }

    /// Category by SNOMED CT concept (exact match), from `Data/snomed-chronic.tsv`; empty when
    /// the table was made from ICD-10-CM rows only.
    public private(set) var categoriesBySNOMED: [SNOMEDCode: ChronicCategory] = [:]

    private let longestPrefix: Int

    /// Parses a tab-separated table: `#` comments and blank lines ignored, then a header
    /// `prefix<TAB>category<TAB>label`, then one row per prefix.
    ///
    /// Throws a `DomainError` naming the line for malformed rows, bad prefixes, duplicate
    /// prefixes or a category given two different labels.
    public init(tsv: String) throws {
        var table: [String: ChronicCategory] = [:]
        var labels: [String: String] = [:]
        var sawHeader = false
        for (index, rawLine) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            func fail(_ problem: String) -> DomainError {
                DomainError("chronic-condition table line \(lineNumber): \(problem)")
            }
            guard columns.count == 3 else {
                throw fail("expected 3 tab-separated columns (prefix, category, label), found \(columns.count)")
            }
            if !sawHeader {
                guard columns == ["prefix", "category", "label"] else {
                    throw fail("expected the header 'prefix<TAB>category<TAB>label'")
                }
                sawHeader = true
                continue
            }
            let prefix = columns[0].uppercased().replacingOccurrences(of: ".", with: "")
            guard ChronicConditionTable.isValidPrefix(prefix) else {
                throw fail("'\(columns[0])' is not an ICD-10-CM code prefix (like E11 or I13.0)")
            }
            guard !columns[1].isEmpty, !columns[2].isEmpty else {
                throw fail("category and label must not be empty")
            }
            if let known = labels[columns[1]], known != columns[2] {
                throw fail("category '\(columns[1])' already has the label '\(known)'")
            }
            guard table[prefix] == nil else { throw fail("prefix '\(columns[0])' is listed twice") }
            labels[columns[1]] = columns[2]
            table[prefix] = ChronicCategory(id: columns[1], label: columns[2])
        }
        guard sawHeader else { throw DomainError("chronic-condition table has no header row") }
        categoriesByPrefix = table
        longestPrefix = table.keys.map(\.count).max() ?? 0
    }

    /// The table shipped with the product (`Data/chronic-conditions.tsv` and its SNOMED CT
    /// companion `Data/snomed-chronic.tsv`).
    public static func bundled() throws -> ChronicConditionTable {
        try ChronicConditionTable(tsv: BundledData.text(named: "chronic-conditions.tsv"),
                                  snomedTSV: BundledData.text(named: "snomed-chronic.tsv"))
    }

    /// Parses the ICD-10-CM table (see ``init(tsv:)``) and a SNOMED CT table: `#` comments and
    /// blank lines ignored, a header `code<TAB>category<TAB>name`, then one row per concept whose
    /// category must be one of the ICD-10-CM table's. Throws a `DomainError` naming the line.
    public init(tsv: String, snomedTSV: String) throws {
        self = try ChronicConditionTable(tsv: tsv)
        let known = Dictionary(categoriesByPrefix.values.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var bySNOMED: [SNOMEDCode: ChronicCategory] = [:]
        try TSVRows.read(snomedTSV, table: "SNOMED CT table", header: ["code", "category", "name"]) { line, columns in
            let code = try SNOMEDCode(validating: columns[0])
            guard let category = known[columns[1]] else {
                throw DomainError("SNOMED CT table line \(line): '\(columns[1])' is not a category of the ICD-10-CM table")
            }
            guard bySNOMED[code] == nil else { throw DomainError("SNOMED CT table line \(line): \(code) is listed twice") }
            bySNOMED[code] = category
        }
        categoriesBySNOMED = bySNOMED
    }

    /// The category of the longest prefix that `code` starts with, or nil when it is not on the list.
    public func category(for code: ICD10Code) -> ChronicCategory? {
        let compact = code.compact
        for length in stride(from: min(compact.count, longestPrefix), through: 1, by: -1) {
            if let category = categoriesByPrefix[String(compact.prefix(length))] { return category }
        }
        return nil
    }

    /// The category of a SNOMED CT concept, or nil when the table does not list it.
    public func category(for code: SNOMEDCode) -> ChronicCategory? { categoriesBySNOMED[code] }

    private static func isValidPrefix(_ prefix: String) -> Bool {
        let chars = Array(prefix)
        guard (3...7).contains(chars.count), chars.allSatisfy(\.isASCII),
              chars[0].isLetter, chars[1].isNumber else { return false }
        return chars.dropFirst(2).allSatisfy { $0.isLetter || $0.isNumber }
    }
}
