//! The time axis's layout: lanes so that marks never overlap, and density bins for when there
//! are too many marks to draw one by one.

use crate::index::{CorpusIndex, EventIx};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// The lane of each mark, in the order the marks were given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lanes {
    pub lane_of: Vec<u32>,
    pub lane_count: u32,
}

/// Assigns each mark a lane so that two marks in one lane never overlap, using as few lanes as
/// the deepest overlap needs (greedy interval partitioning, optimal for intervals).
///
/// A mark is `(start, end)`, both inclusive, in any unit (day ordinals, or pixels once the viewer
/// has widened points to a visible size); `end < start` is read as `(end, start)`. Marks are
/// placed by start, ties in the given order; each goes to the lane that came free earliest (ties
/// to the lower lane), or a new one. The result depends only on the input.
pub fn assign_lanes(marks: &[(i64, i64)]) -> Lanes {
    let span = |i: usize| {
        let (a, b) = marks[i];
        (a.min(b), a.max(b))
    };
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| span(i).0);
    let mut lane_of = vec![0; marks.len()];
    // Each lane's last end, smallest first.
    let mut ends: BinaryHeap<Reverse<(i64, u32)>> = BinaryHeap::new();
    let mut lane_count = 0;
    for i in order {
        let (start, end) = span(i);
        let lane = match ends.peek() {
            Some(&Reverse((last_end, lane))) if last_end < start => {
                ends.pop();
                lane
            }
            _ => {
                lane_count += 1;
                lane_count - 1
            }
        };
        lane_of[i] = lane;
        ends.push(Reverse((end, lane)));
    }
    Lanes { lane_of, lane_count }
}

/// One bin of the density strip: a run of days and how many events may fall in it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DensityBin {
    /// The bin's first and last day (day ordinals, inclusive).
    pub first_day: i64,
    pub last_day: i64,
    /// Events by QuadClass (positions in [`crate::index::QuadClass::ALL`]), then events with none.
    pub counts: [u32; 5],
}

impl DensityBin {
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }
}

/// Splits the window `(first_day, last_day)` (day ordinals, inclusive) into `bins` runs of days
/// (fewer if the window has fewer days) and counts the given events in each, by QuadClass.
///
/// An event counts in every bin its date interval overlaps, as its mark would cover them: a date
/// known to the month fills the month's bins, so bin totals may add up to more than the events.
/// Events with no calendar position, or outside the window, are not counted.
pub fn density_bins(index: &CorpusIndex, events: &[EventIx], window: (i64, i64), bins: usize) -> Vec<DensityBin> {
    let (first, last) = (window.0.min(window.1), window.0.max(window.1));
    let days = (last - first + 1) as u64;
    let bins = (bins as u64).min(days) as usize;
    if bins == 0 {
        return Vec::new();
    }
    let bin_of = |day: i64| ((day - first) as u64 * bins as u64 / days) as usize;
    // Differences: +1 where an event's bins begin, −1 after they end; summed once at the end.
    let mut steps = vec![[0i64; 5]; bins + 1];
    for &event in events {
        let Some((start, end)) = index.event_days(event) else { continue };
        if end < first || start > last {
            continue;
        }
        let class = index.quad_of(event).map_or(4, |q| usize::from(q.number()) - 1);
        steps[bin_of(start.max(first))][class] += 1;
        steps[bin_of(end.min(last)) + 1][class] -= 1;
    }
    let mut running = [0i64; 5];
    (0..bins)
        .map(|b| {
            for (total, step) in running.iter_mut().zip(steps[b]) {
                *total += step;
            }
            // The first day d with bin_of(d) == b is the smallest d with (d − first)·bins ≥ b·days.
            let first_of = |b: u64| first + (b * days).div_ceil(bins as u64) as i64;
            DensityBin {
                first_day: first_of(b as u64),
                last_day: first_of(b as u64 + 1) - 1,
                counts: running.map(|c| c as u32),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn overlap(a: (i64, i64), b: (i64, i64)) -> bool {
        a.0 <= b.1 && b.0 <= a.1
    }

    /// The most marks covering one point: where a mark starts, count those covering that start.
    fn depth(marks: &[(i64, i64)]) -> u32 {
        marks.iter().map(|m| marks.iter().filter(|n| n.0 <= m.0 && m.0 <= n.1).count() as u32).max().unwrap_or(0)
    }

    #[test]
    fn marks_reuse_the_lane_that_came_free_first() {
        let marks = [(0, 10), (2, 3), (5, 6), (11, 12), (4, 4)];
        let lanes = assign_lanes(&marks);
        // By start: (0,10) lane 0; (2,3) lane 1; (4,4) lane 1, free since 3; (5,6) lane 1, free
        // since 4; (11,12) lane 1 again, free since 6, before lane 0 (free since 10).
        assert_eq!(lanes.lane_of, [0, 1, 1, 1, 1]);
        assert_eq!(lanes.lane_count, 2);
        // Touching days overlap: both marks cover day 3.
        assert_eq!(assign_lanes(&[(1, 3), (3, 5)]).lane_count, 2);
        assert_eq!(assign_lanes(&[]), Lanes::default());
    }

    proptest! {
        #[test]
        fn lanes_never_overlap_and_are_as_few_as_the_depth(
            marks in prop::collection::vec((0i64..200, 0i64..40).prop_map(|(s, len)| (s, s + len)), 0..80)
        ) {
            let lanes = assign_lanes(&marks);
            prop_assert_eq!(lanes.lane_of.len(), marks.len());
            for (i, &a) in marks.iter().enumerate() {
                prop_assert!(lanes.lane_of[i] < lanes.lane_count);
                for (j, &b) in marks.iter().enumerate().skip(i + 1) {
                    if lanes.lane_of[i] == lanes.lane_of[j] {
                        prop_assert!(!overlap(a, b), "{:?} and {:?} share lane {}", a, b, lanes.lane_of[i]);
                    }
                }
            }
            prop_assert_eq!(lanes.lane_count, depth(&marks));
            prop_assert_eq!(assign_lanes(&marks), lanes);
        }
    }
}
