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
}
