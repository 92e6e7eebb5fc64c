import Foundation
import TendDomain
import TendStore

extension Session {
    /// The month table: every patient the month covers (enrolled in it, or with time), with
    /// minutes, next threshold, codes, payment, failing gates and disposition, sorted by name.
    public func supervisorTable(_ month: YearMonth) throws -> [SupervisorRow] {
        try require(.supervisorTable, doing: "reading the supervisor's month table")
        let inputs = try store.read { try MonthInputs.read(store, month: month, coveredOnly: true) }
        let rows = evaluate(inputs, patients: inputs.covered).map { item -> SupervisorRow in
            let mark = inputs.notBilled(item.facts.patient.id)
            let result = Self.applying(mark, to: item.result)
            return SupervisorRow(patient: item.facts.patient, result: result,
                                 nextThreshold: NextThreshold.after(item.result, feeSchedule: inputs.schedule),
                                 disposition: ClaimChecklist.disposition(item.result, notBilled: mark),
                                 amendments: inputs.amendments(of: item.facts.patient.id),
                                 notCounted: inputs.notCounted(item), unpriced: inputs.unpriced(result))
        }
        return Self.byName(rows, patient: \.patient)
    }

    /// Each active staff member's minutes today and this month, patients touched, calls
    /// attempted and reached this month, and the stopwatch running now. Sorted by login.
    public func teamActivity() throws -> [TeamMemberActivity] {
        try require(.supervisorTeam, doing: "reading the team's activity")
        let month = currentMonth
        let (roster, entries, calls, timers) = try store.read {
            (try store.roster(), try store.timeEntries(month: month), try store.callAttempts(month: month), try store.allTimers())
        }
        let active = entries.filter { !$0.isVoided }
        let day = today
        let zone = timeZone
        let instant = now
        return roster.members.filter(\.active).map { member in
            let mine = active.filter { $0.staff == member.login }
            let todays = mine.filter { LocalDate($0.start, in: zone) == day }
            let myCalls = calls.filter { $0.staff == member.login }
            let timer = timers.first { $0.staff == member.login }
            return TeamMemberActivity(
                member: member, minutesToday: todays.reduce(0) { $0 + $1.seconds } / 60,
                minutesThisMonth: mine.reduce(0) { $0 + $1.seconds } / 60,
                patientsTouched: Set(mine.map(\.patientId)).count, callsAttempted: myCalls.count,
                callsReached: myCalls.filter { $0.result == .reached }.count,
                timer: timer, timerSeconds: timer?.elapsedSeconds(at: instant) ?? 0)
        }
    }

    /// Patients at risk in the current month: short of 20 minutes with the days left, at zero
    /// minutes, eligible without consent, plans due for review or never shared.
    public func atRisk() throws -> AtRiskView {
        try require(.supervisorAtRisk, doing: "reading the at-risk lists")
        let month = currentMonth
        let inputs = try store.read { try MonthInputs.read(store, month: month) }
        let enrolled = inputs.patients.filter { Self.wasEnrolled($0, during: month) }
        let evaluated = evaluate(inputs, patients: enrolled)
        let need = evaluated.filter { (1..<20).contains($0.result.totalMinutes) }
            .map { MinutesAtRisk(patient: $0.facts.patient, minutes: $0.result.totalMinutes, needed: 20 - $0.result.totalMinutes) }
            .sorted { ($0.needed, $0.patient.name.sortKey, $0.patient.id) > ($1.needed, $1.patient.name.sortKey, $1.patient.id) }
        let zero = evaluated.filter { $0.result.totalMinutes == 0 }.map(\.facts.patient)
        let yearAgo = today.adding(months: -12)
        var review: [PlanAttention] = []
        var goalsToCheck: [Patient] = []
        for patient in enrolled {
            guard patient.plan.establishedOn != nil else {
                review.append(PlanAttention(patient: patient, reason: "no established care plan"))
                continue
            }
            if let last = patient.plan.lastRevisionAt, LocalDate(last, in: timeZone) <= yearAgo {
                review.append(PlanAttention(patient: patient, reason: "last revised \(LocalDate(last, in: timeZone)), a year ago or more"))
                continue
            }
            if patient.plan.missingElements.contains(.goals) {
                review.append(PlanAttention(patient: patient, reason: "no open or met measurable goal left (established \(patient.plan.establishedOn!))"))
                continue
            }
            goalsToCheck.append(patient)
        }
        // The goals live in the plan files only: read them all in one pass, not plan by plan.
        let goals = try store.read { try store.planGoals(goalsToCheck.map(\.id)) }
        for patient in goalsToCheck {
            let overdue = (goals[patient.id] ?? []).filter { $0.status == .open && $0.due < today }
            if let goal = overdue.min(by: { $0.due < $1.due }) {
                review.append(PlanAttention(patient: patient, reason: "goal \(goal.id) was due \(goal.due) and is not met"))
            }
        }
        let candidates = CallListRanking.enrollmentCandidates(patients: inputs.patients, table: conditionTable)
        return AtRiskView(month: month, daysLeft: today.days(until: month.lastDay) + 1, needMinutes: need,
                          zeroMinutes: Self.byName(zero) { $0 }, noConsent: Self.byName(candidates) { $0 },
                          planReviewDue: Self.byName(review, patient: \.patient),
                          planNeverShared: Self.byName(enrolled.filter { $0.plan.sharedOn.isEmpty }) { $0 },
                          openTransitions: Self.openTransitions(inputs.patients, today: today))
    }

    /// The program summary of a month with both yearly projections, labelled: this month's
    /// expected payment × 12, and each enrolled patient × the rate of their program's base code
    /// (``ProgramProjection/baseCode(_:chronicCategories:qmb:)``) × 12, at the fee schedule in
    /// force today (the projection looks ahead); patients whose base code is unpriced are
    /// counted apart, never priced.
    public func programSummary(_ month: YearMonth) throws -> ProgramSummary {
        try require(.supervisorSummary, doing: "reading the program summary")
        // Every patient enrolled during the month is among the covered ones (see
        // `RecordReading.patientsEverEnrolled`), so the others need not be decoded.
        let (inputs, current) = try store.read {
            (try MonthInputs.read(store, month: month, coveredOnly: true), try MonthInputs.schedule(store, year: today.year))
        }
        let evaluated = evaluate(inputs, patients: inputs.covered)
        let enrolled = evaluated.filter { Self.wasEnrolled($0.facts.patient, during: month) }
        let results = evaluated.map {
            Self.applying(inputs.notBilled($0.facts.patient.id), to: $0.result)
        }
        let billable = results.filter(\.isBillable)
        let payment = billable.reduce(Decimal(0)) { $0 + $1.payment }
        let rate = current.fee(for: .c99490).amount
        let projections = ProgramProjection.make(enrolled.map { item in
            let program = item.facts.enrollment.program
            return (program, ProgramProjection.baseCode(program, chronicCategories: item.facts.eligibility.categories.count,
                                                        qmb: item.facts.patient.qmb ?? false))
        }, schedule: current)
        return ProgramSummary(month: month, feeSchedule: inputs.schedule, pricingWarning: inputs.pricingWarning(billable),
                              enrolled: enrolled.count, billable: billable.count,
                              expectedPayment: payment, projectedYearFromBillable: payment * 12, rate99490: rate,
                              projectedYearFromEnrolled: projections.reduce(Decimal(0)) { $0 + $1.yearly },
                              projections: projections, projectionSchedule: current)
    }
}
