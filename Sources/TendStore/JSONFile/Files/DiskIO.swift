import Foundation
import SystemPackage
#if canImport(Glibc)
import Glibc
#endif

/// The only place where store bytes meet the disk: reads, durable replaces, fsync'd appends.
///
/// Every call checks every return value (including `close` and `fsync`); a failed fsync or
/// close fails the operation (on NFS a failed close after a write can mean lost data), it is
/// never retried and reported as success.
struct DiskIO {
    /// The store root, used to report paths relative to it in messages.
    let root: URL
    /// The root's path with a trailing slash, for paths built without `URL`.
    private let base: String
    /// fsync and close; tests replace them to make them fail.
    var calls: DurabilityCalls

    init(root: URL, calls: DurabilityCalls = .system) {
        self.root = root
        self.calls = calls
        base = root.path.hasSuffix("/") ? root.path : root.path + "/"
    }

    func display(_ url: URL) -> String {
        let full = url.path
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }

    /// Whether a file or directory exists.
    func exists(_ url: URL) -> Bool {
        var st = stat()
        return lstat(url.path, &st) == 0
    }

    /// Size of a file in bytes.
    func size(of url: URL) throws -> Int64 {
        var st = stat()
        guard lstat(url.path, &st) == 0 else {
            throw StoreError.io(file: display(url), operation: "stat", errno: errno)
        }
        return Int64(st.st_size)
    }

    /// Reads a whole file.
    func read(_ url: URL) throws -> Data {
        try read(path: url.path, display: display(url))
    }

    /// Reads a whole file named by its path relative to the root (without building a `URL`,
    /// which costs more than reading a small file).
    func read(relative path: String) throws -> Data {
        try read(path: base + path, display: path)
    }

