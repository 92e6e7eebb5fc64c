import Foundation
import TendDomain
import TendServices

/// The patient ids a fixture's sessions give out, in order: `PF000001`, `PF000002`, ... (the
/// `F` marks a fixture's id; the store skips one already taken), instead of random ones, so that
/// a failing test names the same patients on every run.
public final class FixturePatientIDs: @unchecked Sendable {
    private let numbers = FixtureCounter()

    /// A sequence starting at `PF000001`.
    public init() {}

    /// The next id of the sequence.
    public func next() -> PatientID {
        try! PatientID.validate(String(format: "PF%06d", numbers.next()))
    }

    /// Makes `session` give out this sequence's ids, and answers it.
    @discardableResult
    public func assign(to session: Session) -> Session {
        session.makePatientID = { [self] in next() }
        return session
    }
}
