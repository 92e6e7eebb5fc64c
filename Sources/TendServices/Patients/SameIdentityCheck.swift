import Foundation
import TendDomain
import TendStore

/// What the audit record of a patient added (or renamed) as a different person holds: the
/// user's reason and the patients with the same name and date of birth.
struct DifferentPersonNote: Encodable, Sendable {
    /// The patient added or changed.
    var patient: PatientID
    /// Why the user says it is a different person.
    var reason: String
    /// The patients with the same name and date of birth when it was recorded.
    var sameNameAndBirthDateAs: [PatientID]
}

/// A patient record together with its different-person note, as an audit record describes it.
struct PatientWithDifferentPersonNote: Encodable {
    var patient: Patient
    var differentPerson: DifferentPersonNote
}

extension Session {
    /// Makes a new patient id that is in neither the store nor `taken` (the ids already given
    /// out by the same change). Call inside a write.
    func unusedPatientID(besides taken: Set<PatientID> = []) throws -> PatientID {
        while true {
            let id = makePatientID()
            if taken.contains(id) { continue }
            if try store.findPatient(id) == nil { return id }
        }
    }

    /// Refuses `patient` when one of `others` has the same name and date of birth (see
    /// `PatientIdentityKey`), naming them, unless `differentPerson` gives the reason why it is
    /// a different person; then returns the note to audit. Nil when nothing matches.
    /// `howToSay` tells the user how to give the reason (an option, a column).
    func checkSameIdentity(_ patient: Patient, among others: [Patient], differentPerson: String?,
                           howToSay: String) throws -> DifferentPersonNote? {
        let key = patient.identityKey
        let matches = others.filter { $0.id != patient.id && $0.identityKey == key }
            .sorted { $0.id < $1.id }
        guard !matches.isEmpty else { return nil }
        guard let reason = differentPerson?.trimmingCharacters(in: .whitespaces), !reason.isEmpty else {
            let named = matches.map { "\(TextSafety.printable($0.identity.full)), patient \($0.id)" }.joined(separator: "; ")
            let subject = matches.count == 1 ? "a patient with the same name and date of birth is" : "\(matches.count) patients with the same name and date of birth are"
            throw DomainError("\(subject) already recorded: \(named). If it is the same person, use that record; "
                              + "if it is a different person, say so with a reason: \(howToSay)")
        }
        try TextValidation.checkRequiredText(reason, field: "different-person reason", maxLength: 500)
        return DifferentPersonNote(patient: patient.id, reason: reason, sameNameAndBirthDateAs: matches.map(\.id))
    }
}

extension DifferentPersonNote {
    /// `a different person from P… (same name and date of birth): REASON`, for audit summaries.
    var summary: String {
        "a different person from \(sameNameAndBirthDateAs.map(\.rawValue).joined(separator: ", ")) (same name and date of birth): \(reason)"
    }
}
