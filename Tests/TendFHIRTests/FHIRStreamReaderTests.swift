import Foundation
import Testing
@testable import TendFHIR
import TendDomain

@Suite("FHIR stream reader")
struct FHIRStreamReaderTests {
    @Test func syntheaBundleIsReadEntryByEntryWhateverTheChunkSize() throws {
        let url = FHIRFixtures.synthea.first { $0.lastPathComponent.hasPrefix("Cody") }!
        let whole = try FHIRFixtures.read(url, chunk: 1 << 24)
        let bytewise = try FHIRFixtures.read(url, chunk: 7)
        #expect(whole.items == bytewise.items)
        #expect(whole.reader.read == ["Patient": 1, "Condition": 5, "Encounter": 30, "Practitioner": 1])
        #expect(whole.reader.skipped["Observation"] == 294)
        #expect(whole.reader.skipped["Claim"] == 46)
        #expect(whole.reader.bundles == ["transaction": 1])
        let patient = try #require(whole.items.first { $0.resource.typeName == "Patient" })
        #expect(patient.fullUrl == "urn:uuid:2a86d65b-06c7-4100-9d43-948921b49605")
        #expect(patient.line > 1)
    }

    @Test func ndjsonLinesAreResourcesWithTheirLineNumbers() throws {
        let result = try FHIRFixtures.read(FHIRFixtures.url("uscore/export/Condition.ndjson"), chunk: 13)
        #expect(result.items.count == 10)
        #expect(result.items.map(\.line) == Array(1...10))
        #expect(result.reader.skipped.isEmpty)
    }

    @Test func otherResourceTypesAreSkippedAndCounted() throws {
        let text = #"{"resourceType":"Observation","id":"o","valueQuantity":{"value":1}}"# + "\n" + #"{"resourceType":"Claim","id":"c"}"# + "\n"
        let result = try FHIRFixtures.read(Data(text.utf8))
        #expect(result.items.isEmpty)
        #expect(result.reader.skipped == ["Observation": 1, "Claim": 1])
    }

    @Test func aBundleWhoseEntryComesBeforeItsTypeIsStillRead() throws {
        let text = """
        {"entry":[{"fullUrl":"urn:uuid:1","resource":{"resourceType":"Patient","id":"a"}},
        {"resource":{"resourceType":"Observation","id":"o"}}],
         "type":"searchset","resourceType":"Bundle"}
        """
        let result = try FHIRFixtures.read(Data(text.utf8), chunk: 5)
        #expect(result.items.map(\.resource.id) == ["a"])
        #expect(result.items.first?.fullUrl == "urn:uuid:1")
        #expect(result.reader.skipped == ["Observation": 1])
    }

    @Test(arguments: [
        ("refusals/not-json.ndjson", 2, "not valid JSON"),
        ("refusals/not-fhir.json", 1, "without resourceType"),
        ("refusals/history-bundle.json", 1, "Bundle of type 'history'"),
        ("refusals/truncated.json", 3, "ends inside"),
        ("refusals/roster.ndjson", 1, "expected a JSON object"),
        ("refusals/wrong-shape.ndjson", 1, "Condition is not valid FHIR JSON: at code.coding"),
    ])
    func everyRefusalNamesItsLine(file: String, line: Int, words: String) throws {
        let error = try #require(throws: FHIRReadError.self) { try FHIRFixtures.read(FHIRFixtures.url(file), chunk: 3) }
        #expect(error.line == line)
        #expect(error.message.contains(words), "\(error)")
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(#"{"resourceType":"Patient","id":"x"}"#.utf8)
        #expect(try FHIRFixtures.read(data).items.count == 1)
    }
}

@Suite("FHIR stream reader: Bulk Data")
struct FHIRBulkManifestTests {
    @Test func anExportManifestIsSkippedNotRefused() throws {
        let manifest = #"{"transactionTime":"2026-11-01T00:00:00Z","request":"[base]/$export","output":[{"type":"Patient","url":"Patient.ndjson","count":1}],"error":[]}"#
        let result = try FHIRFixtures.read(Data(manifest.utf8))
        #expect(result.items.isEmpty)
        #expect(result.reader.skipped == ["Bulk Data manifest": 1])
    }
}
