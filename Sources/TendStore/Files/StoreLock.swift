import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The store's lock: `flock` on a file that is never renamed or removed.
///
/// Writers hold it exclusively for the length of one commit (never while a person is typing);
/// readers hold it shared while they read several files, so they see whole commits. The kernel
/// releases it when a process dies, so a kill -9 never leaves a stale lock behind.
final class StoreLock {
    private let path: String
    private let display: String
    private var fd: Int32 = -1

    init(path: String, display: String) {
        self.path = path
        self.display = display
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Runs `body` holding the lock in the given mode (blocking until it is granted).
    func withLock<T>(exclusive: Bool, _ body: () throws -> T) throws -> T {
        if fd < 0 {
            fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, FileModes.file)
            guard fd >= 0 else {
                throw StoreError.io(file: display, operation: "open lock", errno: errno)
            }
        }
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno == EINTR { continue }
            throw StoreError.io(file: display, operation: "flock", errno: errno)
        }
        defer { _ = flock(fd, LOCK_UN) }
        return try body()
    }
}
