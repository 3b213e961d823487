//! Calendar days, precisions and intervals: how uncertain dates are carried.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A proleptic Gregorian calendar day; serialised as `YYYY-MM-DD`.
///
/// Construction checks the calendar, so an impossible day (2025-02-30, month 13) cannot exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: i32,
    month: u8,
    day: u8,
}

impl Day {
    /// A checked day; `None` for an impossible date or a year outside 1..=9999.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day { year, month: month as u8, day: day as u8 })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The last day of the given month.
    pub fn last_of_month(year: i32, month: u32) -> Option<Day> {
        if !(1..=12).contains(&month) {
            return None;
        }
        Day::new(year, month, days_in_month(year, month))
    }

    /// Days since 0001-01-01 (day 0), for arithmetic.
    pub fn ordinal(self) -> i64 {
        let y = i64::from(self.year) - 1;
        let mut days = y * 365 + y / 4 - y / 100 + y / 400;
        for m in 1..self.month() {
            days += i64::from(days_in_month(self.year, m));
        }
        days + i64::from(self.day) - 1
    }

    /// The inverse of [`Day::ordinal`]; `None` outside years 1..=9999.
    pub fn from_ordinal(ordinal: i64) -> Option<Day> {
        if ordinal < 0 {
            return None;
        }
        // Estimate the year, then correct it: the estimate is never off by more than one.
        let mut year = (ordinal * 400 / 146_097) as i32 + 1;
        while year > 1 && Day::new(year, 1, 1)?.ordinal() > ordinal {
            year -= 1;
        }
        while let Some(next) = Day::new(year + 1, 1, 1) {
            if next.ordinal() <= ordinal {
                year += 1;
            } else {
                break;
            }
        }
        let mut rest = ordinal - Day::new(year, 1, 1)?.ordinal();
        for month in 1..=12 {
            let len = i64::from(days_in_month(year, month));
            if rest < len {
                return Day::new(year, month, rest as u32 + 1);
            }
            rest -= len;
        }
        None
    }

    /// This day moved by `days` (negative moves back); `None` past the supported range.
    pub fn add_days(self, days: i64) -> Option<Day> {
        Day::from_ordinal(self.ordinal() + days)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u32 {
        // 0001-01-01 was a Monday in the proleptic Gregorian calendar.
        (self.ordinal().rem_euclid(7) + 1) as u32
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.splitn(3, '-');
        let year = parts.next()?;
        let month = parts.next()?;
        let day = parts.next()?;
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        Day::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        let text = String::deserialize(deserializer)?;
        Day::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a calendar day: {text:?}")))
    }
}

/// How precisely a date is known: the unit its value names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
    /// A reference with no calendar position (PRESENT_REF, "recently").
    Vague,
}

impl Precision {
    pub fn label(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Century => "century",
            Precision::Vague => "vague",
        }
    }
}

/// The earliest and latest day a date may fall on, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DayInterval {
    pub earliest: Day,
    pub latest: Day,
}

impl DayInterval {
    pub fn day(day: Day) -> DayInterval {
        DayInterval { earliest: day, latest: day }
    }

    pub fn month(year: i32, month: u32) -> Option<DayInterval> {
        Some(DayInterval { earliest: Day::new(year, month, 1)?, latest: Day::last_of_month(year, month)? })
    }

    pub fn year(year: i32) -> Option<DayInterval> {
        Some(DayInterval { earliest: Day::new(year, 1, 1)?, latest: Day::new(year, 12, 31)? })
    }

    pub fn contains(&self, day: Day) -> bool {
        self.earliest <= day && day <= self.latest
    }

    pub fn overlaps(&self, other: &DayInterval) -> bool {
        self.earliest <= other.latest && other.earliest <= self.latest
    }
}

/// A resolved calendar date as the timeline shows it: a TimeML value with its precision and interval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateValue {
    /// TimeML TIMEX3 value: `2020-07-21`, `2025-02`, `2025-Q3`, `2025-SU`, `199X`, `PAST_REF` …
    pub value: String,
    pub precision: Precision,
    /// TimeML modifier: START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// Absent where the value has no calendar position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<DayInterval>,
}

impl DateValue {
    /// A date that is exactly one day.
    pub fn on_day(day: Day) -> DateValue {
        DateValue {
            value: day.to_string(),
            precision: Precision::Day,
            modifier: None,
            interval: Some(DayInterval::day(day)),
        }
    }

