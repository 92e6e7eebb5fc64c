import TendTestSupport
import Foundation
import Testing
import TendDomain
import TendStore

/// Every ``RecordStore`` reads back each kind of record its change set wrote, through the
/// lookups the use cases rely on (by MRN, by care manager, by patient and month, by month).
@Suite struct StoreContractRecordsTests {
    typealias R = ContractRecords
    let october = ContractRecords.october
    let november = try! YearMonth.parse("2026-11")

    @Test(arguments: StoreBackend.all)
    func patientsAreFoundByIdMRNCareManagerAndBirthDate(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        var enrolled = R.patient(2, careManager: "tester", mrn: "B-2")
        enrolled.enrollment = [EnrollmentChange(status: .enrolled, date: try LocalDate.parse("2026-10-01"), by: "tester")]
        try store.write(tester, action: "patient.add", at: fixedNow) { change in
            try change.put(R.patient(1, careManager: "tester", mrn: "A-1"), replacing: nil)
            try change.put(enrolled, replacing: nil)
            try change.put(R.patient(3, careManager: "other"), replacing: nil)
        }
        #expect(try store.read { try store.patientID(forMRN: "A-1") } == R.patientID(1))
        #expect(try store.read { try store.patientID(forMRN: "Z-9") } == nil)
        #expect(try store.read { try store.findPatient(R.patientID(9)) } == nil)
        #expect(throws: StoreError.notFound(what: "patient P0000009")) { try store.read { try store.patient(R.patientID(9)) } }
        #expect(try Set(store.read { try store.patientIDs(careManager: "tester") }) == [R.patientID(1), R.patientID(2)])
        #expect(try store.read { try store.patients([R.patientID(3), R.patientID(1)]) }.map(\.id) == [R.patientID(3), R.patientID(1)])
        #expect(try store.read { try store.allPatients() }.map(\.id).sorted() == [1, 2, 3].map(R.patientID))
        #expect(try store.read { try store.patients(bornOn: [R.patient(3).dateOfBirth]) }.map(\.id) == [R.patientID(3)])
        #expect(try store.read { try store.patientsEverEnrolled(orIn: [R.patientID(3)]) }.map(\.id).sorted() == [R.patientID(2), R.patientID(3)])
        #expect(try store.read { try store.patients(excluding: { $0 != R.patientID(2) }) }.map(\.id) == [R.patientID(2)])

        // A new care manager: the lookup follows, the old one forgets the patient.
        try store.write(tester, action: "patient.reassign", at: fixedNow) { change in
            let previous = try store.patient(R.patientID(1))
            var moved = previous
            moved.careManager = "other"
            try change.put(moved, replacing: previous)
        }
        #expect(try store.read { try store.patientIDs(careManager: "tester") } == [R.patientID(2)])
        #expect(try Set(store.read { try store.patientIDs(careManager: "other") }) == [R.patientID(1), R.patientID(3)])
        #expect(try store.verifyIndexes() == [])
    }

    @Test(arguments: StoreBackend.all)
    func timeIsReadByMonthAndByPatient(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        let (one, two) = (R.patientID(1), R.patientID(2))
        let mine = [R.entry(1, patient: one, start: "2026-10-05T14:00:00Z"), R.entry(2, patient: two, start: "2026-10-06T14:00:00Z")]
        let theirs = [R.entry(3, patient: one, staff: "other", start: "2026-10-07T14:00:00Z")]
        let later = [R.entry(4, patient: two, start: "2026-11-02T14:00:00Z")]
        try store.write(tester, action: "time.log", at: fixedNow) { change in
            try change.put(StaffMonthLog(staff: "tester", month: october, version: 1, entries: mine))
            try change.put(StaffMonthLog(staff: "other", month: october, version: 1, entries: theirs))
            try change.indexTimeEntries(mine + theirs)
        }
        try store.write(tester, action: "time.log", at: fixedNow) { change in
            try change.put(StaffMonthLog(staff: "tester", month: november, version: 1, entries: later))
            try change.indexTimeEntries(later)
        }
        #expect(try store.read { try store.staffMonthLog("tester", month: october) }.entries == mine)
        #expect(try store.read { try store.staffMonthLog("nobody", month: october) } == StaffMonthLog(staff: "nobody", month: october))
        #expect(try Set(store.read { try store.timeEntries(month: october) }.map(\.id)) == Set((mine + theirs).map(\.id)))
        let ofOne = try store.read { try store.timeEntries(month: october, patients: [one]) }.filter { $0.patientId == one }
        #expect(Set(ofOne.map(\.id)) == [mine[0].id, theirs[0].id])
        #expect(try store.read { try store.timeEntries(month: november, patients: [two]) }.map(\.id) == [later[0].id])
        #expect(try store.read { try store.monthsWithTime() } == [october, november])
        #expect(try store.verifyIndexes() == [])
    }

