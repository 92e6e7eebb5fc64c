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

    /// A name part folded for comparison: accents and other combining marks removed (é → e,
    /// ễ → e), letters without a decomposition spelled in Latin (ø → o, ł → l, ß → ss, æ → ae),
    /// lower-cased, runs of white space made one space. Non-Latin scripts are kept as written.
    public static func fold(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if let spelled = latinSpelling[scalar] { out += spelled } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Lower-case Latin letters that do not decompose into a base letter and a mark.
    private static let latinSpelling: [Unicode.Scalar: String] = [
        "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ß": "ss", "æ": "ae", "œ": "oe",
        "þ": "th", "ð": "d", "ŀ": "l",
    ]
}

extension Patient {
    /// The name and date of birth as compared for duplicates (see `PatientIdentityKey`).
    public var identityKey: PatientIdentityKey { PatientIdentityKey(self) }
}
