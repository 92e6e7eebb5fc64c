import Foundation
import Testing
import TendTestSupport
@testable import TendStore

/// Fault injection on the calls that decide durability: a failed fsync or close fails the
/// operation with a StoreError naming the file, and leaves nothing half done.
@Suite struct DiskIOFaultTests {
    /// Counts calls across the closures of one ``DurabilityCalls``.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0
        /// The number of this call, from 1.
        func next() -> Int { lock.lock(); defer { lock.unlock() }; calls += 1; return calls }
    }

    /// Calls that really fsync and close, then report `EIO` for the chosen kind of call: every
    /// such call on a file whose path contains `path` (any file when nil), or only the `number`th
    /// of those. A failed close still closes the descriptor, as Linux does.
    static func failing(fsync failFsync: Bool = false, close failClose: Bool = false,
                        on path: String? = nil, number: Int? = nil) -> DurabilityCalls {
        let fsyncs = Counter(), closes = Counter()
        @Sendable func chosen(_ fd: Int32, _ counter: Counter) -> Bool {
            if let path {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)")) ?? ""
                guard target.contains(path) else { return false }
            }
            let n = counter.next()
            return number == nil || number == n
        }
        return DurabilityCalls(
            fsync: { fd in
                let fail = failFsync && chosen(fd, fsyncs)
                let result = DurabilityCalls.system.fsync(fd)
                return fail ? EIO : result
            },
            close: { fd in
                let fail = failClose && chosen(fd, closes)
                let result = DurabilityCalls.system.close(fd)
                return fail ? EIO : result
            })
    }

    func disk(_ dir: TempDirectory, _ calls: DurabilityCalls) throws -> DiskIO {
        try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
        return DiskIO(root: dir.url, calls: calls)
    }

    @Test func truncateReportsAFailedFsync() throws {
        let dir = TempDirectory()
        let file = dir.url.appendingPathComponent("trail")
        try DiskIO(root: dir.url).makeDirectory(dir.url)
        try Data("0123456789".utf8).write(to: file)
        #expect(throws: StoreError.io(file: "trail", operation: "fsync", errno: EIO)) {
            try disk(dir, Self.failing(fsync: true)).truncate(file, to: 4)
        }
        #expect(throws: StoreError.io(file: "trail", operation: "close", errno: EIO)) {
            try disk(dir, Self.failing(close: true)).truncate(file, to: 2)
        }
        #expect(throws: StoreError.io(file: "missing", operation: "truncate", errno: ENOENT)) {
            try disk(dir, .system).truncate(dir.url.appendingPathComponent("missing"), to: 0)
        }
    }

    @Test func aFailedCloseAfterWritingANewFileFailsItAndRemovesTheFile() throws {
        let dir = TempDirectory()
        let file = dir.url.appendingPathComponent("new.json")
        #expect(throws: StoreError.io(file: "new.json", operation: "close", errno: EIO)) {
            try disk(dir, Self.failing(close: true)).writeNew(file, Data("{}".utf8))
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(throws: StoreError.io(file: "new.json", operation: "fsync", errno: EIO)) {
            try disk(dir, Self.failing(fsync: true)).writeNew(file, Data("{}".utf8))
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func aFailedCloseAfterAnAppendFailsItAndTakesTheBytesBack() throws {
        let dir = TempDirectory()
        let file = dir.url.appendingPathComponent("trail.jsonl")
        try disk(dir, .system).append(file, Data("one\n".utf8), expectedSize: 0)
        #expect(throws: StoreError.io(file: "trail.jsonl", operation: "close", errno: EIO)) {
            try disk(dir, Self.failing(close: true, number: 1)).append(file, Data("two\n".utf8), expectedSize: 4)
        }
        #expect(try Data(contentsOf: file) == Data("one\n".utf8))
        #expect(throws: StoreError.io(file: "trail.jsonl", operation: "fsync", errno: EIO)) {
            try disk(dir, Self.failing(fsync: true, number: 1)).append(file, Data("two\n".utf8), expectedSize: 4)
        }
        #expect(try Data(contentsOf: file) == Data("one\n".utf8))
    }

    @Test func anAppendThatCannotBeTakenBackSaysTheOutcomeIsUnknown() throws {
        let dir = TempDirectory()
        let file = dir.url.appendingPathComponent("trail.jsonl")
        try disk(dir, .system).append(file, Data("one\n".utf8), expectedSize: 0)
        do {
            try disk(dir, Self.failing(fsync: true)).append(file, Data("two\n".utf8), expectedSize: 4)
            Issue.record("the append succeeded")
        } catch let StoreError.invalid(message) {
            #expect(message.contains("fsync failed on trail.jsonl"), "\(message)")
            #expect(message.contains("may or may not have been recorded"), "\(message)")
        }
    }

    @Test func failedSyncsAndClosesOfDirectoriesAndReadsAreReported() throws {
        let dir = TempDirectory()
        try DiskIO(root: dir.url).makeDirectory(dir.url.appendingPathComponent("sub"))
        #expect(throws: StoreError.io(file: "sub", operation: "fsync directory", errno: EIO)) {
            try disk(dir, Self.failing(fsync: true)).syncDirectory(dir.url.appendingPathComponent("sub"))
        }
        #expect(throws: StoreError.io(file: "sub", operation: "close directory", errno: EIO)) {
            try disk(dir, Self.failing(close: true)).syncDirectory(dir.url.appendingPathComponent("sub"))
        }
        try Data("x".utf8).write(to: dir.url.appendingPathComponent("sub/file"))
        #expect(throws: StoreError.io(file: "sub/file", operation: "close", errno: EIO)) {
            try disk(dir, Self.failing(close: true)).read(dir.url.appendingPathComponent("sub/file"))
        }
    }

    @Test func aCommitWhoseFsyncFailsIsNotCommittedAndTheStoreStaysWhole() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        try store.writeFiles(tester, action: "note.put", at: fixedNow) { try $0.put(Note(text: "v1", version: 1), at: "notes/a.json") }
        let healthy = store.log.disk
        // A staged file's fsync; the audit trail's fsync; the close after the audit record is
        // appended (the record is taken back); every close of the trail (taking the record back
        // cannot be confirmed either: the change is reported as perhaps recorded, and the next
        // open sorts it out).
        for calls in [Self.failing(fsync: true, on: "txn/"), Self.failing(fsync: true, on: "trail.jsonl"),
                      Self.failing(close: true, on: "trail.jsonl", number: 1), Self.failing(close: true, on: "trail.jsonl")] {
            store.log.disk = DiskIO(root: dir.url, calls: calls)
            #expect(throws: StoreError.self) {
                try store.writeFiles(tester, action: "note.put", at: fixedNow) { try $0.put(Note(text: "v2", version: 2), at: "notes/a.json") }
            }
            store.log.disk = healthy
            _ = try JSONFileStore.open(at: dir.url)
            #expect(try store.document(Note.self, at: "notes/a.json").text == "v1")
            #expect(try store.auditRecords().count == 2)
            #expect(try store.verifyAudit().isIntact)
        }
        try store.writeFiles(tester, action: "note.put", at: fixedNow) { try $0.put(Note(text: "v3", version: 3), at: "notes/a.json") }
        #expect(try store.document(Note.self, at: "notes/a.json").text == "v3")
        #expect(try JSONFileStore.open(at: dir.url).verifyAudit().isIntact)
    }

    @Test func aBulkCommitWhoseFileSystemSyncFailsIsNotCommitted() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        let healthy = store.log.disk
        func bulkWrite() throws {
            try store.writeFiles(tester, action: "note.put", at: fixedNow) { change in
                change.bulk = true
                try change.put(Note(text: "bulk", version: 1), at: "notes/a.json")
            }
        }
        var failingSync = DurabilityCalls.system
        failingSync.syncFileSystem = { _ in EIO }
        store.log.disk = DiskIO(root: dir.url, calls: failingSync)
        #expect(throws: StoreError.io(file: dir.url.path, operation: "syncfs", errno: EIO)) { try bulkWrite() }
        // Without syncfs, each staged file is fsync'd, and a failure there fails the commit too.
        var noSyncfs = Self.failing(fsync: true, on: "txn/")
        noSyncfs.syncFileSystem = { _ in ENOSYS }
        store.log.disk = DiskIO(root: dir.url, calls: noSyncfs)
        #expect(throws: StoreError.self) { try bulkWrite() }
        store.log.disk = healthy
        #expect(try store.optionalDocument(Note.self, at: "notes/a.json") == nil)
        #expect(try store.auditRecords().count == 1)
        try bulkWrite()
        #expect(try store.document(Note.self, at: "notes/a.json").text == "bulk")
        #expect(try store.verifyAudit().isIntact)
    }
}
