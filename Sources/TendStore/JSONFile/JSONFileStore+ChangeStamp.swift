import Foundation

extension JSONFileStore {
    /// The store's change stamp: one `stat` of the audit trail, no lock, no decoding. Every
    /// committed change (a denial too) appends to the trail, so its size changes with every
    /// commit by any process, and only then.
    public func changeStamp() -> StoreChangeStamp? {
        guard let size = try? disk.size(of: root.appendingPathComponent(StoreLayout.auditTrail)) else { return nil }
        return StoreChangeStamp(token: size)
    }
}
