//! Turns a recognised expression's meaning into a TimeML value, precision and day interval.

use super::calendar::{self, shift_month, week_of, week_value};
use super::lexicon::Unit;
use tightrope_core::{Anchor, Day, DayInterval, Precision, TimexType};

/// Which year an expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// Written out: "2020", "'98", "fiscal 1989".
    Given(i32),
    /// Relative to the anchor's year: "this year's" (0), "last year's" (-1).
    Shift(i64),
    /// Not said: the tense and the anchor decide ("in March").
    Open,
}

/// A named part of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Quarter(u32),
    Half(u32),
    /// A season's TimeML code and first month.
    Season(&'static str, u32),
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    At(u32, u32),
    Part(&'static str),
}

/// What an expression means before it is placed in time.
#[derive(Debug, Clone, PartialEq)]
pub enum Sem {
    /// Calendar fields as written: "May 7, 2020", "March 2023", "1990", "July 21", "in March".
    Cal { year: YearRef, month: Option<u32>, day: Option<u32> },
    YearPart { year: YearRef, part: Part },
    /// A weekday: bare (`shift` None, the tense decides), "last" (-1), "this" (0) or "next" (1).
    Weekday { weekday: u32, shift: Option<i64> },
    /// A shift from the anchor: "yesterday" (Day, -1), "last week", "two years ago", "this month".
    /// Anaphoric shifts ("a day later") count from the narrative time, others from the DCT.
    Shift { unit: Unit, by: i64, anaphoric: bool },
    /// The decade starting in the given year ("the 1990s" → 1990).
    Decade(i32),
    /// The century whose years start with the given two digits ("the 1900s" → 19).
    Century(i32),
    /// An amount of a unit; `None` for an unspecified amount ("several years" → PXY).
    Duration { amount: Option<f64>, unit: Unit },
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Reference(&'static str),
    /// A recurrence, already in TimeML notation (P1D, XXXX-WXX-5).
    Set(String),
    /// A clock time or part of day on a day ("10 p.m. Wednesday", "this morning").
    Time { day: Box<Sem>, clock: Clock },
}

/// The tense around an expression, which decides the direction of underspecified dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// The time an expression is resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnchorTime {
    /// The reference day; for a coarse anchor, a day inside it.
    pub day: Day,
    /// The anchor's own extent: a day, or the month or year a coarse DCT names.
    pub span: DayInterval,
    pub precision: Precision,
    pub kind: Anchor,
}

/// A placed expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub timex_type: TimexType,
    pub value: String,
    pub precision: Precision,
    pub interval: Option<DayInterval>,
    pub anchor: Anchor,
}

impl Resolved {
    fn vague(timex_type: TimexType, value: String) -> Resolved {
        Resolved { timex_type, value, precision: Precision::Vague, interval: None, anchor: Anchor::None }
    }
}

/// The TimeML duration value for an amount of a unit: P3D, PT2H, PXY, P1.5Y.
pub fn duration_value(amount: Option<f64>, unit: Unit) -> String {
    let (mut amount, mut unit) = (amount, unit);
    // Quarters and decades are written in their base units, as the TimeBank annotators did.
    match unit {
        Unit::Quarter => (amount, unit) = (amount.map(|a| a * 3.0), Unit::Month),
        Unit::Decade if amount.is_some() => (amount, unit) = (amount.map(|a| a * 10.0), Unit::Year),
        Unit::Century if amount.is_some() => (amount, unit) = (amount.map(|a| a * 100.0), Unit::Year),
        Unit::Weekend => (amount, unit) = (amount.map(|a| a * 2.0), Unit::Day),
        _ => {}
    }
    let (code, clock) = unit.duration_code();
    let number = match amount {
        None => "X".to_string(),
        Some(a) if a.fract() == 0.0 => format!("{}", a as i64),
        Some(a) => format!("{a}"),
    };
    format!("P{}{number}{code}", if clock { "T" } else { "" })
}

