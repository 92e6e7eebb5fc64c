import TendTerminal

/// The footer: the keys that work here and now, from the binding table.
enum Footer {
    /// The bindings the footer shows for the current state, in table order.
    static func items(_ workstation: Workstation) -> [Binding] {
        let bindings = workstation.bindings
        let state = workstation.state
        if state.locked { return [] }
        if let context = state.overlay.context {
            return bindings.bindings(in: context).filter(\.inFooter)
        }
        let context: BindingContext = state.screen == .supervisor ? .supervisor : state.focus.context
        let focused = context == .global ? [] : bindings.bindings(in: context)
        let global = bindings.bindings(in: .global)
        return (focused + global).filter { $0.inFooter && workstation.isAvailable($0.command) }
    }

    /// The hint shown for a binding (the supervisor key says where it goes back to).
    static func hint(_ binding: Binding, _ workstation: Workstation) -> String {
        binding.command == .supervisor && workstation.state.screen == .supervisor ? "care screen" : binding.hint
    }

    static func draw(_ painter: inout Painter, rect: Rect, workstation: Workstation) {
        if workstation.state.locked { return }  // the lock screen covers everything and says how to unlock
        var items = items(workstation)
        let essential: Set<Command> = [.help, .quit, .confirm, .cancel, .save]
        func width(_ list: [Binding]) -> Int {
            list.reduce(0) { $0 + DisplayWidth.width(of: $1.keys.first?.name ?? "") + 1 + DisplayWidth.width(of: hint($1, workstation)) + 2 }
        }
        while width(items) > rect.width, let index = items.lastIndex(where: { !essential.contains($0.command) }) {
            items.remove(at: index)
        }
        var x = rect.x
        for binding in items {
            let key = binding.keys.first?.name ?? ""
            x += painter.text(key, x: x, y: rect.y, width: rect.x + rect.width - x, style: Style(.footerKey))
            x += painter.text(" " + hint(binding, workstation) + "  ", x: x, y: rect.y, width: rect.x + rect.width - x, style: Style(.footerText))
        }
    }
}
