import Foundation
import Testing

/// `TEND_JSON_DECODER=foundation` (diagnosis: Foundation's JSONDecoder for every record type)
/// changes nothing a command prints; a value that names no decoder is said on stderr.
@Suite(.serialized) struct JSONDecoderSwitchCLITests {
    @Test func foundationsDecoderPrintsTheSameAsTheStoresReader() throws {
        let s = StoreFixture()
        let made = try TendProcess.run(["demo", "--store", s.path, "--patients", "40", "--months", "2", "--seed", "7"])
        try require(made.status == 0, "demo: \(made.stderr)")
        for command in [["report", "month", StoreFixture.thisMonth, "--format", "json"], ["patient", "list", "--format", "json"],
                        ["export", "claims", StoreFixture.thisMonth, "--draft", "--format", "csv"]] {
            let fast = try TendProcess.run(["--store", s.path] + command)
            let foundation = try TendProcess.run(["--store", s.path] + command, environment: ["TEND_JSON_DECODER": "foundation"])
            #expect(fast.status == foundation.status, "\(command)")
            #expect(fast.stdout == foundation.stdout && fast.stdout.count > 100, "\(command)")
            #expect(foundation.stderr == fast.stderr, "\(command)")
        }
    }

    @Test func aValueThatNamesNoDecoderIsSaid() throws {
        let s = try StoreFixture.initialized()
        let r = try TendProcess.run(["--store", s.path, "staff", "list", "--format", "json"], environment: ["TEND_JSON_DECODER": "fastest"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("tend: warning: TEND_JSON_DECODER=fastest names no decoder (use `foundation`, or `store` for the default); the default is used"), "\(r.stderr)")
        let quiet = try TendProcess.run(["--store", s.path, "staff", "list", "--format", "json"], environment: ["TEND_JSON_DECODER": "foundation"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
    }
}
