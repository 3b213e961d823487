//! Turns a recognised expression's meaning into a TimeML value, precision and day interval.

use super::calendar;
use super::relative::relative;
pub use super::sem::*;
use tightrope_core::{Anchor, Day, DayInterval, Precision, TimexType};

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
            Some(absolute(calendar::decade_value(*first), Precision::Decade, calendar::years(*first, 10)?))
        }
        // A year before Christ is counted on the calendar (see `calendar::bc_year`), so a history
        // can go on from it; its interval is dropped when it is written out.
        Sem::BeforeChrist { number, century: false } => {
            let year = calendar::bc_year(*number)?;
            Some(absolute(format!("BC{number:04}"), Precision::Year, DayInterval::year(year)?))
        }
        // Days are counted from AD 1, so an era before it has a value but no interval.
        Sem::BeforeChrist { number, century } => {
            let (value, precision) = match century {
                false => (format!("BC{number:04}"), Precision::Year),
                true => (format!("BC{:02}", number.saturating_sub(1)), Precision::Century),
            };
            Some(Resolved { precision, anchor: Anchor::Absolute, ..Resolved::vague(TimexType::Date, value) })
        }
        Sem::Century(digits) => {
            Some(absolute(calendar::century_value(*digits), Precision::Century, calendar::years(digits * 100, 100)?))
        }
        Sem::Cal { year: YearRef::Given(y), month, day } => {
            let placed = cal(*y, *month, *day)?;
            Some(absolute(placed.value, placed.precision, placed.interval?))
        }
        Sem::Holiday { rule, year: YearRef::Given(y) } => {
            let day = calendar::holiday(*y, *rule)?;
            Some(absolute(day.to_string(), Precision::Day, DayInterval::day(day)))
        }
        Sem::YearPart { year: YearRef::Given(y), part } => {
            let placed = year_part(*y, *part)?;
            Some(absolute(placed.value, placed.precision, placed.interval?))
        }
        Sem::Offset { base, unit, by } => {
            let date = resolve(base, anchor, tense)?;
            match date.day() {
                Some(day) => {
                    let placed = super::relative::shift(*unit, *by, day)?;
                    Some(Resolved {
                        value: placed.value,
                        precision: placed.precision,
                        interval: placed.interval,
                        ..date
                    })
                }
                None => Some(date),
            }
        }
        Sem::QuarterEnding(end) => {
            let date = resolve(end, anchor, tense)?;
            let last = date.day()?;
            // A quarter ending in the second half of a month takes in that month; one ending early
            // in a month ("ended Oct. 1") is the three months before. It is valued as the calendar
            // quarter of its middle month, which it overlaps most.
            let (y, m) = if last.day() >= 15 {
                (last.year(), last.month())
            } else {
                calendar::shift_month(last.year(), last.month(), -1)?
            };
            let (start_y, start_m) = calendar::shift_month(y, m, -2)?;
            let (mid_y, mid_m) = calendar::shift_month(y, m, -1)?;
            let q = (mid_m - 1) / 3 + 1;
            Some(Resolved {
                value: format!("{mid_y:04}-Q{q}"),
                precision: Precision::Quarter,
                interval: Some(DayInterval { earliest: Day::new(start_y, start_m, 1)?, latest: last }),
                ..date
            })
        }
        Sem::WeekOf(day) => {
            let date = resolve(day, anchor, tense)?;
            match date.day() {
                Some(day) => Some(Resolved {
                    value: calendar::week_value(day),
                    precision: Precision::Week,
                    interval: calendar::week_of(day),
                    ..date
                }),
                None => Some(date),
            }
        }
        Sem::Time { day, clock } => {
            let date = resolve(day, anchor, tense)?;
            let suffix = match clock {
                Clock::At(h, m) => format!("T{h:02}:{m:02}"),
                Clock::Part(p) => format!("T{p}"),
            };
            if date.precision != Precision::Day {
                // A time on a day the text does not pin down keeps what is known of the day:
                // "1942-XX-XXT06:30" in a year, "XXXX-WXX-5TNI" on some Friday.
                let v = &date.value;
                let year_known = v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit);
                let day = match date.precision {
                    Precision::Month if year_known && v.len() == 7 => format!("{v}-XX"),
                    _ if v.starts_with("XXXX-WXX-") => v.clone(),
                    _ if year_known => format!("{}-XX-XX", &v[..4]),
                    _ => "XXXX-XX-XX".to_string(),
                };
                return Some(Resolved { timex_type: TimexType::Time, value: format!("{day}{suffix}"), ..date });
            }
            Some(Resolved { timex_type: TimexType::Time, value: format!("{}{suffix}", date.value), ..date })
        }
        _ => {
            let Some(anchor) = anchor else {
                return Some(unanchored(sem));
            };
            let resolved = relative(sem, anchor, tense)?;
            // Only expressions counted from the DCT inherit its coarseness; "September 24" keeps its day.
            Some(
                if matches!(sem, Sem::Shift { .. } | Sem::PastPeriod { .. } | Sem::Weekday { .. } | Sem::Time { .. }) {
                    coarsen(resolved, anchor)
                } else {
                    resolved
                },
            )
        }
    }
}

