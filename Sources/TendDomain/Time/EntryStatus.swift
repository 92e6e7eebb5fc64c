import Foundation

/// Whether a time entry counts. Entries are never deleted: they are voided with a reason.
///
/// JSON: `{"state":"active"}` or `{"state":"voided","reason":"...","by":"login","at":<date>}`.
public enum EntryStatus: Codable, Equatable, Sendable {
    /// Counts toward the month.
    case active
    /// Withdrawn: why, by whom, when.
    case voided(reason: String, by: String, at: Date)

    /// Whether the entry has been voided.
    public var isVoided: Bool { if case .voided = self { return true } else { return false } }

    private enum CodingKeys: String, CodingKey { case state, reason, by, at }

    /// Decodes from the `state`-tagged object.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let state = try container.decode(String.self, forKey: .state)
        switch state {
        case "active": self = .active
        case "voided":
            self = .voided(reason: try container.decode(String.self, forKey: .reason),
                           by: try container.decode(String.self, forKey: .by),
                           at: try container.decode(Date.self, forKey: .at))
        default:
            throw DecodingError.dataCorruptedError(forKey: .state, in: container,
                                                   debugDescription: "'\(state)' is not an entry state (active or voided)")
        }
    }

    /// Encodes as a `state`-tagged object.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .active:
            try container.encode("active", forKey: .state)
        case .voided(let reason, let by, let at):
            try container.encode("voided", forKey: .state)
            try container.encode(reason, forKey: .reason)
            try container.encode(by, forKey: .by)
            try container.encode(at, forKey: .at)
        }
    }
}
