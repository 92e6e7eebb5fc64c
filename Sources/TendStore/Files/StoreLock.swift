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
    /// The mode held by this process, while held (nested calls reuse it).
    private var held: Bool?
    /// Threads of this process take turns (flock is per open file, so it cannot tell them
    /// apart); the same thread may nest.
    private let turn = NSRecursiveLock()

    init(path: String, display: String) {
        self.path = path
        self.display = display
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Runs `body` holding the lock in the given mode (blocking until it is granted).
    ///
    /// A nested call inside an exclusive hold runs under that hold (flock would otherwise
    /// convert the lock, and release it when the inner call ends); asking for the exclusive lock
    /// inside a shared hold is refused (an internal error).
    func withLock<T>(exclusive: Bool, _ body: () throws -> T) throws -> T {
        turn.lock()
        defer { turn.unlock() }
        if let outer = held {
            guard outer || !exclusive else {
                throw StoreError.invalid("internal error: a change was attempted while reading the store; nothing was changed")
            }
            return try body()
        }
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
        held = exclusive
        defer {
            held = nil
            _ = flock(fd, LOCK_UN)
        }
        return try body()
    }
}
