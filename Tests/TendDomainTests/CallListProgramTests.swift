import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Call list per program: PCM's 30-minute steps, APCM's one documented service")
struct CallListProgramTests {
    typealias F = CallFixtures

    func enrolled(_ number: Int, _ name: String, in program: CareProgram) -> Patient {
        var patient = F.patient(number, name)
        patient.programs = [ProgramEnrollment(program: program, from: Fixtures.month("2026-01"),
                                              condition: program == .pcm ? Fixtures.code("E11.9") : nil,
                                              by: "drlee", recordedAt: Fixtures.instant("2026-01-04T12:00:00Z"))]
        patient.consents = [Fixtures.consent("2026-01-05", program: program)]
        return patient
    }

    @Test("PCM thresholds", arguments: [(0, 30 as Int?, 30), (29, 30, 1), (30, 60, 30), (59, 60, 1), (60, 90, 30), (90, nil, 0)])
    func pcm(minutes: Int, next: Int?, needed: Int) throws {
        let entries = minutes > 0 ? [F.minutes(minutes, for: 1)] : []
        let line = try #require(F.rank([enrolled(1, "Rivera, Ana", in: .pcm)], entries: entries).first)
        #expect(line.program == .pcm)
        #expect(line.nextThreshold == next && line.minutesToNext == needed)
        #expect(line.reasons.contains(next == nil ? "90 min this month, 90 reached" : "needs \(needed) min (PCM), 22 days left"))
    }

    @Test func apcmHasNoMinuteThresholdButNeedsOneService() throws {
        let apcm = enrolled(1, "Adams, Ann", in: .apcm)
        let served = enrolled(2, "Baker, Bob", in: .apcm)
        let done = F.patient(3, "Cole, Cy")
        let list = F.rank([apcm, served, done], entries: [F.minutes(60, for: 3)],
                          attempts: [F.attempt(2, .reached, at: "2026-03-03T10:00:00-05:00")])
        #expect(F.names(list) == ["Adams", "Baker", "Cole"])
        let first = list[0]
        #expect(first.nextThreshold == nil && first.needsService && first.minutesToNext == 0)
        #expect(first.urgency == 1.0 / 22)
        #expect(first.reasons.contains("APCM: no service yet, 22 days left"))
        #expect(!list[1].needsService && list[1].reasons.contains("APCM: service documented (no minute threshold)"))
        // A CCM patient needing minutes ranks before an APCM patient already served.
        let needy = F.patient(4, "Diaz, Dan")
        #expect(F.names(F.rank([served, needy], attempts: [F.attempt(2, .reached, at: "2026-03-03T10:00:00-05:00")])) == ["Diaz", "Baker"])
        // A reached call in February does not serve March.
        let february = F.rank([apcm], attempts: [F.attempt(1, .reached, at: "2026-02-27T10:00:00-05:00")])
        #expect(february.first?.needsService == true)
        // Nor does a call before the APCM consent: the engine would not count it either.
        var late = enrolled(5, "Evans, Eve", in: .apcm)
        late.consents = [Fixtures.consent("2026-03-10", program: .apcm)]
        let early = F.rank([late], attempts: [F.attempt(5, .reached, at: "2026-03-03T10:00:00-05:00")])
        #expect(early.first?.needsService == true)
    }
}
