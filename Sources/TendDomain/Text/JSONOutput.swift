import Foundation

/// How tend writes JSON for people and scripts (command output, drafts kept on disk): keys
/// sorted, indented, slashes not escaped, dates as ISO-8601 strings. The store's own sealed
/// files have their own encoding in TendStore.
public enum JSONOutput {
    /// An encoder with these conventions.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// `value` as JSON text.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    /// A decoder that reads back what `encoder()` wrote (ISO-8601 dates).
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
