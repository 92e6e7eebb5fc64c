import Foundation

/// Finds a key's value in a JSON object's bytes without parsing the rest: the streaming reader
/// uses it to learn an entry's `resourceType` and `fullUrl` and to cut out its `resource`, so that
/// resources of other types are never decoded. Works on well-formed JSON; the caller validates.
enum JSONPeek {
    /// The byte range of the value of `key` in the object that `bytes[range]` holds (its first
    /// non-blank byte must be `{`), or nil when the object has no such key at its top level.
    static func valueRange(of key: String, in bytes: [UInt8], range: Range<Int>) -> Range<Int>? {
        let wanted = Array(key.utf8)
        var i = skipBlank(bytes, range.lowerBound, range.upperBound)
        guard i < range.upperBound, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        while true {
            i = skipBlank(bytes, i, range.upperBound)
            guard i < range.upperBound, bytes[i] == UInt8(ascii: "\"") else { return nil }
            let keyEnd = endOfString(bytes, i, range.upperBound)
            guard keyEnd <= range.upperBound else { return nil }
            let isWanted = keyEnd - i - 2 == wanted.count && bytes[(i + 1)..<(keyEnd - 1)].elementsEqual(wanted)
            i = skipBlank(bytes, keyEnd, range.upperBound)
            guard i < range.upperBound, bytes[i] == UInt8(ascii: ":") else { return nil }
            let valueStart = skipBlank(bytes, i + 1, range.upperBound)
            let valueEnd = endOfValue(bytes, valueStart, range.upperBound)
            if isWanted { return valueStart..<valueEnd }
            i = skipBlank(bytes, valueEnd, range.upperBound)
            guard i < range.upperBound, bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
    }

    /// The string value of `key` (a JSON string without escapes, as ids and types are), or nil.
    static func stringValue(of key: String, in bytes: [UInt8], range: Range<Int>) -> String? {
        guard let value = valueRange(of: key, in: bytes, range: range), value.count >= 2,
              bytes[value.lowerBound] == UInt8(ascii: "\""), bytes[value.upperBound - 1] == UInt8(ascii: "\"") else { return nil }
        let inner = bytes[(value.lowerBound + 1)..<(value.upperBound - 1)]
        if inner.contains(UInt8(ascii: "\\")) {
            return (try? JSONDecoder().decode(String.self, from: Data(bytes[value])))
        }
        return String(decoding: inner, as: UTF8.self)
    }

    private static func skipBlank(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        return i
    }

    /// The index after the closing quote of the string opening at `start`.
    private static func endOfString(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var i = start + 1
        while i < end {
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if bytes[i] == UInt8(ascii: "\"") { return i + 1 }
            i += 1
        }
        return end + 1
    }

    /// The index after the value starting at `start` (object, array, string or scalar).
    private static func endOfValue(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        guard start < end else { return end }
        switch bytes[start] {
        case UInt8(ascii: "\""): return min(endOfString(bytes, start, end), end)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var i = start
            while i < end {
                switch bytes[i] {
                case UInt8(ascii: "\""): i = endOfString(bytes, i, end); continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return end
        default:
            var i = start
            while i < end, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
            return i
        }
    }
}
