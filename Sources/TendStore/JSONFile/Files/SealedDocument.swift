import Crypto
import Foundation

/// A JSON document that carries the SHA-256 of its own bytes as its last key, so that a
/// truncated, edited or bit-flipped file is detected on read instead of being half-believed.
///
/// The seal covers every byte before the trailer
/// `,\n  "sha256" : "<64 hex digits>"\n}\n`; the document stays ordinary, readable JSON.
package enum SealedDocument {
    private static let trailerHead = Array(",\n  \"sha256\" : \"".utf8)
    private static let trailerTail = Array("\"\n}\n".utf8)
    static var trailerLength: Int { trailerHead.count + 64 + trailerTail.count }

    /// Encodes a value and seals it.
    static func seal<T: Encodable>(_ value: T) throws -> Data {
        var body = try StoreCoding.encoder().encode(value)
        // The pretty encoder ends an object with "\n}"; the seal goes before the closing brace.
        guard body.count >= 2, body.suffix(2) == Data("\n}".utf8) else {
            throw StoreError.invalid("internal: a sealed document must be a non-empty JSON object")
        }
        body.removeLast(2)
        let digest = SHA256.hash(data: body).hexString
        body.append(contentsOf: trailerHead)
        body.append(contentsOf: Array(digest.utf8))
        body.append(contentsOf: trailerTail)
        return body
    }

    /// Checks the seal and decodes the document. `name` is used in error messages.
    static func open<T: Decodable>(_ type: T.Type, from data: Data, name: String) throws -> T {
        try verify(data, name: name)
        do {
            return try StoreCoding.decoder().decode(T.self, from: data)
        } catch {
            throw StoreError.damaged(file: name, reason: "its content does not match the expected format (\(describe(error)))")
        }
    }

    /// Throws `damaged` unless the bytes carry a valid seal.
    static func verify(_ data: Data, name: String) throws {
        guard !data.isEmpty else { throw StoreError.damaged(file: name, reason: "the file is empty") }
        let n = data.count
        guard n > trailerLength,
              data.suffix(trailerTail.count).elementsEqual(trailerTail),
              data[(n - trailerLength)..<(n - trailerLength + trailerHead.count)].elementsEqual(trailerHead)
        else {
            throw StoreError.damaged(file: name, reason: "its checksum trailer is missing (the file was truncated or edited by hand)")
        }
        let hexStart = n - trailerLength + trailerHead.count
        let recorded = String(decoding: data[hexStart..<(hexStart + 64)], as: UTF8.self)
        let actual = SHA256.hash(data: data[data.startIndex..<(n - trailerLength)]).hexString
        guard recorded == actual else {
            throw StoreError.damaged(file: name, reason: "its checksum does not match its content (the file was altered)")
        }
    }

    package static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let ctx):
            return "missing \(path(ctx.codingPath + [key]))"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "unexpected value at \(path(ctx.codingPath)): \(ctx.debugDescription)"
        case DecodingError.dataCorrupted(let ctx):
            return "\(ctx.debugDescription) at \(path(ctx.codingPath))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

extension Digest {
    /// Lower-case hexadecimal form of a digest.
    package var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
