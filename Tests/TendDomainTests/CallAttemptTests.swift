import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Call attempts")
struct CallAttemptTests {
    let now = Fixtures.instant("2026-03-10T15:00:00-04:00")

    func make(_ result: CallResult, callBackAt: Date? = nil, note: String? = nil) throws -> CallAttempt {
        try CallAttempt.make(id: "C1", patientId: Fixtures.patientID, staff: "nurse1", now: now, result: result,
                             callBackAt: callBackAt, note: note)
    }

    @Test func resultsEncodeAsTheirWireNamesAndHaveLabels() throws {
        #expect(CallResult.allCases.map(\.rawValue) == ["reached", "no-answer", "voicemail", "wrong-number", "call-back"])
        #expect(CallResult.allCases.map(\.label) == ["reached", "no answer", "voicemail", "wrong number", "call back"])
        let data = try JSONEncoder().encode([CallResult.noAnswer])
        #expect(String(decoding: data, as: UTF8.self) == #"["no-answer"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CallResult].self, from: Data(#"["maybe"]"#.utf8)) }
    }

    @Test func attemptRoundTripsThroughJSON() throws {
        let attempt = try make(.callBack, callBackAt: now.addingTimeInterval(3600), note: "after lunch")
        let decoded = try JSONDecoder().decode(CallAttempt.self, from: JSONEncoder().encode(attempt))
        #expect(decoded == attempt)
    }

    @Test func aCallBackNeedsAFutureTime() throws {
        #expect(throws: DomainError("a call-back needs the time to call back")) { try make(.callBack) }
        #expect(throws: DomainError("the call-back time must be in the future")) { try make(.callBack, callBackAt: now) }
        #expect(throws: DomainError("the call-back time must be in the future")) {
            try make(.callBack, callBackAt: now.addingTimeInterval(-60))
        }
        #expect(throws: DomainError("the call-back time is more than a year ahead")) {
            try make(.callBack, callBackAt: now.addingTimeInterval(367 * 86_400))
        }
        let ok = try make(.callBack, callBackAt: now.addingTimeInterval(1.5))
        #expect(ok.callBackAt == now.addingTimeInterval(1))
        #expect(ok.at == now)
    }

    @Test(arguments: [CallResult.reached, .noAnswer, .voicemail, .wrongNumber])
    func otherResultsRefuseACallBackTime(result: CallResult) throws {
        #expect(throws: DomainError.self) { try make(result, callBackAt: now.addingTimeInterval(3600)) }
        #expect(try make(result).callBackAt == nil)
    }

    @Test func notesAreTrimmedAndValidated() throws {
        #expect(try make(.reached, note: "  spoke with daughter  ").note == "spoke with daughter")
        #expect(try make(.reached, note: "   ").note == nil)
        #expect(try make(.reached, note: nil).note == nil)
        #expect(throws: DomainError.self) { try make(.reached, note: "hi\u{1B}[2J") }
        #expect(throws: DomainError.self) { try make(.reached, note: "line\nbreak") }
        #expect(throws: DomainError.self) { try make(.reached, note: "evil \u{202E}txt") }
        #expect(throws: DomainError.self) { try make(.reached, note: String(repeating: "x", count: 501)) }
        #expect(try make(.reached, note: String(repeating: "字", count: 500)).note?.count == 500)
    }

    @Test func newIDsAreDistinctAndWellFormed() {
        var generator = SystemRandomNumberGenerator()
        let ids = (0..<50).map { _ in CallAttempt.newID(using: &generator) }
        #expect(Set(ids).count == 50)
        #expect(ids.allSatisfy { $0.count == 11 && $0.hasPrefix("C") })
    }
}
