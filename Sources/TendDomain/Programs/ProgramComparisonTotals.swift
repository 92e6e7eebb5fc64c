import Foundation

/// One program's figures for the practice over the compared months.
public struct ProgramPracticeTotal: Codable, Equatable, Sendable {
    /// The program.
    public var program: CareProgram
    /// Patients in it in their latest compared month.
    public var patients: Int
    /// What its patient-months earned (each month under the program it was in).
    public var earned: Decimal
    /// Its patient-months that would bill an unpriced code (not in `earned`).
    public var unpricedPatientMonths: Int

    /// Creates a total.
    public init(program: CareProgram, patients: Int, earned: Decimal, unpricedPatientMonths: Int) {
        self.program = program
        self.patients = patients
        self.earned = earned
        self.unpricedPatientMonths = unpricedPatientMonths
    }
}

/// The practice's totals over the compared months and the patients who would gain from a switch.
public struct ProgramComparisonTotals: Codable, Equatable, Sendable {
    /// One total per program, in program order (every program, even with no patient).
    public var programs: [ProgramPracticeTotal]
    /// What every patient-month earned under the program it was in.
    public var earned: Decimal
    /// What the months would have earned had every patient who gains been in their best program.
    public var earnedWithSwitches: Decimal
    /// Patients whose best priced alternative earns more, most gain first (ties: patient id).
    public var gainers: [PatientID]
    /// Patients who could not be compared because a program's month is unpriced.
    public var unpriced: [PatientID]

    /// Totals `patients`.
    public init(_ patients: [PatientProgramComparison]) {
        programs = CareProgram.allCases.map { program in
            let months = patients.flatMap(\.months).map(\.current).filter { $0.program == program }
            return ProgramPracticeTotal(program: program,
                                        patients: patients.filter { $0.currentProgram == program }.count,
                                        earned: months.reduce(Decimal(0)) { $0 + ($1.payment ?? 0) },
                                        unpricedPatientMonths: months.filter { $0.payment == nil }.count)
        }
        earned = programs.reduce(Decimal(0)) { $0 + $1.earned }
        let gaining = patients.filter { ($0.gain ?? 0) > 0 }
        earnedWithSwitches = earned + gaining.reduce(Decimal(0)) { $0 + ($1.gain ?? 0) }
        gainers = gaining.sorted { ($1.gain!, $0.patientId) < ($0.gain!, $1.patientId) }.map(\.patientId)
        unpriced = patients.filter { !$0.earned.isPriced || $0.alternatives.contains { !$0.isPriced } }.map(\.patientId).sorted()
    }
}