/// Places `sem` against `anchor` (absent when the document has no date yet).
pub fn resolve(sem: &Sem, anchor: Option<AnchorTime>, tense: Tense) -> Option<Resolved> {
    let absolute = |value: String, precision, interval| Resolved {
        timex_type: TimexType::Date,
        value,
        precision,
        interval: Some(interval),
        anchor: Anchor::Absolute,
    };
    match sem {
        Sem::Duration { amount, unit } => Some(Resolved::vague(TimexType::Duration, duration_value(*amount, *unit))),
        Sem::Reference(value) => Some(Resolved::vague(TimexType::Date, (*value).to_string())),
        Sem::Set(value) => Some(Resolved::vague(TimexType::Set, value.clone())),
        Sem::Decade(first) => {
            Some(absolute(format!("{:03}", first / 10), Precision::Decade, calendar::years(*first, 10)?))
        }
        Sem::Century(digits) => {
            Some(absolute(format!("{digits:02}"), Precision::Century, calendar::years(digits * 100, 100)?))
        }
        Sem::Cal { year: YearRef::Given(y), month, day } => {
            let placed = cal(*y, *month, *day)?;
            Some(absolute(placed.value, placed.precision, placed.interval?))
        }
        Sem::YearPart { year: YearRef::Given(y), part } => {
            let placed = year_part(*y, *part)?;
            Some(absolute(placed.value, placed.precision, placed.interval?))
        }
        Sem::Time { day, clock } => {
            let date = resolve(day, anchor, tense)?;
            let suffix = match clock {
                Clock::At(h, m) => format!("T{h:02}:{m:02}"),
                Clock::Part(p) => format!("T{p}"),
            };
            if date.precision != Precision::Day {
                return Some(Resolved { timex_type: TimexType::Time, ..date });
            }
            Some(Resolved { timex_type: TimexType::Time, value: format!("{}{suffix}", date.value), ..date })
        }
        _ => {
            let Some(anchor) = anchor else {
                return Some(unanchored(sem));
            };
            relative(sem, anchor, tense).map(|r| coarsen(r, anchor))
        }
    }
}

/// A value with `X` for what only an anchor could tell: "July 21" → XXXX-07-21.
fn unanchored(sem: &Sem) -> Resolved {
    let value = match sem {
        Sem::Cal { month: Some(m), day: Some(d), .. } => format!("XXXX-{m:02}-{d:02}"),
        Sem::Cal { month: Some(m), .. } => format!("XXXX-{m:02}"),
        Sem::Weekday { weekday, .. } => format!("XXXX-WXX-{weekday}"),
        Sem::YearPart { part: Part::Quarter(q), .. } => format!("XXXX-Q{q}"),
        Sem::YearPart { part: Part::Season(s, _), .. } => format!("XXXX-{s}"),
        Sem::Shift { by, .. } if *by < 0 => "PAST_REF".to_string(),
        Sem::Shift { by, .. } if *by > 0 => "FUTURE_REF".to_string(),
        _ => "PRESENT_REF".to_string(),
    };
    Resolved::vague(TimexType::Date, value)
}

/// A DCT known only to the month or year cannot place a day: report what it can.
fn coarsen(resolved: Resolved, anchor: AnchorTime) -> Resolved {
    if anchor.kind != Anchor::Dct || anchor.precision <= resolved.precision || resolved.precision == Precision::Vague {
        return resolved;
    }
    let Some(interval) = resolved.interval else { return resolved };
    // Only an expression that lies inside the coarse anchor is blurred to it.
    if !(anchor.span.contains(interval.earliest) && anchor.span.contains(interval.latest)) {
        return resolved;
    }
    let value = match anchor.precision {
        Precision::Month => format!("{:04}-{:02}", anchor.day.year(), anchor.day.month()),
        _ => format!("{:04}", anchor.day.year()),
    };
    Resolved { value, precision: anchor.precision, interval: Some(anchor.span), ..resolved }
}

struct Placed {
    value: String,
    precision: Precision,
    interval: Option<DayInterval>,
}

fn cal(year: i32, month: Option<u32>, day: Option<u32>) -> Option<Placed> {
    Some(match (month, day) {
        (Some(m), Some(d)) => {
            let day = Day::new(year, m, d)?;
            Placed { value: day.to_string(), precision: Precision::Day, interval: Some(DayInterval::day(day)) }
        }
        (Some(m), None) => Placed {
            value: format!("{year:04}-{m:02}"),
            precision: Precision::Month,
            interval: Some(DayInterval::month(year, m)?),
        },
        _ => Placed { value: format!("{year:04}"), precision: Precision::Year, interval: Some(DayInterval::year(year)?) },
    })
}

fn year_part(year: i32, part: Part) -> Option<Placed> {
    Some(match part {
        Part::Quarter(q) => Placed {
            value: format!("{year:04}-Q{q}"),
            precision: Precision::Quarter,
            interval: Some(calendar::quarter(year, q)?),
        },
        Part::Half(h) => Placed {
            value: format!("{year:04}-H{h}"),
            precision: Precision::Quarter,
            interval: Some(calendar::half(year, h)?),
        },
        Part::Season(code, first) => Placed {
            value: format!("{year:04}-{code}"),
            precision: Precision::Season,
            interval: Some(calendar::season(year, first)?),
        },
    })
}

