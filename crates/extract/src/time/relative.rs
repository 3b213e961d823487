//! Places relative and underspecified expressions against an anchor: open years, weekdays, shifts.

use super::calendar::{self, shift_month, week_of, week_value};
use super::lexicon::Unit;
use super::normalise::{cal, year_part, Placed};
use super::sem::{AnchorTime, Part, Resolved, Sem, Tense, YearRef};
use tightrope_core::{Anchor, Day, DayInterval, Precision, TimexType};

/// How many months ahead a history may go into the next year with a yearless month: "In
/// December 1941 … In January" is 1942, but "In October 1944 … By July" is still 1944.
const ROLL_MONTHS: i64 = 3;

/// Picks the year for a yearless month (and day): the past or future occurrence, or the nearest.
fn open_year(month: u32, day: Option<u32>, anchor: AnchorTime, tense: Tense, explicit: bool) -> Option<i32> {
    let y = anchor.day.year();
    let start_in = |year: i32| Day::new(year, month, day.unwrap_or(1));
    let end_in = |year: i32| match day {
        Some(d) => Day::new(year, month, d),
        None => Day::last_of_month(year, month),
    };
    // A text moving in its own time keeps the year it has reached: "May 7, 2020 … On July 21";
    // from late in a year, it goes on into the next one.
    if anchor.kind == Anchor::Narrative {
        let back = i64::from(anchor.day.month()) - i64::from(month);
        let rolls = anchor.precision <= Precision::Month && back >= 12 - ROLL_MONTHS;
        return Some(if rolls { y + 1 } else { y });
    }
    let past = if start_in(y).is_some_and(|d| d <= anchor.span.latest) { y } else { y - 1 };
    let future = if end_in(y).is_some_and(|d| d >= anchor.span.earliest) { y } else { y + 1 };
    let near = |year: i32| start_in(year).is_some_and(|d| (d.ordinal() - anchor.day.ordinal()).abs() <= 60);
    // A day within two months of the anchor is that one, whatever the verbs say, though not
    // against "since", "last" or "next": news gives the year of a date further away, and its
    // tense cues are often about another clause.
    if day.is_some() && past != future && near(past) != near(future) && !explicit {
        return Some(if near(past) { past } else { future });
    }
    // News names a month of the year before by its name alone only when it is long past: the
    // next month or the one after is meant ("cut supplies in September", said in August), and
    // the month just ended is meant over the same month eleven months on.
    if day.is_none() && past != future && anchor.precision == Precision::Day && !explicit {
        let ahead = (i64::from(month) - i64::from(anchor.day.month())).rem_euclid(12);
        match ahead {
            1 | 2 => return Some(future),
            11 => return Some(past),
            _ => {}
        }
    }
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
        YearRef::Open | YearRef::Weekday(_) => anchor.day.year(),
    }
}

