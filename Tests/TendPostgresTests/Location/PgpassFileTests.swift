import Foundation
import Testing
@testable import TendPostgres

/// The pgpass format as libpq reads it: fields, `*`, escapes, comments, first match wins.
@Suite struct PgpassFileTests {
    func lookup(_ text: String, host: String = "db", port: Int = 5432, database: String = "tend", user: String = "alice") -> String? {
        PgpassFile(text: text).password(host: host, port: port, database: database, user: user)
    }

    @Test func aLineMatchesOnAllFourFields() {
        let file = "db:5432:tend:alice:pw-alice\n"
        #expect(lookup(file) == "pw-alice")
        #expect(lookup(file, host: "db2") == nil)
        #expect(lookup(file, port: 5433) == nil)
        #expect(lookup(file, database: "other") == nil)
        #expect(lookup(file, user: "bob") == nil)
    }

    @Test func aStarMatchesAnythingButAnEscapedStarOnlyAStar() {
        #expect(lookup("*:*:*:alice:any") == "any")
        #expect(lookup("db:*:*:*:host-only", port: 9999, database: "x", user: "zoe") == "host-only")
        #expect(lookup("\\*:*:*:*:literal") == nil)
        #expect(lookup("\\*:*:*:*:literal", host: "*") == "literal")
        #expect(lookup("d*:*:*:*:prefix") == nil)
    }

    @Test func theFirstMatchingLineWins() {
        let file = """
            db:5432:tend:bob:pw-bob
            db:5432:tend:alice:first
            *:*:*:alice:second
            """
        #expect(lookup(file) == "first")
        #expect(lookup(file, database: "other") == "second")
    }

    @Test func escapesStandForColonAndBackslash() {
        #expect(lookup("db:5432:tend:alice:pa\\:ss\\\\word") == "pa:ss\\word")
        #expect(lookup("db:5432:ten\\:d:alice:x", database: "ten:d") == "x")
        #expect(lookup("fe80\\:\\:1:5432:tend:alice:v6", host: "fe80::1") == "v6")
    }

    @Test func commentsBlankLinesAndShortLinesAreSkipped() {
        let file = """
            # db:5432:tend:alice:commented

            db:5432:tend:alice
            db:5432:tend:alice:real\r
            """
        #expect(lookup(file) == "real")
    }

    @Test func thePasswordEndsAtAnUnescapedColonAndMayBeEmpty() {
        #expect(lookup("db:5432:tend:alice:pw:ignored") == "pw")
        #expect(lookup("db:5432:tend:alice:") == "")
    }
}
