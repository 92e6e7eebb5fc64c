import Foundation

/// A cheap fingerprint of a store's state (``RecordStore/changeStamp()``): two stamps differ
/// when a commit happened between them. Its value means something only to the store that made it.
public struct StoreChangeStamp: Equatable, Sendable {
    /// The store's own measure of its state (the JSON-file store: bytes in the audit trail).
    public let token: Int64

    /// Creates a stamp (for a store implementation).
    public init(token: Int64) { self.token = token }
}
