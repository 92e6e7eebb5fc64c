import Foundation
import Testing
import TendDomain

@Suite("How tend writes JSON for people and scripts")
struct JSONOutputTests {
    struct Sample: Codable, Equatable {
        var url: String
        var at: Date
        var b: Int
        var a: [Int]
    }

    @Test func sortedIndentedUnescapedSlashesAndISODates() throws {
        let sample = Sample(url: "https://example.org/a", at: Date(timeIntervalSince1970: 1_800_000_000), b: 2, a: [1])
        let text = try JSONOutput.string(sample)
        #expect(text == """
            {
              "a" : [
                1
              ],
              "at" : "2027-01-15T08:00:00Z",
              "b" : 2,
              "url" : "https://example.org/a"
            }
            """)
        #expect(try JSONOutput.decoder().decode(Sample.self, from: Data(text.utf8)) == sample)
    }
}