    /// Parses the calendar forms used in corpus.toml: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse_calendar(text: &str) -> Option<DateValue> {
        let text = text.trim();
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
        };
        let year = number(parts.first()?, 4)? as i32;
        let (precision, interval) = match parts.len() {
            1 => (Precision::Year, DayInterval::year(year)?),
            2 => (Precision::Month, DayInterval::month(year, number(parts[1], 2)?)?),
            3 => {
                let day = Day::new(year, number(parts[1], 2)?, number(parts[2], 2)?)?;
                (Precision::Day, DayInterval::day(day))
            }
            _ => return None,
        };
        Some(DateValue { value: text.to_string(), precision, modifier: None, interval: Some(interval) })
    }

    /// The day used to order dates: the earliest possible day, if any.
    pub fn sort_key(&self) -> Option<Day> {
        self.interval.map(|i| i.earliest)
    }

    /// A reader's rendering: "21 July 2020", "July 2020", "2020", "early September 2025".
    pub fn label(&self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let base = match (self.precision, self.interval) {
            (Precision::Day, Some(i)) => {
                format!("{} {} {}", i.earliest.day(), MONTHS[i.earliest.month() as usize - 1], i.earliest.year())
            }
            (Precision::Month, Some(i)) => {
                format!("{} {}", MONTHS[i.earliest.month() as usize - 1], i.earliest.year())
            }
            (Precision::Year, Some(i)) => i.earliest.year().to_string(),
            (Precision::Decade, Some(i)) => format!("{}s", i.earliest.year()),
            (Precision::Century, Some(i)) => century_label(i.earliest.year().div_euclid(100) + 1),
            _ => before_christ_label(&self.value).unwrap_or_else(|| self.value.clone()),
        };
        match self.modifier.as_deref() {
            Some("START") => format!("early {base}"),
            Some("MID") => format!("mid {base}"),
            Some("END") => format!("late {base}"),
            Some("APPROX") => format!("about {base}"),
            Some("BEFORE") => format!("before {base}"),
            Some("AFTER") => format!("after {base}"),
            Some("ON_OR_BEFORE") => format!("by {base}"),
            Some("ON_OR_AFTER") => format!("on or after {base}"),
            _ => base,
        }
    }
}

/// "44 BC" for `BC0044`, "5th century BC" for the century value `BC04`.
fn before_christ_label(value: &str) -> Option<String> {
    let digits = value.strip_prefix("BC")?;
    let n: i32 = digits.parse().ok()?;
    Some(match digits.len() {
        2 => format!("{} BC", century_label(n + 1)),
        _ => format!("{n} BC"),
    })
}

/// "20th century", "21st century", "11th century".
fn century_label(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix} century")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn decades_and_centuries_read_as_words() {
        let value = |value: &str, precision, first: i32, years: i32| DateValue {
            value: value.to_string(),
            precision,
            modifier: None,
            interval: Some(DayInterval {
                earliest: Day::new(first, 1, 1).unwrap(),
                latest: Day::new(first + years - 1, 12, 31).unwrap(),
            }),
        };
        assert_eq!(value("199X", Precision::Decade, 1990, 10).label(), "1990s");
        assert_eq!(value("19XX", Precision::Century, 1900, 100).label(), "20th century");
        assert_eq!(value("20XX", Precision::Century, 2000, 100).label(), "21st century");
        assert_eq!(value("10XX", Precision::Century, 1000, 100).label(), "11th century");
        let bc = |value: &str, precision| DateValue { value: value.into(), precision, modifier: None, interval: None };
        assert_eq!(bc("BC0044", Precision::Year).label(), "44 BC");
        assert_eq!(bc("BC04", Precision::Century).label(), "5th century BC");
    }

    #[test]
    fn impossible_days_are_refused() {
        assert!(Day::new(2025, 2, 29).is_none());
        assert!(Day::new(2024, 2, 29).is_some());
        assert!(Day::new(2025, 13, 1).is_none());
        assert!(Day::new(2025, 4, 31).is_none());
        assert!(Day::parse("2025-02-30").is_none());
    }

    #[test]
    fn weekday_of_known_days() {
        assert_eq!(Day::new(2020, 7, 21).unwrap().weekday(), 2); // a Tuesday
        assert_eq!(Day::new(2025, 11, 22).unwrap().weekday(), 6); // a Saturday
    }

    #[test]
    fn calendar_values_carry_their_precision() {
        let month = DateValue::parse_calendar("2025-09").unwrap();
        assert_eq!(month.precision, Precision::Month);
        assert_eq!(month.interval.unwrap().latest.to_string(), "2025-09-30");
        assert_eq!(month.label(), "September 2025");
        assert!(DateValue::parse_calendar("2025-9").is_none());
        assert!(DateValue::parse_calendar("2025-02-30").is_none());
    }

    proptest! {
        #[test]
        fn ordinal_round_trips(ordinal in 0i64..3_652_000) {
            let day = Day::from_ordinal(ordinal).unwrap();
            prop_assert_eq!(day.ordinal(), ordinal);
            prop_assert_eq!(Day::parse(&day.to_string()), Some(day));
        }
    }
}
