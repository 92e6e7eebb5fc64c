import Foundation

/// What an encounter code means to tend: a qualifying visit of some kind, or a SNF stay.
public enum EncounterCodeMeaning: Equatable, Sendable {
    /// A visit that can initiate care management.
    case visit(VisitKind)
    /// A stay in a skilled nursing facility.
    case snfStay
}

/// The code systems of the encounter-code table (`Data/visit-codes.tsv`).
public enum EncounterCodeSystem: String, CaseIterable, Sendable {
    /// CPT (E/M codes).
    case cpt
    /// HCPCS Level II (AWV, IPPE).
    case hcpcs
    /// SNOMED CT encounter types.
    case snomed
    /// HL7 v3 RoleCode (service delivery location types, `SNF`).
    case v3RoleCode = "v3-rolecode"
}

/// The bundled table of encounter codes that make a visit qualifying or a stay a SNF stay.
public struct VisitCodeTable: Equatable, Sendable {
    /// Meaning by system and code (codes upper-cased).
    public let meanings: [EncounterCodeSystem: [String: EncounterCodeMeaning]]

    /// Parses the table: header `system<TAB>code<TAB>kind<TAB>name`; kind AWV, IPPE, EM or snf.
    public init(tsv: String) throws {
        var meanings: [EncounterCodeSystem: [String: EncounterCodeMeaning]] = [:]
        try TSVRows.read(tsv, table: "visit-code table", header: ["system", "code", "kind", "name"]) { line, columns in
            guard let system = EncounterCodeSystem(rawValue: columns[0]) else {
                throw DomainError("'\(columns[0])' is not a code system (\(EncounterCodeSystem.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let meaning: EncounterCodeMeaning
            if columns[2] == "snf" { meaning = .snfStay }
            else if let kind = VisitKind(rawValue: columns[2]) { meaning = .visit(kind) }
            else { throw DomainError("'\(columns[2])' is not a kind (AWV, IPPE, EM or snf)") }
            let code = columns[1].uppercased()
            guard !code.isEmpty, meanings[system]?[code] == nil else { throw DomainError("code '\(columns[1])' is empty or listed twice") }
            meanings[system, default: [:]][code] = meaning
        }
        self.meanings = meanings
    }

    /// The table shipped with the product (`Data/visit-codes.tsv`).
    public static func bundled() throws -> VisitCodeTable {
        try VisitCodeTable(tsv: BundledData.text(named: "visit-codes.tsv"))
    }

    /// What `code` of `system` means, or nil when the table does not list it.
    public func meaning(of code: String, in system: EncounterCodeSystem) -> EncounterCodeMeaning? {
        meanings[system]?[code.trimmingCharacters(in: .whitespaces).uppercased()]
    }
}
