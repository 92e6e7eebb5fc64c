import Foundation
import Testing
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
