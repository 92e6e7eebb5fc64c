import Foundation

/// A patient's record id: `P` followed by 7 Crockford base32 characters, e.g. `P7K3X9Q2`.
public struct PatientID: ValidatedString {
    /// The id text, uppercase.
    public let rawValue: String

    /// Validates an id (case-insensitive input, stored uppercase).
    public init(validating text: String) throws {
        rawValue = try Crockford.validateID(text, prefix: "P", count: 7, kind: "patient id")
    }

    /// Validates an id (case-insensitive input, stored uppercase).
    public static func validate(_ text: String) throws -> PatientID {
        try PatientID(validating: text)
    }

    /// A new random id.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> PatientID {
        PatientID(unchecked: "P" + Crockford.random(count: 7, using: &generator))
    }

    private init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
