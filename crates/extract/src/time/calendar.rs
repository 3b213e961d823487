//! Calendar arithmetic for the tagger: ISO weeks, month shifts, quarters, seasons and modifiers.

use super::lexicon::Holiday;
use tightrope_core::{Day, DayInterval, Precision};

/// The ISO week-numbering year and week of a day.
pub fn iso_week(day: Day) -> (i32, u32) {
    // The week belongs to the year of its Thursday.
    let thursday = day.add_days(4 - i64::from(day.weekday())).unwrap_or(day);
    let first = Day::new(thursday.year(), 1, 1).unwrap_or(thursday);
    let week = (thursday.ordinal() - first.ordinal()) / 7 + 1;
    (thursday.year(), week as u32)
}

/// The Monday and Sunday of the ISO week containing `day`.
pub fn week_of(day: Day) -> Option<DayInterval> {
    let monday = day.add_days(1 - i64::from(day.weekday()))?;
    Some(DayInterval { earliest: monday, latest: monday.add_days(6)? })
}

/// The TimeML value of the ISO week containing `day`: `2025-W38`.
pub fn week_value(day: Day) -> String {
    let (year, week) = iso_week(day);
    format!("{year:04}-W{week:02}")
}

/// The month `by` months after `year`-`month` (negative goes back).
pub fn shift_month(year: i32, month: u32, by: i64) -> Option<(i32, u32)> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + by;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    (1..=9999).contains(&year).then_some((year, index.rem_euclid(12) as u32 + 1))
}

/// The days of quarter `q` (1–4) of `year`.
pub fn quarter(year: i32, q: u32) -> Option<DayInterval> {
    if !(1..=4).contains(&q) {
        return None;
    }
    Some(DayInterval { earliest: Day::new(year, q * 3 - 2, 1)?, latest: Day::last_of_month(year, q * 3)? })
}

/// The days of half `h` (1–2) of `year`.
pub fn half(year: i32, h: u32) -> Option<DayInterval> {
    if !(1..=2).contains(&h) {
        return None;
    }
    Some(DayInterval { earliest: Day::new(year, h * 6 - 5, 1)?, latest: Day::last_of_month(year, h * 6)? })
}

/// The days of a season starting in `first_month` of `year` (winter runs into the next year).
pub fn season(year: i32, first_month: u32) -> Option<DayInterval> {
    let (end_year, end_month) = shift_month(year, first_month, 2)?;
    Some(DayInterval { earliest: Day::new(year, first_month, 1)?, latest: Day::last_of_month(end_year, end_month)? })
}

/// TimeML's value for the decade starting in `first_year`: the 1990s are `199`, as the TimeML
/// guidelines write it (TimeBank's annotators wrote `199` more often than `199X`).
pub fn decade_value(first_year: i32) -> String {
    format!("{:03}", first_year.div_euclid(10))
}

/// TimeML's value for the century whose years start with `digits`: the 1900s are `19`.
pub fn century_value(digits: i32) -> String {
    format!("{digits:02}")
}

/// Years before Christ are placed on the calendar, for counting only, as years counted back from
/// 9999: 480 BC is 9519, so "the following year" (9520) is 479 BC and decades and centuries
/// line up (the 480s BC are 9510–9519). No text dates anything after 6000 AD.
const BC_BASE: i32 = 9999;

/// Where a year before Christ is counted: see [`BC_BASE`].
pub fn bc_year(number: u32) -> Option<i32> {
    let number = i32::try_from(number).ok().filter(|n| (1..=3999).contains(n))?;
    Some(BC_BASE - number)
}

/// The TimeML value of a value counted in [`BC_BASE`] years: `9519-04` is `BC0480-04`, the
/// decade `951` is `BC048`, the century `95` is `BC04`; `None` for a value of the Common Era.
pub fn bc_value(value: &str) -> Option<String> {
    let digits = value.bytes().take_while(u8::is_ascii_digit).count();
    let (number, rest) = (value[..digits].parse::<i32>().ok()?, &value[digits..]);
    let (first, scale) = match digits {
        4 => (number, 1),
        3 => (number * 10, 10),
        2 => (number * 100, 100),
        _ => return None,
    };
    if first < BC_BASE - 3999 {
        return None;
    }
    let years = BC_BASE - first;
    Some(match scale {
        1 => format!("BC{years:04}{rest}"),
        10 => format!("BC{:03}{rest}", years / 10),
        _ => format!("BC{:02}{rest}", years / 100),
    })
}

