import Foundation
import TendStore

extension Session {
    /// The store's change stamp (see `RecordStore.changeStamp()`): screens poll it and reload only
    /// when it differs from the last one they saw.
    public func changeStamp() -> StoreChangeStamp? {
        store.changeStamp()
    }
}
