/// A colour scheme: semantic roles mapped to colours and attributes.
public struct Theme: Sendable, Hashable {
    /// The theme's name (its file name without `.theme`).
    public var name: String
    /// The styles the theme defines.
    public var styles: [Role: RoleStyle]

    /// Creates a theme.
    public init(name: String, styles: [Role: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`; a role the theme leaves out uses `normal`, then plain.
    public func style(for role: Role) -> RoleStyle {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// Whether any role uses a colour.
    public var usesColor: Bool { styles.values.contains { $0.usesColor } }

    /// The theme as theme-file text, one role per line in `Role` order.
    public var fileText: String {
        var text = "# tend theme: \(name)\n"
        for role in Role.allCases {
            if let style = styles[role] { text += "\(role.rawValue) = \(style)\n" }
        }
        return text
    }
}
