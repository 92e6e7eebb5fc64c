import Foundation

/// How another store of this package decodes record JSON the way the JSON-file store does: the
/// store's own fast reader for the types it knows (``StoreJSONOptIn``), JSONDecoder otherwise.
package enum StoreRecordDecoding {
    /// Decodes one record from its JSON bytes; the error names `name` when the bytes are not a
    /// valid record.
    package static func decode<T: Decodable>(_ type: T.Type, from data: Data, name: String) throws -> T {
        if StoreJSONDecoding.reads(T.self), let value = StoreJSONDecoding.decode(T.self, from: data) { return value }
        do {
            return try StoreCoding.decoder().decode(T.self, from: data)
        } catch {
            throw StoreError.damaged(file: name, reason: SealedDocument.describe(error))
        }
    }

    /// Decodes many records the way the JSON-file store decodes a batch of files: the store's
    /// reader record by record for the types it reads; any other type with one JSONDecoder call
    /// over the records joined into a JSON array (its fixed cost per call dominates for many
    /// small records), and when that fails, record by record so that the error names `name`.
    package static func decodeAll<T: Decodable>(_ type: T.Type, from texts: ArraySlice<String>, name: String) throws -> [T] {
        if StoreJSONDecoding.reads(T.self) || texts.count < 2 {
            return try texts.map { try decode(T.self, from: Data($0.utf8), name: name) }
        }
        var joined = Data("[".utf8)
        for (offset, text) in texts.enumerated() {
            if offset > 0 { joined.append(UInt8(ascii: ",")) }
            joined.append(contentsOf: text.utf8)
        }
        joined.append(UInt8(ascii: "]"))
        if let values = try? StoreCoding.decoder().decode([T].self, from: joined) { return values }
        return try texts.map { try decode(T.self, from: Data($0.utf8), name: name) }
    }
}
