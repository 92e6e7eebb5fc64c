import Foundation
@testable import TendFHIR
import TendDomain

/// The fixture files of the FHIR tests (`Fixtures/`), read by path.
enum FHIRFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static var synthea: [URL] {
        (try? FileManager.default.contentsOfDirectory(at: url("synthea"), includingPropertiesForKeys: nil))?
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path } ?? []
    }

    /// Reads a file fed in chunks of `chunk` bytes; the items, or the error.
    static func read(_ url: URL, chunk: Int = 4096) throws -> (items: [FHIRItem], reader: FHIRStreamReader) {
        let data = try Data(contentsOf: url)
        return try read(data, chunk: chunk)
    }

    static func read(_ data: Data, chunk: Int = 4096) throws -> (items: [FHIRItem], reader: FHIRStreamReader) {
        var reader = FHIRStreamReader()
        var items: [FHIRItem] = []
        var offset = 0
        while offset < data.count {
            let end = min(offset + chunk, data.count)
            try reader.feed(data[offset..<end]) { items.append($0) }
            offset = end
        }
        try reader.finish()
        return (items, reader)
    }

    static let mapper = FHIRMapper(today: try! LocalDate.parse("2026-11-16"), visitCodes: try! VisitCodeTable.bundled())
}
