//! The axis's marks for a window: each event over its date interval (a point for a day, a bar
//! for a longer span, faded where the span is open-ended), in lanes that never overlap; or, when
//! there are too many to draw one by one, density bins.

use super::lanes::{assign_lanes, density_bins, DensityBin};
use super::scale::TimeScale;
use crate::index::{CorpusIndex, EventIx, QuadClass};
use crate::model::Corpus;

/// A point's half width in pixels; spans narrower than a point are drawn as one.
pub const POINT_RADIUS: f64 = 5.0;
/// Pixels kept free between two marks in one lane.
const GAP: f64 = 2.0;

/// How a mark shows where its date is uncertain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fade {
    /// The interval is all there is to say.
    None,
    /// Open towards earlier days ("before December").
    Start,
    /// Open towards later days ("after March").
    End,
    /// Approximate at both ends ("about 2019").
    Both,
}

impl Fade {
    /// The fade a TimeML modifier calls for.
    pub fn of(modifier: Option<&str>) -> Fade {
        match modifier {
            Some("BEFORE" | "ON_OR_BEFORE" | "LESS_THAN") => Fade::Start,
            Some("AFTER" | "ON_OR_AFTER" | "MORE_THAN") => Fade::End,
            Some("APPROX") => Fade::Both,
            _ => Fade::None,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Fade::None => "none",
            Fade::Start => "start",
            Fade::End => "end",
            Fade::Both => "both",
        }
    }
}

/// One event's mark, in pixels of the scale it was laid out on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AxisMark {
    pub event: EventIx,
    /// The start and end of the date interval (a point has both at its day's middle).
    pub x0: f64,
    pub x1: f64,
    pub lane: u32,
    /// Drawn as a point: known to the day, or a span too short to draw as a bar.
    pub point: bool,
    pub fade: Fade,
    pub quad: Option<QuadClass>,
}

/// What the axis draws for a window.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AxisLayout {
    /// Every event in the window as a mark; empty when binned.
    pub marks: Vec<AxisMark>,
    pub lane_count: u32,
    /// Density bins instead of marks, when the marks would be too many or too deep; they share
    /// the scale's width evenly, `bin_width` pixels each.
    pub bins: Vec<DensityBin>,
    pub bin_width: f64,
    /// Events whose interval meets the window.
    pub in_window: usize,
    /// Events with no calendar position, which no axis can place.
    pub undated: usize,
}

/// Limits past which the axis shows density instead of marks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AxisLimits {
    pub max_marks: usize,
    pub max_lanes: u32,
    /// Pixels per density bin.
    pub bin_width: f64,
}

impl Default for AxisLimits {
    fn default() -> AxisLimits {
        AxisLimits { max_marks: 1500, max_lanes: 32, bin_width: 6.0 }
    }
}

/// Lays out `events` (indices into `corpus.events`) over the scale's window.
pub fn layout_axis(
    corpus: &Corpus,
    index: &CorpusIndex,
    events: &[EventIx],
    scale: &TimeScale,
    limits: AxisLimits,
) -> AxisLayout {
    let first = scale.day_at(0.0).floor() as i64;
    let last = scale.day_at(scale.width()).ceil() as i64 - 1;
    let mut layout = AxisLayout::default();
    let mut in_window = Vec::new();
    for &event in events {
        match index.event_days(event) {
            None => layout.undated += 1,
            Some((start, end)) if end >= first && start <= last => in_window.push((event, start, end)),
            Some(_) => {}
        }
    }
    layout.in_window = in_window.len();
    let bins = |layout: &mut AxisLayout| {
        let count = (scale.width() / limits.bin_width).floor().max(1.0) as usize;
        let ixs: Vec<EventIx> = in_window.iter().map(|&(e, _, _)| e).collect();
        layout.bins = density_bins(index, &ixs, (first, last), count);
        layout.bin_width = scale.width() / layout.bins.len().max(1) as f64;
    };
    if in_window.len() > limits.max_marks {
        bins(&mut layout);
        return layout;
    }
    let mut marks: Vec<AxisMark> = in_window
        .iter()
        .map(|&(event, start, end)| {
            let (x0, x1) = scale.span(start, end);
            let date = corpus.events.get(event as usize).map(|e| &e.date.date);
            let known_to_day = date.is_some_and(|d| d.precision == crate::model::Precision::Day);
            let point = known_to_day || x1 - x0 < 2.0 * POINT_RADIUS;
            let (x0, x1) = if point { ((x0 + x1) / 2.0, (x0 + x1) / 2.0) } else { (x0, x1) };
            AxisMark {
                event,
                x0,
                x1,
                lane: 0,
                point,
                fade: Fade::of(date.and_then(|d| d.modifier.as_deref())),
                quad: index.quad_of(event),
            }
        })
        .collect();
    // Lanes over what each mark covers on screen: a point's width, a bar's length and the point
    // drawn at its start, plus a gap.
    let extents: Vec<(i64, i64)> = marks
        .iter()
        .map(|m| ((m.x0 - POINT_RADIUS - GAP).floor() as i64, (m.x1.max(m.x0 + POINT_RADIUS) + GAP).ceil() as i64))
        .collect();
    let lanes = assign_lanes(&extents);
    if lanes.lane_count > limits.max_lanes {
        bins(&mut layout);
        return layout;
    }
    for (mark, lane) in marks.iter_mut().zip(&lanes.lane_of) {
        mark.lane = *lane;
    }
    layout.marks = marks;
    layout.lane_count = lanes.lane_count;
    layout
}
