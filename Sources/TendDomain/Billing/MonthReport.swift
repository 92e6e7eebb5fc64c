import Foundation

/// How many patient-months one gate blocked.
public struct GateCount: Codable, Equatable, Sendable {
    /// The gate.
    public var gate: Gate
    /// Patients it blocked.
    public var patients: Int

    /// Creates a count.
    public init(gate: Gate, patients: Int) {
        self.gate = gate
        self.patients = patients
    }
}

/// How many units of one code a month bills.
public struct CodeCount: Codable, Equatable, Sendable {
    /// The code.
    public var code: CPTCode
    /// Units across billable patients.
    public var units: Int

    /// Creates a count.
    public init(code: CPTCode, units: Int) {
        self.code = code
        self.units = units
    }
}

/// Totals over a month's billing results.
public struct MonthReport: Codable, Equatable, Sendable {
    /// The month.
    public var month: YearMonth
    /// Patients evaluated.
    public var patients: Int
    /// Patients billable.
    public var billable: Int
    /// Total payment of billable patients.
    public var payment: Decimal
    /// Counting minutes of all patients (C + P).
    public var totalMinutes: Int
    /// Clinical-staff minutes of all patients.
    public var clinicalMinutes: Int
    /// Practitioner minutes of all patients.
    public var practitionerMinutes: Int
    /// Patients blocked per gate, in the rules' order (gates blocking nobody omitted).
    public var blockers: [GateCount]
    /// Units billed per code, in code order (codes not billed omitted).
    public var codes: [CodeCount]
    /// The per-patient results, sorted by patient id.
    public var results: [BillingResult]

    /// Totals `results` for `month`.
    public init(month: YearMonth, results: [BillingResult]) {
        self.month = month
        self.results = results.sorted { $0.patientId < $1.patientId }
        patients = results.count
        billable = results.filter(\.isBillable).count
        payment = results.reduce(Decimal(0)) { $0 + $1.payment }
        totalMinutes = results.reduce(0) { $0 + $1.totalMinutes }
        clinicalMinutes = results.reduce(0) { $0 + $1.clinicalMinutes }
        practitionerMinutes = results.reduce(0) { $0 + $1.practitionerMinutes }
        blockers = Gate.allCases.compactMap { gate in
            let count = results.filter { $0.blockers.contains(gate) }.count
            return count > 0 ? GateCount(gate: gate, patients: count) : nil
        }
        codes = CPTCode.allCases.compactMap { code in
            let units = results.flatMap(\.codes).filter { $0.code == code }.reduce(0) { $0 + $1.units }
            return units > 0 ? CodeCount(code: code, units: units) : nil
        }
    }

    /// A yearly projection: this month's payment times 12 (the supervisor's revenue view).
    public var annualProjection: Decimal { payment * 12 }
}