/// Picks the year for a yearless month (and day): the past or future occurrence, or the nearest.
fn open_year(month: u32, day: Option<u32>, anchor: AnchorTime, tense: Tense) -> Option<i32> {
    let y = anchor.day.year();
    let start_in = |year: i32| Day::new(year, month, day.unwrap_or(1));
    let end_in = |year: i32| match day {
        Some(d) => Day::new(year, month, d),
        None => Day::last_of_month(year, month),
    };
    let past = if start_in(y).is_some_and(|d| d <= anchor.span.latest) { y } else { y - 1 };
    let future = if end_in(y).is_some_and(|d| d >= anchor.span.earliest) { y } else { y + 1 };
    Some(match tense {
        Tense::Past => past,
        Tense::Future => future,
        _ if past == future => past,
        _ => {
            let distance = |year: i32| {
                let d = start_in(year).or_else(|| start_in(year + 1));
                d.map_or(i64::MAX, |d| (d.ordinal() - anchor.day.ordinal()).abs())
            };
            if distance(future) < distance(past) {
                future
            } else {
                past
            }
        }
    })
}

fn resolve_year(year: YearRef, anchor: AnchorTime) -> i32 {
    match year {
        YearRef::Given(y) => y,
        YearRef::Shift(by) => anchor.day.year() + by as i32,
        YearRef::Open => anchor.day.year(),
    }
}

fn relative(sem: &Sem, anchor: AnchorTime, tense: Tense) -> Option<Resolved> {
    let placed = |p: Placed| Resolved {
        timex_type: TimexType::Date,
        value: p.value,
        precision: p.precision,
        interval: p.interval,
        anchor: anchor.kind,
    };
    let a = anchor.day;
    match sem {
        Sem::Cal { year: YearRef::Open, month: Some(m), day } => {
            let year = open_year(*m, *day, anchor, tense)?;
            cal(year, Some(*m), *day).map(placed)
        }
        Sem::Cal { year, month, day } => cal(resolve_year(*year, anchor), *month, *day).map(placed),
        Sem::YearPart { year: YearRef::Open, part: Part::Season(code, first) } => {
            let y = a.year();
            let year = match tense {
                Tense::Future if *first < a.month() => y + 1,
                Tense::Past if *first > a.month() => y - 1,
                _ => y,
            };
            year_part(year, Part::Season(code, *first)).map(placed)
        }
        Sem::YearPart { year, part } => year_part(resolve_year(*year, anchor), *part).map(placed),
        Sem::Weekday { weekday, shift } => {
            let today = i64::from(a.weekday());
            let target = i64::from(*weekday);
            let back = (today - target).rem_euclid(7);
            let forward = (target - today).rem_euclid(7);
            let offset = match shift {
                Some(0) => target - today,
                Some(s) if *s < 0 => -(if back == 0 { 7 } else { back }),
                Some(_) => {
                    if forward == 0 {
                        7
                    } else {
                        forward
                    }
                }
                None if tense == Tense::Future => forward,
                None => -back,
            };
            let day = a.add_days(offset)?;
            Some(placed(Placed { value: day.to_string(), precision: Precision::Day, interval: Some(DayInterval::day(day)) }))
        }
        Sem::Shift { unit, by, .. } => shift(*unit, *by, a).map(placed),
        _ => None,
    }
}

