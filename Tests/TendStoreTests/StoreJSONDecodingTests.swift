import Foundation
import Testing
import TendTestSupport
@testable import TendStore

/// The store's own JSON reader must decode what it accepts exactly as JSONDecoder (with the
/// store's settings) does, and give up (nil) on anything it is not sure about.
@Suite struct StoreJSONDecodingTests {
    struct Sample: Codable, Equatable {
        enum Kind: String, Codable { case alpha, beta }
        enum Shape: Codable, Equatable { case point, circle(radius: Int), label(String, at: Date) }
        var text: String
        var optional: String?
        var missing: Int?
        var explicitNull: Int?
        var number: Int
        var negative: Int64
        var small: UInt8
        var ratio: Double
        var flag: Bool
        var kind: Kind
        var at: Date
        var dates: [Date]
        var nested: [[String: [Int]]]
        var keyed: [Kind: String]
        var shapes: [Shape]
        var optionals: [Int?]
    }

    static let sample = Sample(
        text: "quote \" backslash \\ slash / tab \t newline \n cr \r nul \u{0} esc \u{1B} bidi \u{202E} é 漢字 emoji 👩‍👩‍👧 e\u{301}",
        optional: "", missing: nil, explicitNull: nil, number: -0, negative: Int64.min, small: 255, ratio: -1.25e-7, flag: false,
        kind: .beta, at: Date(timeIntervalSince1970: 1_764_000_000), dates: [Date(timeIntervalSince1970: 0)],
        nested: [["a": [1, 2]], [:], ["": []]], keyed: [.alpha: "x", .beta: "y"],
        shapes: [.point, .circle(radius: 3), .label("l", at: Date(timeIntervalSince1970: 86_400))], optionals: [1, nil, 3])

    func both<T: Decodable & Equatable>(_ type: T.Type, _ data: Data) throws -> (fast: T?, foundation: T) {
        (StoreJSONDecoding.decode(type, from: data), try StoreCoding.decoder().decode(type, from: data))
    }

    @Test func decodesWhatTheStoreWritesLikeJSONDecoder() throws {
        for data in [try StoreCoding.encoder().encode(Self.sample), try StoreCoding.encoder(pretty: false).encode(Self.sample),
                     try SealedDocument.seal(Self.sample)] {
            let (fast, foundation) = try both(Sample.self, data)
            #expect(fast == foundation)
            #expect(fast == Self.sample)
        }
    }

    @Test func readsEscapesSurrogatesAndOtherInstantForms() throws {
        let json = #"{"text":"\u00e9\ud83d\ude00\/\b\f","at":"2026-11-03T14:05:00Z","plain":"2026-11-03T09:05:00-05:00"}"#
        struct Value: Codable, Equatable { var text: String; var at: Date; var plain: Date }
        let (fast, foundation) = try both(Value.self, Data(json.utf8))
        #expect(fast == foundation)
        #expect(fast?.text == "é😀/\u{8}\u{C}")
    }

    @Test func typeMismatchesThrowSoThatAlternativesAreTriedAsWithJSONDecoder() throws {
        let json = #"[null, true, 1.5, -2, "s", [1, "two", false], {"k": {"n": null}}]"#
        let (fast, foundation) = try both([JSONValue].self, Data(json.utf8))
        #expect(fast == foundation)
        struct Strict: Decodable, Equatable { var number: Int }
        #expect(StoreJSONDecoding.decode(Strict.self, from: Data(#"{"number":"1"}"#.utf8)) == nil)
        #expect(StoreJSONDecoding.decode(Strict.self, from: Data(#"{"other":1}"#.utf8)) == nil)
        #expect(StoreJSONDecoding.decode(Strict.self, from: Data(#"{"number":null}"#.utf8)) == nil)
        // A duplicate key: the first one counts, as with JSONDecoder.
        #expect(StoreJSONDecoding.decode(Strict.self, from: Data(#"{"number":7,"number":8}"#.utf8)) == Strict(number: 7))
        #expect(try StoreCoding.decoder().decode(Strict.self, from: Data(#"{"number":7,"number":8}"#.utf8)) == Strict(number: 7))
    }

    @Test func leavesWhatItDoesNotCopyExactlyToJSONDecoder() throws {
        struct Money: Codable, Equatable { var amount: Decimal }
        #expect(StoreJSONDecoding.decode(Money.self, from: try StoreCoding.encoder().encode(Money(amount: Decimal(string: "60.49")!))) == nil)
        struct Count: Codable, Equatable { var n: Int }
        for text in [#"{"n":1.0}"#, #"{"n":1e2}"#, #"{"n":99999999999999999999}"#] {
            #expect(StoreJSONDecoding.decode(Count.self, from: Data(text.utf8)) == nil, "\(text)")
        }
        // An alternative taken after an unsupported value must not stand either.
        struct Probe: Decodable, Equatable {
            var value: String
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                value = (try? c.decode(Decimal.self)).map { "\($0)" } ?? "no decimal"
            }
        }
        #expect(StoreJSONDecoding.decode(Probe.self, from: Data("1.5".utf8)) == nil)
    }

    @Test func refusesInvalidJSON() {
        let invalid = [
            "", " ", "{", #"{"a":1,}"#, "[1,]", "[01]", "[1.]", "[.5]", "[-]", "[1e]", #"{"a" 1}"#, #"{a:1}"#, "[1] x",
            "\"\u{1}\"", #""\x""#, #""\u12G4""#, "[tru]", "[nul]", "'a'",
            // Valid JSON, but deeper than the reader goes (StoreJSONRegressionTests).
            String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
        ]
        for text in invalid {
            #expect(StoreJSONDecoding.decode([String].self, from: Data(text.utf8)) == nil, "\(text)")
            #expect(throws: (any Error).self, "\(text)") { try Data(text.utf8).withUnsafeBytes { _ = try StoreJSONDocument($0) } }
        }
        // Lone surrogates and invalid UTF-8 inside a string are refused rather than repaired.
        for text in [#"["\ud800"]"#, #"["\udc00x"]"#, #"["\ud800\u0041"]"#] {
            #expect(StoreJSONDecoding.decode([String].self, from: Data(text.utf8)) == nil, "\(text)")
        }
        #expect(StoreJSONDecoding.decode(String.self, from: Data([0x22, 0xC3, 0x28, 0x22])) == nil)
    }

    @Test func storeDocumentsStillNameADamagedFile() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        try store.writeFiles(tester, action: "test.put", at: fixedNow) { change in
            try change.put(Note(text: "one", version: 1), at: "notes/a.json")
            try change.put(Note(text: "two", version: 2), at: "notes/b.json")
        }
        #expect(try store.documents(Note.self, at: ["notes/a.json", "notes/b.json"]) == [Note(text: "one", version: 1), Note(text: "two", version: 2)])
        struct Other: Decodable, Sendable { var missing: String }
        #expect {
            try store.documents(Other.self, at: ["notes/a.json", "notes/b.json"])
        } throws: { error in
            guard case StoreError.damaged(let file, let reason) = error else { return false }
            return file == "notes/a.json" && reason.contains("missing")
        }
    }
}
