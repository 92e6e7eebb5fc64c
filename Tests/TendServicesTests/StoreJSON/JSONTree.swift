import Foundation

/// A JSON value that keeps its members in order (duplicates too) and its numbers as written: what
/// the differential test mutates and writes out in many spellings.
indirect enum JSONTree: Equatable {
    case null
    case bool(Bool)
    /// The number's text, exactly as it is to be written.
    case number(String)
    case string(String)
    case array([JSONTree])
    case object([Member])

    struct Member: Equatable {
        var key: String
        var value: JSONTree
    }

    /// Parses a well-formed document (the store's own files): a small strict reader, independent
    /// of both decoders under test. Nil for anything else.
    static func parse(_ data: Data) -> JSONTree? {
        var reader = Reader(bytes: Array(data))
        guard let tree = reader.value(), reader.atEnd() else { return nil }
        return tree
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        mutating func skip() {
            while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
        }

        mutating func atEnd() -> Bool {
            skip()
            return i == bytes.count
        }

        mutating func value() -> JSONTree? {
            skip()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [Member] = []
                skip()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                while true {
                    skip()
                    guard let key = string() else { return nil }
                    skip()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    guard let value = value() else { return nil }
                    members.append(Member(key: key, value: value))
                    skip()
                    guard i < bytes.count else { return nil }
                    i += 1
                    if bytes[i - 1] == UInt8(ascii: "}") { return .object(members) }
                    guard bytes[i - 1] == UInt8(ascii: ",") else { return nil }
                }
            case UInt8(ascii: "["):
                i += 1
                var elements: [JSONTree] = []
                skip()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
                while true {
                    guard let element = value() else { return nil }
                    elements.append(element)
                    skip()
                    guard i < bytes.count else { return nil }
                    i += 1
                    if bytes[i - 1] == UInt8(ascii: "]") { return .array(elements) }
                    guard bytes[i - 1] == UInt8(ascii: ",") else { return nil }
                }
            case UInt8(ascii: "\""):
                return string().map(JSONTree.string)
            case UInt8(ascii: "t"): return word("true", .bool(true))
            case UInt8(ascii: "f"): return word("false", .bool(false))
            case UInt8(ascii: "n"): return word("null", .null)
            default:
                let start = i
                while i < bytes.count, "-+.eE0123456789".utf8.contains(bytes[i]) { i += 1 }
                return i > start ? .number(String(decoding: bytes[start..<i], as: UTF8.self)) : nil
            }
        }

        mutating func word(_ text: String, _ tree: JSONTree) -> JSONTree? {
            let utf8 = Array(text.utf8)
            guard bytes.count - i >= utf8.count, Array(bytes[i..<i + utf8.count]) == utf8 else { return nil }
            i += utf8.count
            return tree
        }

        /// A string at `i` (its quote), escapes resolved; the store's files hold no lone surrogates.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            var units: [UInt16] = []
            var raw: [UInt8] = []
            func flush() {
                units.append(contentsOf: String(decoding: raw, as: UTF8.self).utf16)
                raw.removeAll()
            }
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                switch b {
                case UInt8(ascii: "\""):
                    flush()
                    return String(utf16CodeUnits: units, count: units.count)
                case UInt8(ascii: "\\"):
                    flush()
                    guard i < bytes.count else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "b"): units.append(8)
                    case UInt8(ascii: "f"): units.append(12)
                    case UInt8(ascii: "n"): units.append(10)
                    case UInt8(ascii: "r"): units.append(13)
                    case UInt8(ascii: "t"): units.append(9)
                    case UInt8(ascii: "u"):
                        guard i + 4 <= bytes.count, let unit = UInt16(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else { return nil }
                        units.append(unit)
                        i += 4
                    default: units.append(UInt16(e))
                    }
                default:
                    raw.append(b)
                }
            }
            return nil
        }
    }
}
