import Foundation
import Testing
@testable import TendDomain

@Suite struct RunningTimerTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000.6)

    @Test func startIsTruncatedToTheSecondAndElapsedCountsWholeSeconds() throws {
        let timer = RunningTimer(staff: "n", patientId: try PatientID.validate("P0000001"), startedAt: t0, activity: .call)
        #expect(timer.startedAt == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(timer.elapsedSeconds(at: t0.addingTimeInterval(59.9)) == 60)
        #expect(!timer.isPaused)
    }

    @Test func pauseAndResumeCloseAndOpenStretches() throws {
        var timer = RunningTimer(staff: "n", patientId: try PatientID.validate("P0000001"), startedAt: t0, activity: nil)
        timer.pause(at: t0.addingTimeInterval(120))
        #expect(timer.isPaused && timer.elapsedSeconds(at: t0.addingTimeInterval(5000)) == 120)
        timer.pause(at: t0.addingTimeInterval(200))
        #expect(timer.segments.count == 1 && timer.version == 2)
        timer.resume(at: t0.addingTimeInterval(300))
        #expect(timer.elapsedSeconds(at: t0.addingTimeInterval(330)) == 150)
        let spans = timer.spans(at: t0.addingTimeInterval(330))
        #expect(spans.map { Int($0.end.timeIntervalSince($0.start)) } == [120, 30])
    }

    @Test func aPausedTimerHasNoOpenStretch() throws {
        var timer = RunningTimer(staff: "n", patientId: try PatientID.validate("P0000001"), startedAt: t0, activity: nil)
        timer.pause(at: t0)
        #expect(timer.spans(at: t0.addingTimeInterval(100)).isEmpty)
    }
}
