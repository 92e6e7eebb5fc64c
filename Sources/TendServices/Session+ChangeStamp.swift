import Foundation
import TendStore

/// A cheap fingerprint of a store's state: every committed change appends to the audit trail,
/// so the trail's size changes with every commit by any process.
public struct StoreChangeStamp: Equatable, Sendable {
    /// Bytes in the audit trail.
    public let trailSize: UInt64
    /// The trail's modification time.
    public let modified: Date?
}

extension Session {
    /// The store's change stamp: one `stat` of the audit trail, no lock, no decoding. Screens
    /// poll it and reload only when it differs from the last one they saw.
    public func changeStamp() -> StoreChangeStamp? {
        let path = store.root.appendingPathComponent(StoreLayout.auditTrail).path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        return StoreChangeStamp(trailSize: size, modified: attributes[.modificationDate] as? Date)
    }
}
