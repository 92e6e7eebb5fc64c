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
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(validating: text)
        } catch let error as DomainError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes as the plain normalised string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
