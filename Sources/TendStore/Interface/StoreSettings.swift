import Foundation

/// The store's own settings (`store.json`).
public struct StoreSettings: Codable, Equatable, Sendable {
    /// Version of the store format; a newer store is refused.
    public var schemaVersion: Int
    /// The practice's name, printed on reports.
    public var practice: String
    /// IANA time zone identifier in which calendar months are counted.
    public var timeZone: String
    /// When the store was created.
    public var createdAt: Date
    /// Login of the account that created it.
    public var createdBy: String

    /// Creates settings.
    public init(schemaVersion: Int, practice: String, timeZone: String, createdAt: Date, createdBy: String) {
        self.schemaVersion = schemaVersion
        self.practice = practice
        self.timeZone = timeZone
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// The time zone object (the identifier is validated when the store is created).
    public var zone: TimeZone { TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")! }
}

/// Just enough of `store.json` to check its version before trusting the rest of its shape.
struct SchemaProbe: Decodable {
    var schemaVersion: Int
}
