/// Character attributes a cell can carry on top of its role's colours.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    /// The raw bit set.
    public let rawValue: UInt8

    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (or bright) text.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 1 << 1)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    /// Dim (half-bright) text.
    public static let dim = TextAttributes(rawValue: 1 << 3)

    /// Every attribute with its name as used in theme files, in a fixed order.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
    ]

    /// The attribute names, in the fixed order of `named`.
    public var names: [String] {
        Self.named.filter { contains($0.attribute) }.map(\.name)
    }
}