    @Test(arguments: StoreBackend.all)
    func timeIndexedInTwoStepsOfOneChangeKeepsBoth(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        let id = R.patientID(1)
        let mine = [R.entry(1, patient: id, start: "2026-10-05T14:00:00Z")]
        let theirs = [R.entry(2, patient: id, staff: "other", start: "2026-10-05T15:00:00Z")]
        try store.write(tester, action: "time.log", at: fixedNow) { change in
            try change.put(StaffMonthLog(staff: "tester", month: october, version: 1, entries: mine))
            try change.indexTimeEntries(mine)
            try change.put(StaffMonthLog(staff: "other", month: october, version: 1, entries: theirs))
            try change.indexTimeEntries(theirs)
        }
        #expect(try Set(store.read { try store.timeEntries(month: october, patients: [id]) }.map(\.id)) == [mine[0].id, theirs[0].id])
    }

    @Test(arguments: StoreBackend.all)
    func plansFlagsTimersAndCallsRoundTrip(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        let id = R.patientID(1)
        var plan = CarePlan(patientId: id)
        plan.goals = [Goal(id: 1, text: "A1c below 7.5%", target: "A1c < 7.5%", due: try LocalDate.parse("2027-06-30"))]
        let flags = PatientMonthFlags(patientId: id, month: october, billedElsewhere: BilledElsewhereMark(by: "hospital", at: fixedNow))
        let timer = RunningTimer(staff: "tester", patientId: id, startedAt: fixedNow, activity: .call)
        let attempt = CallAttempt(id: "C1", patientId: id, staff: "tester", at: fixedNow, result: .reached, callBackAt: nil, note: "fine")
        try store.write(tester, action: "mixed", at: fixedNow) { change in
            try change.put(R.patient(1), replacing: nil)
            try change.put(plan)
            try change.put(flags)
            try change.put(timer)
            try change.put(CallLog(staff: "tester", month: october, version: 1, attempts: [attempt]))
        }
        #expect(try store.read { try store.plan(id) } == plan)
        #expect(try store.read { try store.plan(R.patientID(2)) } == CarePlan(patientId: R.patientID(2), version: 0))
        #expect(try store.read { try store.planGoals([id, R.patientID(2)]) } == [id: plan.goals])
        #expect(try store.read { try store.monthFlags(id, month: october) } == flags)
        #expect(try store.read { try store.monthFlags(month: october) } == [id: flags])
        #expect(try store.read { try store.monthFlags(id, month: november) } == nil)
        #expect(try store.read { try store.timer("tester") } == timer)
        #expect(try store.read { try store.allTimers() } == [timer])
        #expect(try store.read { try store.callLog("tester", month: october) }.attempts == [attempt])
        #expect(try store.read { try store.callAttempts(month: october) } == [attempt])
        try store.write(tester, action: "timer.discard", at: fixedNow) { $0.removeTimer(of: "tester") }
        #expect(try store.read { try store.timer("tester") } == nil)
        #expect(try store.read { try store.allTimers() }.isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func aClosedMonthKeepsItsSnapshotUntilReopened(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        #expect(try store.read { try store.monthClose(october) } == MonthClose(month: october))
        #expect(try store.read { try store.closedSnapshot(october) } == nil)
        let frozen = (1...3).map { R.patient($0) }
        let snapshot = ClosedMonthSnapshot(month: october, closedAt: fixedNow, feeSchedule: try store.read { try store.feeSchedule(year: 2026)! }, patients: frozen)
        let closed = MonthClose(month: october, state: .closed)
        try store.write(tester, action: "month.close", at: fixedNow) { change in
            try change.put(closed)
            try change.put(snapshot)
        }
        #expect(try store.read { try store.monthClose(october) } == closed)
        #expect(try store.read { try store.closedSnapshot(october) } == snapshot)
        // Closing again with fewer patients replaces the snapshot whole.
        let smaller = ClosedMonthSnapshot(month: october, closedAt: fixedNow, feeSchedule: snapshot.feeSchedule, patients: [frozen[0]])
        try store.write(tester, action: "month.close", at: fixedNow) { try $0.put(smaller) }
        #expect(try store.read { try store.closedSnapshot(october) } == smaller)
        try store.write(tester, action: "month.reopen", at: fixedNow) { change in
            try change.put(MonthClose(month: october))
            try change.removeClosedSnapshot(october)
        }
        #expect(try store.read { try store.closedSnapshot(october) } == nil)
        #expect(try store.read { try store.monthClose(october) }.isClosed == false)
    }
}
