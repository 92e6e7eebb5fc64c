import Foundation

/// Whether the PostgreSQL tests have a server: `TEND_TEST_POSTGRES` names one (scripts/test starts
/// a private cluster and sets it). Without one the PostgreSQL tests are skipped, and say so.
enum PostgresServerAvailability {
    /// The superuser URL of the test server, if one was announced.
    static let url: String? = {
        let value = ProcessInfo.processInfo.environment["TEND_TEST_POSTGRES"] ?? ""
        return value.isEmpty ? nil : value
    }()

    /// Whether a server was announced.
    static var available: Bool { url != nil }
}
