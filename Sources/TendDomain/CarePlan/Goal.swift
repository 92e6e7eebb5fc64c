import Foundation

/// A treatment goal; measurable when it has a target (its due date is always set).
public struct Goal: Codable, Equatable, Hashable, Sendable {
    /// Number of the goal within its plan, never reused.
    public var id: Int
    /// What the goal is, e.g. "Lower HbA1c".
    public var text: String
    /// The measurable target, e.g. "HbA1c below 7.5%".
    public var target: String
    /// When the target should be reached.
    public var due: LocalDate
    /// Whether the goal has been met.
    public var met: Bool

    /// Creates a goal.
    public init(id: Int, text: String, target: String, due: LocalDate, met: Bool = false) {
        self.id = id
        self.text = text
        self.target = target
        self.due = due
        self.met = met
    }

    /// True when the goal has text and a target (and, by construction, a due date).
    public var isMeasurable: Bool {
        !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && !target.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}

/// A planned intervention and the individual responsible for it.
public struct Intervention: Codable, Equatable, Hashable, Sendable {
    /// What will be done.
    public var text: String
    /// Who is responsible (a name, role or login).
    public var responsible: String

    /// Creates an intervention.
    public init(text: String, responsible: String) {
        self.text = text
        self.responsible = responsible
    }
}
