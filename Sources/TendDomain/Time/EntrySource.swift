import Foundation

/// How a time entry was captured. JSON: `{"kind":"stopwatch"}` or `{"kind":"manual","reason":"..."}`.
public enum EntrySource: Codable, Equatable, Hashable, Sendable {
    /// Timed live with the stopwatch.
    case stopwatch
    /// Typed in afterwards, with an optional reason.
    case manual(reason: String?)

    /// Whether the entry was typed in afterwards.
    public var isManual: Bool { if case .manual = self { return true } else { return false } }

    private enum CodingKeys: String, CodingKey { case kind, reason }

    /// Decodes from the `kind`-tagged object.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "stopwatch": self = .stopwatch
        case "manual": self = .manual(reason: try container.decodeIfPresent(String.self, forKey: .reason))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container,
                                                   debugDescription: "'\(kind)' is not an entry source (stopwatch or manual)")
        }
    }

    /// Encodes as a `kind`-tagged object.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .stopwatch:
            try container.encode("stopwatch", forKey: .kind)
        case .manual(let reason):
            try container.encode("manual", forKey: .kind)
            try container.encodeIfPresent(reason, forKey: .reason)
        }
    }
}