/// The period `by` units away from the day `a`, at the unit's precision.
fn shift(unit: Unit, by: i64, a: Day) -> Option<Placed> {
    Some(match unit {
        Unit::Day => {
            let day = a.add_days(by)?;
            Placed { value: day.to_string(), precision: Precision::Day, interval: Some(DayInterval::day(day)) }
        }
        Unit::Week => {
            let day = a.add_days(by * 7)?;
            Placed { value: week_value(day), precision: Precision::Week, interval: week_of(day) }
        }
        Unit::Weekend => {
            // The weekend just past, or the coming one when shifting forward.
            let saturday = if by > 0 {
                a.add_days((6 - i64::from(a.weekday())).rem_euclid(7) + (by - 1) * 7)?
            } else {
                a.add_days(-((i64::from(a.weekday()) - 6).rem_euclid(7)) + (by.min(-1) + 1) * 7)?
            };
            let interval = DayInterval { earliest: saturday, latest: saturday.add_days(1)? };
            Placed { value: format!("{}-WE", week_value(saturday)), precision: Precision::Week, interval: Some(interval) }
        }
        Unit::Month => {
            let (y, m) = shift_month(a.year(), a.month(), by)?;
            cal(y, Some(m), None)?
        }
        Unit::Quarter => {
            let (y, m) = shift_month(a.year(), a.month(), by * 3)?;
            year_part(y, Part::Quarter((m - 1) / 3 + 1))?
        }
        Unit::Half => {
            let (y, m) = shift_month(a.year(), a.month(), by * 6)?;
            year_part(y, Part::Half((m - 1) / 6 + 1))?
        }
        Unit::Year => cal(a.year() + by as i32, None, None)?,
        Unit::Decade => {
            let first = (a.year() / 10 + by as i32) * 10;
            Placed { value: format!("{:03}", first / 10), precision: Precision::Decade, interval: calendar::years(first, 10) }
        }
        Unit::Century => {
            let digits = a.year() / 100 + by as i32;
            Placed { value: format!("{digits:02}"), precision: Precision::Century, interval: calendar::years(digits * 100, 100) }
        }
        Unit::Hour | Unit::Minute | Unit::Second => {
            Placed { value: a.to_string(), precision: Precision::Day, interval: Some(DayInterval::day(a)) }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dct(y: i32, m: u32, d: u32) -> Option<AnchorTime> {
        let day = Day::new(y, m, d)?;
        Some(AnchorTime { day, span: DayInterval::day(day), precision: Precision::Day, kind: Anchor::Dct })
    }

    fn value(sem: Sem, anchor: Option<AnchorTime>, tense: Tense) -> String {
        resolve(&sem, anchor, tense).unwrap().value
    }

    #[test]
    fn writes_durations() {
        assert_eq!(duration_value(Some(3.0), Unit::Day), "P3D");
        assert_eq!(duration_value(Some(2.0), Unit::Hour), "PT2H");
        assert_eq!(duration_value(None, Unit::Year), "PXY");
        assert_eq!(duration_value(Some(3.0), Unit::Quarter), "P9M");
        assert_eq!(duration_value(Some(1.5), Unit::Year), "P1.5Y");
    }

    #[test]
    fn yearless_months_follow_the_tense() {
        let march = Sem::Cal { year: YearRef::Open, month: Some(3), day: None };
        assert_eq!(value(march.clone(), dct(1989, 10, 27), Tense::Past), "1989-03");
        assert_eq!(value(march.clone(), dct(1989, 10, 27), Tense::Future), "1990-03");
        let dec7 = Sem::Cal { year: YearRef::Open, month: Some(12), day: Some(7) };
        assert_eq!(value(dec7, dct(1989, 10, 30), Tense::Unknown), "1989-12-07");
        let nov25 = Sem::Cal { year: YearRef::Open, month: Some(11), day: Some(25) };
        assert_eq!(value(nov25, dct(2000, 1, 15), Tense::Unknown), "1999-11-25");
        assert_eq!(value(march, None, Tense::Past), "XXXX-03");
    }

    #[test]
    fn weekdays_resolve_against_the_anchor() {
        let friday = Sem::Weekday { weekday: 5, shift: None };
        assert_eq!(value(friday.clone(), dct(1989, 10, 30), Tense::Past), "1989-10-27");
        assert_eq!(value(friday, dct(2000, 1, 7), Tense::Past), "2000-01-07");
        let thursday = Sem::Weekday { weekday: 4, shift: None };
        assert_eq!(value(thursday, dct(1999, 5, 5), Tense::Future), "1999-05-06");
        let last_wednesday = Sem::Weekday { weekday: 3, shift: Some(-1) };
        assert_eq!(value(last_wednesday, dct(1989, 11, 1), Tense::Past), "1989-10-25");
    }

    #[test]
    fn shifts_by_units() {
        let shift = |unit, by| Sem::Shift { unit, by, anaphoric: false };
        assert_eq!(value(shift(Unit::Week, -1), dct(1991, 12, 3), Tense::Past), "1991-W48");
        assert_eq!(value(shift(Unit::Month, -1), dct(2000, 1, 16), Tense::Past), "1999-12");
        assert_eq!(value(shift(Unit::Year, -1), dct(1989, 10, 30), Tense::Past), "1988");
        assert_eq!(value(shift(Unit::Day, -1), dct(1989, 10, 27), Tense::Past), "1989-10-26");
        assert_eq!(value(shift(Unit::Weekend, -1), dct(1989, 10, 30), Tense::Past), "1989-W43-WE");
        assert_eq!(value(shift(Unit::Decade, -1), dct(1998, 2, 6), Tense::Past), "198");
        assert_eq!(value(shift(Unit::Quarter, 0), dct(1989, 10, 26), Tense::Past), "1989-Q4");
    }

    #[test]
    fn a_coarse_dct_blurs_days_inside_it() {
        let day = Day::new(2025, 9, 24).unwrap();
        let month = AnchorTime {
            day,
            span: DayInterval::month(2025, 9).unwrap(),
            precision: Precision::Month,
            kind: Anchor::Dct,
        };
        let today = Sem::Shift { unit: Unit::Day, by: 0, anaphoric: false };
        assert_eq!(value(today, Some(month), Tense::Present), "2025-09");
        let feb = Sem::Cal { year: YearRef::Open, month: Some(2), day: None };
        assert_eq!(value(feb, Some(month), Tense::Past), "2025-02");
    }
}
