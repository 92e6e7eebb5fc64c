import Foundation
import TendDomain

/// Closing a month was refused because some patient-months reach a code but fail a gate.
public struct MonthCloseBlocked: Error, CustomStringConvertible, Sendable {
    /// One blocked patient-month.
    public struct Blocker: Sendable, Equatable {
        /// The patient.
        public var patientId: PatientID
        /// The patient's name.
        public var name: String
        /// The failing gates.
        public var gates: [Gate]
        /// The patient's name, date of birth and MRN, when known.
        public var identity: PatientIdentity?
        /// The program the month is billed under (the gates' explanations depend on it).
        public var program: CareProgram

        /// Creates a blocker.
        public init(patientId: PatientID, name: String, gates: [Gate], identity: PatientIdentity? = nil,
                    program: CareProgram = .ccm) {
            self.program = program
            self.patientId = patientId
            self.name = name
            self.gates = gates
            self.identity = identity
        }
    }
    /// The month.
    public var month: YearMonth
    /// Every blocked patient-month, sorted by name.
    public var blockers: [Blocker]

    /// The refusal with the list, one patient per line.
    public var description: String {
        "\(month) cannot be closed: \(plural(blockers.count, "patient-month")) reach a code but fail a gate; fix each or mark it `tend month not-billed ID \(month) --reason TEXT`:\n"
            + blockers.map { "  \($0.patientId) \(TextSafety.printable($0.identity?.full ?? $0.name)): \($0.gates.map(\.rawValue).joined(separator: " "))" }
                .joined(separator: "\n")
    }
}
