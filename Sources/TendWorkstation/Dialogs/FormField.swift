import TendTerminal

/// One field of a form dialog: what it holds (`FieldID`), the label shown, and its value.
enum FormField: Sendable, Equatable {
    /// Free text.
    case text(FieldID, label: String, field: LineField)
    /// A checkbox.
    case check(FieldID, label: String, checked: Bool)
    /// One choice among options, cycled with Space or Left/Right.
    case choice(FieldID, label: String, options: [String], selected: Int)

    /// What the field holds; code reads fields by it, never by the label.
    var id: FieldID {
        switch self {
        case .text(let id, _, _), .check(let id, _, _), .choice(let id, _, _, _): return id
        }
    }

    /// The label shown before the value.
    var label: String {
        switch self {
        case .text(_, let label, _), .check(_, let label, _), .choice(_, let label, _, _): return label
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
            case (.text(_, _, let now), .text(_, _, let then)): return now.text != then.text
            default: return current != opened
            }
        }
    }

    /// The text of the text field `id` ("" when the form has none).
    func text(_ id: FieldID) -> String {
        for case .text(id, _, let field) in fields { return field.text }
        return ""
    }

    /// Whether the checkbox `id` is ticked (false when the form has none).
    func isChecked(_ id: FieldID) -> Bool {
        for case .check(id, _, let checked) in fields { return checked }
        return false
    }

    /// The selected option index of the choice `id` (0 when the form has none).
    func selection(_ id: FieldID) -> Int {
        for case .choice(id, _, _, let selected) in fields { return selected }
        return 0
    }

    /// The selected option of the choice `id`, if the form has it.
    func chosenOption(_ id: FieldID) -> String? {
        for case .choice(id, _, let options, let selected) in fields where options.indices.contains(selected) {
            return options[selected]
        }
        return nil
    }

    /// The ids of the ticked checkboxes, top to bottom.
    var checkedIDs: [FieldID] {
        fields.compactMap { field in
            if case .check(let id, _, true) = field { return id }
            return nil
        }
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
        case .check(let id, let label, let checked):
            fields[focus] = .check(id, label: label, checked: !checked)
        case .choice(let id, let label, let options, let selected):
            fields[focus] = .choice(id, label: label, options: options, selected: (selected + step + options.count) % options.count)
        case .text:
            return false
        }
        return true
    }

    /// Gives an editing key to the focused text field; false when focus is not on text or the
    /// field does not use the key.
    mutating func edit(_ key: Key) -> Bool {
        guard fields.indices.contains(focus), case .text(let id, let label, var field) = fields[focus] else { return false }
        let used = field.handle(key)
        fields[focus] = .text(id, label: label, field: field)
        return used
    }

    /// Whether the focused field is a text field.
    var focusIsText: Bool {
        if fields.indices.contains(focus), case .text = fields[focus] { return true }
        return false
    }
}
