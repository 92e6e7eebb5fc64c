import Foundation

extension CarePlan {
    /// The plan printed for the patient as plain text: every element in the rules' order,
    /// goals with targets and due dates, interventions with who is responsible, and the last revision.
    public func patientText(patient: Patient, in timeZone: TimeZone = .current) -> String {
        var lines: [String] = [
            "CARE PLAN",
            "Patient: \(patient.name.displayName)    Date of birth: \(patient.dateOfBirth)",
        ]
        if let last = revisions.last {
            lines.append("Revision \(last.number), \(LocalDate(last.at, in: timeZone)), by \(last.author)")
        } else {
            lines.append("No revisions recorded yet")
        }
        for element in CarePlanElement.allCases {
            lines.append("")
            lines.append("\(element.title.uppercased())")
            let text = self.text(for: element)
            if !text.isEmpty { lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }) }
            if element == .goals {
                for goal in goals {
                    let state = goal.status.label
                    lines.append("  \(goal.id). \(goal.text) - target: \(goal.target); by \(goal.due) (\(state))")
                }
            }
            if element == .interventions {
                for item in interventions {
                    lines.append("  - \(item.text) (responsible: \(item.responsible))")
                }
            }
            if !isFilled(element) { lines.append("  (not yet recorded)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
