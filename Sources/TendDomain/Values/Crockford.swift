import Foundation

/// Crockford base32 (digits and uppercase letters without I, L, O, U), used for record ids.
enum Crockford {
    /// The 32 symbols in value order.
    static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// `count` random symbols.
    static func random<G: RandomNumberGenerator>(count: Int, using generator: inout G) -> String {
        String((0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// Validates `text` as `prefix` followed by exactly `count` symbols (case-insensitive), uppercased.
    static func validateID(_ text: String, prefix: Character, count: Int, kind: String) throws -> String {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        let body = upper.dropFirst()
        guard upper.first == prefix, body.count == count, body.allSatisfy(alphabet.contains) else {
            throw DomainError("'\(text)' is not a valid \(kind) (\(prefix) followed by \(count) characters of 0-9 and A-Z without I, L, O, U)")
        }
        return upper
    }
}
