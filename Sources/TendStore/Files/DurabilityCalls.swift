import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system calls whose results decide whether written bytes are safe: `fsync` and `close`.
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

    /// The real system calls.
    static let system = DurabilityCalls(
        fsync: { Glibc.fsync($0) == 0 ? 0 : errno },
        close: { Glibc.close($0) == 0 ? 0 : errno })
}
