import Foundation

/// A person's name as family and given parts, written `Family, Given`.
public struct PersonName: Codable, Hashable, Comparable, CustomStringConvertible, Sendable {
    /// Family name (surname).
    public let family: String
    /// Given name(s).
    public let given: String

    /// The longest accepted part, in characters.
    public static let maxPartLength = 100

    /// Creates a name after trimming and validating both parts.
    public init(family: String, given: String) throws {
        let family = TextValidation.trimmingWhitespace(family)
        let given = TextValidation.trimmingWhitespace(given)
        try TextValidation.checkRequiredText(family, field: "family name", maxLength: PersonName.maxPartLength)
        try TextValidation.checkRequiredText(given, field: "given name", maxLength: PersonName.maxPartLength)
        self.family = family
        self.given = given
        sortKey = family.lowercased() + "\u{1}" + given.lowercased()
    }

    /// Parses `Family, Given` (split at the first comma; both parts required).
    public static func parse(_ text: String) throws -> PersonName {
        if let scalar = TextValidation.forbiddenScalar(in: text) {
            throw DomainError("name contains a forbidden control or formatting character (\(TextValidation.codePoint(scalar)))")
        }
        guard let comma = text.firstIndex(of: ",") else {
            throw DomainError("'\(text)' is not a name in the form 'Family, Given'")
        }
        return try PersonName(family: String(text[..<comma]), given: String(text[text.index(after: comma)...]))
    }

    /// `Family, Given`.
    public var displayName: String { "\(family), \(given)" }

    /// `Family, Given`.
    public var description: String { displayName }

    /// Orders by family then given name, case-insensitively.
    public static func < (lhs: PersonName, rhs: PersonName) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    /// A key that sorts like `<` (family, then given, case-insensitively). Kept with the name,
    /// so that sorting thousands of names does not lower-case them at every comparison.
    public let sortKey: String

    private enum CodingKeys: String, CodingKey { case family, given }

    /// Decodes and validates both parts.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(family: container.decode(String.self, forKey: .family),
                          given: container.decode(String.self, forKey: .given))
        } catch let error as DomainError {
            throw DecodingError.dataCorruptedError(forKey: .family, in: container, debugDescription: error.message)
        }
    }
}
