import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend plan …`.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Edit, show and share the comprehensive care plan.",
        subcommands: [Set.self, Goal.self, GoalStatus.self, Intervention.self, Show.self, Print.self, Share.self])

    /// Reads TEXT, or standard input when TEXT is "-".
    static func text(_ argument: String) throws -> String {
        guard argument == "-" else { return argument }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("standard input is not UTF-8 text") }
        return text
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set one element's text (a new revision).",
            discussion: "ELEMENT: \(CarePlanElement.allCases.map(\.rawValue).joined(separator: " ")). TEXT \"-\" reads standard input; \"\" clears the element.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument var element: String
        @Argument var text: String
        @Option(name: .customLong("expect-version"), parsing: .unconditional, help: "Refuse if the plan changed since this version.") var expectVersion: Int?

        func validate() throws {
            try NumericOption.check(expectVersion, "--expect-version", in: NumericOption.planVersion)
        }

        func run() throws {
            try Run.withSession(options) { session in
                guard let element = CarePlanElement(rawValue: element) else {
                    throw ValidationError("unknown element '\(element)'; use one of: \(CarePlanElement.allCases.map(\.rawValue).joined(separator: " "))")
                }
                let id = try session.resolvePatient(patient)
                let plan = try session.changePlan(id, [.setElement(element, text: try PlanCommand.text(text))], expectedVersion: expectVersion)
                Console.warn("saved revision \(plan.revisions.count) of the care plan of \(PatientLabel.full(id, in: session))" + (plan.isEstablished ? "" : " (the plan lacks: \(plan.establishingElementsMissing.map(\.rawValue).joined(separator: ", ")); "
                    + "it is established by a problem list and a measurable goal)"))
            }
        }
    }

    struct Goal: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a measurable goal with a target and a due date.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument var text: String
        @Option(help: "The measurable target, e.g. \"A1c < 7.5%\".") var target: String
        @Option(help: "Due date, YYYY-MM-DD.") var due: String

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                let current = try session.plan(id)
                let goal = TendDomain.Goal(id: current.nextGoalID, text: text, target: target, due: try Parse.date(due, option: "--due"))
                let plan = try session.changePlan(id, [.addGoal(goal)], expectedVersion: current.version)
                Console.warn("added goal \(goal.id) to the care plan of \(PatientLabel.full(id, in: session)) (revision \(plan.revisions.count))")
            }
        }
    }

    struct GoalStatus: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "goal-status",
            abstract: "Mark a goal met or discontinued, or reopen it (a new revision; `plan show` lists each goal's number).",
            discussion: "A discontinued goal stays in the plan's history but no longer fills the measurable-goals element.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument(help: "The goal's number.") var goal: Int
        @Argument(help: "open, met or discontinued.") var status: String

        func run() throws {
            try Run.withSession(options) { session in
                guard let status = TendDomain.GoalStatus(rawValue: status) else {
                    throw ValidationError("the status must be open, met or discontinued (got '\(status)')")
                }
                let id = try session.resolvePatient(patient)
                let current = try session.plan(id)
                guard var changed = current.goals.first(where: { $0.id == goal }) else {
                    let known = current.goals.map { String($0.id) }.joined(separator: ", ")
                    throw CLIError("the care plan of \(id) has no goal \(goal)" + (known.isEmpty ? " (it has no goals)" : " (its goals: \(known))"))
                }
                guard changed.status != status else {
                    Console.warn("goal \(goal) of the care plan of \(id) is already \(status.label); nothing saved")
                    return
                }
                changed.status = status
                let plan = try session.changePlan(id, [.updateGoal(changed)], expectedVersion: current.version)
                Console.warn("goal \(goal) of the care plan of \(id) is now \(status.label) (revision \(plan.revisions.count))"
                    + (plan.isFilled(.goals) ? "" : "; the plan has no open or met measurable goal left"))
            }
        }
    }

    struct Intervention: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a planned intervention and who is responsible.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Argument var text: String
        @Option(help: "The person responsible.") var responsible: String

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                let plan = try session.changePlan(id, [.addIntervention(TendDomain.Intervention(text: text, responsible: responsible))])
                Console.warn("added an intervention to the care plan of \(PatientLabel.full(id, in: session)) (revision \(plan.revisions.count))")
            }
        }
    }

    enum ShowFormat: String, ExpressibleByArgument { case text, json }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the care plan, its completeness and history.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option var format: ShowFormat = .text

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                let p = try session.patient(id)
                let plan = try session.plan(id)
                if format == .json { Console.out(try JSONOutput.string(plan)); return }
                var lines = ["Care plan of \(PatientLabel.full(p)), version \(plan.version)"]
                let lacking = plan.establishingElementsMissing.map(\.rawValue).joined(separator: ", ")
                lines.append("Established: \(p.plan.establishedOn.map { "\($0)" + (lacking.isEmpty ? "" : " (now missing: \(lacking))") } ?? "no (needs a problem list and a measurable goal)")")
                lines.append("Complete: \(plan.isComplete ? "yes" : "no, missing " + plan.missingElements.map(\.rawValue).joined(separator: ", "))")
                if let last = plan.revisions.last {
                    lines.append("Last revision: \(last.number) on \(LocalDateTimeText.minutes(last.at, in: session.timeZone)) by \(last.author)")
                }
                lines.append("Copies given: " + (plan.shares.isEmpty ? "none" : plan.shares.map { "\($0.date) \($0.method.rawValue)" }.joined(separator: ", ")))
                lines.append("")
                for element in CarePlanElement.allCases {
                    lines.append("[\(plan.isFilled(element) ? "x" : " ")] \(element.rawValue): \(element.title)")
                    for line in plan.text(for: element).split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                        lines.append("      " + TextSafety.printable(String(line), maxLength: 1000))
                    }
                    if element == .goals {
                        for g in plan.goals { lines.append("      goal \(g.id): \(TextSafety.printable(g.text)) (target \(TextSafety.printable(g.target)), due \(g.due), \(g.status.label))") }
                    }
                    if element == .interventions {
                        for i in plan.interventions { lines.append("      - \(TextSafety.printable(i.text)) (responsible: \(TextSafety.printable(i.responsible)))") }
                    }
                }
                Console.out(lines.joined(separator: "\n"))
            }
        }
    }

    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the plan as plain text for the patient.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String

        func run() throws {
            try Run.withSession(options) { session in
                let id = try session.resolvePatient(patient)
                let text = try session.plan(id).patientText(patient: try session.patient(id), in: session.timeZone)
                Console.out(text.split(separator: "\n", omittingEmptySubsequences: false).map { TextSafety.printable(String($0), maxLength: 10_000) }.joined(separator: "\n"))
            }
        }
    }

    struct Share: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that a copy of the plan was given to the patient.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Patient id or MRN.") var patient: String
        @Option(help: "YYYY-MM-DD (default today).") var date: String?
        @Option(help: "paper, portal, mail or fax.") var method: String

        func run() throws {
            try Run.withSession(options) { session in
                guard let method = ShareMethod(rawValue: method) else { throw ValidationError("--method must be paper, portal, mail or fax") }
                let id = try session.resolvePatient(patient)
                let day = try date.map { try Parse.date($0, option: "--date") } ?? session.today
                try session.sharePlan(id, date: day, method: method)
                Console.warn("recorded a \(method.rawValue) copy of the care plan of \(PatientLabel.full(id, in: session)) on \(day)")
            }
        }
    }
}
