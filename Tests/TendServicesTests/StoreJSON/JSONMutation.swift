/// Random values and mutations for the differential test: every case is made from a seeded
/// ``SplitMix64`` alone, so its seed replays it.
enum JSONMutation {
    /// Numbers at the edges: integer limits and one past them, -0, exponents, fractions that
    /// are whole, overflow and underflow of Double and Float, and more digits than fit.
    static let numbers = [
        "0", "-0", "1", "-1", "7", "42", "255", "256", "-128", "65535", "2147483647", "-2147483648", "4294967296",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "123456789012345678901234567890",
        "1e2", "1E2", "1e+2", "1e-2", "1.0", "-0.0", "0.0e0", "100e-2", "1.5", "-1.25e-7", "0.1",
        "1.7976931348623157e308", "1.7976931348623159e308", "1e400", "-1e400", "4.9e-324", "2e-324", "1e-400",
        "2.2250738585072014e-308", "3.4028235e38", "3.4028236e38", "1e-45", "7e-46", "16777217",
        "0.30000000000000004", "1e0000000000000000001", "0e500",
    ]

    /// Characters that test a reader's strings: quotes, backslashes, controls, slashes,
    /// non-ASCII letters, combining marks, characters beyond the BMP, U+2028, noncharacters.
    static let characters: [String] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{A}", "\u{C}", "\u{D}", "\u{1F}", "\u{7F}",
        "é", "e\u{301}", "ß", "漢", "\u{2028}", "\u{FEFF}", "\u{FFFF}", "\u{212A}", "😀", "👩‍👩‍👧", "\u{10FFFF}", "-", ":", ",",
    ]

    static func string(_ rng: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...12, using: &rng)).map { _ in rng.pick(characters) }.joined()
    }

    static func key(_ rng: inout SplitMix64) -> String {
        rng.chance(0.5) ? rng.pick(["id", "version", "text", "x", "", "K", "\u{212A}", "é", "e\u{301}"]) : string(&rng)
    }

    /// A random value, nested up to `depth`.
    static func tree(_ rng: inout SplitMix64, depth: Int = 3) -> JSONTree {
        switch Int.random(in: 0..<(depth > 0 ? 7 : 4), using: &rng) {
        case 0: return .null
        case 1: return .bool(rng.chance(0.5))
        case 2: return .number(rng.pick(numbers))
        case 3: return .string(string(&rng))
        case 4, 5: return .array((0..<Int.random(in: 0...4, using: &rng)).map { _ in tree(&rng, depth: depth - 1) })
        default:
            return .object((0..<Int.random(in: 0...4, using: &rng)).map { _ in
                JSONTree.Member(key: key(&rng), value: tree(&rng, depth: depth - 1))
            })
        }
    }

    /// `tree` inside `levels` arrays (the readers' nesting limits are 256 and 512).
    static func nested(_ tree: JSONTree, levels: Int) -> JSONTree {
        (0..<levels).reduce(tree) { inner, _ in .array([inner]) }
    }

    /// Changes one random node of `tree`; the result is still valid JSON.
    static func mutate(_ tree: inout JSONTree, _ rng: inout SplitMix64) {
        let paths = allPaths(tree)
        let path = rng.pick(paths)
        modify(&tree, at: path[...]) { change(&$0, &rng) }
    }

    private static func change(_ node: inout JSONTree, _ rng: inout SplitMix64) {
        switch node {
        case .object(var members) where rng.chance(0.8):
            switch Int.random(in: 0..<6, using: &rng) {
            case 0 where !members.isEmpty:
                members.remove(at: Int.random(in: 0..<members.count, using: &rng))
            case 1 where !members.isEmpty:
                // A duplicate key, first or last, with another value or the same one.
                var copy = rng.pick(members)
                if rng.chance(0.7) { copy.value = tree(&rng, depth: 1) }
                members.insert(copy, at: rng.chance(0.5) ? 0 : members.count)
            case 2:
                members.shuffle(using: &rng)
            case 3:
                let levels = rng.pick([1, 20, 255, 256, 257, 300, 511, 512, 513, 600])
                members.insert(JSONTree.Member(key: key(&rng), value: nested(tree(&rng, depth: 1), levels: levels)),
                               at: Int.random(in: 0...members.count, using: &rng))
            default:
                members.insert(JSONTree.Member(key: key(&rng), value: tree(&rng)), at: Int.random(in: 0...members.count, using: &rng))
            }
            node = .object(members)
        case .array(var elements) where rng.chance(0.7):
            switch Int.random(in: 0..<4, using: &rng) {
            case 0 where !elements.isEmpty: elements.remove(at: Int.random(in: 0..<elements.count, using: &rng))
            case 1 where !elements.isEmpty: elements.append(rng.pick(elements))
            case 2: elements = []
            default: elements.append(tree(&rng, depth: 1))
            }
            node = .array(elements)
        case .string(let text) where rng.chance(0.8):
            // Same kind: the type's own validation decides; often it still decodes.
            node = .string(rng.chance(0.5) ? text + string(&rng) : string(&rng))
        case .number where rng.chance(0.8):
            node = .number(rng.pick(numbers))
        case .bool(let b) where rng.chance(0.6):
            node = .bool(!b)
        default:
            node = tree(&rng, depth: 1)
        }
    }

    private static func allPaths(_ tree: JSONTree, prefix: [Int] = []) -> [[Int]] {
        var paths = [prefix]
        switch tree {
        case .array(let elements):
            for (n, element) in elements.enumerated() { paths += allPaths(element, prefix: prefix + [n]) }
        case .object(let members):
            for (n, member) in members.enumerated() { paths += allPaths(member.value, prefix: prefix + [n]) }
        default: break
        }
        return paths
    }

    private static func modify(_ tree: inout JSONTree, at path: ArraySlice<Int>, _ body: (inout JSONTree) -> Void) {
        guard let first = path.first else { return body(&tree) }
        switch tree {
        case .array(var elements):
            modify(&elements[first], at: path.dropFirst(), body)
            tree = .array(elements)
        case .object(var members):
            modify(&members[first].value, at: path.dropFirst(), body)
            tree = .object(members)
        default: break
        }
    }

    // MARK: Bytes

    /// Damage at the byte level: the result is usually not valid JSON (or not valid UTF-8).
    static func damage(_ bytes: inout [UInt8], _ rng: inout SplitMix64) -> String {
        let at = Int.random(in: 0...bytes.count, using: &rng)
        switch Int.random(in: 0..<9, using: &rng) {
        case 0:
            bytes = Array(bytes.prefix(Int.random(in: 0..<max(1, bytes.count), using: &rng)))
            return "truncated"
        case 1:
            bytes += rng.pick([[0x78], [0x5D], [0x7D], [0x00], [0x2C], [0x7B, 0x7D], [0x20, 0x31], [0x0C], [0xEF, 0xBB, 0xBF]])
            return "trailing garbage"
        case 2:
            bytes.insert(contentsOf: rng.pick([[0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0xFF, 0xFE], [0x00]]), at: 0)
            return "byte-order mark or NUL first"
        case 3:
            let opening = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\"") }
            let place = opening.isEmpty ? at : rng.pick(opening) + 1
            bytes.insert(contentsOf: rng.pick([[0xFF], [0xC3, 0x28], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]]),
                         at: place)
            return "invalid UTF-8 in a string"
        case 4:
            let opening = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\"") }
            let place = opening.isEmpty ? at : rng.pick(opening) + 1
            bytes.insert(contentsOf: Array(rng.pick(["\\ud800", "\\udc00", "\\uDBFF\\u0041", "\\ud83d\\ud83d", "\\ude00\\ud83d", "\\u12G4", "\\x", "\\U0041"]).utf8),
                         at: place)
            return "bad escape in a string"
        case 5:
            let closing = bytes.indices.filter { bytes[$0] == UInt8(ascii: "}") || bytes[$0] == UInt8(ascii: "]") }
            bytes.insert(UInt8(ascii: ","), at: closing.isEmpty ? at : rng.pick(closing))
            return "trailing comma"
        case 6:
            // A number spelled as JSON forbids (JSONDecoder reads some of these when unused).
            let digits = bytes.indices.filter { (0x30...0x39).contains(bytes[$0]) }
            bytes.insert(contentsOf: Array(rng.pick(["0", ".", "e", "-", "+", "1.", ".5", "e+"]).utf8), at: digits.isEmpty ? at : rng.pick(digits))
            return "malformed number"
        case 7:
            if !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = rng.pick(Array("{}[]:,\"\\ 0-tfn\t".utf8) + [0x00, 0x1F, 0x7F, 0xFF])
            }
            return "one byte changed"
        default:
            bytes.insert(contentsOf: rng.pick([[0x0B], [0x0C], [0xC2, 0xA0], [0x2F, 0x2F]]), at: at)
            return "a character that is not JSON whitespace"
        }
    }
}