/// A value with `X` for what only an anchor could tell: "July 21" → XXXX-07-21.
fn unanchored(sem: &Sem) -> Resolved {
    let value = match sem {
        Sem::Cal { month: Some(m), day: Some(d), .. } => format!("XXXX-{m:02}-{d:02}"),
        Sem::Cal { month: Some(m), .. } => format!("XXXX-{m:02}"),
        Sem::Cal { month: None, day: Some(d), .. } => format!("XXXX-XX-{d:02}"),
        Sem::Weekday { weekday, .. } => format!("XXXX-WXX-{weekday}"),
        Sem::YearPart { part: Part::Quarter(q), .. } => format!("XXXX-Q{q}"),
        Sem::YearPart { part: Part::Season(s, _), .. } => format!("XXXX-{s}"),
        Sem::Shift { by, .. } if *by < 0 => "PAST_REF".to_string(),
        Sem::PastPeriod { .. } => "PAST_REF".to_string(),
        Sem::Shift { by, .. } if *by > 0 => "FUTURE_REF".to_string(),
        _ => "PRESENT_REF".to_string(),
    };
    Resolved::vague(TimexType::Date, value)
}

/// An anchor known only to the month or year (a coarse DCT, "in 1990 … the next day") cannot
/// place a day: report what it can.
fn coarsen(resolved: Resolved, anchor: AnchorTime) -> Resolved {
    if anchor.precision <= resolved.precision || resolved.precision == Precision::Vague {
        return resolved;
    }
    let Some(interval) = resolved.interval else {
        return resolved;
    };
    // Only an expression that lies inside the coarse anchor is blurred to it.
    if !(anchor.span.contains(interval.earliest) && anchor.span.contains(interval.latest)) {
        return resolved;
    }
    let (year, month) = (anchor.day.year(), anchor.day.month());
    let value = match anchor.precision {
        Precision::Month => format!("{year:04}-{month:02}"),
        Precision::Quarter => format!("{year:04}-Q{}", (month - 1) / 3 + 1),
        Precision::Week => calendar::week_value(anchor.day),
        _ => format!("{year:04}"),
    };
    Resolved { value, precision: anchor.precision, interval: Some(anchor.span), ..resolved }
}

pub(super) struct Placed {
    pub value: String,
    pub precision: Precision,
    pub interval: Option<DayInterval>,
}

pub(super) fn cal(year: i32, month: Option<u32>, day: Option<u32>) -> Option<Placed> {
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
        _ => {
            Placed { value: format!("{year:04}"), precision: Precision::Year, interval: Some(DayInterval::year(year)?) }
        }
    })
}

pub(super) fn year_part(year: i32, part: Part) -> Option<Placed> {
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

#[cfg(test)]
mod tests {
    use super::super::lexicon::Unit;
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
        assert_eq!(duration_value(Some(3.0), Unit::Quarter), "P3Q");
        assert_eq!(duration_value(Some(1.5), Unit::Year), "P1Y6M");
        assert_eq!(duration_value(Some(0.5), Unit::Hour), "PT30M");
        assert_eq!(duration_value(Some(2.25), Unit::Week), "P2.25W");
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
