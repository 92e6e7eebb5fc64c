import Foundation
import TendDomain
import TendFHIR

/// Finds the files of an import and streams each through the FHIR reader, in chunks: the only
/// file access of the FHIR import.
enum FHIRFileReading {
    /// The size of each read.
    static let chunkSize = 1 << 20

    /// The files `paths` name: files as given, directories searched recursively for `.json` and
    /// `.ndjson` files (sorted). A path that does not exist is returned too (it is refused when read).
    static func files(_ paths: [String]) -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                result.append(path)
                continue
            }
            var found: [String] = []
            if let walker = manager.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let lower = relative.lowercased()
                    guard lower.hasSuffix(".json") || lower.hasSuffix(".ndjson") else { continue }
                    let full = (path as NSString).appendingPathComponent(relative)
                    var dir: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { found.append(full) }
                }
            }
            result += found.sorted()
        }
        return result
    }

    /// Reads one file: the mapped resources, or the refusal (`line N: ...`, or why it cannot be read).
    static func read(_ path: String, mapper: FHIRMapper, summary: inout FHIRFileSummary) -> [MappedResource]? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            summary.refused = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file or directory"
            return nil
        }
        defer { try? handle.close() }
        var reader = FHIRStreamReader()
        var mapped: [MappedResource] = []
        do {
            while true {
                guard let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty else { break }
                try reader.feed(chunk) { item in mapped.append(mapper.map(item, file: path)) }
            }
            try reader.finish()
        } catch let error as FHIRReadError {
            summary.refused = "\(error)"
            return nil
        } catch {
            summary.refused = "cannot be read: \(error.localizedDescription)"
            return nil
        }
        summary.read = reader.read
        summary.skipped = reader.skipped
        return mapped
    }
}
