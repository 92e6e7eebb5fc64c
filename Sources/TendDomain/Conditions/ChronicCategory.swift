import Foundation

/// A chronic-condition category, e.g. `diabetes` / "Diabetes".
public struct ChronicCategory: Codable, Hashable, Comparable, Sendable {
    /// Stable identifier, e.g. `heart-failure`.
    public let id: String
    /// Human label, e.g. "Heart failure".
    public let label: String

    /// Creates a category.
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }

    /// Orders by label, then id.
    public static func < (lhs: ChronicCategory, rhs: ChronicCategory) -> Bool {
        (lhs.label, lhs.id) < (rhs.label, rhs.id)
    }
}