    private func read(path: String, display: @autoclosure () -> String) throws -> Data {
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(FilePath(path), .readOnly, options: [.noFollow])
        } catch let e as Errno {
            if e == .noSuchFileOrDirectory { throw StoreError.notFound(what: display()) }
            throw StoreError.io(file: display(), operation: "open", errno: e.rawValue)
        }
        var data: Data
        do {
            var st = stat()
            guard fstat(fd.rawValue, &st) == 0 else {
                throw StoreError.io(file: display(), operation: "stat", errno: errno)
            }
            // One spare byte shows whether the file grew since fstat; then read on to its end.
            data = Data(count: Int(st.st_size) + 1)
            var filled = 0
            while true {
                if filled == data.count { data.count += max(4096, data.count / 2) }
                let n: Int
                do {
                    n = try data.withUnsafeMutableBytes { buffer in
                        try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                    }
                } catch let e as Errno {
                    throw StoreError.io(file: display(), operation: "read", errno: e.rawValue)
                }
                if n == 0 { break }
                filled += n
            }
            data.count = filled
        } catch {
            _ = calls.close(fd.rawValue) // already failing: the first error is the one to report
            throw error
        }
        try close(fd.rawValue, display())
        return data
    }

    /// Names of the entries of a directory (no dot files), or an empty list when it does not exist.
    func list(_ url: URL) throws -> [String] {
        guard let dir = opendir(url.path) else {
            if errno == ENOENT { return [] }
            throw StoreError.io(file: display(url), operation: "opendir", errno: errno)
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        guard closedir(dir) == 0 else {
            throw StoreError.io(file: display(url), operation: "close directory", errno: errno)
        }
        return names.sorted()
    }

    /// Creates a directory (and its parents) with the store's directory mode.
    func makeDirectory(_ url: URL) throws {
        if exists(url) { return }
        try makeDirectory(url.deletingLastPathComponent())
        if mkdir(url.path, FileModes.directory) != 0 && errno != EEXIST {
            throw StoreError.io(file: display(url), operation: "mkdir", errno: errno)
        }
        // mkdir's mode is filtered by the umask: set it explicitly.
        if chmod(url.path, FileModes.directory) != 0 {
            throw StoreError.io(file: display(url), operation: "chmod", errno: errno)
        }
        try syncDirectory(url.deletingLastPathComponent())
    }

    /// Writes bytes to a new file (which must not exist) with the store's file mode and fsyncs
    /// it (unless `sync` is false: a bulk commit syncs the whole file system once instead).
    func writeNew(_ url: URL, _ data: Data, sync: Bool = true) throws {
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(
                FilePath(url.path), .writeOnly,
                options: [.create, .exclusiveCreate, .noFollow],
                permissions: FilePermissions(rawValue: FileModes.file))
        } catch let e as Errno {
            throw StoreError.io(file: display(url), operation: "create", errno: e.rawValue)
        }
        do {
            guard fchmod(fd.rawValue, FileModes.file) == 0 else {
                throw StoreError.io(file: display(url), operation: "chmod", errno: errno)
            }
            try writeAll(fd, data, url)
            if sync { try self.fsync(fd.rawValue, display(url)) }
        } catch {
            _ = calls.close(fd.rawValue) // already failing: the first error is the one to report
            unlink(url.path)
            throw error
        }
        do { try close(fd.rawValue, display(url)) } catch {
            unlink(url.path)
            throw error
        }
    }

    /// Replaces a file durably: temp file beside it, write, fsync, rename, fsync the directory.
    func replace(_ url: URL, with data: Data) throws {
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        unlink(temp.path)
        try writeNew(temp, data)
        try rename(temp, to: url)
    }

    /// Renames a file and fsyncs the destination directory (unless the caller syncs it later).
    func rename(_ from: URL, to: URL, syncDirectory sync: Bool = true) throws {
        guard Glibc.rename(from.path, to.path) == 0 else {
            throw StoreError.io(file: display(to), operation: "rename", errno: errno)
        }
        if sync { try syncDirectory(to.deletingLastPathComponent()) }
    }

    /// Flushes every file written on the store's file system (`syncfs(2)`, which waits for the
    /// writes and reports a failed writeback), for bulk commits that skip the per-file fsync.
    /// Where syncfs is missing, fsyncs each of `files` instead.
    func syncFileSystem(fallback files: [URL]) throws {
        let fd = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw StoreError.io(file: display(root), operation: "open directory", errno: errno)
        }
        let synced = calls.syncFileSystem(fd)
        let closed = calls.close(fd)
        if synced == ENOSYS {
            for file in files {
                let descriptor = open(file.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
                guard descriptor >= 0 else { throw StoreError.io(file: display(file), operation: "open", errno: errno) }
                let fileSynced = calls.fsync(descriptor)
                let fileClosed = calls.close(descriptor)
                guard fileSynced == 0 else { throw StoreError.io(file: display(file), operation: "fsync", errno: fileSynced) }
                guard fileClosed == 0 else { throw StoreError.io(file: display(file), operation: "close", errno: fileClosed) }
            }
        } else if synced != 0 {
            throw StoreError.io(file: display(root), operation: "syncfs", errno: synced)
        }
        guard closed == 0 else { throw StoreError.io(file: display(root), operation: "close directory", errno: closed) }
    }

    /// Removes a file if it exists, then fsyncs its directory.
    func remove(_ url: URL) throws {
        if unlink(url.path) != 0 {
            if errno == ENOENT { return }
            throw StoreError.io(file: display(url), operation: "unlink", errno: errno)
        }
        try syncDirectory(url.deletingLastPathComponent())
    }

    /// Appends bytes to a file at an expected size and fsyncs. On any failure the file is cut
    /// back to the expected size so no partial record remains, and the error is thrown.
    func append(_ url: URL, _ data: Data, expectedSize: Int64) throws {
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(
                FilePath(url.path), .writeOnly, options: [.create, .append, .noFollow],
                permissions: FilePermissions(rawValue: FileModes.file))
        } catch let e as Errno {
            throw StoreError.io(file: display(url), operation: "open", errno: e.rawValue)
        }
        do {
            var st = stat()
            guard fstat(fd.rawValue, &st) == 0 else {
                throw StoreError.io(file: display(url), operation: "stat", errno: errno)
            }
            guard Int64(st.st_size) == expectedSize else {
                throw StoreError.damaged(
                    file: display(url),
                    reason: "expected \(expectedSize) bytes but found \(st.st_size)")
            }
            if expectedSize == 0, fchmod(fd.rawValue, FileModes.file) != 0 {
                throw StoreError.io(file: display(url), operation: "chmod", errno: errno)
            }
        } catch {
            _ = calls.close(fd.rawValue) // nothing written; the first error is the one to report
            throw error
        }
        do {
            try writeAll(fd, data, url)
            try self.fsync(fd.rawValue, display(url))
        } catch {
            // Cut the partial or unsynced bytes off, so that a failure means "not appended".
            let cutBack = ftruncate(fd.rawValue, off_t(expectedSize)) == 0 ? calls.fsync(fd.rawValue) : errno
            _ = calls.close(fd.rawValue)
            if cutBack != 0 { throw appendOutcomeUnknown(url, after: error, cutBackErrno: cutBack) }
            throw error
        }
        let closed = calls.close(fd.rawValue)
        guard closed == 0 else {
            // The bytes were fsync'd, but a failed close (NFS) may mean they are lost: count the
            // append as failed and take the bytes back off, so it cannot half-succeed.
            let failure = StoreError.io(file: display(url), operation: "close", errno: closed)
            do { try truncate(url, to: expectedSize) } catch let cut as StoreError {
                if case .io(_, _, let e) = cut { throw appendOutcomeUnknown(url, after: failure, cutBackErrno: e) }
                throw cut
            }
            throw failure
        }
    }

    /// The error when a failed append could not be taken back: the bytes may or may not be in
    /// the file. The next process's recovery decides (a whole record is completed, a torn one set
    /// aside), so the caller must not discard what the record names, and the user must check.
    private func appendOutcomeUnknown(_ url: URL, after error: Error, cutBackErrno: Int32) -> StoreError {
        .invalid("\(error), and \(display(url)) could not be cut back to its last commit (\(String(cString: strerror(cutBackErrno)))): the change may or may not have been recorded. The next tend command completes or discards it; check before entering it again")
    }

    /// Cuts a file back to a size and fsyncs it.
    func truncate(_ url: URL, to size: Int64) throws {
        guard Glibc.truncate(url.path, off_t(size)) == 0 else {
            throw StoreError.io(file: display(url), operation: "truncate", errno: errno)
        }
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            throw StoreError.io(file: display(url), operation: "open", errno: errno)
        }
        let synced = calls.fsync(fd)
        let closed = calls.close(fd)
        guard synced == 0 else { throw StoreError.io(file: display(url), operation: "fsync", errno: synced) }
        guard closed == 0 else { throw StoreError.io(file: display(url), operation: "close", errno: closed) }
    }

    /// fsyncs a directory so that renames and creations in it are durable.
    func syncDirectory(_ url: URL) throws {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw StoreError.io(file: display(url), operation: "open directory", errno: errno)
        }
        let synced = calls.fsync(fd)
        let closed = calls.close(fd)
        guard synced == 0 else { throw StoreError.io(file: display(url), operation: "fsync directory", errno: synced) }
        guard closed == 0 else { throw StoreError.io(file: display(url), operation: "close directory", errno: closed) }
    }

    /// fsync through ``calls``, as a ``StoreError`` naming the file.
    private func fsync(_ fd: Int32, _ display: @autoclosure () -> String) throws {
        let failed = calls.fsync(fd)
        guard failed == 0 else { throw StoreError.io(file: display(), operation: "fsync", errno: failed) }
    }

    /// close through ``calls``, as a ``StoreError`` naming the file.
    private func close(_ fd: Int32, _ display: @autoclosure () -> String) throws {
        let failed = calls.close(fd)
        guard failed == 0 else { throw StoreError.io(file: display(), operation: "close", errno: failed) }
    }

    private func writeAll(_ fd: FileDescriptor, _ data: Data, _ url: URL) throws {
        do {
            _ = try data.withUnsafeBytes { try fd.writeAll($0) }
        } catch let e as Errno {
            throw StoreError.io(file: display(url), operation: "write", errno: e.rawValue)
        }
    }
}
