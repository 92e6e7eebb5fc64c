import Foundation

/// The human words that explain a call-list line's place, most important first.
public enum CallListReasons {
    /// Reasons for `entry`, e.g. `call-back due 14:00`, `needs 12 min, 3 days left`,
    /// `0 min this month`, `in call window`, `last call: voicemail 2026-03-02 10:15`.
    public static func reasons(for entry: CallListEntry, today: LocalDate, timeZone: TimeZone) -> [String] {
        var reasons: [String] = []
        if let due = entry.callBackDue {
            let when = LocalTimeOfDay(due, in: timeZone).text(relativeTo: today)
            reasons.append(entry.isCallBackDue ? "call-back due \(when)" : "call back at \(when)")
        }
        if entry.program == .apcm {
            reasons.append(entry.needsService
                ? "APCM: no service yet, \(plural(entry.daysLeft, "day")) left"
                : "APCM: service documented (no minute threshold)")
        } else if entry.nextThreshold != nil {
            reasons.append("needs \(entry.minutesToNext) min\(entry.program == .ccm ? "" : " (\(entry.program.name))"), \(plural(entry.daysLeft, "day")) left")
        } else {
            reasons.append("\(entry.totalMinutes) min this month, \(CallThresholds.steps(for: entry.program).last ?? 0) reached")
        }
        if entry.totalMinutes == 0 { reasons.append("0 min this month") }
        switch entry.inCallWindow {
        case true?: reasons.append("in call window")
        case false?: reasons.append("outside call window (\(entry.patient.callWindow?.description ?? ""))")
        case nil: break
        }
        if let last = entry.lastAttempt, last.result != .callBack {
            reasons.append("last call: \(last.result.label) \(LocalTimeOfDay(last.at, in: timeZone).text(relativeTo: today))")
        }
        return reasons
    }
}
