import Foundation

/// One change to one goal, as the plan's revisions recorded it.
public struct GoalEvent: Equatable, Sendable {
    /// The revision that made the change.
    public var revision: Int
    /// When it was saved.
    public var at: Date
    /// Login of the author.
    public var author: String
    /// What changed, e.g. `added (target: A1c < 7.5%; due 2027-06-30)`, `marked met`,
    /// `discontinued`, `target changed to "…"`.
    public var description: String
}

extension CarePlan {
    /// The goal's history, oldest first: when it was added, each change to its text, target, due
    /// date or status, and its removal, with the revision, time and author of each.
    public func history(ofGoal id: Int) -> [GoalEvent] {
        var events: [GoalEvent] = []
        var current: Goal?
        for revision in revisions {
            for change in revision.changes {
                var described: [String] = []
                switch change {
                case .addGoal(let goal) where goal.id == id, .updateGoal(let goal) where goal.id == id:
                    described = Self.describe(goal, after: current)
                    current = goal
                case .removeGoal(let removed) where removed == id:
                    described = ["removed"]
                    current = nil
                default:
                    continue
                }
                for text in described {
                    events.append(GoalEvent(revision: revision.number, at: revision.at, author: revision.author, description: text))
                }
            }
        }
        return events
    }

    /// What differs between a goal and its previous state (nil: it is new).
    private static func describe(_ goal: Goal, after previous: Goal?) -> [String] {
        guard let previous else {
            let status = goal.status == .open ? "" : ", \(goal.status.label)"
            return ["added (target: \(goal.target); due \(goal.due)\(status))"]
        }
        var changes: [String] = []
        if goal.text != previous.text { changes.append("goal changed to \"\(goal.text)\"") }
        if goal.target != previous.target { changes.append("target changed to \"\(goal.target)\"") }
        if goal.due != previous.due { changes.append("due date moved from \(previous.due) to \(goal.due)") }
        if goal.status != previous.status {
            switch goal.status {
            case .met: changes.append("marked met")
            case .discontinued: changes.append("discontinued")
            case .open: changes.append("reopened (was \(previous.status.label))")
            }
        }
        return changes.isEmpty ? ["saved unchanged"] : changes
    }
}
