import Foundation

/// One edit to a care plan. Replaying a plan's changes in order rebuilds the plan exactly.
///
/// JSON shape: an object with a `kind` (`set-element`, `add-goal`, `update-goal`, `remove-goal`,
/// `add-intervention`, `remove-intervention`) and that kind's fields.
public enum PlanChange: Codable, Equatable, Sendable {
    /// Sets an element's text (empty text clears it).
    case setElement(CarePlanElement, text: String)
    /// Adds a goal.
    case addGoal(Goal)
    /// Replaces the goal with the same id.
    case updateGoal(Goal)
    /// Removes the goal with this id.
    case removeGoal(id: Int)
    /// Adds an intervention.
    case addIntervention(Intervention)
    /// Removes an intervention equal to this one.
    case removeIntervention(Intervention)

    /// A short description for history screens, e.g. `set Problem list`.
    public var summary: String {
        switch self {
        case .setElement(let element, _): return "set \(element.title)"
        case .addGoal(let goal): return "added goal \(goal.id): \(goal.text)"
        case .updateGoal(let goal): return "updated goal \(goal.id): \(goal.text)"
        case .removeGoal(let id): return "removed goal \(id)"
        case .addIntervention(let item): return "added intervention: \(item.text)"
        case .removeIntervention(let item): return "removed intervention: \(item.text)"
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, element, text, goal, goalId, intervention }
    private enum Kind: String, Codable {
        case setElement = "set-element", addGoal = "add-goal", updateGoal = "update-goal"
        case removeGoal = "remove-goal", addIntervention = "add-intervention"
        case removeIntervention = "remove-intervention"
    }

    /// Decodes from the `kind`-tagged object.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .setElement:
            self = .setElement(try c.decode(CarePlanElement.self, forKey: .element), text: try c.decode(String.self, forKey: .text))
        case .addGoal: self = .addGoal(try c.decode(Goal.self, forKey: .goal))
        case .updateGoal: self = .updateGoal(try c.decode(Goal.self, forKey: .goal))
        case .removeGoal: self = .removeGoal(id: try c.decode(Int.self, forKey: .goalId))
        case .addIntervention: self = .addIntervention(try c.decode(Intervention.self, forKey: .intervention))
        case .removeIntervention: self = .removeIntervention(try c.decode(Intervention.self, forKey: .intervention))
        }
    }

    /// Encodes as a `kind`-tagged object.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .setElement(let element, let text):
            try c.encode(Kind.setElement, forKey: .kind)
            try c.encode(element, forKey: .element)
            try c.encode(text, forKey: .text)
        case .addGoal(let goal):
            try c.encode(Kind.addGoal, forKey: .kind)
            try c.encode(goal, forKey: .goal)
        case .updateGoal(let goal):
            try c.encode(Kind.updateGoal, forKey: .kind)
            try c.encode(goal, forKey: .goal)
        case .removeGoal(let id):
            try c.encode(Kind.removeGoal, forKey: .kind)
            try c.encode(id, forKey: .goalId)
        case .addIntervention(let item):
            try c.encode(Kind.addIntervention, forKey: .kind)
            try c.encode(item, forKey: .intervention)
        case .removeIntervention(let item):
            try c.encode(Kind.removeIntervention, forKey: .kind)
            try c.encode(item, forKey: .intervention)
        }
    }
}
