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
    /// `different_person` holds, on a row whose name and date of birth match another patient
    /// (in the store or earlier in the file), the reason why it is a different person.
    /// `qmb` (optional) says whether the patient is a Qualified Medicare Beneficiary: yes, no,
    /// true, false, 1 or 0; empty means not recorded.
    public static let all = ["name", "family", "given", "dob", "mrn", "mbi", "phone", "conditions",
                             "care_manager", "billing_practitioner", "last_visit", "language", "call_window",
                             "different_person", "qmb"]
}

extension Session {
    /// Imports patients from CSV text. All or nothing: one bad row refuses the file, unless
    /// `skipInvalid`, which imports the good rows and reports the others. One commit.
    /// A row with the name and date of birth of a patient already recorded, or of an earlier row,
    /// is refused unless its `different_person` column gives the reason (audited). Everything is
    /// read and checked under the store's write lock; new ids are unique in the store and the file.
    public func importPatients(csv text: String, skipInvalid: Bool) throws -> ImportOutcome {
        try require(.patientImport, doing: "importing patients")
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
        var outcome = ImportOutcome(created: [], refused: [])
        try store.write(account, action: .patientImport, at: now) { change in
            let roster = try rosterView()
            var valid: [(line: Int, patient: Patient, differentPerson: String?)] = []
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
                                             language: value("language"), callWindow: value("call_window"),
                                             differentPerson: value("different_person"), qmb: value("qmb"))
                    let patient = try draft.validated(id: try unusedPatientID(), roster: roster, today: today, now: now)
                    valid.append((record.line, patient, draft.differentPerson))
                } catch {
                    outcome.refused.append((record.line, "\(error)"))
                }
            }
            // Then each valid row against the store and the rows before it.
            let sameBirthDates = try store.patients(bornOn: Set(valid.map(\.patient.dateOfBirth)))
            var seenMRN: [String: Int] = [:]
            var taken: Set<PatientID> = []
            var created: [Patient] = []
            var notes: [(line: Int, note: DifferentPersonNote)] = []
            for row in valid {
                var patient = row.patient
                do {
                    if taken.contains(patient.id) { patient.id = try unusedPatientID(besides: taken) }
                    if let mrn = patient.mrn {
                        if let line = seenMRN[mrn] { throw DomainError("MRN \(TextSafety.printable(mrn)) is also on line \(line)") }
                        seenMRN[mrn] = row.line
                    }
                    let note = try checkSameIdentity(patient, among: sameBirthDates + created, differentPerson: row.differentPerson,
                                                     howToSay: "give the reason in a different_person column on line \(row.line)")
                    try stage(newPatient: patient, in: change)
                    taken.insert(patient.id)
                    created.append(patient)
                    outcome.created.append((row.line, patient.id))
                    if let note { notes.append((row.line, note)) }
                } catch {
                    outcome.refused.append((row.line, "\(error)"))
                }
            }
            outcome.refused.sort { $0.line < $1.line }
            if !outcome.refused.isEmpty && !skipInvalid {
                throw DomainError("nothing was imported: \(outcome.refused.count) row(s) are invalid (use --skip-invalid to import the others):\n"
                                  + Self.refusalLines(outcome.refused))
            }
            guard !created.isEmpty else {
                if outcome.refused.isEmpty { throw DomainError("no rows to import: the file has only its header") }
                throw DomainError("nothing was imported: none of the \(outcome.refused.count) row(s) is valid:\n" + Self.refusalLines(outcome.refused))
            }
            change.summary = "imported \(created.count) patient(s)" + (outcome.refused.isEmpty ? "" : ", skipped \(outcome.refused.count) invalid row(s)")
                + notes.map { "; line \($0.line): \($0.note.patient) is \($0.note.summary)" }.joined()
            if notes.isEmpty {
                change.describe(created.map(\.id))
            } else {
                change.describe(ImportedPatients(patients: created.map(\.id), differentPersons: notes.map(\.note)))
            }
        }
        return outcome
    }

    /// One line per refused row, every row listed, each reason made printable so that it stays
    /// on its line (an imported field may hold a line break).
    static func refusalLines(_ refused: [(line: Int, reason: String)]) -> String {
        refused.map { "  line \($0.line): \(TextSafety.printable($0.reason, maxLength: 500))" }.joined(separator: "\n")
    }
}

/// What the audit record of an import with different-person rows holds.
struct ImportedPatients: Encodable {
    var patients: [PatientID]
    var differentPersons: [DifferentPersonNote]
}
