import Foundation

/// What sets one kind of record id apart: its leading letter, how many Crockford base32
/// characters follow it, and what it is called in messages.
public protocol PrefixedIDKind: Sendable {
    /// The leading letter, e.g. `P`.
    static var prefix: Character { get }
    /// How many Crockford base32 characters follow the letter.
    static var length: Int { get }
    /// The name used in messages, e.g. `patient id`.
    static var name: String { get }
}

/// A record id: one letter followed by Crockford base32 characters, stored uppercase and encoded
/// as the plain string. `PatientID` and `EntryID` are this type with their own kinds.
public struct PrefixedID<Kind: PrefixedIDKind>: ValidatedString {
    /// The id text, uppercase.
    public let rawValue: String

    /// Validates an id (case-insensitive input, stored uppercase).
    public init(validating text: String) throws {
        rawValue = try Crockford.validateID(text, prefix: Kind.prefix, count: Kind.length, kind: Kind.name)
    }

    /// Validates an id (case-insensitive input, stored uppercase).
    public static func validate(_ text: String) throws -> Self {
        try Self(validating: text)
    }

    /// A new random id.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> Self {
        Self(unchecked: String(Kind.prefix) + Crockford.random(count: Kind.length, using: &generator))
    }

    private init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
