//! Timings of the index, facets, lanes and exports on a large corpus: printed, never asserted.
//!
//! ```text
//! cargo xtask gen-corpus --events 100000 --out /tmp/corpus-100k.json
//! TIGHTROPE_SCALE_CORPUS=/tmp/corpus-100k.json \
//!   cargo test --release -p tightrope-core --test scale -- --ignored --nocapture
//! ```

use std::time::{Duration, Instant};
use tightrope_core::export::{to_csv, to_timelinejs};
use tightrope_core::index::CorpusIndex;
use tightrope_core::link::ViewFilter;
use tightrope_core::query::{assign_lanes, density_bins, Facets};
use tightrope_core::Corpus;

/// Runs `work` `rounds` times; the median and slowest run.
fn time<T>(rounds: usize, mut work: impl FnMut() -> T) -> (Duration, Duration, T) {
    let mut times = Vec::with_capacity(rounds);
    let mut last = None;
    for _ in 0..rounds {
        let start = Instant::now();
        last = Some(work());
        times.push(start.elapsed());
    }
    times.sort();
    (times[rounds / 2], times[rounds - 1], last.expect("at least one round"))
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

#[test]
#[ignore = "a measurement: needs TIGHTROPE_SCALE_CORPUS and a release build"]
fn print_timings_at_scale() {
    let Ok(path) = std::env::var("TIGHTROPE_SCALE_CORPUS") else {
        eprintln!("set TIGHTROPE_SCALE_CORPUS to a corpus JSON (cargo xtask gen-corpus)");
        return;
    };
    let json = std::fs::read_to_string(&path).expect("the corpus file reads");
    let (parse, _, corpus) = time(1, || Corpus::from_json(&json).expect("the corpus parses"));
    println!("{} events, {:.1} MB: parse {}", corpus.events.len(), json.len() as f64 / 1e6, ms(parse));
    let (build, _, index) = time(3, || CorpusIndex::new(&corpus));
    println!("CorpusIndex::new: {} (median of 3)", ms(build));

    let top = |rank: usize| {
        let mut actors: Vec<usize> = (0..corpus.actors.len()).collect();
        actors.sort_by_key(|&a| std::cmp::Reverse(index.actor_events(a as u32).len()));
        corpus.actors[actors[rank]].actor_id.clone()
    };
    let (first, second, tenth) = (top(0), top(1), top(9));
    let queries = [
        "".to_string(),
        format!("actor={first}"),
        format!("actor={tenth}"),
        format!("actor={first}&actor={second}"),
        format!("actor={first}&actor={second}&match=all"),
        "quad=material_conflict&precision=day".into(),
        "from=2010-01-01&to=2012-12-31".into(),
        "negated=no&expected=no&inherited=no&reported=no".into(),
        "q=sanctions".into(),
        "q=a".into(),
        "q=zzzz".into(),
        format!("q=talks&actor={first}&kind=state&from=2005-01-01"),
        "quad=material_conflict&precision=year&kind=media&category=ELECT".into(),
    ];
    for query in &queries {
        let (filter, _) = ViewFilter::decode(query);
        let (median, slowest, facets) = time(21, || Facets::compute(&index, &filter));
        println!(
            "Facets::compute {:<70} {:>7} events: median {}, max {}",
            format!("`{query}`"),
            facets.events.len(),
            ms(median),
            ms(slowest)
        );
    }

    let all = index.timeline();
    let span = index.day_span().expect("dated events");
    let (median, _, _) = time(21, || density_bins(&index, all, span, 800));
    println!("density_bins, every event, 800 bins: median {}", ms(median));
    let marks: Vec<(i64, i64)> = all.iter().filter_map(|&e| index.event_days(e)).collect();
    let (median, _, lanes) = time(5, || assign_lanes(&marks));
    println!("assign_lanes, {} marks: median {} ({} lanes)", marks.len(), ms(median), lanes.lane_count);
    let window: Vec<(i64, i64)> = marks.iter().copied().filter(|m| m.0 >= span.1 - 365).collect();
    let (median, _, lanes) = time(21, || assign_lanes(&window));
    println!("assign_lanes, last year's {} marks: median {} ({} lanes)", window.len(), ms(median), lanes.lane_count);
    let (median, _, csv) = time(3, || to_csv(&corpus, &index, all));
    println!("to_csv, every event: median {} ({:.1} MB)", ms(median), csv.len() as f64 / 1e6);
    let (median, _, timeline) = time(3, || to_timelinejs(&corpus, &index, all, "all"));
    println!("to_timelinejs, every event: median {} ({:.1} MB)", ms(median), timeline.len() as f64 / 1e6);
}
