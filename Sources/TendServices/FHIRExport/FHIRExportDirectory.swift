#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TendDomain
import TendFHIR

/// The directory a FHIR export writes to. It must be new, empty, or hold a previous tend
/// export (its `manifest.json` says so, and nothing else is there but tend's NDJSON files):
/// an export never mixes its files with someone else's, nor deletes them.
///
/// Every file is written in full to a temporary name in the directory and flushed to disk before
/// any is renamed over the old one, so a reader never sees half a file and a failed write leaves
/// the previous export whole; the manifest goes last. Files are
/// created readable by the exporting account only (mode 0600: they hold health information).
struct FHIRExportDirectory {
    /// The directory.
    let url: URL

    /// The prefix of temporary files (a leftover from an interrupted export is replaced too).
    static let temporaryPrefix = ".tend-export-"

    /// Whether the directory is still to be created (it is, by ``replace(with:manifest:)``).
    var create = false

    /// Checks `path`: an existing directory that may be written, or a new one whose parent
    /// exists. Creates nothing, so a refusal after this check leaves no trace.
    static func prepare(_ path: String) throws -> FHIRExportDirectory {
        guard !path.isEmpty else { throw DomainError("--out: give the directory to write the export to") }
        let url = URL(fileURLWithPath: path)
        var info = stat()
        if stat(url.path, &info) != 0 {
            let error = errno
            guard error == ENOENT else { throw ioError("cannot read", url.path, error) }
            var parent = stat()
            guard stat(url.deletingLastPathComponent().path, &parent) == 0, (parent.st_mode & S_IFMT) == S_IFDIR else {
                throw DomainError("--out: cannot create \(printable(url.path)): its parent directory does not exist")
            }
            return FHIRExportDirectory(url: url, create: true)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw DomainError("--out: \(printable(url.path)) is not a directory")
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: url.path) } catch {
            throw DomainError("--out: cannot list \(printable(url.path)): \(error.localizedDescription)")
        }
        let ours = Set(FHIRBulkOutput.resourceTypes.map(FHIRBulkOutput.fileName) + [FHIRBulkManifest.fileName])
        let foreign = names.filter { !ours.contains($0) && !$0.hasPrefix(temporaryPrefix) }.sorted()
        let manifestData = FileManager.default.contents(atPath: url.appendingPathComponent(FHIRBulkManifest.fileName).path)
        let isPreviousExport = manifestData.map(FHIRBulkManifest.isTendManifest) ?? false
        if names.isEmpty || (isPreviousExport && foreign.isEmpty) { return FHIRExportDirectory(url: url) }
        let found = (foreign.isEmpty ? names.sorted() : foreign).prefix(5).map(printable).joined(separator: ", ")
        let why = isPreviousExport ? "it holds a previous tend export but also other files (\(found))"
                                   : "it is not empty and holds no previous tend export (found: \(found))"
        throw DomainError("--out: \(printable(url.path)): \(why); name a new or empty directory, or the directory of an earlier `tend export fhir`")
    }

    /// Replaces the directory's contents with `output` and `manifest`. Every file is first
    /// written in full under a temporary name and flushed; only then are they renamed into
    /// place (the NDJSON files, then the removal of the NDJSON files of types this export has
    /// none of, the manifest last). A write that fails (a full disk) removes the temporary files
    /// and leaves the previous export as it was.
    func replace(with output: FHIRBulkOutput, manifest: Data) throws {
        if create, mkdir(url.path, 0o700) != 0 { throw Self.ioError("cannot create the directory", url.path, errno) }
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.filter { $0.hasPrefix(Self.temporaryPrefix) } ?? []
        for name in leftovers { unlink(url.appendingPathComponent(name).path) }
        let files = output.files.map { ($0.name, $0.data) } + [(FHIRBulkManifest.fileName, manifest)]
        var staged: [(temporary: String, final: String)] = []
        do {
            for (name, data) in files { staged.append((try writeTemporary(data, for: name), url.appendingPathComponent(name).path)) }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
        let written = Set(files.map(\.0))
        for (index, file) in staged.enumerated() {
            if file.final.hasSuffix("/" + FHIRBulkManifest.fileName) {
                for type in FHIRBulkOutput.resourceTypes where !written.contains(FHIRBulkOutput.fileName(type)) {
                    let stale = url.appendingPathComponent(FHIRBulkOutput.fileName(type)).path
                    if unlink(stale) != 0, errno != ENOENT { throw Self.ioError("cannot remove the old file", stale, errno) }
                }
            }
            guard rename(file.temporary, file.final) == 0 else {
                let error = errno
                for rest in staged[index...] { unlink(rest.temporary) }
                throw Self.ioError("cannot rename into place", file.final, error)
            }
        }
        syncDirectory()
    }

    /// Writes `data` in full to a new temporary file for `name`, flushed to disk; its path.
    private func writeTemporary(_ data: Data, for name: String) throws -> String {
        let temporary = url.appendingPathComponent("\(Self.temporaryPrefix)\(name).\(getpid()).tmp").path
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.ioError("cannot create", temporary, errno) }
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw Self.ioError("cannot write", url.appendingPathComponent(name).path, failure)
        }
        return temporary
    }

    private func syncDirectory() {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func printable(_ text: String) -> String { TextSafety.printable(text, maxLength: 300) }

    private static func ioError(_ what: String, _ path: String, _ code: Int32) -> DomainError {
        DomainError("\(what) \(printable(path)): \(String(cString: strerror(code)))")
    }
}
