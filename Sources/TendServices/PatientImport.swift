import Foundation
import TendDomain
import TendStore

/// The outcome of importing patients from CSV.
public struct ImportOutcome: Sendable {
    /// Patients created, in file order.
    public var created: [(line: Int, id: PatientID)]
    /// Rows refused, with the reason.
    public var refused: [(line: Int, reason: String)]
}

/// The columns `tend patient import` understands (header names, case-insensitive).
public enum PatientImportColumns {
    /// Every known column. `name` ("Family, Given") or both `family` and `given` are required,
    /// and `dob`.
    public static let all = ["name", "family", "given", "dob", "mrn", "mbi", "phone", "conditions",
                             "care_manager", "billing_practitioner", "last_visit", "language", "call_window"]
}

extension Session {
    /// Imports patients from CSV text. All or nothing: one bad row refuses the file, unless
    /// `skipInvalid`, which imports the good rows and reports the others. One commit.
    public func importPatients(csv text: String, skipInvalid: Bool) throws -> ImportOutcome {
        try require(Self.careTeam, action: "patient.import", doing: "importing patients")
        let records: [CSVReader.Record]
        do { records = try CSVReader.parse(text) } catch let error as CSVError { throw DomainError("CSV \(error)") }
        guard let header = records.first else { throw DomainError("the file is empty") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_") }
        let unknown = names.filter { !PatientImportColumns.all.contains($0) }
        guard unknown.isEmpty else {
            throw DomainError("unknown column(s) \(unknown.map { "'\(TextSafety.printable($0))'" }.joined(separator: ", ")); known columns: \(PatientImportColumns.all.joined(separator: ", "))")
        }
        guard names.contains("dob"), names.contains("name") || (names.contains("family") && names.contains("given")) else {
            throw DomainError("the header needs 'dob' and either 'name' (\"Family, Given\") or 'family' and 'given'")
        }
        let roster = try rosterView()
        var outcome = ImportOutcome(created: [], refused: [])
        try store.write(account, action: "patient.import", at: now) { change in
            var generator = SystemRandomNumberGenerator()
            var seenMRN: [String: Int] = [:]
            var created: [Patient] = []
            for record in records.dropFirst() {
                func value(_ column: String) -> String? {
                    guard let index = names.firstIndex(of: column), index < record.fields.count else { return nil }
                    let v = record.fields[index].trimmingCharacters(in: .whitespaces)
                    return v.isEmpty ? nil : v
                }
                do {
                    guard record.fields.count == names.count else {
                        throw DomainError("has \(record.fields.count) fields, the header has \(names.count)")
                    }
                    let name = value("name") ?? "\(value("family") ?? ""), \(value("given") ?? "")"
                    let conditions = (value("conditions") ?? "").split(whereSeparator: { $0 == ";" || $0 == " " || $0 == "|" }).map(String.init)
                    let draft = PatientDraft(name: name, dateOfBirth: value("dob") ?? "", mrn: value("mrn"), mbi: value("mbi"),
                                             phone: value("phone"), conditions: conditions, careManager: value("care_manager"),
                                             billingPractitioner: value("billing_practitioner"), lastVisit: value("last_visit"),
                                             language: value("language"), callWindow: value("call_window"))
                    var patient = try draft.validated(id: PatientID.random(using: &generator), roster: roster, today: today, now: now)
                    while try store.optionalDocument(Patient.self, at: StoreLayout.patient(patient.id.rawValue)) != nil {
                        patient.id = PatientID.random(using: &generator)
                    }
                    if let mrn = patient.mrn {
                        if let line = seenMRN[mrn] { throw DomainError("MRN \(TextSafety.printable(mrn)) is also on line \(line)") }
                        seenMRN[mrn] = record.line
                    }
                    try stage(newPatient: patient, in: change)
                    created.append(patient)
                    outcome.created.append((record.line, patient.id))
                } catch {
                    outcome.refused.append((record.line, "\(error)"))
                }
            }
            if !outcome.refused.isEmpty && !skipInvalid {
                throw DomainError("nothing was imported: \(outcome.refused.count) row(s) are invalid (use --skip-invalid to import the others):\n"
                                  + Self.refusalLines(outcome.refused))
            }
            guard !created.isEmpty else {
                if outcome.refused.isEmpty { throw DomainError("no rows to import: the file has only its header") }
                throw DomainError("nothing was imported: none of the \(outcome.refused.count) row(s) is valid:\n" + Self.refusalLines(outcome.refused))
            }
            change.summary = "imported \(created.count) patient(s)" + (outcome.refused.isEmpty ? "" : ", skipped \(outcome.refused.count) invalid row(s)")
            change.describe(created.map(\.id))
        }
        return outcome
    }

    /// One line per refused row, every row listed, each reason made printable so that it stays
    /// on its line (an imported field may hold a line break).
    static func refusalLines(_ refused: [(line: Int, reason: String)]) -> String {
        refused.map { "  line \($0.line): \(TextSafety.printable($0.reason, maxLength: 500))" }.joined(separator: "\n")
    }
}
