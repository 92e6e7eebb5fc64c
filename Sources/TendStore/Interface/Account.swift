import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The operating-system account acting on the store: the user is who the kernel says, from
/// `getuid`, never from `$USER` or any other environment variable.
public struct Account: Sendable, Equatable, Codable {
    /// Numeric user id.
    public let uid: UInt32
    /// Login name of that user id, or `uid<N>` when the account database has none.
    public let login: String

    /// Creates an account value (tests use this; the program uses ``current()``).
    public init(uid: UInt32, login: String) {
        self.uid = uid
        self.login = login
    }

    /// The account running this process.
    public static func current() -> Account {
        let uid = getuid()
        var pwd = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &pwd, &buffer, buffer.count, &result)
        if status == 0, let entry = result, let name = entry.pointee.pw_name {
            return Account(uid: uid, login: String(cString: name))
        }
        return Account(uid: uid, login: "uid\(uid)")
    }
}
