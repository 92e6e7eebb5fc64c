import TendDomain

extension Patient {
    /// The patient as the use cases' messages name them: the id, then the name, date of birth
    /// and MRN (`PatientIdentity`), made printable (`TextSafety`).
    var messageText: String { "\(id) \(TextSafety.printable(identity.full))" }
}
