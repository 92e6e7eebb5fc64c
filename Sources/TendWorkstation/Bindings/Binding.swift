import TendTerminal

/// One declared key binding: a command, the keys that run it and where.
public struct Binding: Sendable, Hashable {
    /// What the keys do.
    public var command: Command
    /// Where the keys work.
    public var context: BindingContext
    /// The keys, first one shown in the footer.
    public var keys: [Key]
    /// A short label for the footer ("start/stop").
    public var hint: String
    /// One sentence for the help overlay and the documentation.
    public var summary: String
    /// Whether the footer shows it when it is available.
    public var inFooter: Bool

    /// Creates a binding.
    public init(_ command: Command, _ context: BindingContext, _ keys: [Key], hint: String, summary: String, inFooter: Bool = true) {
        self.command = command
        self.context = context
        self.keys = keys
        self.hint = hint
        self.summary = summary
        self.inFooter = inFooter
    }

    /// The keys as written in a configuration file, e.g. `j, down`.
    public var keyNames: String { keys.map(\.name).joined(separator: ", ") }
}
