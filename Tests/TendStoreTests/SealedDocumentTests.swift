import Foundation
import Testing
import TendTestSupport
@testable import TendStore

@Suite struct SealedDocumentTests {
    let sample = Note(text: "Ramírez, José — 中文 note", version: 3)

    @Test func roundTrips() throws {
        let data = try SealedDocument.seal(sample)
        #expect(try SealedDocument.open(Note.self, from: data, name: "x.json") == sample)
        // Still ordinary JSON that any reader can parse.
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["text"] as? String == sample.text)
        #expect((object?["sha256"] as? String)?.count == 64)
    }

    @Test func everyTruncationIsDetected() throws {
        let data = try SealedDocument.seal(sample)
        for length in 0..<data.count {
            #expect(throws: StoreError.self) {
                try SealedDocument.open(Note.self, from: data.prefix(length), name: "x.json")
            }
        }
    }

    @Test func everyFlippedByteIsDetected() throws {
        let data = try SealedDocument.seal(sample)
        for index in 0..<data.count {
            var damaged = data
            damaged[index] ^= 0x20
            #expect(throws: StoreError.self) {
                try SealedDocument.open(Note.self, from: damaged, name: "x.json")
            }
        }
    }

    @Test func errorNamesTheFile() throws {
        let data = try SealedDocument.seal(sample)
        do {
            _ = try SealedDocument.open(Note.self, from: data.prefix(10), name: "patients/P1.json")
            Issue.record("expected an error")
        } catch let error as StoreError {
            #expect(error.description.contains("patients/P1.json"))
        }
    }
}

@Suite struct UTCInstantTests {
    @Test(arguments: ["2026-11-03T14:05:00Z", "2000-02-29T23:59:59Z", "1970-01-01T00:00:00Z", "2028-12-31T00:00:01Z", "1969-07-20T20:17:40Z"])
    func fastParseMatchesFoundation(_ text: String) throws {
        #expect(UTCInstant.parse(text) == (try Date.ISO8601FormatStyle().parse(text)))
    }

    @Test(arguments: ["2026-11-03T14:05:00", "2026-11-03 14:05:00Z", "2026-13-03T14:05:00Z", "2026-11-03T24:00:00Z", "2026-11-03T14:05:00+01:00", "x"])
    func otherTextIsLeftToTheGeneralParser(_ text: String) {
        #expect(UTCInstant.parse(text) == nil)
    }

    @Test func decoderStillReadsOffsetsAndRejectsGarbage() throws {
        struct Box: Decodable { var at: Date }
        let decoder = StoreCoding.decoder()
        let box = try decoder.decode(Box.self, from: Data(#"{"at":"2026-11-03T09:05:00-05:00"}"#.utf8))
        #expect(box.at == UTCInstant.parse("2026-11-03T14:05:00Z"))
        #expect(throws: DecodingError.self) { try decoder.decode(Box.self, from: Data(#"{"at":"soon"}"#.utf8)) }
    }
}
