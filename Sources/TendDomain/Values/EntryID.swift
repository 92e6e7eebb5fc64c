import Foundation

/// A time entry's id: `T` followed by 10 Crockford base32 characters, e.g. `T0K3X9Q2MZ4B`.
public struct EntryID: ValidatedString {
    /// The id text, uppercase.
    public let rawValue: String

    /// Validates an id (case-insensitive input, stored uppercase).
    public init(validating text: String) throws {
        rawValue = try Crockford.validateID(text, prefix: "T", count: 10, kind: "time entry id")
    }

    /// Validates an id (case-insensitive input, stored uppercase).
    public static func validate(_ text: String) throws -> EntryID {
        try EntryID(validating: text)
    }

    /// A new random id.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> EntryID {
        EntryID(unchecked: "T" + Crockford.random(count: 10, using: &generator))
    }

    private init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
