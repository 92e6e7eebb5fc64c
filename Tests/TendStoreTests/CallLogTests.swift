import Foundation
import Testing
import TendDomain
import TendTestSupport
@testable import TendStore

@Suite struct CallLogTests {
    let march = try! YearMonth.parse("2026-03")
    let patient = try! PatientID.validate("P7K3X9Q2")

    func attempt(_ id: String, staff: String, _ result: CallResult, at seconds: TimeInterval) -> CallAttempt {
        CallAttempt(id: id, patientId: patient, staff: staff, at: fixedNow.addingTimeInterval(seconds), result: result,
                    callBackAt: result == .callBack ? fixedNow.addingTimeInterval(seconds + 3600) : nil,
                    note: result == .reached ? "spoke with 王小明 about meds" : nil)
    }

    func record(_ store: JSONFileStore, _ attempt: CallAttempt) throws {
        try store.writeFiles(tester, action: "call.record", patient: patient.rawValue, at: fixedNow) { change in
            var log = try store.callLog(attempt.staff, month: march)
            log.attempts.append(attempt)
            log.version += 1
            try change.put(log, at: StoreLayout.calls(month: march, staff: attempt.staff))
            change.describe(attempt)
        }
    }

    @Test func pathsAreOneFilePerStaffMonth() {
        #expect(StoreLayout.callsMonth(march) == "calls/2026-03")
        #expect(StoreLayout.calls(month: march, staff: "nurse1") == "calls/2026-03/nurse1.json")
        #expect(StoreLayout.calls(month: "2026-03", staff: "nurse1") == StoreLayout.calls(month: march, staff: "nurse1"))
    }

    @Test func emptyMonthsReadAsEmpty() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        #expect(try store.callLog("nurse1", month: march) == CallLog(staff: "nurse1", month: march))
        #expect(try store.callAttempts(month: march).isEmpty)
    }

    @Test func attemptsRoundTripThroughSealedLogsOfEveryStaffMember() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        let first = attempt("C1", staff: "nurse1", .callBack, at: 0)
        let second = attempt("C2", staff: "nurse1", .reached, at: 60)
        let third = attempt("C3", staff: "nurse2", .wrongNumber, at: 120)
        for item in [first, second, third] { try record(store, item) }

        let reopened = try JSONFileStore.open(at: dir.url)
        let log = try reopened.callLog("nurse1", month: march)
        #expect(log.version == 2)
        #expect(log.attempts == [first, second])
        #expect(Set(try reopened.callAttempts(month: march).map(\.id)) == ["C1", "C2", "C3"])
        #expect(try reopened.callAttempts(month: march.next).isEmpty)
        #expect(try reopened.list("calls/2026-03") == ["nurse1.json", "nurse2.json"])
        let records = try reopened.auditRecords().filter { $0.action == "call.record" }
        #expect(records.count == 3)
        #expect(records.first?.ops.map(\.path) == ["calls/2026-03/nurse1.json"])
        #expect(try reopened.verifyAudit().isIntact)
    }

    @Test func aTamperedLogIsReportedAsDamaged() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        try record(store, attempt("C1", staff: "nurse1", .voicemail, at: 0))
        let path = StoreLayout.calls(month: march, staff: "nurse1")
        var text = String(decoding: try fileData(dir, path), as: UTF8.self)
        text = text.replacingOccurrences(of: "voicemail", with: "reached")
        try writeFile(dir, path, Data(text.utf8))
        #expect(throws: StoreError.self) { try store.callAttempts(month: march) }
        #expect(throws: StoreError.self) { try store.callLog("nurse1", month: march) }
    }
}
