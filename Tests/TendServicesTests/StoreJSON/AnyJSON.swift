import Foundation

/// Any JSON value, decoded through the `Codable` containers (keyed with `allKeys`, unkeyed,
/// single values): the differential test's type for documents of any shape. Numbers are read as
/// Double only, since trying Int first would make the store's reader hand every fraction over.
indirect enum AnyJSON: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([AnyJSON])
    case object([String: AnyJSON])

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Key.self) {
            var members: [String: AnyJSON] = [:]
            for key in keyed.allKeys where members[key.stringValue] == nil {
                members[key.stringValue] = try keyed.decode(AnyJSON.self, forKey: key)
            }
            self = .object(members)
        } else if var unkeyed = try? decoder.unkeyedContainer() {
            var elements: [AnyJSON] = []
            while !unkeyed.isAtEnd { elements.append(try unkeyed.decode(AnyJSON.self)) }
            self = .array(elements)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if let flag = try? single.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? single.decode(Double.self) {
                self = .number(number)
            } else {
                self = .string(try single.decode(String.self))
            }
        }
    }

    /// Numbers compare by their bits (so that -0 and 0 differ); the rest as usual.
    static func == (a: AnyJSON, b: AnyJSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x.bitPattern == y.bitPattern
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x == y
        default: return false
        }
    }
}

/// One member of each scalar type the store's reader reads itself, all optional: the
/// differential test's type for numbers at the limits of Int, Int64, UInt64, UInt8, Double and
/// Float, and for strings and booleans in a keyed container.
struct Scalars: Decodable, Equatable {
    var int: Int?
    var int64: Int64?
    var uint8: UInt8?
    var uint64: UInt64?
    var double: Double?
    var float: Float?
    var text: String?
    var flag: Bool?
    var list: [Int]?

    static let keys = ["int", "int64", "uint8", "uint64", "double", "float", "text", "flag", "list"]

    /// Floating-point members compare by their bits.
    static func == (a: Scalars, b: Scalars) -> Bool {
        a.int == b.int && a.int64 == b.int64 && a.uint8 == b.uint8 && a.uint64 == b.uint64
            && a.double?.bitPattern == b.double?.bitPattern && a.float?.bitPattern == b.float?.bitPattern
            && a.text == b.text && a.flag == b.flag && a.list == b.list
    }
}
