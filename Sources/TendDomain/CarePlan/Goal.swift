import Foundation

/// Where a goal stands.
public enum GoalStatus: String, Codable, CaseIterable, Sendable {
    /// Being worked towards.
    case open
    /// The target was reached.
    case met
    /// No longer pursued (it stays in the plan's history, but no longer fills the goals element).
    case discontinued

    /// The word shown on screens and in the patient's copy.
    public var label: String { rawValue }
}

/// A treatment goal; measurable when it has a text and a target (its due date is always set).
///
/// JSON: `id`, `text`, `target`, `due`, `status` (`open`, `met`, `discontinued`) and `met`
/// (true exactly when the status is `met`, kept for readers of older stores). A goal stored
/// before `status` existed is read from `met` alone.
public struct Goal: Codable, Equatable, Hashable, Sendable {
    /// Number of the goal within its plan, never reused.
    public var id: Int
    /// What the goal is, e.g. "Lower HbA1c".
    public var text: String
    /// The measurable target, e.g. "HbA1c below 7.5%".
    public var target: String
    /// When the target should be reached.
    public var due: LocalDate
    /// Open, met or discontinued.
    public var status: GoalStatus

    /// Creates a goal.
    public init(id: Int, text: String, target: String, due: LocalDate, status: GoalStatus = .open) {
        self.id = id
        self.text = text
        self.target = target
        self.due = due
        self.status = status
    }

    /// Creates a goal, met or open.
    public init(id: Int, text: String, target: String, due: LocalDate, met: Bool) {
        self.init(id: id, text: text, target: target, due: due, status: met ? .met : .open)
    }

    /// Whether the goal has been met.
    public var met: Bool { status == .met }

    /// True when the goal has text and a target (and, by construction, a due date).
    public var isMeasurable: Bool {
        !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && !target.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// Whether the goal fills the plan's measurable-goals element: measurable and not
    /// discontinued (an open or a met goal both count).
    public var fillsGoalsElement: Bool { isMeasurable && status != .discontinued }

    private enum CodingKeys: String, CodingKey { case id, text, target, due, status, met }

    /// Decodes a goal; without `status` (an older store) it is read from `met`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        target = try c.decode(String.self, forKey: .target)
        due = try c.decode(LocalDate.self, forKey: .due)
        if let status = try c.decodeIfPresent(GoalStatus.self, forKey: .status) {
            self.status = status
        } else {
            status = try c.decodeIfPresent(Bool.self, forKey: .met) ?? false ? .met : .open
        }
    }

    /// Encodes the goal with its status and the `met` flag older readers use.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(target, forKey: .target)
        try c.encode(due, forKey: .due)
        try c.encode(status, forKey: .status)
        try c.encode(met, forKey: .met)
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
