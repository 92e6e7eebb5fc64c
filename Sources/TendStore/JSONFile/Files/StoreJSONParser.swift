import Foundation

/// A JSON text parsed into one flat array of nodes that point back into its bytes: the input of
/// ``StoreJSONDecoding``. Strings and numbers are not converted until a value is asked for.
///
/// The grammar is strict RFC 8259 (no comments, no trailing commas, no leading zeros, no
/// control characters in strings, no byte-order mark); anything else throws, and the store
/// then asks JSONDecoder, which accepts some of it (a trailing comma, a byte-order mark, a
/// malformed number in a member it does not read).
final class StoreJSONDocument {
    enum Kind: UInt8 { case null, bool, number, string, array, object }

    struct Node {
        var kind: Kind
        /// For `bool`: the value. For `string`: the text holds an escape or a non-ASCII byte.
        var flag: Bool
        /// The bytes of a string (between its quotes) or a number.
        var start: Int32
        var end: Int32
        /// Elements of an array, members of an object.
        var count: Int32
        /// The index of the node after this one and everything inside it.
        var after: Int32
    }

    let bytes: UnsafeRawBufferPointer
    let nodes: [Node]
    /// Set (to what it was) when a value was asked for in a way this decoder does not copy from
    /// Foundation's JSONDecoder exactly; the caller then discards the result and uses JSONDecoder.
    var unsupported: String?

    /// Parses `bytes`, which must stay valid while the document is used.
    init(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes = bytes
        var parser = Parser(bytes: bytes)
        nodes = try parser.parse()
    }

    subscript(index: Int) -> Node { nodes[index] }

    /// Builds the node array in one pass over the bytes.
    private struct Parser {
        let bytes: UnsafeRawBufferPointer
        var nodes: [Node] = []

        init(bytes: UnsafeRawBufferPointer) {
            self.bytes = bytes
            nodes.reserveCapacity(bytes.count / 16)
        }

        mutating func parse() throws -> [Node] {
            guard bytes.count < Int32.max else { throw StoreJSONError.unsupported("a document of 2 GiB or more") }
            var position = 0
            try parseValue(&position, depth: 0)
            skipSpace(&position)
            guard position == bytes.count else { throw StoreJSONError.syntax(at: position) }
            return nodes
        }

        private func byte(_ position: Int) -> UInt8? {
            position < bytes.count ? bytes[position] : nil
        }

        private func skipSpace(_ position: inout Int) {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        private mutating func parseValue(_ position: inout Int, depth: Int) throws {
            // JSONDecoder reads deeper (512 levels); a deeper document is left to it.
            guard depth < 256 else { throw StoreJSONError.unsupported("nesting deeper than 256 levels") }
            skipSpace(&position)
            guard let first = byte(position) else { throw StoreJSONError.syntax(at: position) }
            switch first {
            case UInt8(ascii: "{"): try parseContainer(&position, depth: depth, object: true)
            case UInt8(ascii: "["): try parseContainer(&position, depth: depth, object: false)
            case UInt8(ascii: "\""): try parseString(&position)
            case UInt8(ascii: "t"): try literal("true", .bool, flag: true, &position)
            case UInt8(ascii: "f"): try literal("false", .bool, flag: false, &position)
            case UInt8(ascii: "n"): try literal("null", .null, flag: false, &position)
            default: try parseNumber(&position)
            }
        }

        private mutating func append(_ kind: Kind, flag: Bool = false, start: Int = 0, end: Int = 0) {
            nodes.append(Node(kind: kind, flag: flag, start: Int32(start), end: Int32(end), count: 0, after: Int32(nodes.count + 1)))
        }

        private mutating func literal(_ word: StaticString, _ kind: Kind, flag: Bool, _ position: inout Int) throws {
            let length = word.utf8CodeUnitCount
            guard position + length <= bytes.count else { throw StoreJSONError.syntax(at: position) }
            for offset in 0..<length where bytes[position + offset] != word.utf8Start[offset] {
                throw StoreJSONError.syntax(at: position)
            }
            append(kind, flag: flag)
            position += length
        }

        private mutating func parseContainer(_ position: inout Int, depth: Int, object: Bool) throws {
            let index = nodes.count
            append(object ? .object : .array)
            position += 1
            let close = UInt8(ascii: object ? "}" : "]")
            var count: Int32 = 0
            skipSpace(&position)
            if byte(position) == close {
                position += 1
            } else {
                while true {
                    if object {
                        skipSpace(&position)
                        guard byte(position) == UInt8(ascii: "\"") else { throw StoreJSONError.syntax(at: position) }
                        try parseString(&position)
                        skipSpace(&position)
                        guard byte(position) == UInt8(ascii: ":") else { throw StoreJSONError.syntax(at: position) }
                        position += 1
                    }
                    try parseValue(&position, depth: depth + 1)
                    count += 1
                    skipSpace(&position)
                    guard let next = byte(position) else { throw StoreJSONError.syntax(at: position) }
                    position += 1
                    if next == close { break }
                    guard next == UInt8(ascii: ",") else { throw StoreJSONError.syntax(at: position - 1) }
                }
            }
            nodes[index].count = count
            nodes[index].after = Int32(nodes.count)
        }

        private mutating func parseString(_ position: inout Int) throws {
            position += 1
            let start = position
            var flag = false
            while true {
                guard let b = byte(position) else { throw StoreJSONError.syntax(at: position) }
                if b == UInt8(ascii: "\"") { break }
                if b < 0x20 { throw StoreJSONError.syntax(at: position) }
                if b >= 0x80 { flag = true }
                if b == UInt8(ascii: "\\") {
                    flag = true
                    guard let escaped = byte(position + 1) else { throw StoreJSONError.syntax(at: position) }
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                         UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        position += 2
                    case UInt8(ascii: "u"):
                        guard position + 6 <= bytes.count, (2..<6).allSatisfy({ StoreJSONDocument.hex(bytes[position + $0]) != nil }) else {
                            throw StoreJSONError.syntax(at: position)
                        }
                        position += 6
                    default:
                        throw StoreJSONError.syntax(at: position)
                    }
                    continue
                }
                position += 1
            }
            append(.string, flag: flag, start: start, end: position)
            position += 1
        }

