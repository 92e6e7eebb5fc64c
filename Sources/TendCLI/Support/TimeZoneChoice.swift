import ArgumentParser
import Foundation

/// The practice time zone `tend init` uses, and where it came from, so that init can say so:
/// months are counted in this zone, and a wrong guess would shift minutes between months.
///
/// Order: `--time-zone`, then `$TZ`, then the system's `/etc/localtime` (or `/etc/timezone`),
/// then UTC. A `$TZ` that names no IANA zone is refused rather than silently replaced.
struct TimeZoneChoice: Equatable {
    /// Where the zone came from.
    enum Source: Equatable {
        case option
        case environment
        case systemLink(path: String)
        case systemFile(path: String)
        case fallback
    }

    /// The IANA identifier.
    var identifier: String
    /// Where it came from.
    var source: Source

    /// How `tend init` names the source, e.g. "from $TZ".
    var explanation: String {
        switch source {
        case .option: return "from --time-zone"
        case .environment: return "from $TZ"
        case .systemLink(let path): return "from \(path), the system's time zone"
        case .systemFile(let path): return "from \(path), the system's time zone"
        case .fallback: return "no --time-zone, $TZ or system time zone was found, so UTC"
        }
    }

    /// Picks the zone. The file paths are parameters so that tests can point them elsewhere.
    static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        localtime: String = "/etc/localtime", timezoneFile: String = "/etc/timezone"
    ) throws -> TimeZoneChoice {
        if let option { return TimeZoneChoice(identifier: option, source: .option) }
        if var tz = environment["TZ"], !tz.isEmpty {
            // glibc reads ":Area/City" and a path under the zoneinfo directory as a zone file.
            if tz.hasPrefix(":") { tz.removeFirst() }
            if let name = zoneName(inPath: tz) { tz = name }
            guard TimeZone(identifier: tz) != nil else {
                throw ValidationError("$TZ is '\(tz)', which is not an IANA time zone name: pass --time-zone, e.g. --time-zone America/New_York")
            }
            return TimeZoneChoice(identifier: tz, source: .environment)
        }
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: localtime),
           let name = zoneName(inPath: target), TimeZone(identifier: name) != nil {
            return TimeZoneChoice(identifier: name, source: .systemLink(path: localtime))
        }
        if let data = FileManager.default.contents(atPath: timezoneFile),
           let name = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
           !name.isEmpty, TimeZone(identifier: name) != nil {
            return TimeZoneChoice(identifier: name, source: .systemFile(path: timezoneFile))
        }
        return TimeZoneChoice(identifier: "UTC", source: .fallback)
    }

    /// "America/New_York" from ".../zoneinfo/America/New_York" (also "zoneinfo/posix/…").
    private static func zoneName(inPath path: String) -> String? {
        guard let range = path.range(of: "zoneinfo/", options: .backwards) else { return nil }
        var name = String(path[range.upperBound...])
        for prefix in ["posix/", "right/"] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
        return name.isEmpty ? nil : name
    }
}
