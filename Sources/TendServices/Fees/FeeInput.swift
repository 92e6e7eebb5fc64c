import Foundation
import TendDomain

/// Reading fee codes, amounts and fee CSV files as a person types them, with a clear message
/// for each mistake.
enum FeeInput {
    /// The code, case-insensitive (`g0556` is G0556); an unknown one names the codes tend prices.
    static func code(_ text: String) throws -> CPTCode {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let code = CPTCode(rawValue: trimmed.uppercased()) else {
            throw DomainError("unknown code '\(TextSafety.printable(trimmed, maxLength: 40))': a fee schedule prices "
                              + CPTCode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return code
    }

    /// A non-negative amount in whole cents, with or without `$` (`66.13`, `$66.13`, `66`).
    static func amount(_ text: String, for code: CPTCode) throws -> Decimal {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let body = trimmed.hasPrefix("$") ? String(trimmed.dropFirst()) : trimmed
        let unsigned = body.hasPrefix("-") ? String(body.dropFirst()) : body
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || !parts[1].isEmpty, let value = Decimal(string: unsigned) else {
            throw DomainError("'\(TextSafety.printable(trimmed, maxLength: 40))' is not an amount for \(code.rawValue) (like 66.13)")
        }
        if body.hasPrefix("-") && value != 0 {
            throw DomainError("the amount for \(code.rawValue) must not be negative (got \(TextSafety.printable(trimmed, maxLength: 40)))")
        }
        if parts.count == 2 && parts[1].count > 2 && Money.roundedToCents(value) != value {
            throw DomainError("the amount for \(code.rawValue) must be in whole cents (got \(TextSafety.printable(trimmed, maxLength: 40)))")
        }
        return Money.roundedToCents(value)
    }

    /// The rows of a fee CSV: a header naming `code` and `amount`, optionally `max_units` (any
    /// order, case-insensitive), then one code per row, each code once. Every bad row is named
    /// by its line.
    static func rows(csv text: String) throws -> [FeeRow] {
        let records: [CSVReader.Record]
        do { records = try CSVReader.parse(text) } catch let error as CSVError { throw DomainError("nothing was imported: CSV \(error)") }
        guard let header = records.first else { throw DomainError("nothing was imported: the file is empty") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let codeColumn = names.firstIndex(of: "code"), let amountColumn = names.firstIndex(of: "amount") else {
            throw DomainError("nothing was imported: the header on line \(header.line) must name the columns 'code' and 'amount'")
        }
        let known = ["code", "amount", "max_units"]
        let unknown = names.filter { !known.contains($0) }
        let unitsColumn = names.firstIndex(of: "max_units")
        guard unknown.isEmpty, names.count == Set(names).count else {
            throw DomainError("nothing was imported: the header on line \(header.line) must have the columns 'code' and 'amount', and may have 'max_units', each once"
                              + (unknown.isEmpty ? "" : " (unknown: \(unknown.map { "'\(TextSafety.printable($0, maxLength: 40))'" }.joined(separator: ", ")))"))
        }
        var rows: [FeeRow] = []
        var refused: [(line: Int, reason: String)] = []
        var seen: [CPTCode: Int] = [:]
        for record in records.dropFirst() {
            do {
                guard record.fields.count == names.count else {
                    throw DomainError("has \(record.fields.count) field(s), the header has \(names.count)")
                }
                let code = try code(record.fields[codeColumn])
                if let first = seen[code] { throw DomainError("\(code.rawValue) is also on line \(first)") }
                seen[code] = record.line
                let amount = try amount(record.fields[amountColumn], for: code)
                rows.append(FeeRow(line: record.line, code: code, amount: amount,
                                   maxUnits: try unitsColumn.flatMap { try maxUnits(record.fields[$0], for: code) }))
            } catch let error as DomainError {
                refused.append((record.line, error.message))
            }
        }
        guard refused.isEmpty else {
            throw DomainError("nothing was imported: \(refused.count) row(s) are invalid:\n" + Session.refusalLines(refused))
        }
        guard !rows.isEmpty else { throw DomainError("nothing was imported: the file has only its header") }
        return rows
    }

    /// Max units from a CSV field: empty keeps the schedule's; else 1-99 (0-99 for an add-on).
    static func maxUnits(_ text: String, for code: CPTCode) throws -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let range = (code.isAddOn ? 0 : 1)...99
        guard trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let units = Int(trimmed), range.contains(units) else {
            throw DomainError("max units for \(code.rawValue) must be a whole number from \(range.lowerBound) to 99 (got '\(TextSafety.printable(trimmed, maxLength: 20))')")
        }
        return units
    }

    /// `$60.49 confirmed`, `$50.44 unconfirmed`, `not entered`.
    static func describe(_ fee: Fee) -> String {
        guard let amount = fee.enteredAmount else { return "not entered" }
        return "\(Money.format(amount)) \(fee.status.rawValue)"
    }
}

/// One row of a fee CSV.
struct FeeRow: Sendable {
    /// The line it is on.
    var line: Int
    /// The code.
    var code: CPTCode
    /// The amount, in whole cents.
    var amount: Decimal
    /// The max units, nil to keep the schedule's.
    var maxUnits: Int?
}
