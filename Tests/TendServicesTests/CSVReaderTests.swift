import Foundation
import Testing
import TendServices

/// The CSV reader is RFC 4180 exact: what the RFC defines is read as written, anything else is
/// an error naming its line, never a silently changed value.
@Suite struct CSVReaderTests {
    func fields(_ text: String) throws -> [[String]] { try CSVReader.parse(text).map(\.fields) }

    func error(_ text: String) -> CSVError? {
        do { _ = try CSVReader.parse(text); return nil } catch let error as CSVError { return error } catch { return nil }
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "name,note\r\n\"Brown, Charles\",\"said \"\"fine\"\"\"\r\n\"Lee, Ann\",\"two\r\nlines\nand LF\"\r\n"
        #expect(try fields(text) == [["name", "note"], ["Brown, Charles", "said \"fine\""], ["Lee, Ann", "two\r\nlines\nand LF"]])
    }

    @Test func recordsKeepTheLineTheyStartOnAcrossEmbeddedLineBreaks() throws {
        let records = try CSVReader.parse("a,b\n\"x\ny\nz\",1\nlast,2")
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records.last?.fields == ["last", "2"])
    }

    @Test func crlfAndLFLineEndsAndAMissingLastLineEnd() throws {
        #expect(try fields("a,b\r\n1,2\n3,4") == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(try fields("a,b\r\n1,\r\n") == [["a", "b"], ["1", ""]])
    }

    @Test func aByteOrderMarkIsSkippedAndSpacesAreKept() throws {
        #expect(try fields("\u{FEFF}name,dob\n Lee, Ann ,x\n") == [["name", "dob"], [" Lee", " Ann ", "x"]])
    }

    @Test func emptyLinesAreSkippedButAQuotedEmptyFieldIsARecord() throws {
        #expect(try fields("a\n\n\"\"\r\n\r\nb\n") == [["a"], [""], ["b"]])
    }

    @Test func aBareCarriageReturnInsideQuotesIsKept() throws {
        #expect(try fields("a,\"x\ry\"\n") == [["a", "x\ry"]])
    }

    @Test func aBareCarriageReturnOutsideQuotesIsAnErrorNotDropped() throws {
        let e = error("name,dob\nLee\r Ann,1950-01-01\n")
        #expect(e?.line == 2)
        #expect(e?.message.contains("carriage return") == true)
        #expect(error("a,b\r1,2\r")?.line == 1)
    }

    @Test func textAfterAClosingQuoteIsAnErrorNamingTheLine() throws {
        let e = error("name,dob\n\"Lee, Ann\",1950-01-01\n\"Brown, Charles\"x,1944-02-03\n")
        #expect(e?.line == 3)
        #expect(e?.message.contains("text after the closing quote") == true)
        #expect(e?.message.contains("'x'") == true)
        #expect(error("\"a\" ,b\n")?.line == 1)
        #expect(error("\"a\"\"\n")?.line == 1)  // a doubled quote, then the field never closes
    }

    @Test func aQuoteInsideAnUnquotedFieldIsAnError() throws {
        let e = error("a,b\nO\"Brien,1\n")
        #expect(e?.line == 2)
        #expect(e?.message.contains("quote inside a field") == true)
    }

    @Test func anUnclosedQuoteNamesTheLineWhereItOpened() throws {
        let e = error("a,b\n1,2\n\"never closed,3\n4,5\n")
        #expect(e?.line == 3)
        #expect(e?.description.hasPrefix("line 3: ") == true)
    }

    @Test func theErrorLineCountsLineBreaksInsideEarlierQuotedFields() throws {
        #expect(error("a\n\"x\ny\"\n\"z\"!\n")?.line == 4)
    }
}
