import Foundation
import Testing
import TendStore
@testable import TendPostgres

/// `display` shows a location without a password, and parses back to the same location.
@Suite struct PostgresLocationDisplayTests {
    func roundTrip(_ url: String) throws -> (display: String, same: Bool) {
        let location = try PostgresLocation.parse(url, environment: [:], osLogin: "osuser")
        let again = try PostgresLocation.parse(location.display, environment: [:], osLogin: "someone-else")
        return (location.display, again == location)
    }

    @Test func aTCPLocationShowsHostPortAndANonDefaultSSLMode() throws {
        let plain = try roundTrip("postgres://alice@db/tend")
        #expect(plain.display == "postgresql://alice@db:5432/tend")
        #expect(plain.same)
        let strict = try roundTrip("postgresql://alice@db:6000/tend?sslmode=verify-full&sslrootcert=/etc/ca.pem")
        #expect(strict.display == "postgresql://alice@db:6000/tend?sslmode=verify-full&sslrootcert=/etc/ca.pem")
        #expect(strict.same)
    }

    @Test func aSocketLocationShowsItsDirectoryAndPort() throws {
        let socket = try roundTrip("postgresql://alice@%2Fvar%2Frun%2Fpostgresql:5433/tend")
        #expect(socket.display == "postgresql://alice@/tend?host=/var/run/postgresql&port=5433")
        #expect(socket.same)
    }

    @Test func oddNamesAreEncodedSoTheyReadBack() throws {
        let odd = try roundTrip("postgresql://o%27brien%40x@[::1]/care%20team%2F2?application_name=a%26b")
        #expect(odd.display == "postgresql://o%27brien%40x@[::1]:5432/care%20team%2F2?application_name=a%26b")
        #expect(odd.same)
    }

    @Test func theRedactionHidesAPasswordInAnyURL() {
        #expect(PostgresURLText.redacted("postgresql://alice:pw@db/tend") == "postgresql://alice:****@db/tend")
        #expect(PostgresURLText.redacted("postgresql://alice@db/tend") == "postgresql://alice@db/tend")
        #expect(!PostgresURLText.redacted("postgresql://alice:p/w@db/tend?sslmode=require").contains("p/w"))
        #expect(PostgresURLText.redacted("postgresql://alice@db/tend?sslmode=require&password=pw&port=1")
            == "postgresql://alice@db/tend?sslmode=require&password=****&port=1")
        #expect(PostgresURLText.redacted("postgresql://db?password=pw") == "postgresql://db?password=****")
    }
}
