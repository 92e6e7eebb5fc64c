import Foundation
import Testing
import TendTestSupport
@testable import TendStore

/// The lock file gets the mode and group of every other store file, whatever the umask.
@Suite(.serialized) struct LockFileModeTests {
    func status(_ dir: TempDirectory, _ path: String) throws -> stat {
        var st = stat()
        try #require(lstat(dir.url.appendingPathComponent(path).path, &st) == 0)
        return st
    }

    @Test func theLockFileIsCreatedGroupReadWriteUnderAStrictUmask() throws {
        let old = umask(0o077)
        defer { umask(old) }
        let dir = TempDirectory()
        _ = try makeStore(dir)
        let lock = try status(dir, StoreLayout.lock)
        let settings = try status(dir, StoreLayout.settings)
        #expect(lock.st_mode & 0o7777 == FileModes.file)
        #expect(lock.st_mode & 0o7777 == settings.st_mode & 0o7777)
        #expect(lock.st_gid == settings.st_gid)
        #expect(lock.st_gid == (try status(dir, "")).st_gid)
    }

    /// In a team directory (set-group-ID, another group), the lock file belongs to the team's
    /// group like every other file. Giving a directory to another group needs root.
    @Test(.enabled(if: getuid() == 0))
    func theLockFileBelongsToTheStoreDirectorysGroup() throws {
        let old = umask(0o077)
        defer { umask(old) }
        let dir = TempDirectory()
        let team: gid_t = 4243
        try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
        #expect(chown(dir.url.path, getuid(), team) == 0)
        #expect(chmod(dir.url.path, 0o2770) == 0)
        _ = try makeStore(dir)
        let lock = try status(dir, StoreLayout.lock)
        #expect(lock.st_gid == team)
        #expect(lock.st_mode & 0o7777 == FileModes.file)
        #expect(try status(dir, StoreLayout.settings).st_gid == team)
    }

    @Test func aLockFileLeftWithAnotherModeIsGivenTheStoreModeByItsOwner() throws {
        let dir = TempDirectory()
        _ = try makeStore(dir)
        let path = dir.url.appendingPathComponent(StoreLayout.lock).path
        #expect(chmod(path, 0o640) == 0)
        let store = try JSONFileStore.open(at: dir.url)
        try store.writeFiles(tester, action: "note.put", at: fixedNow) { try $0.put(Note(text: "x", version: 1), at: "notes/a.json") }
        #expect(try status(dir, StoreLayout.lock).st_mode & 0o7777 == FileModes.file)
    }
}
