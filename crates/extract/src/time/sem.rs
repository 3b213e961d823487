//! The meaning of a recognised expression before it is placed in time, and duration values.

use super::lexicon::{Holiday, Unit};
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
    /// Not said, but the date falls on this ISO weekday ("Friday, Oct. 23").
    Weekday(u32),
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
    Cal {
        year: YearRef,
        month: Option<u32>,
        day: Option<u32>,
    },
    YearPart {
        year: YearRef,
        part: Part,
    },
    /// A weekday: bare (`shift` None, the tense decides), "last" (-1), "this" (0) or "next" (1).
    Weekday {
        weekday: u32,
        shift: Option<i64>,
    },
    /// A shift from the anchor: "yesterday" (Day, -1), "last week", "two years ago", "this month".
    /// Anaphoric shifts ("a day later") count from the narrative time, others from the DCT.
    Shift {
        unit: Unit,
        by: i64,
        anaphoric: bool,
    },
    /// "the past year", "the last week": valued, as TimeBank does, as the unit before the
    /// anchor's (1997 for "the past year" in 1998), but spanning the stretch of that length up to it.
    PastPeriod {
        unit: Unit,
    },
    /// The three months up to a date: "the quarter ended Sept. 30" (the date stays its own expression).
    QuarterEnding(Box<Sem>),
    /// The week holding a date: "the week of March 6".
    WeekOf(Box<Sem>),
    /// Some units before or after a date: "the day before Christmas", "two days after May 3".
    Offset {
        base: Box<Sem>,
        unit: Unit,
        by: i64,
    },
    /// The decade starting in the given year ("the 1990s" → 1990).
    Decade(i32),
    /// The century whose years start with the given two digits ("the 1900s" → 19).
    Century(i32),
    /// A year or a century before the Common Era: "44 BC" (44, false), "the 5th century BC" (5, true).
    BeforeChrist {
        number: u32,
        century: bool,
    },
    /// An amount of a unit; `None` for an unspecified amount ("several years" → PXY).
    Duration {
        amount: Option<f64>,
        unit: Unit,
    },
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Reference(&'static str),
    /// A recurrence, already in TimeML notation (P1D, XXXX-WXX-5).
    Set(String),
    /// A clock time or part of day on a day ("10 p.m. Wednesday", "this morning").
    Time {
        day: Box<Sem>,
        clock: Clock,
    },
    /// The reporting quarter of business news ("the quarter", "the year-earlier quarter"): the
    /// quarter the text last named, else the last complete one before the DCT, `years_back` earlier.
    Reporting {
        years_back: i64,
    },
    /// The reporting quarter's counterpart in a given year ("the 1988 period").
    ReportingYear(i32),
    /// A holiday whose day moves from year to year: "Thanksgiving", "Easter 1916".
    Holiday {
        rule: Holiday,
        year: YearRef,
    },
}

/// The tense around an expression, which decides the direction of underspecified dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
    /// Said outright, whatever the verbs: "last December" (before), "next March" (after).
    Before,
    After,
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
    pub(super) fn vague(timex_type: TimexType, value: String) -> Resolved {
        Resolved { timex_type, value, precision: Precision::Vague, interval: None, anchor: Anchor::None }
    }

    /// The day this names, if it names one: what "the week of …" or "the day before …" counts from.
    pub(super) fn day(&self) -> Option<Day> {
        self.interval.filter(|_| self.precision == Precision::Day).map(|i| i.earliest)
    }
}

/// The TimeML duration value for an amount of a unit: P3D, PT2H, PXY, P1.5Y.
pub fn duration_value(amount: Option<f64>, unit: Unit) -> String {
    let (mut amount, mut unit) = (amount, unit);
    // Quarters and decades are written in their base units, as the TimeBank annotators did.
    match unit {
        Unit::Decade if amount.is_some() => (amount, unit) = (amount.map(|a| a * 10.0), Unit::Year),
        Unit::Century if amount.is_some() => (amount, unit) = (amount.map(|a| a * 100.0), Unit::Year),
        Unit::Weekend => (amount, unit) = (amount.map(|a| a * 2.0), Unit::Day),
        _ => {}
    }
    let (code, clock) = unit.duration_code();
    // Halves are written in the next smaller unit: P2Y6M, PT5H30M.
    if let Some(a) = amount.filter(|a| a.fract() == 0.5 && *a < 1000.0) {
        let whole = a as i64;
        let half = match unit {
            Unit::Year => Some("6M"),
            Unit::Day => Some("T12H"),
            Unit::Hour => Some("30M"),
            Unit::Minute => Some("30S"),
            _ => None,
        };
        if let Some(half) = half {
            let t = if clock { "T" } else { "" };
            return if whole == 0 { format!("P{t}{half}") } else { format!("P{t}{whole}{code}{half}") };
        }
    }
    let number = match amount {
        None => "X".to_string(),
        Some(a) if a.fract() == 0.0 => format!("{}", a as i64),
        Some(a) => format!("{a}"),
    };
    format!("P{}{number}{code}", if clock { "T" } else { "" })
}
