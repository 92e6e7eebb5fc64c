import TendTerminal

/// One field of a form dialog.
enum FormField: Sendable, Equatable {
    /// Free text.
    case text(label: String, field: LineField)
    /// A checkbox.
    case check(label: String, checked: Bool)
    /// One choice among options, cycled with Space or Left/Right.
    case choice(label: String, options: [String], selected: Int)

    /// The label shown before the value.
    var label: String {
        switch self {
        case .text(let label, _), .check(let label, _), .choice(let label, _, _): return label
        }
    }
}

/// A form: a title, fields and the field with focus.
struct Form: Sendable, Equatable {
    /// The dialog's title.
    var title: String
    /// Lines of explanation above the fields.
    var intro: [String]
    /// The fields, top to bottom.
    var fields: [FormField]
    /// The field with focus.
    var focus: Int = 0
    /// The fields as the form opened, to tell whether anything was entered since.
    let openedFields: [FormField]

    /// Creates a form; what the fields hold now is what `hasEntries` compares against.
    init(title: String, intro: [String], fields: [FormField], focus: Int = 0) {
        self.title = title
        self.intro = intro
        self.fields = fields
        self.focus = focus
        self.openedFields = fields
    }

    /// Whether anything was typed, ticked or chosen since the form opened: closing it then
    /// needs an explicit yes, so no key loses what the user entered.
    var hasEntries: Bool {
        zip(fields, openedFields).contains { current, opened in
            switch (current, opened) {
            case (.text(_, let now), .text(_, let then)): return now.text != then.text
            default: return current != opened
            }
        }
    }

    /// The text of the field labelled `label`.
    func text(_ label: String) -> String {
        for case .text(let name, let field) in fields where name == label { return field.text }
        return ""
    }

    /// Whether the checkbox labelled `label` is ticked.
    func isChecked(_ label: String) -> Bool {
        for case .check(let name, let checked) in fields where name == label { return checked }
        return false
    }

    /// The selected option index of the choice labelled `label`.
    func selection(_ label: String) -> Int {
        for case .choice(let name, _, let selected) in fields where name == label { return selected }
        return 0
    }

    /// Moves the focus by `step` fields, wrapping around.
    mutating func moveFocus(_ step: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + step + fields.count) % fields.count
    }

    /// Ticks the focused checkbox or cycles the focused choice by `step`; false on a text field.
    @discardableResult
    mutating func toggle(_ step: Int = 1) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        switch fields[focus] {
        case .check(let label, let checked):
            fields[focus] = .check(label: label, checked: !checked)
        case .choice(let label, let options, let selected):
            fields[focus] = .choice(label: label, options: options, selected: (selected + step + options.count) % options.count)
        case .text:
            return false
        }
        return true
    }

    /// Gives an editing key to the focused text field; false when focus is not on text or the
    /// field does not use the key.
    mutating func edit(_ key: Key) -> Bool {
        guard fields.indices.contains(focus), case .text(let label, var field) = fields[focus] else { return false }
        let used = field.handle(key)
        fields[focus] = .text(label: label, field: field)
        return used
    }

    /// Whether the focused field is a text field.
    var focusIsText: Bool {
        if fields.indices.contains(focus), case .text = fields[focus] { return true }
        return false
    }
}
