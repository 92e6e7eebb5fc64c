import Foundation

/// A cheap fingerprint of a store's state (``RecordStore/changeStamp()``): two stamps differ
/// when a commit happened between them. Its value means something only to the store that made it.
public struct StoreChangeStamp: Equatable, Sendable {
    /// The store's own measure of its state (the JSON-file store: bytes in the audit trail).
    public let token: Int64

    /// Creates a stamp (for a store implementation).
    public init(token: Int64) { self.token = token }
}

extension JSONFileStore {
    /// The store's change stamp: one `stat` of the audit trail, no lock, no decoding. Every
    /// committed change (a denial too) appends to the trail, so its size changes with every
    /// commit by any process, and only then.
    public func changeStamp() -> StoreChangeStamp? {
        guard let size = try? disk.size(of: root.appendingPathComponent(StoreLayout.auditTrail)) else { return nil }
        return StoreChangeStamp(token: size)
    }
}
