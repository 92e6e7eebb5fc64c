import Foundation

/// Crockford base32 (digits and uppercase letters without I, L, O, U), used for record ids.
enum Crockford {
    /// The 32 symbols in value order.
    static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// `count` random symbols.
    static func random<G: RandomNumberGenerator>(count: Int, using generator: inout G) -> String {
        String((0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// Whether `text` is already `prefix` + `count` uppercase symbols, checked on UTF-8 bytes.
    static func isCanonical(_ text: String, prefix: Character, count: Int) -> Bool {
        let bytes = text.utf8
        guard bytes.count == count + 1, let first = bytes.first, first == prefix.asciiValue else { return false }
        for b in bytes.dropFirst() {
            let ok = (b >= 48 && b <= 57) || (b >= 65 && b <= 90 && b != 73 && b != 76 && b != 79 && b != 85)
            guard ok else { return false }
        }
        return true
    }

    /// Validates `text` as `prefix` followed by exactly `count` symbols (case-insensitive), uppercased.
    static func validateID(_ text: String, prefix: Character, count: Int, kind: String) throws -> String {
        if isCanonical(text, prefix: prefix, count: count) { return text }
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        let body = upper.dropFirst()
        guard upper.first == prefix, body.count == count, body.allSatisfy(alphabet.contains) else {
            throw DomainError("'\(text)' is not a valid \(kind) (\(prefix) followed by \(count) characters of 0-9 and A-Z without I, L, O, U)")
        }
        return upper
    }
}