        private mutating func parseNumber(_ position: inout Int) throws {
            let start = position
            func digits() -> Int {
                let from = position
                while let b = byte(position), b >= 0x30, b <= 0x39 { position += 1 }
                return position - from
            }
            if byte(position) == UInt8(ascii: "-") { position += 1 }
            if byte(position) == UInt8(ascii: "0") {
                position += 1
            } else if digits() == 0 {
                throw StoreJSONError.syntax(at: start)
            }
            if byte(position) == UInt8(ascii: ".") {
                position += 1
                guard digits() > 0 else { throw StoreJSONError.syntax(at: start) }
            }
            if byte(position) == UInt8(ascii: "e") || byte(position) == UInt8(ascii: "E") {
                position += 1
                if byte(position) == UInt8(ascii: "+") || byte(position) == UInt8(ascii: "-") { position += 1 }
                guard digits() > 0 else { throw StoreJSONError.syntax(at: start) }
            }
            append(.number, start: start, end: position)
        }
    }

    static func hex(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    // MARK: Reading values

    /// The text of a string node, escapes resolved; nil for invalid UTF-8 or a lone surrogate.
    func string(_ node: Node) -> String? {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
        guard node.flag else { return Self.text(slice) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            let b = slice[i]
            guard b == UInt8(ascii: "\\") else {
                utf8.append(b)
                i += 1
                continue
            }
            let escaped = slice[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var value = unit(slice, at: i)
                i += 4
                if (0xD800..<0xDC00).contains(value) {
                    guard i + 6 <= slice.count, slice[i] == UInt8(ascii: "\\"), slice[i + 1] == UInt8(ascii: "u") else { return nil }
                    let low = unit(slice, at: i + 2)
                    guard (0xDC00..<0xE000).contains(low) else { return nil }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let scalar = Unicode.Scalar(value) else { return nil }
                utf8.append(contentsOf: String(scalar).utf8)
            default: utf8.append(escaped) // " \ /
            }
        }
        let text = String(decoding: utf8, as: UTF8.self)
        // String(decoding:) repairs invalid UTF-8; a repaired text is refused instead.
        return text.utf8.elementsEqual(utf8) ? text : nil
    }

    /// Bytes as text (typed as UInt8 so that String takes its fast path).
    private static func text(_ slice: UnsafeRawBufferPointer) -> String {
        guard let start = slice.baseAddress, !slice.isEmpty else { return "" }
        return String(decoding: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: slice.count), as: UTF8.self)
    }

    private func unit(_ slice: UnsafeRawBufferPointer, at i: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 << 4 | Self.hex(slice[i + $1])! }
    }

    /// Whether a string node's text equals `text` (compared as bytes when both are plain ASCII).
    func stringEquals(_ node: Node, _ text: String) -> Bool {
        var key = text
        let count = Int(node.end - node.start)
        let start = Int(node.start)
        return key.withUTF8 { utf8 in
            if node.flag || utf8.contains(where: { $0 >= 0x80 }) { return string(node) == text }
            guard utf8.count == count else { return false }
            return count == 0 || memcmp(utf8.baseAddress!, bytes.baseAddress! + start, count) == 0
        }
    }

    /// The bytes of a number node as text.
    func numberText(_ node: Node) -> String {
        Self.text(UnsafeRawBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)]))
    }

    /// A number node as an integer, when it is written as one (no fraction, no exponent) and fits.
    func integer<I: FixedWidthInteger>(_ node: Node, as type: I.Type) -> I? {
        var i = Int(node.start)
        let end = Int(node.end)
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard i < end else { return nil }
        var value: I = 0
        while i < end {
            let b = bytes[i]
            guard b >= 0x30, b <= 0x39 else { return nil }
            let digit = I(b - 0x30)
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = next
            i += 1
        }
        return value
    }
}

/// Why the store's own JSON reader gave up (the caller then uses Foundation's JSONDecoder).
enum StoreJSONError: Error {
    case syntax(at: Int)
    case unsupported(String)
}
