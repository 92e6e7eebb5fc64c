import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system calls whose results decide whether written bytes are safe: `fsync`, `syncfs`
/// and `close`.
///
/// ``DiskIO`` makes them through this seam so that tests can make one of them fail (as a full
/// NFS server or a dying disk would) and check that the failure fails the operation. The store
/// itself always uses ``system``. Each call returns 0 on success, else the errno.
struct DurabilityCalls: Sendable {
    /// fsync(2) on a descriptor.
    var fsync: @Sendable (Int32) -> Int32
    /// close(2) on a descriptor; Linux releases the descriptor even when close reports an error,
    /// so a failed close is never retried (that could close another thread's new descriptor).
    var close: @Sendable (Int32) -> Int32
    /// syncfs(2) on a descriptor of the file system to flush (bulk commits). Unlike sync(2),
    /// which returns nothing, it reports a failed writeback.
    var syncFileSystem: @Sendable (Int32) -> Int32 = { DurabilityCalls.syncfs($0) }

    /// The real system calls.
    static let system = DurabilityCalls(
        fsync: { Glibc.fsync($0) == 0 ? 0 : errno },
        close: { Glibc.close($0) == 0 ? 0 : errno })

    /// syncfs(2), which the Glibc module does not export: looked up in the C library once.
    /// Without it (a C library older than glibc 2.14) the call reports ENOSYS, and the caller
    /// fsyncs the staged files one by one instead.
    private static let syncfsFunction: (@convention(c) (Int32) -> Int32)? =
        dlsym(nil, "syncfs").map { unsafeBitCast($0, to: (@convention(c) (Int32) -> Int32).self) }

    /// `syncfs(fd)`: 0 or the errno; ENOSYS when the C library lacks it.
    static func syncfs(_ fd: Int32) -> Int32 {
        guard let function = syncfsFunction else { return ENOSYS }
        return function(fd) == 0 ? 0 : errno
    }
}
