import TendTerminal

/// The key bindings in force: the declared table with any user overrides applied.
public struct KeyBindings: Sendable, Hashable {
    /// Every binding, in declaration order.
    public private(set) var bindings: [Binding]

    /// Creates a table.
    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    /// The command a key runs in `context`, if any.
    public func command(for key: Key, in context: BindingContext) -> Command? {
        bindings.first { $0.context == context && $0.keys.contains(key) }?.command
    }

    /// The bindings of a context, in declaration order.
    public func bindings(in context: BindingContext) -> [Binding] {
        bindings.filter { $0.context == context }
    }

    /// The binding of `command` in `context`, if any.
    public func binding(_ command: Command, in context: BindingContext) -> Binding? {
        bindings.first { $0.command == command && $0.context == context }
    }

    /// The name of the first key bound to `command` (in any context), for messages such as
    /// "press s to stop".
    public func keyName(_ command: Command) -> String {
        bindings.first { $0.command == command }?.keys.first?.name ?? ":" + command.rawValue
    }

    /// Contexts whose keys are live at the same time as `context`'s (a key may not mean two
    /// things at once).
    static func overlapping(_ context: BindingContext) -> Set<BindingContext> {
        switch context {
        case .global: return [.global, .list, .consent, .plan, .supervisor]
        case .list, .consent, .plan, .supervisor: return [.global, context]
        case .dialog: return [.dialog]
        case .editor: return [.editor]
        // The goals dialog reads its own keys first, then the dialog's and the global ones.
        case .goals: return [.goals]
        }
    }

    /// The table with `keys` bound to `command` in every context where the command is declared.
    ///
    /// Throws a message when a key would then run two commands in the same place.
    public func overriding(_ command: Command, with keys: [Key]) throws(BindingError) -> KeyBindings {
        guard bindings.contains(where: { $0.command == command }) else {
            throw BindingError("'\(command.rawValue)' is not a command with keys")
        }
        guard !keys.isEmpty else { throw BindingError("no key given for '\(command.rawValue)'") }
        var copy = self
        for index in copy.bindings.indices where copy.bindings[index].command == command {
            copy.bindings[index].keys = keys
        }
        try copy.checkConflicts()
        return copy
    }

    /// Throws when one key runs two different commands in places that are live together.
    public func checkConflicts() throws(BindingError) {
        for (index, binding) in bindings.enumerated() {
            let live = Self.overlapping(binding.context)
            for other in bindings[(index + 1)...] where other.command != binding.command && live.contains(other.context) {
                if let key = binding.keys.first(where: other.keys.contains) {
                    throw BindingError("key '\(key.name)' would run both '\(binding.command.rawValue)' and '\(other.command.rawValue)'")
                }
            }
        }
    }
}

/// Why a key binding could not be applied.
public struct BindingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
