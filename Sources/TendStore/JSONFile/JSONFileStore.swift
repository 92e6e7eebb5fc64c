import Foundation
import TendDomain

/// The JSON-file store: a ``RecordStore`` kept as a directory of sealed JSON files shared by
/// several processes on one host (docs/store-format.md).
///
/// This type (with ``CommitLog`` and ``DiskIO``) is the only code that touches the store's
/// files; where each record lives (``StoreLayout``), the seals, the lock and the indexes as files
/// stay inside it. Reads hold the shared lock so they see whole commits; every change goes
/// through ``write(_:action:patient:at:_:)``, which commits it together with its audit record.
public final class JSONFileStore: RecordStore, WriteLockHook, @unchecked Sendable {
    /// The store format version this program writes and understands.
    public static let schemaVersion = 1

    /// The store directory.
    public let root: URL
    /// The store's settings.
    public let settings: StoreSettings
    /// A message about an interrupted change that opening the store completed or discarded.
    public private(set) var recoveryMessage: String?
    /// The store directory's path.
    public var location: String { root.path }

    let disk: DiskIO
    let lock: StoreLock
    var log: CommitLog
    /// Tests only: runs in ``write(_:action:patient:at:_:)`` just before it waits for the
    /// exclusive lock, to stand for another process committing while this one waits.
    package var beforeWriteLock: (() -> Void)?

    private init(root: URL, settings: StoreSettings) {
        self.root = root
        self.settings = settings
        self.disk = DiskIO(root: root)
        self.lock = StoreLock(path: root.appendingPathComponent(StoreLayout.lock).path, display: StoreLayout.lock)
        self.log = CommitLog(disk: disk, root: root)
    }

    /// A store about to be written by a copy (JSONFileStore+Copy.swift).
    convenience init(copyingTo root: URL, settings: StoreSettings) { self.init(root: root, settings: settings) }

    /// Creates a new store and commits its first records (staged by `initial`) as audit record 1,
    /// with the settings and the index format marker (a new store's indexes are complete).
    public static func create(
        at root: URL, settings: StoreSettings, account: Account, at now: Date,
        _ initial: (any ChangeSet) throws -> Void
    ) throws -> JSONFileStore {
        let disk = DiskIO(root: root)
        if disk.exists(root.appendingPathComponent(StoreLayout.settings)) {
            throw StoreError.alreadyExists(path: root.path)
        }
        try disk.makeDirectory(root)
        let store = JSONFileStore(root: root, settings: settings)
        try store.lock.withLock(exclusive: true) {
            if disk.exists(root.appendingPathComponent(StoreLayout.settings)) {
                throw StoreError.alreadyExists(path: root.path)
            }
            let trail = root.appendingPathComponent(StoreLayout.auditTrail)
            if disk.exists(trail), try disk.size(of: trail) > 0 {
                throw StoreError.invalid("\(root.path) holds an audit trail but no store.json: refusing to start a new store over it")
            }
            try store.log.createEmpty()
            let change = StagedChange(store: store, creating: true)
            try change.put(settings, at: StoreLayout.settings)
            try change.put(IndexVersion(), at: StoreLayout.indexVersion)
            try initial(change)
            if change.summary.isEmpty { change.summary = "created the store for \(settings.practice)" }
            if change.change == nil { change.describe(settings) }
            _ = try store.log.commit(change, account: account, action: .storeInit, outcome: .ok, at: now)
        }
        return store
    }

    /// Opens an existing store: checks its version, and completes or discards a change that a
    /// crashed process left unfinished.
    public static func open(at root: URL) throws -> JSONFileStore {
        let disk = DiskIO(root: root)
        let settingsURL = root.appendingPathComponent(StoreLayout.settings)
        guard disk.exists(settingsURL) else { throw StoreError.notAStore(path: root.path) }
        let data = try disk.read(settingsURL)
        try SealedDocument.verify(data, name: StoreLayout.settings)
        guard let probe = try? StoreCoding.decoder().decode(SchemaProbe.self, from: data) else {
            throw StoreError.damaged(file: StoreLayout.settings, reason: "it has no schemaVersion")
        }
        guard probe.schemaVersion <= schemaVersion else {
            throw StoreError.tooNew(path: root.path, found: probe.schemaVersion, supported: schemaVersion)
        }
        let settings = try SealedDocument.open(StoreSettings.self, from: data, name: StoreLayout.settings)
        let store = JSONFileStore(root: root, settings: settings)
        if try store.log.needsRecovery() {
            store.recoveryMessage = try store.lock.withLock(exclusive: true) { try store.log.recover() }
        }
        return store
    }

    /// Runs `body` under the shared lock, so that every file it reads belongs to whole commits.
    public func read<T>(_ body: () throws -> T) throws -> T {
        try lock.withLock(exclusive: false, body)
    }

    /// Makes one change: under the exclusive lock, `body` reads the current records, checks the
    /// rules and stages what to write; then the change and its audit record are committed
    /// together and made durable. Returns the audit record's sequence number.
    @discardableResult
    public func write(
        _ account: Account, action: AuditAction, patient: String?, at now: Date,
        _ body: (any ChangeSet) throws -> Void
    ) throws -> Int {
        try writeFiles(account, action: action, patient: patient, at: now, body)
    }

