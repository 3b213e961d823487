//! The axis's density bins over the index: a hand-counted window and random ones against a brute count.

mod common;

use proptest::prelude::*;
use tightrope_core::index::CorpusIndex;
use tightrope_core::query::{density_bins, DensityBin};
use tightrope_core::*;

fn ordinal(y: i32, m: u32, d: u32) -> i64 {
    Day::new(y, m, d).unwrap().ordinal()
}

#[test]
fn events_count_in_every_bin_they_may_fall_in() {
    let corpus = common::six_events();
    let index = CorpusIndex::new(&corpus);
    // January and February 2020 (60 days) in two bins of 30 days.
    let window = (ordinal(2020, 1, 1), ordinal(2020, 2, 29));
    let bins = density_bins(&index, index.timeline(), window, 2);
    // Counts: verbal cooperation, material cooperation, verbal conflict, material conflict, none.
    // e1 (5 Jan, verbal cooperation) and e6 (5 Jan, material conflict) in the first bin; e2 (January,
    // verbal conflict) in both, as 31 January is in the second; e3 (February) in the second; e4
    // (2019) and e5 (no position) in none.
    assert_eq!(
        bins,
        [
            DensityBin { first_day: window.0, last_day: ordinal(2020, 1, 30), counts: [1, 0, 1, 1, 0] },
            DensityBin { first_day: ordinal(2020, 1, 31), last_day: window.1, counts: [0, 0, 1, 1, 0] },
        ]
    );
    assert_eq!(bins[0].total(), 3);
    // Only the events asked about are counted.
    assert_eq!(density_bins(&index, &[2], window, 2)[1].counts, [0, 0, 0, 1, 0]);
    // More bins than days: one bin per day.
    assert_eq!(density_bins(&index, index.timeline(), (window.0, window.0 + 2), 10).len(), 3);
    assert!(density_bins(&index, index.timeline(), window, 0).is_empty());
}

fn arb_dated_corpus() -> impl Strategy<Value = Corpus> {
    let when = prop_oneof![
        (2019u32..2022, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (2019u32..2022, 1u32..13).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (2019u32..2022).prop_map(|y| y.to_string()),
        Just("FUTURE_REF".to_string()),
    ];
    let codes = prop::sample::select(vec!["040", "070", "111", "190", "ELECT"]);
    prop::collection::vec((when, codes), 0..40).prop_map(|events| {
        let events = events
            .iter()
            .enumerate()
            .map(|(i, (when, code))| common::event(&format!("e{i}"), when, &[], code, "x"))
            .collect();
        common::corpus(vec![], vec![], events)
    })
}

proptest! {
    #[test]
    fn bins_tile_the_window_and_count_what_overlaps(
        corpus in arb_dated_corpus(),
        start in (2019i32..2022, 1u32..13),
        days in 1i64..1200,
        bins in 1usize..50,
    ) {
        let index = CorpusIndex::new(&corpus);
        let first = ordinal(start.0, start.1, 1);
        let window = (first, first + days - 1);
        let result = density_bins(&index, index.timeline(), window, bins);
        prop_assert_eq!(result.len(), bins.min(days as usize));
        prop_assert_eq!(result[0].first_day, window.0);
        prop_assert_eq!(result.last().unwrap().last_day, window.1);
        for pair in result.windows(2) {
            prop_assert_eq!(pair[0].last_day + 1, pair[1].first_day);
        }
        for bin in &result {
            prop_assert!(bin.first_day <= bin.last_day);
            let mut expected = [0u32; 5];
            for (ix, event) in corpus.events.iter().enumerate() {
                let Some((a, b)) = index.event_days(ix as u32) else { continue };
                if a <= bin.last_day && bin.first_day <= b {
                    expected[event.quad.map_or(4, |q| usize::from(q) - 1)] += 1;
                }
            }
            prop_assert_eq!(bin.counts, expected, "bin {:?}", bin);
        }
    }
}