/// The day a holiday falls on in `year`.
pub fn holiday(year: i32, rule: Holiday) -> Option<Day> {
    match rule {
        Holiday::Fixed { month, day } => Day::new(year, month, day),
        Holiday::Nth { month, weekday, nth, from } => {
            let start = if nth > 0 { Day::new(year, month, from)? } else { Day::last_of_month(year, month)? };
            let to_weekday = (i64::from(weekday) - i64::from(start.weekday())).rem_euclid(7);
            if nth > 0 {
                start.add_days(to_weekday + 7 * (i64::from(nth) - 1))
            } else {
                // Counted back from the month's last day: "the last Monday of May".
                let back = (i64::from(start.weekday()) - i64::from(weekday)).rem_euclid(7);
                start.add_days(-back - 7 * (i64::from(-nth) - 1))
            }
        }
        Holiday::Easter { offset } => easter(year)?.add_days(i64::from(offset)),
    }
}

/// Easter Sunday of the Gregorian calendar, by the anonymous Gregorian computus.
pub fn easter(year: i32) -> Option<Day> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (b - (b + 8) / 25 + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    Day::new(year, (n / 31) as u32, (n % 31 + 1) as u32)
}

/// The days of `count` years from `first_year`.
pub fn years(first_year: i32, count: i32) -> Option<DayInterval> {
    Some(DayInterval { earliest: Day::new(first_year, 1, 1)?, latest: Day::new(first_year + count - 1, 12, 31)? })
}

/// Narrows an interval to the part a START, MID or END modifier names.
///
/// A year splits into four-month thirds and a month into ten-day thirds ("early September" is
/// the 1st to the 10th); other spans split into equal thirds of days.
pub fn narrow(interval: DayInterval, precision: Precision, modifier: &str) -> DayInterval {
    let part = match modifier {
        "START" => 0,
        "MID" => 1,
        "END" => 2,
        _ => return interval,
    };
    let (y, e) = (interval.earliest, interval.latest);
    let narrowed = match precision {
        Precision::Year if y.year() == e.year() => {
            let first = part * 4 + 1;
            Day::new(y.year(), first, 1).zip(Day::last_of_month(y.year(), first + 3))
        }
        Precision::Month => {
            let latest = if part == 2 { Some(e) } else { Day::new(y.year(), y.month(), part * 10 + 10) };
            Day::new(y.year(), y.month(), part * 10 + 1).zip(latest)
        }
        _ => {
            let length = e.ordinal() - y.ordinal() + 1;
            let third = length / 3;
            if third == 0 {
                return interval;
            }
            let start = y.add_days(third * i64::from(part));
            let end = if part == 2 { Some(e) } else { y.add_days(third * i64::from(part + 1) - 1) };
            start.zip(end)
        }
    };
    narrowed.map_or(interval, |(earliest, latest)| DayInterval { earliest, latest })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::new(y, m, d).unwrap()
    }

    #[test]
    fn iso_weeks_cross_year_boundaries() {
        assert_eq!(iso_week(day(1991, 12, 3)), (1991, 49));
        assert_eq!(iso_week(day(2021, 1, 1)), (2020, 53));
        assert_eq!(iso_week(day(2024, 12, 30)), (2025, 1));
        assert_eq!(week_value(day(2025, 9, 18)), "2025-W38");
    }

    #[test]
    fn shifts_months_across_years() {
        assert_eq!(shift_month(2025, 1, -1), Some((2024, 12)));
        assert_eq!(shift_month(2025, 11, 14), Some((2027, 1)));
        assert_eq!(shift_month(1, 1, -1), None);
    }

    #[test]
    fn narrows_by_modifier() {
        let september = DayInterval::month(2025, 9).unwrap();
        let early = narrow(september, Precision::Month, "START");
        assert_eq!((early.earliest, early.latest), (day(2025, 9, 1), day(2025, 9, 10)));
        let late = narrow(DayInterval::year(2026).unwrap(), Precision::Year, "END");
        assert_eq!((late.earliest, late.latest), (day(2026, 9, 1), day(2026, 12, 31)));
        let february = narrow(DayInterval::month(2025, 2).unwrap(), Precision::Month, "END");
        assert_eq!(february.latest, day(2025, 2, 28));
    }

    #[test]
    fn builds_year_parts() {
        assert_eq!(quarter(1989, 3).unwrap().latest, day(1989, 9, 30));
        assert_eq!(season(1998, 12).unwrap().latest, day(1999, 2, 28));
        assert!(quarter(1989, 5).is_none());
    }
}