    /// ``write(_:action:patient:at:_:)`` with the file-level change, which can stage any file
    /// at any path (the typed operations and tests).
    @discardableResult
    func writeFiles(
        _ account: Account, action: AuditAction, patient: String? = nil, at now: Date,
        _ body: (StagedChange) throws -> Void
    ) throws -> Int {
        beforeWriteLock?()
        return try lock.withLock(exclusive: true) {
            if let message = try log.recover() { recoveryMessage = message }
            let change = StagedChange(store: self)
            change.patient = patient
            try body(change)
            return try log.commit(change, account: account, action: action, outcome: .ok, at: now)
        }
    }

    /// Records in the audit trail that an action was refused, then returns the denial error
    /// for the caller to throw.
    public func deny(_ account: Account, action: AuditAction, patient: String?, at now: Date, reason: String) -> StoreError {
        do {
            try lock.withLock(exclusive: true) {
                try log.recover()
                let change = StagedChange(store: self)
                change.patient = patient
                change.summary = "denied: \(reason)"
                _ = try log.commit(change, account: account, action: action, outcome: .denied, at: now)
            }
        } catch {
            return .denied(reason: "\(reason) (and the denial could not be audited: \(error))")
        }
        return .denied(reason: reason)
    }

    // MARK: Reading documents

    /// Reads and unseals one document; `notFound` when the file does not exist.
    func document<T: Decodable>(_ type: T.Type, at path: String) throws -> T {
        let data = try disk.read(root.appendingPathComponent(path))
        return try SealedDocument.open(T.self, from: data, name: path)
    }

    /// Reads one document, or nil when the file does not exist.
    func optionalDocument<T: Decodable>(_ type: T.Type, at path: String) throws -> T? {
        do {
            return try document(type, at: path)
        } catch StoreError.notFound {
            return nil
        }
    }

    /// Reads many documents, decoding in parallel on all cores; fails on the first damaged one.
    ///
    /// Each file's seal is checked on its own; the verified files of a type listed in
    /// ``StoreJSONOptIn`` are decoded by the store's own reader (``StoreJSONDecoding``), unless
    /// `TEND_JSON_DECODER=foundation`. A batch it cannot decode entirely, and any other type, goes to JSONDecoder,
    /// with the files' bytes joined into one JSON array (its fixed cost per call dominates for
    /// thousands of small files); when that fails too, the files are decoded one by one so that
    /// the error names the file.
    func documents<T: Decodable & Sendable>(_ type: T.Type, at paths: [String]) throws -> [T] {
        try documents(type, at: paths, decodeIf: nil)
    }

    /// Like ``documents(_:at:)``, decoding only the files for which `decodeIf` (given the path
    /// and the verified bytes) is true; every file's seal is still checked.
    func documents<T: Decodable & Sendable>(
        _ type: T.Type, at paths: [String], decodeIf: (@Sendable (String, Data) -> Bool)?
    ) throws -> [T] {
        guard !paths.isEmpty else { return [] }
        let batches = min(paths.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
        let size = (paths.count + batches - 1) / batches
        let disk = self.disk
        return try Parallel.map(batches) { batch -> [T] in
            let range = min(paths.count, batch * size)..<min(paths.count, (batch + 1) * size)
            var files: [Data] = []
            var kept: [Int] = []
            var values: [T]? = StoreJSONDecoding.reads(T.self) ? [] : nil
            for index in range {
                let data = try disk.read(relative: paths[index])
                try SealedDocument.verify(data, name: paths[index])
                if let decodeIf, !decodeIf(paths[index], data) { continue }
                kept.append(index)
                files.append(data)
                if values != nil {
                    if let value = StoreJSONDecoding.decode(T.self, from: data) { values!.append(value) } else { values = nil }
                }
            }
            if kept.isEmpty { return [] }
            if let values { return values }
            var joined = Data("[".utf8)
            for (offset, data) in files.enumerated() {
                if offset > 0 { joined.append(UInt8(ascii: ",")) }
                joined.append(data)
            }
            joined.append(UInt8(ascii: "]"))
            if let values = try? StoreCoding.decoder().decode([T].self, from: joined) { return values }
            return try zip(kept, files).map { index, data in
                try SealedDocument.open(T.self, from: data, name: paths[index])
            }
        }.flatMap { $0 }
    }

    /// Names of the files in a store directory (relative path), sorted.
    func list(_ directory: String) throws -> [String] {
        try disk.list(root.appendingPathComponent(directory))
    }

    // MARK: Audit

    /// Checks the whole audit trail against its chain and its anchor.
    public func verifyAudit() throws -> AuditVerification {
        try read {
            let trail = try disk.read(root.appendingPathComponent(StoreLayout.auditTrail))
            let anchor: AuditAnchor?
            do {
                anchor = try log.readAnchor()
            } catch {
                var result = AuditVerifier.verify(trail: trail, anchor: nil)
                result.problems.append("\(StoreLayout.auditAnchor): \(error)")
                return result
            }
            return AuditVerifier.verify(trail: trail, anchor: anchor)
        }
    }

    /// Every audit record, oldest first (for reports and the audit packet).
    public func auditRecords() throws -> [AuditRecord] {
        try read {
            let trail = try disk.read(root.appendingPathComponent(StoreLayout.auditTrail))
            var records: [AuditRecord] = []
            for (index, line) in trail.split(separator: UInt8(ascii: "\n")).enumerated() {
                do {
                    records.append(try AuditChain.parse(Data(line)))
                } catch {
                    throw StoreError.damaged(file: StoreLayout.auditTrail, reason: "line \(index + 1) is unreadable; run `tend audit verify`")
                }
            }
            return records
        }
    }
}
