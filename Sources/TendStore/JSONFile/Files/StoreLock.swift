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

    // The lock file is never written, so a failed close here loses nothing (and deinit cannot throw).
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
        if fd < 0 { fd = try openLockFile() }
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

    /// Opens the lock file, creating it with the store's file mode (0660, group from the store
    /// directory) whatever the umask, like every other store file. A lock file left with another
    /// mode (by an older tend, under a strict umask) is given the store's mode by its owner, so
    /// that the rest of the team can open it.
    private func openLockFile() throws -> Int32 {
        var fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, FileModes.file)
        if fd < 0 && errno == EEXIST {
            fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        }
        guard fd >= 0 else {
            throw StoreError.io(file: display, operation: "open lock", errno: errno)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let failure = errno
            close(fd)
            throw StoreError.io(file: display, operation: "stat lock", errno: failure)
        }
        if st.st_mode & 0o7777 != FileModes.file && st.st_uid == geteuid() {
            guard fchmod(fd, FileModes.file) == 0 else {
                let failure = errno
                close(fd)
                throw StoreError.io(file: display, operation: "chmod lock", errno: failure)
            }
        }
        return fd
    }
}
