import Foundation

/// The JSON conventions of every store file: sorted keys, readable layout, dates as ISO-8601
/// UTC strings to the second, no escaped slashes.
package enum StoreCoding {
    package static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    package static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = instant(text) { return date }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO-8601 instant")
        }
        return decoder
    }

    /// How the store reads an instant: its own form quickly, any ISO-8601 form otherwise.
    static func instant(_ text: String) -> Date? {
        UTCInstant.parse(text) ?? (try? Date.ISO8601FormatStyle().parse(text))
    }
}

/// Reads the instants the store writes (`2026-11-03T14:05:00Z`) straight from their bytes: the
/// store holds hundreds of thousands of them and the general ISO-8601 parser is the slow path.
enum UTCInstant {
    static func parse(_ text: String) -> Date? {
        var bytes = text.utf8.makeIterator()
        var fields = [0, 0, 0, 0, 0, 0]
        let widths = [4, 2, 2, 2, 2, 2]
        let separators: [UInt8] = [45, 45, 84, 58, 58, 90] // - - T : : Z
        for index in 0..<6 {
            for _ in 0..<widths[index] {
                guard let b = bytes.next(), b >= 48, b <= 57 else { return nil }
                fields[index] = fields[index] * 10 + Int(b - 48)
            }
            guard bytes.next() == separators[index] else { return nil }
        }
        guard bytes.next() == nil else { return nil }
        let (y, m, d) = (fields[0], fields[1], fields[2])
        guard (1...12).contains(m), (1...31).contains(d), fields[3] < 24, fields[4] < 60, fields[5] < 60 else { return nil }
        // Days from civil (proleptic Gregorian), Howard Hinnant's algorithm.
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + fields[3] * 3600 + fields[4] * 60 + fields[5]))
    }
}
