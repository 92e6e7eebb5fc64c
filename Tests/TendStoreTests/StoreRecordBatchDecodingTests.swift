import Foundation
import Testing
@testable import TendStore

/// `StoreRecordDecoding.decodeAll`: how the PostgreSQL store decodes many rows of a type the
/// store's reader does not read (one JSONDecoder call over the batch), and that a damaged record
/// in a batch is still named.
@Suite struct StoreRecordBatchDecodingTests {
    /// A record type the store's reader does not read; notes whether it was decoded as an element
    /// of one joined array (coding path of one) or alone.
    struct Item: Decodable, Sendable, Equatable {
        var n: Int
        var decoderPath: Int
        init(from decoder: Decoder) throws {
            n = try decoder.container(keyedBy: Key.self).decode(Int.self, forKey: .n)
            decoderPath = decoder.codingPath.count   // 1 inside the joined array, 0 alone
        }
        enum Key: String, CodingKey { case n }
    }

    @Test func aBatchIsDecodedInOneCallAndInOrder() throws {
        let texts = (1...5).map { "{\"n\":\($0)}" }
        let items = try StoreRecordDecoding.decodeAll(Item.self, from: texts[...], name: "items")
        #expect(items.map(\.n) == [1, 2, 3, 4, 5])
        #expect(items.allSatisfy { $0.decoderPath == 1 })   // decoded as elements of one array
    }

    @Test func aDamagedRecordInABatchIsNamed() throws {
        let texts = ["{\"n\":1}", "{\"n\":\"two\"}", "{\"n\":3}"]
        #expect {
            try StoreRecordDecoding.decodeAll(Item.self, from: texts[...], name: "time/2026-12/rn")
        } throws: { error in
            guard case StoreError.damaged(let file, _) = error else { return false }
            return file == "time/2026-12/rn"
        }
    }
}
