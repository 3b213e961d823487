//! The time axis's geometry: the scale, calendar ticks, zoom and pan arithmetic, and the marks of
//! a window, against hand-worked cases and random windows.

mod common;

use proptest::prelude::*;
use tightrope_core::index::CorpusIndex;
use tightrope_core::query::*;
use tightrope_core::*;

fn ordinal(text: &str) -> i64 {
    Day::parse(text).unwrap().ordinal()
}

fn window(a: &str, b: &str) -> (i64, i64) {
    (ordinal(a), ordinal(b))
}

#[test]
fn the_scale_maps_days_to_pixels_and_back() {
    // January 2020: 31 days over 310 pixels, 10 a day.
    let scale = TimeScale::new(window("2020-01-01", "2020-01-31"), 310.0);
    assert_eq!(scale.x(ordinal("2020-01-01") as f64), 0.0);
    assert_eq!(scale.span(ordinal("2020-01-03"), ordinal("2020-01-04")), (20.0, 40.0));
    assert_eq!(scale.day_at(310.0), ordinal("2020-02-01") as f64);
    assert_eq!(scale.days_per_pixel(), 0.1);
}

#[test]
fn ticks_step_by_the_finest_unit_that_fits() {
    let labels = |w: (i64, i64), width: f64| -> Vec<String> {
        ticks(&TimeScale::new(w, width), 80.0).into_iter().map(|t| t.label).collect()
    };
    // Eight years over 800 pixels: a year is 100 pixels.
    assert_eq!(labels(window("2018-01-01", "2025-12-31"), 800.0)[..3], ["2018", "2019", "2020"]);
    // The same years over 400 pixels: every second year.
    assert_eq!(labels(window("2018-01-01", "2025-12-31"), 400.0), ["2018", "2020", "2022", "2024"]);
    // One year over 1200 pixels: months.
    let months = labels(window("2020-01-01", "2020-12-31"), 1200.0);
    assert_eq!(months.len(), 12);
    assert_eq!(months[2], "Mar 2020");
    // Three weeks over 2100 pixels: days; over 600: Mondays.
    assert_eq!(labels(window("2020-03-01", "2020-03-21"), 2100.0)[..2], ["1 Mar 2020", "2 Mar 2020"]);
    assert_eq!(labels(window("2020-03-01", "2020-03-21"), 600.0), ["2 Mar 2020", "9 Mar 2020", "16 Mar 2020"]);
    // Centuries.
    assert_eq!(labels(window("1001-01-01", "2000-12-31"), 500.0), ["1200", "1400", "1600", "1800", "2000"]);
}

#[test]
fn zoom_keeps_the_anchor_and_stays_in_bounds() {
    let bounds = window("2000-01-01", "2029-12-31");
    let year = window("2020-01-01", "2020-12-31");
    // Zooming in by half about the left edge keeps the first day.
    let zoomed = zoom_window(year, 0.5, 0.0, bounds);
    assert_eq!(zoomed.0, year.0);
    assert_eq!(zoomed.1 - zoomed.0 + 1, 183);
    // About the middle, the middle stays.
    let zoomed = zoom_window(year, 0.5, 0.5, bounds);
    assert!(((zoomed.0 + zoomed.1) - (year.0 + year.1)).abs() <= 1, "{zoomed:?}");
    // Never below a week, never past the bounds.
    let tiny = zoom_window(year, 0.0001, 0.3, bounds);
    assert_eq!(tiny.1 - tiny.0 + 1, MIN_WINDOW_DAYS);
    assert_eq!(zoom_window(year, 1000.0, 0.5, bounds), bounds);
    // Panning stops at the edges with the window's length kept.
    assert_eq!(pan_window(year, -1e9, bounds), (bounds.0, bounds.0 + 365));
    assert_eq!(pan_window(year, 31.0, bounds), (year.0 + 31, year.1 + 31));
    let five_years = window_of(year, 1826, bounds);
    assert_eq!(five_years.1 - five_years.0 + 1, 1826);
    assert_eq!(centre_on(year, ordinal("2029-12-31") as f64, bounds).1, bounds.1);
    assert_eq!(axis_bounds(Some((1000, 1000))), (985, 1015));
}

proptest! {
    #[test]
    fn zoom_and_pan_always_give_a_window_inside_the_bounds(
        a in 0i64..20_000, len in 0i64..20_000, b0 in 0i64..10_000, blen in 0i64..30_000,
        factor in 0.01f64..100.0, anchor in -1.0f64..2.0, shift in -1e5f64..1e5
    ) {
        let bounds = (b0, b0 + blen);
        let window = (a, a + len);
        for (first, last) in [zoom_window(window, factor, anchor, bounds), pan_window(window, shift, bounds), window_of(window, len, bounds)] {
            prop_assert!(bounds.0 <= first && first <= last && last <= bounds.1, "{:?} in {:?}", (first, last), bounds);
            prop_assert!(last - first + 1 >= MIN_WINDOW_DAYS.min(blen + 1));
        }
    }
}

#[test]
fn marks_span_their_interval_and_share_no_lane() {
    let mut corpus = common::six_events();
    corpus.events[1].date.date.modifier = Some("BEFORE".into());
    let index = CorpusIndex::new(&corpus);
    // 2019 to February 2020 over 425 pixels: a day is about one pixel.
    let scale = TimeScale::new(window("2019-01-01", "2020-02-29"), 425.0);
    let layout = layout_axis(&corpus, &index, index.timeline(), &scale, AxisLimits::default());
    assert_eq!((layout.in_window, layout.undated, layout.bins.len()), (5, 1, 0));
    let mark = |id: &str| *layout.marks.iter().find(|m| corpus.events[m.event as usize].event_id == id).unwrap();
    // e1 and e6 fall on the same day: points, in two lanes.
    let (e1, e6) = (mark("e1"), mark("e6"));
    assert!(e1.point && e6.point && e1.x0 == e6.x0 && e1.lane != e6.lane);
    // e2 (January 2020) is a bar over the month, open towards earlier days.
    let e2 = mark("e2");
    assert!(!e2.point && e2.fade == Fade::Start);
    assert!((e2.x1 - e2.x0 - 31.0 * 425.0 / 425.0).abs() < 1.0, "{e2:?}");
    assert_eq!(mark("e4").quad, Some(index::QuadClass::VerbalCooperation));
    for (i, a) in layout.marks.iter().enumerate() {
        for b in &layout.marks[i + 1..] {
            let apart = a.x1 + POINT_RADIUS < b.x0 - POINT_RADIUS || b.x1 + POINT_RADIUS < a.x0 - POINT_RADIUS;
            assert!(a.lane != b.lane || apart, "{a:?} and {b:?} overlap in one lane");
        }
    }
    // Past the limits, density bins.
    let limits = AxisLimits { max_marks: 2, ..AxisLimits::default() };
    let binned = layout_axis(&corpus, &index, index.timeline(), &scale, limits);
    assert!(binned.marks.is_empty() && !binned.bins.is_empty());
    assert_eq!(binned.bins.iter().map(|b| b.total()).max(), Some(3));
}
