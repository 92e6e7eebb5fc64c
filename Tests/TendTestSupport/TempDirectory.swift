import Foundation

/// A fresh directory under the system's temporary directory, removed with everything in it when
/// the last reference goes away (keep it alive for as long as the test uses what is inside).
///
/// Only the directory's name is unique (tests run in parallel, and in several processes at once);
/// what a test writes inside it is fixed.
public final class TempDirectory: @unchecked Sendable {
    /// The directory. Not created: a store, a mount or a file the test makes there creates it.
    public let url: URL

    /// A directory named `tend-<purpose>-<unique>`; `purpose` says which test made it, so a
    /// directory left behind by a crashed run can be traced.
    public init(_ purpose: String = "test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tend-\(purpose)-\(UUID().uuidString)")
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The directory's path.
    public var path: String { url.path }

    /// A path inside the directory.
    public func appending(_ component: String) -> URL { url.appendingPathComponent(component) }

    /// Creates the directory (and its parents) and returns it, for tests that write files into it.
    @discardableResult
    public func created() throws -> TempDirectory {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return self
    }
}
