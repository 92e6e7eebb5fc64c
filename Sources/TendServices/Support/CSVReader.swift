import Foundation

/// Reads CSV exactly as RFC 4180 defines it, and refuses what it does not define rather than
/// guess: a malformed file is an error naming its line, never a silently changed value.
///
/// - Fields are separated by commas; records end with CRLF or LF (LF alone is accepted because
///   most tools write it). The last record may lack a line end.
/// - A field that starts with a double quote is quoted: it may hold commas, quotes written as
///   two quotes (`""`), CR and LF, and it must end with a quote followed by a comma, a line end
///   or the end of the file. Anything else after the closing quote is an error.
/// - An unquoted field may not contain a double quote or a carriage return (CR) on its own.
/// - A UTF-8 byte order mark at the very start is skipped. Empty lines are skipped.
///
/// Nothing is trimmed: spaces are part of a field.
public enum CSVReader {
    /// One parsed record with the line on which it started.
    public struct Record: Sendable, Equatable {
        /// 1-based line number where the record starts.
        public var line: Int
        /// The fields.
        public var fields: [String]

        /// Creates a record.
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Where the reader is within a field.
    private enum State {
        /// Before the first character of a field.
        case fieldStart
        /// Inside a field that did not start with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after the closing quote of a quoted field.
        case afterClosingQuote
    }

    /// Parses the text; throws a ``CSVError`` naming the line of the first malformed field.
    public static func parse(_ text: String) throws -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var recordHasQuotedField = false

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            state = .fieldStart
        }
        func endRecord() {
            endField()
            // An empty line is no record; a line holding only `""` is one with an empty field.
            if !(fields.count == 1 && fields[0].isEmpty && !recordHasQuotedField) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            recordHasQuotedField = false
        }
        func excerpt(from index: Int) -> String {
            let rest = scalars[index...].prefix { $0 != "\n" && $0 != "\r" && $0 != "," }.prefix(20)
            return TextSafety.printable(String(String.UnicodeScalarView(rest)), maxLength: 20)
        }
        let bareCR = "a carriage return (CR) not followed by a line feed, outside quotes: save the file with CRLF or LF line ends, or put the field in quotes"

        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            switch state {
            case .quoted:
                if c == "\"" {
                    if next == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        state = .afterClosingQuote
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
            case .fieldStart, .unquoted, .afterClosingQuote:
                switch c {
                case ",":
                    endField()
                case "\n", "\r":
                    guard c == "\n" || next == "\n" else { throw CSVError(line: line, message: bareCR) }
                    if c == "\r" { i += 1 }
                    endRecord()
                    line += 1
                    recordLine = line
                case "\"" where state == .fieldStart:
                    state = .quoted
                    quoteLine = line
                    recordHasQuotedField = true
                case _ where state == .afterClosingQuote:
                    throw CSVError(line: line, message: "text after the closing quote of a field ('\(excerpt(from: i))'): a quoted field must end at a comma or a line end; write a quote inside it as two quotes (\"\")")
                case "\"":
                    throw CSVError(line: line, message: "a quote inside a field that does not start with one: put the whole field in quotes and write the quote as two quotes (\"\")")
                default:
                    field.append(c)
                    state = .unquoted
                }
            }
            i += 1
        }
        if state == .quoted {
            throw CSVError(line: quoteLine, message: "the quoted field that starts on this line is never closed")
        }
        if state != .fieldStart || !fields.isEmpty { endRecord() }
        return records
    }
}

/// A CSV syntax error.
public struct CSVError: Error, CustomStringConvertible, Equatable {
    /// Line of the problem (1-based; a line break inside a quoted field starts a new line).
    public var line: Int
    /// What is wrong.
    public var message: String
    /// `line N: what is wrong`.
    public var description: String { "line \(line): \(message)" }
}
