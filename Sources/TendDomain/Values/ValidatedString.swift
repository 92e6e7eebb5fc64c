import Foundation

/// A value that wraps a validated string and is encoded as that plain string.
///
/// Conforming types get `Codable` (decoding re-validates) and `description` for free.
public protocol ValidatedString: Codable, Hashable, Comparable, CustomStringConvertible, Sendable {
    /// The normalised text.
    var rawValue: String { get }
    /// Validates and normalises `text`, throwing a `DomainError` that names the bad input.
    init(validating text: String) throws
}

extension ValidatedString {
    /// The normalised text.
    public var description: String { rawValue }

    /// Orders by the normalised text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a plain string, validating it.
    public init(from decoder: Decoder) throws {
        self = try decoder.singleValueContainer().decodeText(Self.init(validating:))
    }

    /// Encodes as the plain normalised string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension SingleValueDecodingContainer {
    /// Decodes a string and reads it with `read` (which validates it); a `DomainError` from
    /// `read` becomes a `DecodingError` carrying its message. For values stored as their text:
    /// ids, codes, dates, months.
    func decodeText<Value>(_ read: (String) throws -> Value) throws -> Value {
        let text = try decode(String.self)
        do {
            return try read(text)
        } catch let error as DomainError {
            throw DecodingError.dataCorruptedError(in: self, debugDescription: error.message)
        }
    }
}
