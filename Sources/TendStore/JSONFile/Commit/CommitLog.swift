import Crypto
import Foundation
import TendDomain

/// The commit protocol. The audit trail doubles as the store's redo log:
///
/// 1. under the exclusive lock, finish any commit a crashed process left half done;
/// 2. write each new file into `txn/` with its final mode, and fsync it; the new anchor too;
/// 3. append the audit record (naming every file and its SHA-256) and fsync: this is the commit
///    point; a record in the trail is a change that happened;
/// 4. rename each staged file into place (fsync'ing directories) and remove what is removed;
/// 5. rename the new `audit/anchor.json` (staged in step 2, with the new last hash and trail
///    size) into place.
///
/// A kill -9 before step 3 leaves staged files that are swept away; after it, the next process
/// rolls the change forward from `txn/`. A change is acknowledged only after step 5.
struct CommitLog {
    var disk: DiskIO
    let root: URL
    /// Test hook: stop a commit at a given step as if the process had been killed there.
    var crashPoint: CrashPoint?

    private func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func readAnchor() throws -> AuditAnchor {
        let data = try disk.read(url(StoreLayout.auditAnchor))
        return try SealedDocument.open(AuditAnchor.self, from: data, name: StoreLayout.auditAnchor)
    }

    func writeAnchor(_ anchor: AuditAnchor) throws {
        try disk.replace(url(StoreLayout.auditAnchor), with: SealedDocument.seal(anchor))
    }

    /// Creates an empty trail and its anchor.
    func createEmpty() throws {
        try disk.makeDirectory(url("audit"))
        try disk.makeDirectory(url(StoreLayout.staging))
        if !disk.exists(url(StoreLayout.auditTrail)) {
            try disk.writeNew(url(StoreLayout.auditTrail), Data())
        }
        try writeAnchor(.empty)
    }

    /// Whether the trail and its anchor disagree (a commit was interrupted). Cheap: two reads.
    func needsRecovery() throws -> Bool {
        let anchor = try readAnchor()
        return try disk.size(of: url(StoreLayout.auditTrail)) != anchor.size || !(try disk.list(url(StoreLayout.staging)).isEmpty)
    }

    /// Finishes or discards an interrupted commit. Must hold the exclusive lock.
    /// Returns a message for the user when something was repaired, nil otherwise.
    @discardableResult
    func recover() throws -> String? {
        let anchor = try readAnchor()
        let trail = url(StoreLayout.auditTrail)
        let size = try disk.size(of: trail)
        var message: String?
        if size < anchor.size {
            throw StoreError.damaged(
                file: StoreLayout.auditTrail,
                reason: "it is \(size) bytes but its anchor records \(anchor.size) bytes through record \(anchor.seq): records were cut off the end")
        }
        if size > anchor.size {
            let all = try disk.read(trail)
            let tail = all[all.startIndex + Int(anchor.size)..<all.endIndex]
            let complete = tail.last == UInt8(ascii: "\n")
            let lines = tail.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            if complete, lines.count == 2, let record = try? AuditChain.parse(Data(lines[0])),
               record.seq == anchor.seq + 1, record.prev == anchor.hash {
                try rollForward(record)
                try writeAnchor(AuditAnchor(seq: record.seq, hash: record.hash, size: size))
                message = "completed an interrupted change (audit record \(record.seq): \(record.action))"
            } else if lines.count <= 2 {
                // A torn record: the writer died before the commit point. Keep the bytes aside.
                let aside = url("audit/discarded-\(anchor.seq + 1)-\(Int(Date().timeIntervalSince1970)).bin")
                try disk.writeNew(aside, Data(tail))
                try disk.truncate(trail, to: anchor.size)
                message = "discarded an unfinished change that was never acknowledged (\(tail.count) bytes kept in \(disk.display(aside)))"
            } else {
                throw StoreError.damaged(
                    file: StoreLayout.auditTrail,
                    reason: "it holds \(lines.count - 1) records beyond its anchor (record \(anchor.seq)); it was edited")
            }
        }
        try sweepStaging()
        return message
    }

