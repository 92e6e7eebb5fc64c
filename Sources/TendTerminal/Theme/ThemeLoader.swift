import Foundation

/// Why a theme could not be loaded.
public enum ThemeLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name has characters other than letters, digits, `-` and `_`.
    case invalidName(String)
    /// No directory holds `<name>.theme` and there is no built-in theme of that name.
    case notFound(name: String, searched: [String])
    /// The file exists but could not be read, or is too large.
    case unreadable(path: String, reason: String)
    /// The file has an error.
    case invalid(path: String, error: ThemeParseError)

    /// A message for the user.
    public var description: String {
        switch self {
        case .invalidName(let name):
            return "invalid theme name '\(ThemeParser.clip(name))': use letters, digits, '-' and '_'"
        case .notFound(let name, let searched):
            let places = searched.isEmpty ? "no theme directories given" : "looked in " + searched.joined(separator: ", ")
            return "theme '\(name)' not found (\(places))"
        case .unreadable(let path, let reason):
            return "\(path): cannot read theme: \(reason)"
        case .invalid(let path, let error):
            return "\(path):\(error.line): \(error.message)"
        }
    }
}

/// Finds theme files by name in directories the caller supplies, in order.
public struct ThemeLoader: Sendable {
    /// Directories searched in order for `<name>.theme`.
    public var directories: [String]
    /// Files larger than this are refused.
    public static let maxFileSize = 64 * 1024

    /// Creates a loader searching `directories` in order.
    public init(directories: [String]) {
        self.directories = directories
    }

    /// Loads the theme called `name`: the first `<dir>/<name>.theme` found, else the built-in
    /// theme of that name (`default`, `monochrome`).
    public func load(named name: String) throws(ThemeLoadError) -> Theme {
        guard Self.isValidName(name) else { throw .invalidName(name) }
        for directory in directories {
            let path = (directory as NSString).appendingPathComponent(name + ".theme")
            if FileManager.default.fileExists(atPath: path) {
                return try load(path: path, name: name)
            }
        }
        if let builtin = BuiltinThemes.named(name) { return builtin }
        throw .notFound(name: name, searched: directories)
    }

    /// Loads and parses the theme file at `path`, naming the theme `name`.
    public func load(path: String, name: String) throws(ThemeLoadError) -> Theme {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? NSNumber, size.intValue > Self.maxFileSize {
                throw ThemeLoadError.unreadable(path: path, reason: "larger than \(Self.maxFileSize) bytes")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as ThemeLoadError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        do {
            return try ThemeParser.parse(String(decoding: data, as: UTF8.self), name: name)
        } catch {
            throw .invalid(path: path, error: error)
        }
    }

    /// Names of the theme files in all directories, sorted, without duplicates.
    public func availableThemes() -> [String] {
        var names = Set<String>()
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".theme") {
                let name = String(file.dropLast(".theme".count))
                if Self.isValidName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// Whether `name` is non-empty and only letters, digits, `-` and `_` (no paths).
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_"
        }
    }
}
