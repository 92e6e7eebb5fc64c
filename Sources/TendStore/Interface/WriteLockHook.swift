/// Tests only: a store that runs a closure just before a write waits for its lock, to stand for
/// another process committing while this one waits. Every store of this package has it.
package protocol WriteLockHook: AnyObject {
    /// Runs once per write, before the lock is asked for.
    var beforeWriteLock: (() -> Void)? { get set }
}

extension RecordStore {
    /// Tests only: the store's ``WriteLockHook``, whichever store it is.
    package var beforeWriteLock: (() -> Void)? {
        get { (self as? any WriteLockHook)?.beforeWriteLock }
        set { (self as? any WriteLockHook)?.beforeWriteLock = newValue }
    }
}