    private func rollForward(_ record: AuditRecord) throws {
        for (index, op) in record.ops.enumerated() {
            let target = url(op.path)
            switch op.op {
            case .remove:
                try disk.remove(target)
            case .put:
                let staged = url("\(StoreLayout.staging)/\(record.seq)-\(index)")
                if disk.exists(staged) {
                    try disk.makeDirectory(target.deletingLastPathComponent())
                    try disk.rename(staged, to: target)
                } else {
                    let data = try disk.read(target)
                    guard SHA256.hash(data: data).hexString == op.sha256 else {
                        throw StoreError.damaged(
                            file: op.path,
                            reason: "audit record \(record.seq) committed a version of it that is neither staged nor in place")
                    }
                }
            }
        }
    }

    private func sweepStaging() throws {
        for name in try disk.list(url(StoreLayout.staging)) {
            try disk.remove(url("\(StoreLayout.staging)/\(name)"))
        }
    }

    /// Commits a staged change with its audit record. Must hold the exclusive lock and have
    /// recovered. Returns the record's sequence number.
    func commit(_ change: StagedChange, account: Account, action: AuditAction, outcome: AuditOutcome, at: Date) throws -> Int {
        let anchor = try readAnchor()
        let seq = anchor.seq + 1
        let operations = change.operations
        var staged: [URL] = []
        do {
            for (index, item) in operations.enumerated() {
                guard let data = item.data else { continue }
                try disk.makeDirectory(url(item.op.path).deletingLastPathComponent())
                let path = url("\(StoreLayout.staging)/\(seq)-\(index)")
                try disk.writeNew(path, data, sync: !change.bulk)
                staged.append(path)
            }
            if change.bulk { try disk.syncFileSystem(fallback: staged) }
            if crashPoint == .afterStaging { throw SimulatedCrash() }
            let draft = AuditRecordDraft(
                seq: seq, prev: anchor.hash, at: at, uid: account.uid, login: account.login,
                action: action.rawValue, patient: change.patient, outcome: outcome, summary: change.summary,
                change: change.change.map(AnyEncodable.init), ops: operations.map(\.op))
            let (line, hash) = try AuditChain.line(for: draft)
            // The new anchor is written before the commit point too, so that nothing after it
            // needs new space on the disk: a full disk fails the change before it happens.
            let newAnchor = url("\(StoreLayout.staging)/anchor-\(seq)")
            try disk.writeNew(newAnchor, SealedDocument.seal(AuditAnchor(seq: seq, hash: hash, size: anchor.size + Int64(line.count))))
            staged.append(newAnchor)
            try disk.syncDirectory(url(StoreLayout.staging))
            try disk.append(url(StoreLayout.auditTrail), line, expectedSize: anchor.size)
            // Committed. From here on a failure is finished by the next process's recovery.
            if crashPoint == .afterAuditAppend { throw SimulatedCrash() }
            do {
                var directories: Set<String> = []
                for (index, item) in operations.enumerated() {
                    let target = url(item.op.path)
                    if item.data != nil {
                        try disk.rename(url("\(StoreLayout.staging)/\(seq)-\(index)"), to: target, syncDirectory: false)
                        directories.insert(target.deletingLastPathComponent().path)
                    } else {
                        try disk.remove(target)
                    }
                    if crashPoint == .afterFirstApply { throw SimulatedCrash() }
                }
                for directory in directories.sorted() { try disk.syncDirectory(URL(fileURLWithPath: directory)) }
                try disk.rename(newAnchor, to: url(StoreLayout.auditAnchor))
            } catch let crash as SimulatedCrash {
                throw crash
            } catch {
                throw StoreError.invalid(
                    "the change was recorded (audit record \(seq)) but could not be fully applied: \(error). It will be completed by the next tend command; do not enter it again")
            }
            return seq
        } catch let crash as SimulatedCrash {
            throw crash
        } catch let error as StoreError {
            if case .invalid = error { throw error }
            for path in staged { try? disk.remove(path) }
            throw error
        }
    }
}

/// Where a test stops a commit to imitate a kill -9 at that instant.
enum CrashPoint: Sendable {
    /// Staged files written, audit record not yet appended.
    case afterStaging
    /// Audit record appended (committed), nothing applied.
    case afterAuditAppend
    /// The first file renamed into place, the rest not.
    case afterFirstApply
}

/// Thrown at a ``CrashPoint``: everything on disk stays as a killed process would leave it.
struct SimulatedCrash: Error {}