pub(super) fn relative(sem: &Sem, anchor: AnchorTime, tense: Tense) -> Option<Resolved> {
    let (tense, explicit) = match tense {
        Tense::Before => (Tense::Past, true),
        Tense::After => (Tense::Future, true),
        t => (t, false),
    };
    let placed = |p: Placed| Resolved {
        timex_type: TimexType::Date,
        value: p.value,
        precision: p.precision,
        interval: p.interval,
        anchor: anchor.kind,
    };
    let a = anchor.day;
    match sem {
        // "on the 17th": the month the anchor names, if it names one.
        Sem::Cal { year: YearRef::Open, month: None, day: Some(d) } => {
            if anchor.precision > Precision::Month {
                return Some(Resolved::vague(TimexType::Date, format!("XXXX-XX-{d:02}")));
            }
            cal(a.year(), Some(a.month()), Some(*d)).map(placed)
        }
        Sem::Cal { year: YearRef::Open, month: Some(m), day } => {
            let year = open_year(*m, *day, anchor, tense, explicit)?;
            cal(year, Some(*m), *day).map(placed)
        }
        Sem::Cal { year: YearRef::Weekday(weekday), month: Some(m), day: Some(d) } => {
            let y = a.year();
            let fits = |year: i32| Day::new(year, *m, *d).is_some_and(|x| x.weekday() == *weekday);
            let year = [y, y - 1, y + 1].into_iter().find(|&year| fits(year));
            let year = year.map_or_else(|| open_year(*m, Some(*d), anchor, tense, explicit), Some)?;
            cal(year, Some(*m), Some(*d)).map(placed)
        }
        Sem::Cal { year, month, day } => cal(resolve_year(*year, anchor), *month, *day).map(placed),
        Sem::YearPart { year: YearRef::Open, part: Part::Season(code, first) } => {
            let y = a.year();
            // A past season has ended: "last fall" said in October is the fall of the year before.
            let ended = calendar::season(y, *first).is_some_and(|s| s.latest < anchor.span.earliest);
            let starts_after =
                |year: i32| calendar::season(year, *first).is_some_and(|s| s.earliest > anchor.span.latest);
            let year = match tense {
                // "the following spring", "next winter": the first that starts after the anchor.
                Tense::Future if explicit => (y..=y + 1).find(|&year| starts_after(year)).unwrap_or(y + 1),
                // "the previous summer", "last fall": the last that ended before it.
                Tense::Past if explicit => {
                    if ended {
                        y
                    } else {
                        y - 1
                    }
                }
                // A history's winter is the one under way early in a year, else the coming one,
                // and is named, as annotators name it, by the year of its January.
                _ if anchor.kind == Anchor::Narrative && *first == 12 => {
                    let start = if a.month() <= 2 && anchor.precision <= Precision::Month { y - 1 } else { y };
                    let placed_winter = year_part(start, Part::Season(code, *first))?;
                    let value = format!("{:04}-{code}", start + 1);
                    return Some(placed(Placed { value, ..placed_winter }));
                }
                // A text moving in its own time stays in the year it has reached: "In the autumn".
                _ if anchor.kind == Anchor::Narrative => y,
                Tense::Future if *first < a.month() => y + 1,
                Tense::Past if !ended => y - 1,
                _ => y,
            };
            year_part(year, Part::Season(code, *first)).map(placed)
        }
        Sem::YearPart { year: YearRef::Open, part } => {
            let first_month = match part {
                Part::Quarter(q) => q * 3 - 2,
                Part::Half(h) => h * 6 - 5,
                Part::Season(_, m) => *m,
            };
            // Business news speaks of the current or the latest quarter or half, whatever the
            // tense: "expects third-quarter results" in October is the quarter just ended.
            year_part(open_year(first_month, None, anchor, Tense::Past, false)?, *part).map(placed)
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
            Some(placed(Placed {
                value: day.to_string(),
                precision: Precision::Day,
                interval: Some(DayInterval::day(day)),
            }))
        }
        Sem::Shift { unit, by, .. } => shift(*unit, *by, a).map(placed),
        Sem::PastPeriod { unit } => {
            let before = shift(*unit, -1, a)?;
            let days = match unit {
                Unit::Day => 1,
                Unit::Week => 7,
                Unit::Month => 30,
                Unit::Quarter => 91,
                Unit::Year => 365,
                _ => return None,
            };
            let interval = DayInterval { earliest: a.add_days(-days)?, latest: anchor.span.latest };
            Some(placed(Placed { interval: Some(interval), ..before }))
        }
        Sem::Holiday { rule, year } => {
            let year = match year {
                YearRef::Open | YearRef::Weekday(_) => open_year(rule.month(), None, anchor, tense, explicit)?,
                year => resolve_year(*year, anchor),
            };
            let day = calendar::holiday(year, *rule)?;
            Some(placed(Placed {
                value: day.to_string(),
                precision: Precision::Day,
                interval: Some(DayInterval::day(day)),
            }))
        }
        Sem::ReportingYear(year) => {
            let by = if anchor.precision == Precision::Quarter { 0 } else { -1 };
            let (_, m) = shift_month(a.year(), a.month(), by * 3)?;
            year_part(*year, Part::Quarter((m - 1) / 3 + 1)).map(placed)
        }
        Sem::Reporting { years_back } => {
            let by = if anchor.precision == Precision::Quarter { 0 } else { -1 };
            let (y, m) = shift_month(a.year(), a.month(), by * 3 - years_back * 12)?;
            year_part(y, Part::Quarter((m - 1) / 3 + 1)).map(placed)
        }
        _ => None,
    }
}

/// The period `by` units away from the day `a`, at the unit's precision.
pub(super) fn shift(unit: Unit, by: i64, a: Day) -> Option<Placed> {
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
            Placed {
                value: format!("{}-WE", week_value(saturday)),
                precision: Precision::Week,
                interval: Some(interval),
            }
        }
        Unit::Month => {
            let (y, m) = shift_month(a.year(), a.month(), by)?;
            cal(y, Some(m), None)?
        }
        Unit::Quarter => {
            let (y, m) = shift_month(a.year(), a.month(), by * 3)?;
            year_part(y, Part::Quarter((m - 1) / 3 + 1))?
        }
        Unit::Year => cal(a.year() + by as i32, None, None)?,
        Unit::Decade => {
            let first = (a.year() / 10 + by as i32) * 10;
            Placed {
                value: calendar::decade_value(first),
                precision: Precision::Decade,
                interval: calendar::years(first, 10),
            }
        }
        Unit::Century => {
            let digits = a.year() / 100 + by as i32;
            Placed {
                value: calendar::century_value(digits),
                precision: Precision::Century,
                interval: calendar::years(digits * 100, 100),
            }
        }
        Unit::Hour | Unit::Minute | Unit::Second => {
            Placed { value: a.to_string(), precision: Precision::Day, interval: Some(DayInterval::day(a)) }
        }
    })
}
