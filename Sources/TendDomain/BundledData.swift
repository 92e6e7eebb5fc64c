import Foundation

/// Loads the data files shipped in `Sources/TendDomain/Data` (the module's only file access).
enum BundledData {
    /// The text of the bundled file `Data/<name>`, e.g. `chronic-conditions.tsv`.
    static func text(named name: String) throws -> String {
        String(decoding: try data(named: name), as: UTF8.self)
    }

    /// The bytes of the bundled file `Data/<name>`.
    static func data(named name: String) throws -> Data {
        let url = Bundle.module.resourceURL?.appendingPathComponent("Data").appendingPathComponent(name)
        guard let url, let data = try? Data(contentsOf: url) else {
            throw DomainError("bundled data file '\(name)' is missing from the TendDomain resources")
        }
        return data
    }
}
