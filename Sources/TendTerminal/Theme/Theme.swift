/// A colour scheme: semantic roles mapped to colours and attributes.
public struct Theme: Sendable, Hashable {
    /// The theme's name (its file name without `.theme`).
    public var name: String
    /// The styles the theme defines.
    public var styles: [StyleRole: RoleStyle]

    /// Creates a theme.
    public init(name: String, styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`; a role the theme leaves out uses `normal`, then plain.
    public func style(for role: StyleRole) -> RoleStyle {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// Whether any role uses a colour.
    public var usesColor: Bool { styles.values.contains { $0.usesColor } }

    /// The theme as theme-file text, one role per line in `StyleRole` order.
    public var fileText: String {
        var text = "# tend theme: \(name)\n"
        for role in StyleRole.allCases {
            if let style = styles[role] { text += "\(role.rawValue) = \(style)\n" }
        }
        return text
    }
}
