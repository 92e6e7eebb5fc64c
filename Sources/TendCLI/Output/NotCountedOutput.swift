import Foundation
import TendDomain
import TendServices
import TendTerminal

/// JSON of the time of a patient-month that does not count:
/// `{"seconds": 900, "minutes": 15, "entries": ["T…"], "reasons": [{"reason": "before-consent", "why": "…", "remedy": "…"}]}`.
struct NotCountedOutput: Encodable {
    struct Reason: Encodable { var reason: String; var why: String; var remedy: String }
    var seconds: Int
    var minutes: Int
    var entries: [String]
    var reasons: [Reason]

    /// Nil when every minute counts (the key is then left out).
    init?(_ time: NotCountedTime) {
        guard !time.isEmpty else { return nil }
        seconds = time.seconds
        minutes = time.seconds / 60
        entries = time.entryIDs.map(\.rawValue)
        reasons = time.problems.map { Reason(reason: $0.reason.rawValue, why: $0.why, remedy: $0.remedy) }
    }
}

/// The month report's section on time that did not count, wrapped to 80 columns:
/// one line per patient (name, date of birth, MRN, id, how long, reason identifiers), then each reason
/// and its remedy.
enum NotCountedSection {
    static let width = 80

    static func lines(_ report: MonthReportView) -> [String] {
        let concerned = report.lines.filter { !$0.notCounted.isEmpty }
        guard !concerned.isEmpty else { return [] }
        var lines = ["", "Time that did not count toward a claim (\(plural(concerned.count, "patient"))):"]
        for line in concerned {
            let time = line.notCounted
            // Named whole (wrapped, never cut), with the date of birth, the MRN where there is one, and the id.
            let who = TextSafety.printable(line.patient.identity.full, maxLength: 1000)
            lines += DisplayWidth.wrap("\(who) [\(line.patient.id)]: "
                                       + "\(DurationText.format(time.seconds)) not counted: \(time.reasonList)", width: width - 2)
                .map { "  " + $0 }
            for problem in time.problems {
                lines += DisplayWidth.wrap(TextSafety.printable("\(problem.reason.rawValue): \(problem.sentence)", maxLength: 1000), width: width - 4).map { "    " + $0 }
            }
        }
        return lines
    }
}
