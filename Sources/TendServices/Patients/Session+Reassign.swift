import Foundation
import TendDomain
import TendStore

extension Session {
    /// Moves patients from one care manager to another in one audited commit (supervisor or
    /// admin), for continuity of care when a nurse leaves or a caseload is rebalanced. With no
    /// `patients`, every patient of `from` moves; named patients must currently be `from`'s.
    @discardableResult
    public func reassignPatients(from: String, to: String, patients: [PatientID] = []) throws -> [PatientID] {
        try require(.patientReassign, doing: "reassigning patients")
        guard from != to else { throw DomainError("--from and --to name the same care manager") }
        var moved: [PatientID] = []
        try store.write(account, action: .patientReassign, at: now) { change in
            let roster = try store.roster()
            guard roster.member(from) != nil else { throw StoreError.notFound(what: "staff member '\(TextSafety.printable(from))'") }
            guard let target = roster.member(to), target.active else {
                throw DomainError("'\(TextSafety.printable(to))' is not an active staff member")
            }
            let all = try store.allPatients()
            var chosen: [Patient]
            if patients.isEmpty {
                chosen = all.filter { $0.careManager == from }
            } else {
                let wanted = Set(patients)
                chosen = all.filter { wanted.contains($0.id) }
                let missing = wanted.subtracting(chosen.map(\.id)).sorted()
                guard missing.isEmpty else { throw StoreError.notFound(what: "patient \(missing.map(\.rawValue).joined(separator: ", "))") }
                let others = chosen.filter { $0.careManager != from }
                guard others.isEmpty else {
                    throw DomainError("not \(from)'s patients: " + others.map { "\($0.messageText) (care manager \($0.careManager ?? "none"))" }.joined(separator: ", "))
                }
            }
            guard !chosen.isEmpty else { throw DomainError("\(from) has no patients to reassign") }
            chosen.sort { $0.id < $1.id }
            for previous in chosen {
                var patient = previous
                patient.careManager = to
                patient.version += 1
                try change.put(patient, replacing: previous)
            }
            moved = chosen.map(\.id)
            change.summary = "reassigned \(plural(moved.count, "patient")) from \(from) to \(to): "
                + moved.map(\.rawValue).joined(separator: " ")
            change.describe(Reassignment(from: from, to: to, patients: moved))
        }
        return moved
    }
}

/// What a reassignment's audit record holds.
struct Reassignment: Encodable {
    var from: String
    var to: String
    var patients: [PatientID]
}

extension Session {
    /// Moves the chosen patients, whoever their care managers are now (or none), to `to` in
    /// one audited commit: all move or none does. Patients already `to`'s are left as they are.
    /// Returns the ids moved, sorted.
    @discardableResult
    public func reassignPatients(_ ids: [PatientID], to: String) throws -> [PatientID] {
        try require(.patientReassign, doing: "reassigning patients")
        let wanted = Array(Set(ids)).sorted()
        guard !wanted.isEmpty else { throw DomainError("no patients chosen to reassign") }
        var moved: [PatientID] = []
        try store.write(account, action: .patientReassign, at: now) { change in
            guard let target = try store.roster().member(to), target.active else {
                throw DomainError("'\(TextSafety.printable(to))' is not an active staff member")
            }
            var moves: [BulkReassignment.Move] = []
            for id in wanted {
                let previous = try store.patient(id)
                guard previous.careManager != to else { continue }
                var patient = previous
                patient.careManager = to
                patient.version += 1
                try change.put(patient, replacing: previous)
                moves.append(BulkReassignment.Move(patient: id, from: previous.careManager))
            }
            guard !moves.isEmpty else { throw DomainError("the chosen patients are already \(to)'s") }
            if moves.count == 1 { change.patient = moves[0].patient.rawValue }
            moved = moves.map(\.patient)
            change.summary = "reassigned \(plural(moves.count, "patient")) to \(to): "
                + moves.map { "\($0.patient) (from \($0.from ?? "none"))" }.joined(separator: ", ")
            change.describe(BulkReassignment(to: to, moves: moves))
        }
        return moved
    }
}

/// What a bulk reassignment's audit record holds: each patient moved and from whom.
struct BulkReassignment: Encodable {
    struct Move: Encodable {
        var patient: PatientID
        var from: String?
    }
    var to: String
    var moves: [Move]
}
