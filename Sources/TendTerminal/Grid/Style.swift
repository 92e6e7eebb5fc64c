/// How a cell is drawn: a semantic role, resolved by the theme, plus extra attributes.
public struct Style: Sendable, Hashable {
    /// The semantic role whose theme colours apply.
    public var role: StyleRole
    /// Attributes added to the role's own attributes.
    public var attributes: TextAttributes

    /// Creates a style.
    public init(_ role: StyleRole = .normal, attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Ordinary text with no extra attributes.
    public static let normal = Style()
}
