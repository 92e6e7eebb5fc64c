import Foundation

/// A cheap fingerprint of a store's state: every committed change appends to the audit trail,
/// so the trail's size changes with every commit by any process.
public struct StoreChangeStamp: Equatable, Sendable {
    /// Bytes in the audit trail.
    public let trailSize: Int64
}

extension Store {
    /// The store's change stamp: one `stat` of the audit trail, no lock, no decoding. Screens
    /// poll it and reload only when it differs from the last one they saw.
    public func changeStamp() -> StoreChangeStamp? {
        guard let size = try? disk.size(of: root.appendingPathComponent(StoreLayout.auditTrail)) else { return nil }
        return StoreChangeStamp(trailSize: size)
    }
}
