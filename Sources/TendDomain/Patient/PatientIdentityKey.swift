import Foundation

/// What makes two patient records look like the same person: the same name (compared without
/// regard to case, accents or repeated spaces) and the same date of birth. Two records with equal
/// keys are either one person entered twice or two people who must be told apart by their MRN;
/// adding the second needs an explicit, audited statement that it is a different person.
public struct PatientIdentityKey: Hashable, Sendable {
    /// The folded `family,given` name.
    public let foldedName: String
    /// Date of birth.
    public let dateOfBirth: LocalDate

    /// The key of a name and date of birth.
    public init(name: PersonName, dateOfBirth: LocalDate) {
        foldedName = Self.fold(name.family) + "," + Self.fold(name.given)
        self.dateOfBirth = dateOfBirth
    }

    /// The key of a stored patient.
    public init(_ patient: Patient) {
        self.init(name: patient.name, dateOfBirth: patient.dateOfBirth)
    }

    /// A name part folded for comparison by the search rule (`SearchText.fold`: case, accents
    /// and width ignored, ø → o, ß → ss), with runs of white space made one space and the ends
    /// trimmed. Scripts without a Latin spelling are compared as written.
    public static func fold(_ text: String) -> String {
        SearchText.fold(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension Patient {
    /// The name and date of birth as compared for duplicates (see `PatientIdentityKey`).
    public var identityKey: PatientIdentityKey { PatientIdentityKey(self) }
}
