//! The time axis's geometry: a linear scale from days to pixels, ticks at calendar units, and the
//! arithmetic of zooming and panning a window of days.
//!
//! A window is a pair of day ordinals ([`crate::Day::ordinal`]), both days shown. On the scale a
//! day `d` covers `[x(d), x(d + 1))`: day ordinals are read as the start of their day.

use crate::model::Day;

/// The fewest days a window may show: zoomed in as far as days can be told apart.
pub const MIN_WINDOW_DAYS: i64 = 7;

/// Days to pixels over a window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    first: f64,
    days: f64,
    width: f64,
}

impl TimeScale {
    /// The scale that puts `window` (day ordinals, both shown, either order) across `width` pixels.
    pub fn new(window: (i64, i64), width: f64) -> TimeScale {
        let (first, last) = (window.0.min(window.1), window.0.max(window.1));
        TimeScale { first: first as f64, days: (last - first + 1) as f64, width: width.max(1.0) }
    }

    /// The x of the start of a day (fractional days allowed).
    pub fn x(&self, day: f64) -> f64 {
        (day - self.first) / self.days * self.width
    }

    /// The day (fractional) at an x.
    pub fn day_at(&self, x: f64) -> f64 {
        self.first + x / self.width * self.days
    }

    /// From the start of `first_day` to the end of `last_day`.
    pub fn span(&self, first_day: i64, last_day: i64) -> (f64, f64) {
        (self.x(first_day as f64), self.x(last_day as f64 + 1.0))
    }

    pub fn width(&self) -> f64 {
        self.width
    }

    /// Days per pixel.
    pub fn days_per_pixel(&self) -> f64 {
        self.days / self.width
    }
}

/// The calendar unit a run of ticks steps by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Days(i64),
    Months(u32),
    Years(i32),
}

impl Step {
    /// About how many days one step is, to choose a step for a spacing.
    fn approx_days(self) -> f64 {
        match self {
            Step::Days(n) => n as f64,
            Step::Months(n) => f64::from(n) * 30.44,
            Step::Years(n) => f64::from(n) * 365.25,
        }
    }
}

const STEPS: [Step; 17] = [
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Days(14),
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
    Step::Years(1000),
];

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// One tick of the axis: a day, where it falls, and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub day: i64,
    pub x: f64,
    pub label: String,
}

/// Ticks at the finest calendar step that keeps them at least `min_spacing` pixels apart: days,
/// weeks (Mondays), months, quarters, years, decades … Each label names its unit fully enough
/// to be read alone ("2020", "Mar 2020", "7 Mar 2020").
pub fn ticks(scale: &TimeScale, min_spacing: f64) -> Vec<Tick> {
    let per_pixel = scale.days_per_pixel();
    let step = STEPS.iter().copied().find(|s| s.approx_days() / per_pixel >= min_spacing).unwrap_or(Step::Years(1000));
    let first = scale.day_at(0.0).floor() as i64;
    let last = scale.day_at(scale.width()).ceil() as i64;
    let (Some(start), Some(_)) = (Day::from_ordinal(first.max(0)), Day::from_ordinal(last)) else {
        return Vec::new();
    };
    let mut days = Vec::new();
    match step {
        Step::Days(n) => {
            // Weeks start on Mondays; other day steps count from day 0.
            let mut day =
                if n % 7 == 0 { first - (i64::from(start.weekday()) - 1) } else { first - first.rem_euclid(n) };
            while day <= last {
                days.push(day);
                day += n;
            }
        }
        Step::Months(n) => {
            let (mut year, mut month) = (start.year(), start.month());
            while (month - 1) % n != 0 {
                month -= 1;
            }
            while let Some(day) = Day::new(year, month, 1).map(Day::ordinal) {
                if day > last {
                    break;
                }
                days.push(day);
                month += n;
                if month > 12 {
                    month -= 12;
                    year += 1;
                }
            }
        }
        Step::Years(n) => {
            let mut year = start.year() - start.year().rem_euclid(n);
            while let Some(day) = Day::new(year.max(1), 1, 1).map(Day::ordinal) {
                if day > last {
                    break;
                }
                days.push(day);
                year += n;
            }
        }
    }
    // Only ticks inside the window: none at its right edge, which is the next day's start.
    days.into_iter()
        .filter(|&d| d >= first && scale.x(d as f64) < scale.width())
        .filter_map(|day| {
            let date = Day::from_ordinal(day)?;
            let label = match step {
                Step::Years(_) => date.year().to_string(),
                Step::Months(_) => format!("{} {}", MONTHS[date.month() as usize - 1], date.year()),
                Step::Days(_) => format!("{} {} {}", date.day(), MONTHS[date.month() as usize - 1], date.year()),
            };
            Some(Tick { day, x: scale.x(day as f64), label })
        })
        .collect()
}

/// The window the axis may show at most: the events' span with a margin, at least a month.
pub fn axis_bounds(day_span: Option<(i64, i64)>) -> (i64, i64) {
    let (first, last) = day_span.unwrap_or_else(|| {
        let today = Day::new(2000, 1, 1).map_or(0, Day::ordinal);
        (today, today)
    });
    let margin = ((last - first) / 40).max(15);
    ((first - margin).max(0), last + margin)
}

/// A window moved into `bounds` (keeping its length where it fits) and at least
/// [`MIN_WINDOW_DAYS`] long.
fn fit(first: f64, days: f64, bounds: (i64, i64)) -> (i64, i64) {
    let bound_days = (bounds.1 - bounds.0 + 1) as f64;
    let days = days.clamp((MIN_WINDOW_DAYS as f64).min(bound_days), bound_days).round();
    let first = first.round().clamp(bounds.0 as f64, bounds.1 as f64 + 1.0 - days);
    (first as i64, (first + days) as i64 - 1)
}

/// The window after zooming by `factor` (below 1 zooms in) about the point at `anchor` (0 the
/// left edge, 1 the right), which stays where it is on screen; kept within `bounds`.
pub fn zoom_window(window: (i64, i64), factor: f64, anchor: f64, bounds: (i64, i64)) -> (i64, i64) {
    let days = (window.1 - window.0 + 1) as f64;
    let anchor = anchor.clamp(0.0, 1.0);
    let anchor_day = window.0 as f64 + anchor * days;
    let new_days = (days * factor.max(0.0001)).max(1.0);
    fit(anchor_day - anchor * new_days, new_days, bounds)
}

/// The window moved by `days` (negative moves to earlier days), kept within `bounds`.
pub fn pan_window(window: (i64, i64), days: f64, bounds: (i64, i64)) -> (i64, i64) {
    fit(window.0 as f64 + days, (window.1 - window.0 + 1) as f64, bounds)
}

/// A window of `days` days centred where `window` is centred, kept within `bounds`: the presets
/// (5 years, 1 year, 3 months).
pub fn window_of(window: (i64, i64), days: i64, bounds: (i64, i64)) -> (i64, i64) {
    let centre = (window.0 + window.1 + 1) as f64 / 2.0;
    fit(centre - days as f64 / 2.0, days as f64, bounds)
}

/// A window of the same length as `window`, centred on `day` (to bring a selected event into view).
pub fn centre_on(window: (i64, i64), day: f64, bounds: (i64, i64)) -> (i64, i64) {
    let days = (window.1 - window.0 + 1) as f64;
    fit(day - days / 2.0, days, bounds)
}
