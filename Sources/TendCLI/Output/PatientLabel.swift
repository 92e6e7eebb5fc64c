import Foundation
import TendDomain
import TendServices

/// How the command line names a patient in messages and tables: always with the name and the
/// date of birth (two identifiers), with the record id and the MRN where there is room.
enum PatientLabel {
    /// `P7K3X9Q2 Brown, Charles (DOB 1944-02-03, MRN M0100142)`: for messages.
    static func full(_ patient: Patient) -> String {
        "\(patient.id) \(TextSafety.printable(patient.identity.full))"
    }

    /// `Brown, Charles (DOB 1944-02-03)`: for table cells that sit next to an id and an MRN.
    static func nameAndBirthDate(_ patient: Patient) -> String {
        TextSafety.printable(patient.identity.nameAndBirthDate)
    }

    /// The patient as `full(_:)` names it, read from the store; the id alone only when the record
    /// cannot be read (the message then still says which record).
    static func full(_ id: PatientID, in session: Session) -> String {
        (try? session.patient(id)).map(full) ?? "patient \(id)"
    }

    /// The patients of `ids`, read once each (every patient at once when there are many). A
    /// record that cannot be read is left out (its label is then the id alone); the command's
    /// own reads report a damaged store.
    static func directory(_ ids: some Sequence<PatientID>, in session: Session) throws -> [PatientID: Patient] {
        let wanted = Set(ids)
        guard !wanted.isEmpty else { return [:] }
        if wanted.count > 50, let all = try? session.patients() {
            return Dictionary(all.filter { wanted.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        var out: [PatientID: Patient] = [:]
        for id in wanted { out[id] = try? session.patient(id) }
        return out
    }

    /// The `full(_:)` label of `id` from a directory, or the id alone.
    static func full(_ id: PatientID, from directory: [PatientID: Patient]) -> String {
        directory[id].map(full) ?? "patient \(id)"
    }
}
