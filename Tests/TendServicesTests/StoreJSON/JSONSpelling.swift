/// Writes a ``JSONTree`` as valid JSON (RFC 8259) in one of the many spellings a reader must
/// accept alike: whitespace anywhere between tokens, characters escaped or raw (`\u` in either
/// case of hex, surrogate pairs for characters beyond the BMP, `\/`), keys escaped too.
struct JSONSpelling {
    /// How likely whitespace is between two tokens (0: compact).
    var whitespace: Double
    /// How likely a character that need not be escaped is escaped anyway.
    var escapes: Double

    static let spaces: [[UInt8]] = [[0x20], [0x0A], [0x09], [0x0D, 0x0A], [0x20, 0x20, 0x0A, 0x09, 0x20], [0x0D]]

    func write(_ tree: JSONTree, using rng: inout SplitMix64) -> [UInt8] {
        var out: [UInt8] = []
        space(&out, &rng)
        write(tree, into: &out, &rng)
        space(&out, &rng)
        return out
    }

    private func space(_ out: inout [UInt8], _ rng: inout SplitMix64) {
        if whitespace > 0, rng.chance(whitespace) { out += rng.pick(Self.spaces) }
    }

    private func write(_ tree: JSONTree, into out: inout [UInt8], _ rng: inout SplitMix64) {
        switch tree {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let text): out += Array(text.utf8)
        case .string(let text): string(text, into: &out, &rng)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (n, element) in elements.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                space(&out, &rng)
                write(element, into: &out, &rng)
                space(&out, &rng)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (n, member) in members.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                space(&out, &rng)
                string(member.key, into: &out, &rng)
                space(&out, &rng)
                out.append(UInt8(ascii: ":"))
                space(&out, &rng)
                write(member.value, into: &out, &rng)
                space(&out, &rng)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private func unit(_ value: UInt32, into out: inout [UInt8], _ rng: inout SplitMix64) {
        let hex = String(value, radix: 16)
        let padded = String(repeating: "0", count: 4 - hex.count) + hex
        out += Array("\\u".utf8) + Array((rng.chance(0.5) ? padded.uppercased() : padded).utf8)
    }

    private func string(_ text: String, into out: inout [UInt8], _ rng: inout SplitMix64) {
        out.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let escape = rng.chance(escapes)
            switch v {
            case 0x22: out += escape ? Array("\\u0022".utf8) : Array("\\\"".utf8)
            case 0x5C: out += escape ? Array("\\u005C".utf8) : Array("\\\\".utf8)
            case 0x2F: out += escape ? Array("\\/".utf8) : [0x2F]
            case 0x08: out += escape ? Array("\\u0008".utf8) : Array("\\b".utf8)
            case 0x0C: out += escape ? Array("\\u000c".utf8) : Array("\\f".utf8)
            case 0x0A: out += escape ? Array("\\u000A".utf8) : Array("\\n".utf8)
            case 0x0D: out += escape ? Array("\\u000d".utf8) : Array("\\r".utf8)
            case 0x09: out += escape ? Array("\\u0009".utf8) : Array("\\t".utf8)
            case 0..<0x20: unit(v, into: &out, &rng)
            case 0x10000...:
                if escape {
                    let w = v - 0x10000
                    unit(0xD800 + (w >> 10), into: &out, &rng)
                    unit(0xDC00 + (w & 0x3FF), into: &out, &rng)
                } else {
                    out += Array(String(scalar).utf8)
                }
            default:
                if escape { unit(v, into: &out, &rng) } else { out += Array(String(scalar).utf8) }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
