import Crypto
import Foundation

/// The JSON-file store's ``ChangeSet``: files to put (already sealed) or remove, plus what the
/// audit record says about them. Built inside ``JSONFileStore/write(_:action:patient:at:_:)``;
/// the typed operations (StagedChange+Records.swift) decide the paths.
final class StagedChange: ChangeSet {
    /// The store the change is for (the typed operations read its current index files).
    let store: JSONFileStore
    /// Whether the change creates the store: there is nothing on disk to read yet.
    let creating: Bool
    var puts: [String: Data] = [:]
    var order: [String] = []
    var removals: Set<String> = []
    /// Patient-month index records staged by this change, so that a second look sees them.
    var stagedPatientMonths: [String: PatientMonthStaff] = [:]

    /// The one-line human summary for the audit record.
    var summary: String = ""
    /// The patient concerned, when it becomes known inside the change.
    var patient: String?
    var change: (any Encodable)?
    /// A bulk change (a demo store, a large import) syncs the file system once instead of
    /// fsync'ing each of its files; it is exactly as durable when acknowledged.
    var bulk = false

    init(store: JSONFileStore, creating: Bool = false) {
        self.store = store
        self.creating = creating
    }

    /// Stages a record to be written (sealed) at a path relative to the store root.
    func put<T: Encodable>(_ value: T, at path: String) throws {
        let data = try SealedDocument.seal(value)
        if puts[path] == nil { order.append(path) }
        puts[path] = data
        removals.remove(path)
    }

    /// Stages the removal of a file.
    func remove(_ path: String) {
        if puts.removeValue(forKey: path) != nil { order.removeAll { $0 == path } }
        removals.insert(path)
    }

    /// Records the change itself in the audit record (the new or changed records).
    func describe<T: Encodable>(_ change: T) {
        self.change = change
    }

    /// The operations in a stable order: puts in staging order, then removals sorted.
    var operations: [(op: FileOperation, data: Data?)] {
        order.map { path in
            let data = puts[path]!
            return (FileOperation(op: .put, path: path, sha256: SHA256.hash(data: data).hexString), data)
        } + removals.sorted().map { (FileOperation(op: .remove, path: $0, sha256: nil), nil) }
    }
}

/// Type-erases an encodable so it can be embedded in the audit record draft.
package struct AnyEncodable: Encodable {
    let value: any Encodable
    /// Wraps a value.
    package init(_ value: any Encodable) { self.value = value }
    package func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
