import Foundation
import Testing
@testable import TendStore

/// Disagreements with JSONDecoder that the differential test (StoreJSONDifferentialTests) found
/// in the store's reader, each reduced to a small document: the reader must now agree or hand
/// the document over.
@Suite struct StoreJSONRegressionTests {
    struct Text: Decodable, Equatable { var s: String }
    struct Number: Decodable, Equatable { var d: Double?; var f: Float? }

    func foundation<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? StoreCoding.decoder().decode(type, from: Data(text.utf8))
    }

    /// JSONDecoder reads nesting to 512 levels; the reader stops at 256 but must hand the
    /// document over rather than call valid JSON a syntax error.
    @Test func nestingBeyondTheReadersLimitIsHandedOver() {
        let deep = #"{"s":"a","x":"# + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "}"
        #expect(foundation(Text.self, deep) == Text(s: "a"))
        guard case .refused(.unsupported) = StoreJSONDecoding.attempt(Text.self, from: Data(deep.utf8)) else {
            Issue.record("300 levels: \(StoreJSONDecoding.attempt(Text.self, from: Data(deep.utf8)))")
            return
        }
    }

    /// JSONDecoder refuses a whole object when one of its keys is not valid Unicode (a lone
    /// surrogate, invalid UTF-8), even a key the type does not read; the reader must not decode it.
    @Test func anObjectWithAKeyThatIsNotUnicodeDoesNotDecode() {
        let documents = [
            Data(#"{"\ud800":1,"s":"a"}"#.utf8),
            Data(#"{"s":"a","\udc00x":1}"#.utf8),
            Data(#"{"s":"a",""#.utf8) + Data([0xC3, 0x28]) + Data(#"":1}"#.utf8),
        ]
        for data in documents {
            #expect((try? StoreCoding.decoder().decode(Text.self, from: data)) == nil)
            #expect(StoreJSONDecoding.decode(Text.self, from: data) == nil, "\(String(decoding: data, as: UTF8.self))")
        }
        // Inside a member the type does not read, JSONDecoder does not look, and neither does the reader.
        let unread = Data(#"{"s":"a","x":{"\ud800":1}}"#.utf8)
        #expect(foundation(Text.self, String(decoding: unread, as: UTF8.self)) == Text(s: "a"))
        #expect(StoreJSONDecoding.decode(Text.self, from: unread) == Text(s: "a"))
    }

    /// JSONDecoder refuses a number that overflows to infinity or underflows to zero as Double or
    /// Float; `Double(text)` rounds them instead, so the reader hands them over.
    @Test func numbersBeyondDoubleAndFloatAreNotRounded() {
        for text in [#"{"d":1e400}"#, #"{"d":-1e400}"#, #"{"d":2e-324}"#, #"{"d":1e-400}"#, #"{"f":3.4028236e38}"#, #"{"f":7e-46}"#] {
            #expect(foundation(Number.self, text) == nil, "\(text)")
            #expect(StoreJSONDecoding.decode(Number.self, from: Data(text.utf8)) == nil, "\(text)")
        }
        // At the edges, both read the same value.
        for text in [#"{"d":4.9e-324}"#, #"{"d":1.7976931348623157e308}"#, #"{"d":-0}"#, #"{"d":0e500}"#, #"{"f":3.4028235e38}"#, #"{"f":1e-45}"#] {
            let expected = foundation(Number.self, text)
            #expect(expected != nil, "\(text)")
            #expect(StoreJSONDecoding.decode(Number.self, from: Data(text.utf8)) == expected, "\(text)")
        }
    }
}
