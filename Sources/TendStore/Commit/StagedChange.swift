import Crypto
import Foundation

/// The changes one commit makes: files to put (already sealed) or remove, plus what the audit
/// record says about them. Built inside ``Store/write(_:action:patient:_:)``.
public final class StagedChange {
    struct Put { let path: String; let data: Data }
    var puts: [String: Data] = [:]
    var order: [String] = []
    var removals: Set<String> = []

    /// The one-line human summary for the audit record.
    public var summary: String = ""
    /// The patient concerned, when it becomes known inside the change.
    public var patient: String?
    var change: (any Encodable)?
    /// A bulk change (a demo store, a large import) syncs the file system once instead of
    /// fsync'ing each of its files; it is exactly as durable when acknowledged.
    public var bulk = false

    init() {}

    /// Stages a record to be written (sealed) at a path relative to the store root.
    public func put<T: Encodable>(_ value: T, at path: String) throws {
        let data = try SealedDocument.seal(value)
        if puts[path] == nil { order.append(path) }
        puts[path] = data
        removals.remove(path)
    }

    /// Stages the removal of a file.
    public func remove(_ path: String) {
        if puts.removeValue(forKey: path) != nil { order.removeAll { $0 == path } }
        removals.insert(path)
    }

    /// Records the change itself in the audit record (the new or changed records).
    public func describe<T: Encodable>(_ change: T) {
        self.change = change
    }

    var isEmpty: Bool { puts.isEmpty && removals.isEmpty }

    /// The operations in a stable order: puts in staging order, then removals sorted.
    var operations: [(op: FileOperation, data: Data?)] {
        order.map { path in
            let data = puts[path]!
            return (FileOperation(op: .put, path: path, sha256: SHA256.hash(data: data).hexString), data)
        } + removals.sorted().map { (FileOperation(op: .remove, path: $0, sha256: nil), nil) }
    }
}

/// Type-erases an encodable so it can be embedded in the audit record draft.
struct AnyEncodable: Encodable {
    let value: any Encodable
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
