/// What a theme says about one role: colours and attributes.
public struct RoleStyle: Sendable, Hashable, CustomStringConvertible {
    /// Foreground colour.
    public var foreground: ThemeColor
    /// Background colour.
    public var background: ThemeColor
    /// Attributes.
    public var attributes: TextAttributes

    /// Creates a role style.
    public init(
        foreground: ThemeColor = .terminalDefault,
        background: ThemeColor = .terminalDefault,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours with no attributes.
    public static let plain = RoleStyle()

    /// Whether this style uses any colour besides the terminal's defaults.
    public var usesColor: Bool { foreground != .terminalDefault || background != .terminalDefault }

    /// The value as written in a theme file, e.g. `black on cyan, bold`, `reverse`, or `none`.
    public var description: String {
        var parts: [String] = []
        switch (foreground, background) {
        case (.terminalDefault, .terminalDefault): break
        case (_, .terminalDefault): parts.append(foreground.name)
        default: parts.append("\(foreground.name) on \(background.name)")
        }
        parts.append(contentsOf: attributes.names)
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
