import Foundation

/// How a patient is named wherever a person reads it: always two identifiers, the name and the
/// date of birth, and the MRN where there is room (clinical practice identifies a patient by at
/// least two identifiers, so that two people of the same name are never mixed up).
public struct PatientIdentity: Equatable, Sendable {
    /// `Family, Given`.
    public var name: PersonName
    /// Date of birth.
    public var dateOfBirth: LocalDate
    /// Medical record number, when the practice recorded one.
    public var mrn: String?

    /// The identity of a stored patient.
    public init(_ patient: Patient) {
        self.init(name: patient.name, dateOfBirth: patient.dateOfBirth, mrn: patient.mrn)
    }

    /// An identity from its parts.
    public init(name: PersonName, dateOfBirth: LocalDate, mrn: String?) {
        self.name = name
        self.dateOfBirth = dateOfBirth
        self.mrn = mrn
    }

    /// `Brown, Charles (DOB 1944-02-03, MRN M0100142)`, or without the MRN when none is recorded:
    /// the form for messages, dialogs and confirmations.
    public var full: String {
        if let mrn, !mrn.isEmpty { return "\(name.displayName) (DOB \(dateOfBirth), MRN \(mrn))" }
        return "\(name.displayName) (DOB \(dateOfBirth))"
    }

    /// `Brown, Charles (DOB 1944-02-03)`: the form where the MRN does not fit.
    public var nameAndBirthDate: String { "\(name.displayName) (DOB \(dateOfBirth))" }
}

extension Patient {
    /// The patient's name, date of birth and MRN, as people read them (see `PatientIdentity`).
    public var identity: PatientIdentity { PatientIdentity(self) }
}
