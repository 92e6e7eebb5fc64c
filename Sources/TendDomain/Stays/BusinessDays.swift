import Foundation

/// Business days for care-transition deadlines (rules §9, TCM): Monday to Friday, except the
/// US federal holidays (as observed: a holiday on a Saturday is observed the Friday before, one
/// on a Sunday the Monday after). CMS counts business days "without respect to normal practice
/// hours"; a practice's own closing days are not holidays here (docs/rules.md).
public enum BusinessDays {
    /// Whether `date` is a business day.
    public static func isBusinessDay(_ date: LocalDate) -> Bool {
        date.weekday != .sat && date.weekday != .sun && !FederalHolidays.isObserved(date)
    }

    /// The `count`-th business day after `date` (`date` itself never counts): a Friday
    /// discharge with `count` 2 gives the Tuesday after (the Wednesday when that Monday is a holiday).
    public static func adding(_ count: Int, after date: LocalDate) -> LocalDate {
        var day = date
        var left = max(0, count)
        while left > 0 {
            day = day.adding(days: 1)
            if isBusinessDay(day) { left -= 1 }
        }
        return day
    }
}

/// The eleven US federal holidays (5 U.S.C. 6103), with their observed days.
public enum FederalHolidays {
    /// Whether `date` is the observed day of a federal holiday.
    public static func isObserved(_ date: LocalDate) -> Bool {
        // A 1 January holiday on a Saturday is observed on 31 December of the year before.
        observed(in: date.year).contains(date) || observed(in: date.year + 1).contains(date)
    }

    /// The observed days of `year`'s holidays (New Year's Day of `year` may fall in `year - 1`).
    public static func observed(in year: Int) -> [LocalDate] {
        guard (2...9998).contains(year) else { return [] }
        func fixed(_ month: Int, _ day: Int) -> LocalDate {
            let date = LocalDate(unchecked: year, month, day)
            switch date.weekday {
            case .sat: return date.adding(days: -1)
            case .sun: return date.adding(days: 1)
            default: return date
            }
        }
        func nth(_ n: Int, _ weekday: Weekday, of month: Int) -> LocalDate {
            let first = LocalDate(unchecked: year, month, 1)
            let offset = (weekday.index - first.weekday.index + 7) % 7
            return first.adding(days: offset + 7 * (n - 1))
        }
        func last(_ weekday: Weekday, of month: Int) -> LocalDate {
            let end = LocalDate(unchecked: year, month, CivilDays.daysInMonth(year: year, month: month))
            return end.adding(days: -((end.weekday.index - weekday.index + 7) % 7))
        }
        var days = [
            fixed(1, 1),                 // New Year's Day
            nth(3, .mon, of: 1),         // Birthday of Martin Luther King, Jr.
            nth(3, .mon, of: 2),         // Washington's Birthday
            last(.mon, of: 5),           // Memorial Day
            fixed(7, 4),                 // Independence Day
            nth(1, .mon, of: 9),         // Labor Day
            nth(2, .mon, of: 10),        // Columbus Day
            fixed(11, 11),               // Veterans Day
            nth(4, .thu, of: 11),        // Thanksgiving Day
            fixed(12, 25),               // Christmas Day
        ]
        if year >= 2021 { days.append(fixed(6, 19)) }   // Juneteenth National Independence Day, since 2021
        return days
    }
}
