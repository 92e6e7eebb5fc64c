/// The `:` command line: command names from the binding table, with completion.
enum CommandLine {
    /// Commands that make sense typed on the main screen (not the keys of a dialog or of the
    /// goals dialog); without
    /// `supervisor`, not the supervisor view's either.
    static func names(bindings: KeyBindings, supervisor: Bool = true) -> [String] {
        let dialogOnly: Set<Command> = [.confirm, .cancel, .nextField, .previousField, .toggle, .save,
                                        .editGoal, .goalMet, .goalDiscontinue, .goalReopen]
        let supervisorOnly = Set(bindings.bindings(in: .supervisor).map(\.command)).union([.supervisor])
            .subtracting(bindings.bindings.filter { $0.context != .supervisor && $0.command != .supervisor }.map(\.command))
        var seen: Set<String> = []
        return bindings.bindings.map(\.command).filter { !dialogOnly.contains($0) && (supervisor || !supervisorOnly.contains($0)) }
            .map(\.rawValue).filter { seen.insert($0).inserted }.sorted()
    }

    /// The command a typed name runs: an exact name, or the only name it starts.
    static func command(named text: String, bindings: KeyBindings, supervisor: Bool = true) -> Command? {
        let all = names(bindings: bindings, supervisor: supervisor)
        if all.contains(text) { return Command(rawValue: text) }
        let matches = all.filter { $0.hasPrefix(text) }
        return matches.count == 1 ? Command(rawValue: matches[0]) : nil
    }

    /// Completes a prefix: the longest common prefix of the matching names, and the matches.
    static func complete(_ text: String, bindings: KeyBindings, supervisor: Bool = true) -> (text: String, candidates: [String]) {
        let matches = names(bindings: bindings, supervisor: supervisor).filter { $0.hasPrefix(text) }
        guard var common = matches.first else { return (text, []) }
        for name in matches.dropFirst() {
            while !name.hasPrefix(common) { common.removeLast() }
        }
        return (common.count >= text.count ? common : text, matches)
    }
}
