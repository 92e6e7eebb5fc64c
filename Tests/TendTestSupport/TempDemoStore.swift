import Foundation
import TendServices
import TendStore

/// A demo store (`tend demo`'s fictional practice) in a temporary directory, removed with the
/// fixture. The same seed and instant give the same store.
public final class TempDemoStore {
    private let temporary: TempDirectory
    /// The store's root directory.
    public var root: URL { temporary.url }
    /// The store, as the generator created it.
    public let store: JSONFileStore

    /// Generates `patients` patients with `months` months of history up to `now` (2026-11-16
    /// 12:00 in New York unless given), from `seed`, created by the account `demo`.
    public init(patients: Int, months: Int, seed: UInt64, now: Date = FixedInstant.parse("2026-11-16T17:00:00Z")) throws {
        temporary = TempDirectory("demo")
        (store, _) = try DemoGenerator(patients: patients, months: months, seed: seed).create(
            at: temporary.url, account: Account(uid: 1, login: "demo"), timeZone: "America/New_York", now: now)
    }
}
