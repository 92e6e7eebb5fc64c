import Foundation
import TendStore

/// A small record for the store tests: the store only needs a `Codable` value to commit.
public struct Note: Codable, Equatable, Sendable {
    /// The note's text.
    public var text: String
    /// A number the tests bump to tell revisions apart.
    public var version: Int

    /// A note.
    public init(text: String, version: Int) {
        self.text = text
        self.version = version
    }
}

/// The account that creates and writes the store tests' stores.
public let tester = Account(uid: 4242, login: "tester")

/// The instant the store tests' stores are created at (2025-11-24 16:00 UTC).
public let fixedNow = Date(timeIntervalSince1970: 1_764_000_000)

/// A new, empty store (settings only) in `dir`, created by `tester` at `fixedNow`.
public func makeStore(_ dir: TempDirectory) throws -> JSONFileStore {
    let settings = StoreSettings(schemaVersion: JSONFileStore.schemaVersion, practice: "Test Practice",
                                 timeZone: "America/New_York", createdAt: fixedNow, createdBy: tester.login)
    return try JSONFileStore.create(at: dir.url, settings: settings, account: tester, at: fixedNow) { _ in }
}

/// The bytes of the file at `path` (relative to the store's root) in `dir`.
public func fileData(_ dir: TempDirectory, _ path: String) throws -> Data {
    try Data(contentsOf: dir.url.appendingPathComponent(path))
}

/// Replaces the file at `path` (relative to the store's root) in `dir` with `data`.
public func writeFile(_ dir: TempDirectory, _ path: String, _ data: Data) throws {
    try data.write(to: dir.url.appendingPathComponent(path))
}
