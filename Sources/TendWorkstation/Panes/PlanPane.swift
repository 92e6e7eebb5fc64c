import Foundation
import TendDomain
import TendTerminal

/// The care-plan pane: completeness, last revision and copy given, the nine elements and the goals.
enum PlanPane {
    static func draw(_ painter: inout Painter, rect: Rect, care: CareScreenModel, focused: Bool) {
        let inside = painter.box(rect, title: Pane.plan.title, focused: focused)
        guard let detail = care.detail else { return }
        let plan = detail.plan
        let names = care.staffNames
        let filled = CarePlanElement.allCases.count - plan.missingElements.count
        var lines: [(String, Style)] = []
        lines.append(("\(painter.mark(plan.isComplete)) \(filled) of 9 elements \u{00B7} \(establishment(plan, since: detail.patient.plan.establishedOn))",
                      Style(plan.isComplete ? .statusOK : .statusWarn)))
        if let last = plan.revisions.last {
            lines.append(("Last revision \(last.number): \(care.time.instant(last.at)) by \(Format.staff(last.author, names: names))", .normal))
        } else {
            lines.append(("No revision saved yet.", Style(.dim)))
        }
        if let share = plan.shares.last {
            lines.append(("Last copy given: \(share.date) by \(share.method.rawValue) (\(share.by))", .normal))
        } else {
            lines.append(("\(painter.mark(false)) No copy given to the patient yet", Style(.statusWarn)))
        }
        for (row, line) in lines.enumerated() { painter.line(line.0, in: inside, row: row, style: line.1) }
        var row = lines.count
        for (index, element) in CarePlanElement.allCases.enumerated() where row < inside.height {
            let selected = index == care.planSelection
            let style = selected ? Style(focused ? .selection : .selectionInactive) : Style.normal
            if selected { painter.highlight(inside, row: row, style: style) }
            let marker = selected ? painter.glyphs.arrow : " "
            let text = plan.text(for: element).split(separator: "\n").first.map(String.init) ?? ""
            let summary = element == .goals ? goalsSummary(plan.goals) : text
            painter.line("\(marker)\(painter.mark(plan.isFilled(element))) \(element.title): \(summary)", in: inside, row: row, style: style)
            row += 1
        }
        if row < inside.height, !plan.goals.isEmpty {
            row += 1
            for goal in plan.goals where row < inside.height {
                painter.line("Goal \(goal.id): \(goal.text) \u{00B7} target \(goal.target) \u{00B7} by \(goal.due) \u{00B7} \(goal.status.label)",
                             in: inside, row: row, style: Style(.dim))
                row += 1
            }
        }
        if row < inside.height {
            let element = CarePlanElement.allCases[care.planSelection]
            guard element != .goals else { return }
            let text = plan.text(for: element)
            if !text.isEmpty {
                row += 1
                for line in DisplayWidth.wrap(Sanitizer.multiLine.sanitize(text), width: inside.width - 2) where row < inside.height {
                    painter.line(line, in: inside, row: row, indent: 2)
                    row += 1
                }
            }
        }
    }

    /// The goals element's summary: how many goals, by status (Enter opens them).
    static func goalsSummary(_ goals: [Goal]) -> String {
        guard !goals.isEmpty else { return "no goal yet" }
        let counts = GoalStatus.allCases.compactMap { status -> String? in
            let count = goals.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(status.label)"
        }
        return "\(plural(goals.count, "goal")) (\(counts.joined(separator: ", ")))"
    }

    /// Whether the plan is established (since when), and what it lacks now if it was but no
    /// longer meets the rule (say, its only goal was discontinued).
    static func establishment(_ plan: CarePlan, since: LocalDate?) -> String {
        let missing = plan.establishingElementsMissing.map { $0 == .goals ? "a measurable goal" : "a problem list" }
        guard let since else { return "NOT established (needs a problem list and a measurable goal)" }
        return missing.isEmpty ? "established \(since)" : "established \(since); now lacks \(missing.joined(separator: " and "))"
    }
}
