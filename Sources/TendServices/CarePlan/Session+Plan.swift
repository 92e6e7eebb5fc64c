import Foundation
import TendDomain
import TendStore

extension Session {
    /// A patient's care plan.
    public func plan(_ id: PatientID) throws -> CarePlan {
        try require(.planShow, patient: id, doing: "reading care plans")
        return try store.read { try store.plan(id) }
    }

    /// Saves changes to a care plan as one new revision. With `expectedVersion`, a plan saved
    /// by someone else meanwhile is a conflict, never a silent overwrite.
    @discardableResult
    public func changePlan(_ id: PatientID, _ changes: [PlanChange], expectedVersion: Int? = nil) throws -> CarePlan {
        let me = try require(.planChange, patient: id, doing: "editing care plans")
        guard !changes.isEmpty else { throw DomainError("no change to save") }
        return try store.commit(account, action: .planChange, patient: id.rawValue, at: now) { change in
            var patient = try store.patient(id)
            var plan = try store.plan(id)
            if let expectedVersion, expectedVersion != plan.version {
                throw StoreError.conflict(what: "the care plan of \(id)", expected: expectedVersion, found: plan.version)
            }
            try plan.validate(changes)
            plan.apply(changes, author: me.login, at: now)
            plan.version += 1
            try commitPlan(plan, patient: &patient, in: change)
            change.summary = "care plan of \(id) revision \(plan.revisions.count): " + changes.map(\.summary).joined(separator: "; ")
            change.describe(changes)
            return plan
        }
    }

    /// Records that a copy of the plan was given to the patient.
    @discardableResult
    public func sharePlan(_ id: PatientID, date: LocalDate, method: ShareMethod) throws -> CarePlan {
        let me = try require(.planShare, patient: id, doing: "recording a plan copy")
        guard date <= today else { throw DomainError("the date \(date) is in the future") }
        return try store.commit(account, action: .planShare, patient: id.rawValue, at: now) { change in
            var patient = try store.patient(id)
            var plan = try store.plan(id)
            guard !plan.revisions.isEmpty else { throw DomainError("\(patient.messageText) has no care plan to share yet") }
            let share = PlanShare(date: date, method: method, by: me.login, recordedAt: now)
            plan.recordShare(share)
            plan.version += 1
            try commitPlan(plan, patient: &patient, in: change)
            change.summary = "copy of the care plan of \(id) given by \(method.rawValue) on \(date)"
            change.describe(share)
            return plan
        }
    }

    /// Writes the plan and the plan facts kept on the patient in the same commit.
    private func commitPlan(_ plan: CarePlan, patient: inout Patient, in change: any ChangeSet) throws {
        let previous = patient
        patient.plan = plan.summary(in: timeZone)
        patient.version += 1
        try change.put(plan)
        try change.put(patient, replacing: previous)
    }
}
