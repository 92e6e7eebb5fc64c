import Crypto
import Foundation

/// The hash chain of the audit trail: how a line is made and how it is checked.
///
/// A line is compact JSON ending in `,"hash":"<hex>"}` and a newline. The hash is
/// SHA-256 over the previous record's hash (hex), a newline, and every byte of the line before
/// `,"hash":"`. Editing, deleting, inserting or reordering a record breaks the chain; the latest
/// hash is also kept outside the chain (the anchor) so that cutting records off the end is caught.
package enum AuditChain {
    /// The `prev` of the first record.
    package static let genesis = String(repeating: "0", count: 64)
    private static let hashKey = Array(",\"hash\":\"".utf8)
    private static let lineEnd = Array("\"}\n".utf8)

    /// Makes a complete line (with its newline) and returns it with its hash.
    package static func line<C: Encodable>(for draft: AuditRecordDraft<C>) throws -> (line: Data, hash: String) {
        var body = try StoreCoding.encoder(pretty: false).encode(draft)
        guard body.last == UInt8(ascii: "}") else {
            throw StoreError.invalid("internal: audit record is not a JSON object")
        }
        body.removeLast()
        let hash = digest(prev: draft.prev, body: body)
        body.append(contentsOf: hashKey)
        body.append(contentsOf: Array(hash.utf8))
        body.append(contentsOf: lineEnd)
        return (body, hash)
    }

    /// SHA-256 of prev + "\n" + body, in hex.
    package static func digest(prev: String, body: some DataProtocol) -> String {
        var hasher = SHA256()
        hasher.update(data: Data((prev + "\n").utf8))
        hasher.update(data: Data(body))
        return hasher.finalize().hexString
    }

    /// Parses one line (without its newline) and checks its own hash; returns the record.
    /// Throws a reason string (for the caller to place) when the line is damaged.
    package static func parse(_ line: Data) throws -> AuditRecord {
        let suffixLength = hashKey.count + 64 + 2
        guard line.count > suffixLength,
              line.suffix(2).elementsEqual(Array("\"}".utf8)),
              line[(line.endIndex - suffixLength)..<(line.endIndex - suffixLength + hashKey.count)].elementsEqual(hashKey)
        else { throw AuditLineError.malformed("it does not end with its hash") }
        let record: AuditRecord
        do {
            record = try StoreCoding.decoder().decode(AuditRecord.self, from: line)
        } catch {
            throw AuditLineError.malformed("it is not a valid audit record (\(SealedDocument.describe(error)))")
        }
        let body = line[line.startIndex..<(line.endIndex - suffixLength)]
        guard digest(prev: record.prev, body: body) == record.hash else {
            throw AuditLineError.hashMismatch(seq: record.seq)
        }
        return record
    }
}

/// Why a single audit line is unusable.
package enum AuditLineError: Error {
    case malformed(String)
    case hashMismatch(seq: Int)
}

/// The latest link of the chain, kept outside it (in `audit/anchor.json`).
package struct AuditAnchor: Codable, Equatable {
    /// Sequence number of the last record.
    package var seq: Int
    /// Hash of the last record.
    package var hash: String
    /// Size in bytes of the trail that ends with that record.
    package var size: Int64

    static let empty = AuditAnchor(seq: 0, hash: AuditChain.genesis, size: 0)
}
