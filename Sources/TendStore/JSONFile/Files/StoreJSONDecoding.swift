import Foundation

/// A `Decoder` over a ``StoreJSONDocument``: the types' own `Codable` code, run without the
/// fixed costs of Foundation's JSONDecoder (a dictionary of every object's keys, boxed coding
/// paths), which dominate when thousands of small records are read.
///
/// Only the record types listed in ``StoreJSONOptIn`` are read with it, and none under
/// `TEND_JSON_DECODER=foundation`. It decodes what the store writes exactly as
/// ``StoreCoding/decoder()`` does (dates by the same rule); StoreJSONDifferentialTests checks that
/// on generated documents. Wherever it is not certain to agree (Decimal, Data, URL, a number written in a
/// form it does not read), it marks the document `unsupported` and the caller decodes with
/// JSONDecoder instead; type mismatches and missing keys throw the same kinds of errors as
/// JSONDecoder, so code that tries alternatives takes the same path.
struct StoreJSONDecoding: Decoder {
    let document: StoreJSONDocument
    let index: Int

    /// Decodes `type` from `data`, or nil when the data is not valid JSON, does not decode, or
    /// needs something only JSONDecoder does (use JSONDecoder then: it also words the error).
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) -> T? {
        if case .value(let value) = attempt(type, from: data) { return value }
        return nil
    }

    /// What the reader made of a document, for ``decode(_:from:)`` and for the differential test
    /// against JSONDecoder.
    enum Attempt<T> {
        /// Decoded; JSONDecoder must decode the same value.
        case value(T)
        /// Not read: outside the strict grammar (JSONDecoder accepts some of that, such as a
        /// trailing comma or a byte-order mark) or something only JSONDecoder reads exactly
        /// (`StoreJSONError`). The caller must ask JSONDecoder.
        case refused(StoreJSONError)
        /// Read, and the type's own decoding threw (a missing key, a type mismatch, a value its
        /// validation refuses): JSONDecoder must fail too.
        case failed(Error)
    }

    /// Decodes `type` from `data` and says how it went.
    static func attempt<T: Decodable>(_ type: T.Type, from data: Data) -> Attempt<T> {
        data.withUnsafeBytes { bytes -> Attempt<T> in
            let document: StoreJSONDocument
            do {
                document = try StoreJSONDocument(bytes)
            } catch {
                return .refused(error as? StoreJSONError ?? .unsupported("\(error)"))
            }
            let result = Result { try StoreJSONDecoding(document: document, index: 0).value(T.self, at: 0) }
            if let reason = document.unsupported { return .refused(.unsupported(reason)) }
            switch result {
            case .success(let value): return .value(value)
            case .failure(let error): return .failed(error)
            }
        }
    }

    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The object's members. Like JSONDecoder, it refuses an object with a key that is not valid
    /// Unicode (invalid UTF-8, a lone surrogate), even a key that is never asked for.
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let object = document[index]
        guard object.kind == .object else { throw mismatch([String: Any].self, at: index) }
        var member = index + 1
        for _ in 0..<object.count {
            let key = document[member]
            if key.flag, document.string(key) == nil {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "a key that is not valid Unicode"))
            }
            member = Int(document[member + 1].after)
        }
        return KeyedDecodingContainer(Keyed<Key>(document: document, index: index))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard document[index].kind == .array else { throw mismatch([Any].self, at: index) }
        return Unkeyed(document: document, index: index)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { Single(document: document, index: index) }

    // MARK: Values

    func mismatch(_ type: Any.Type, at index: Int) -> DecodingError {
        let found = document[index].kind
        let context = DecodingError.Context(codingPath: [], debugDescription: "expected \(type), found \(found)")
        return found == .null ? .valueNotFound(type, context) : .typeMismatch(type, context)
    }

    func unsupported(_ what: String) -> Error {
        if document.unsupported == nil { document.unsupported = what }
        return StoreJSONError.unsupported(what)
    }

    func isNil(at index: Int) -> Bool { document[index].kind == .null }

    func bool(at index: Int) throws -> Bool {
        let node = document[index]
        guard node.kind == .bool else { throw mismatch(Bool.self, at: index) }
        return node.flag
    }

    func string(at index: Int) throws -> String {
        let node = document[index]
        guard node.kind == .string else { throw mismatch(String.self, at: index) }
        guard let text = document.string(node) else { throw unsupported("a string that is not valid Unicode") }
        return text
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type, at index: Int) throws -> I {
        let node = document[index]
        guard node.kind == .number else { throw mismatch(I.self, at: index) }
        guard let value = document.integer(node, as: I.self) else { throw unsupported("the number \(document.numberText(node)) as \(I.self)") }
        return value
    }

    /// A number as `Double` or `Float`. JSONDecoder refuses a number that overflows to infinity
    /// or underflows to zero, where `F(text)` would round; those (and any other text `F` does
    /// not read) are left to it.
    func floatingPoint<F: BinaryFloatingPoint & LosslessStringConvertible>(_ type: F.Type, at index: Int) throws -> F {
        let node = document[index]
        guard node.kind == .number else { throw mismatch(F.self, at: index) }
        let text = document.numberText(node)
        guard let value = F(text), value.isFinite, !value.isZero || !Self.hasNonZeroDigit(beforeExponentOf: text) else {
            throw unsupported("the number \(text) as \(F.self)")
        }
        return value
    }

    /// Whether a number's digits before its exponent include one other than 0 (so that a zero
    /// result means the value underflowed).
    static func hasNonZeroDigit(beforeExponentOf text: String) -> Bool {
        for b in text.utf8 {
            if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") { return false }
            if b >= UInt8(ascii: "1"), b <= UInt8(ascii: "9") { return true }
        }
        return false
    }

    /// Any `Decodable`, with the store's rule for dates.
    func value<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
        if type == Date.self {
            let text = try string(at: index)
            guard let date = StoreCoding.instant(text) else {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "'\(text)' is not an ISO-8601 instant"))
            }
            return date as! T
        }
        if type == Decimal.self || type == Data.self || type == URL.self { throw unsupported("\(type)") }
        return try T(from: StoreJSONDecoding(document: document, index: index))
    }

    // MARK: Containers

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let document: StoreJSONDocument
        let index: Int
        var codingPath: [CodingKey] { [] }
        private var decoder: StoreJSONDecoding { StoreJSONDecoding(document: document, index: index) }

        init(document: StoreJSONDocument, index: Int) {
            self.document = document
            self.index = index
        }

        /// The value node of the first member named `key`.
        private func find(_ key: Key) -> Int? {
            let name = key.stringValue
            let object = document[index]
            var member = index + 1
            for _ in 0..<object.count {
                let value = member + 1
                if document.stringEquals(document[member], name) { return value }
                member = Int(document[value].after)
            }
            return nil
        }

        private func require(_ key: Key) throws -> Int {
            guard let found = find(key) else {
                throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: "no value for key \(key.stringValue)"))
            }
            return found
        }

        var allKeys: [Key] {
            var keys: [Key] = []
            var member = index + 1
            for _ in 0..<document[index].count {
                if let name = document.string(document[member]), let key = Key(stringValue: name) { keys.append(key) }
                member = Int(document[member + 1].after)
            }
            return keys
        }

        func contains(_ key: Key) -> Bool { find(key) != nil }

        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            guard let found = find(key), !decoder.isNil(at: found) else { return nil }
            return try decoder.string(at: found)
        }

        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            guard let found = find(key), !decoder.isNil(at: found) else { return nil }
            return try decoder.integer(type, at: found)
        }

        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            guard let found = find(key), !decoder.isNil(at: found) else { return nil }
            return try decoder.bool(at: found)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let found = find(key), !decoder.isNil(at: found) else { return nil }
            return try decoder.value(type, at: found)
        }

        func decodeNil(forKey key: Key) throws -> Bool { decoder.isNil(at: try require(key)) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.bool(at: require(key)) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.string(at: require(key)) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.floatingPoint(type, at: require(key)) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder.floatingPoint(type, at: require(key)) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.integer(type, at: require(key)) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.integer(type, at: require(key)) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.integer(type, at: require(key)) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.integer(type, at: require(key)) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.integer(type, at: require(key)) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.integer(type, at: require(key)) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.integer(type, at: require(key)) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.integer(type, at: require(key)) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.integer(type, at: require(key)) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.integer(type, at: require(key)) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.value(type, at: require(key)) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try StoreJSONDecoding(document: document, index: require(key)).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            try StoreJSONDecoding(document: document, index: require(key)).unkeyedContainer()
        }

        func superDecoder() throws -> Decoder { throw decoder.unsupported("superDecoder") }
        func superDecoder(forKey key: Key) throws -> Decoder { throw decoder.unsupported("superDecoder") }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let document: StoreJSONDocument
        /// The next element's node.
        var next: Int
        let count: Int?
        var currentIndex = 0
        var codingPath: [CodingKey] { [] }
        var isAtEnd: Bool { currentIndex >= count! }
        private var decoder: StoreJSONDecoding { StoreJSONDecoding(document: document, index: next) }

        init(document: StoreJSONDocument, index: Int) {
            self.document = document
            self.next = index + 1
            self.count = Int(document[index].count)
        }

        /// The next element's node, moving past it.
        private mutating func advance(_ type: Any.Type) throws -> Int {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: [], debugDescription: "unkeyed container is at end"))
            }
            let element = next
            next = Int(document[element].after)
            currentIndex += 1
            return element
        }

        /// Decodes the next element; moves past it only when it decoded, as JSONDecoder does.
        private mutating func take<T>(_ type: T.Type, _ body: (StoreJSONDecoding, Int) throws -> T) throws -> T {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: [], debugDescription: "unkeyed container is at end"))
            }
            let value = try body(decoder, next)
            _ = try advance(type)
            return value
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Never.self, DecodingError.Context(codingPath: [], debugDescription: "unkeyed container is at end"))
            }
            if decoder.isNil(at: next) {
                _ = try advance(Never.self)
                return true
            }
            return false
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try take(type) { try $0.bool(at: $1) } }
        mutating func decode(_ type: String.Type) throws -> String { try take(type) { try $0.string(at: $1) } }
        mutating func decode(_ type: Double.Type) throws -> Double { try take(type) { try $0.floatingPoint(type, at: $1) } }
        mutating func decode(_ type: Float.Type) throws -> Float { try take(type) { try $0.floatingPoint(type, at: $1) } }
        mutating func decode(_ type: Int.Type) throws -> Int { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try take(type) { try $0.integer(type, at: $1) } }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try take(type) { try $0.value(type, at: $1) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try take(KeyedDecodingContainer<NestedKey>.self) { decoder, _ in try decoder.container(keyedBy: type) }
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            try take(UnkeyedDecodingContainer.self) { decoder, _ in try decoder.unkeyedContainer() }
        }

        mutating func superDecoder() throws -> Decoder { throw decoder.unsupported("superDecoder") }
    }

    struct Single: SingleValueDecodingContainer {
        let document: StoreJSONDocument
        let index: Int
        var codingPath: [CodingKey] { [] }
        private var decoder: StoreJSONDecoding { StoreJSONDecoding(document: document, index: index) }

        func decodeNil() -> Bool { decoder.isNil(at: index) }
        func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool(at: index) }
        func decode(_ type: String.Type) throws -> String { try decoder.string(at: index) }
        func decode(_ type: Double.Type) throws -> Double { try decoder.floatingPoint(type, at: index) }
        func decode(_ type: Float.Type) throws -> Float { try decoder.floatingPoint(type, at: index) }
        func decode(_ type: Int.Type) throws -> Int { try decoder.integer(type, at: index) }
        func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(type, at: index) }
        func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(type, at: index) }
        func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(type, at: index) }
        func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(type, at: index) }
        func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(type, at: index) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(type, at: index) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(type, at: index) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(type, at: index) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(type, at: index) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.value(type, at: index) }
    }
}
