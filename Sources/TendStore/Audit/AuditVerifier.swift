import Foundation

/// The result of checking the audit trail end to end.
public struct AuditVerification: Sendable, Equatable {
    /// Records that checked out before the first problem (all of them when intact).
    public var verifiedRecords: Int
    /// The problems found, each naming the record or line; empty when the trail is intact.
    public var problems: [String]
    /// Whether the trail is intact.
    public var isIntact: Bool { problems.isEmpty }
}

/// Walks the audit trail and reports edited, deleted, inserted, reordered or truncated records.
package enum AuditVerifier {
    package static func verify(trail: Data, anchor: AuditAnchor?) -> AuditVerification {
        var problems: [String] = []
        var expectedSeq = 1
        var prevHash = AuditChain.genesis
        var verified = 0
        var offset = 0
        var lineNumber = 0
        var lines = trail.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let torn = trail.last != UInt8(ascii: "\n") && !trail.isEmpty
        if !torn, lines.last?.isEmpty == true { lines.removeLast() }
        for (index, raw) in lines.enumerated() {
            lineNumber += 1
            defer { offset += raw.count + 1 }
            if torn && index == lines.count - 1 {
                problems.append("line \(lineNumber): an incomplete record at the end (byte \(offset)): the trail was cut mid-record")
                break
            }
            let record: AuditRecord
            do {
                record = try AuditChain.parse(Data(raw))
            } catch AuditLineError.hashMismatch(let seq) {
                problems.append("record \(seq) (line \(lineNumber)) was edited: its content does not match its hash")
                break
            } catch AuditLineError.malformed(let why) {
                problems.append("line \(lineNumber) is damaged: \(why)")
                break
            } catch {
                problems.append("line \(lineNumber) is damaged: \(error)")
                break
            }
            if record.seq != expectedSeq {
                if record.seq > expectedSeq {
                    let missing = expectedSeq == record.seq - 1 ? "record \(expectedSeq) is" : "records \(expectedSeq)–\(record.seq - 1) are"
                    problems.append("\(missing) missing before line \(lineNumber) (deleted)")
                } else {
                    problems.append("line \(lineNumber) holds record \(record.seq) where record \(expectedSeq) belongs (inserted or reordered)")
                }
                break
            }
            if record.prev != prevHash {
                problems.append("record \(record.seq) (line \(lineNumber)) does not follow record \(record.seq - 1): a record was inserted, removed or replaced")
                break
            }
            prevHash = record.hash
            expectedSeq += 1
            verified += 1
        }
        if problems.isEmpty, let anchor {
            if verified < anchor.seq {
                problems.append("the trail ends at record \(verified) but its anchor records \(anchor.seq): records \(verified + 1)–\(anchor.seq) were cut off the end")
            } else if verified > anchor.seq + 1 || (verified == anchor.seq + 1 && trail.count <= Int(anchor.size)) {
                problems.append("the trail holds \(verified) records but its anchor records \(anchor.seq): records were added after the last commit")
            } else if verified == anchor.seq, prevHash != anchor.hash {
                problems.append("record \(verified) does not match the anchor's hash: the last record was replaced")
            } else if verified == anchor.seq + 1 {
                problems.append("record \(verified) is not yet anchored: a change was interrupted; any tend command will complete it")
            }
        }
        return AuditVerification(verifiedRecords: verified, problems: problems)
    }
}
