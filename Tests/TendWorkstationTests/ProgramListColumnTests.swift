import Foundation
import Testing
import TendDomain
import TendTestSupport
@testable import TendWorkstation

/// The call list's right column per program: CCM and PCM minutes toward their next threshold,
/// APCM whether the month has its documented service (it has no minute threshold).
@Suite struct ProgramListColumnTests {
    func entry(_ program: CareProgram, total: Int, needsService: Bool = false) -> CallListEntry {
        let next = CallThresholds.next(after: total, program: program)
        return CallListEntry(patient: Fixtures.readyPatient(), clinicalMinutes: total, practitionerMinutes: 0, totalMinutes: total,
                             nextThreshold: next, minutesToNext: CallThresholds.minutesToNext(after: total, program: program),
                             daysLeft: 9, callBackDue: nil, isCallBackDue: false, inCallWindow: nil, lastAttempt: nil,
                             urgency: 0, reasons: [], program: program, needsService: needsService)
    }

    func column(_ entry: CallListEntry) -> String {
        ListPane.rightColumn(ListRow(patient: entry.patient, entry: entry), width: 40, timeZone: Fixtures.newYork)
    }

    @Test func eachProgramSaysWhatTheMonthStillNeeds() {
        #expect(column(entry(.ccm, total: 12)) == "12/20m")
        #expect(column(entry(.pcm, total: 12)) == "12/30m")
        #expect(column(entry(.pcm, total: 95)) == "95m")
        #expect(column(entry(.apcm, total: 0, needsService: true)) == "APCM 0 svc")
        #expect(column(entry(.apcm, total: 5)) == "APCM ok")
    }
}
