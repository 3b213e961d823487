//! Fuzz targets for the URL codec: hostile query strings, and filters holding what a URL escapes.
//!
//! Beside the unit tests in `link/mod.rs` (simple filters, printable strings): queries built from
//! the codec's own keys with broken, overlong and multi-byte escapes; decoding twice gives the
//! same filter; any string survives `percent_encode` then `percent_decode`. Settings as in
//! `crates/extract/tests/fuzz.rs`: `TIGHTROPE_FUZZ_CASES` (default 256), `TIGHTROPE_FUZZ_SECONDS`,
//! `TIGHTROPE_FUZZ_FORK=1`, `TIGHTROPE_FUZZ_TIMEOUT_MS`; failures go to
//! `tests/proptest-regressions/fuzz_link.txt`.

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::FileFailurePersistence;
use std::sync::OnceLock;
use std::time::Instant;
use tightrope_core::link::{percent_decode, percent_encode, ViewFilter};
use tightrope_core::{ActorKind, Day};

const REGRESSIONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/proptest-regressions/fuzz_link.txt");

fn env_number(name: &str, default: u32) -> u32 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn config() -> ProptestConfig {
    let fork = std::env::var("TIGHTROPE_FUZZ_FORK").is_ok_and(|v| v == "1");
    ProptestConfig {
        cases: env_number("TIGHTROPE_FUZZ_CASES", 256),
        fork,
        timeout: if fork { env_number("TIGHTROPE_FUZZ_TIMEOUT_MS", 20_000) } else { 0 },
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(REGRESSIONS))),
        ..ProptestConfig::default()
    }
}

/// True once this process has fuzzed for `TIGHTROPE_FUZZ_SECONDS`; later cases pass untried.
fn budget_spent() -> bool {
    static START: OnceLock<Instant> = OnceLock::new();
    let Some(seconds) = std::env::var("TIGHTROPE_FUZZ_SECONDS").ok().and_then(|s| s.parse::<f64>().ok()) else {
        return false;
    };
    START.get_or_init(Instant::now).elapsed().as_secs_f64() > seconds
}

/// Text a reader may search for: URL syntax, escapes, bidi controls, wide and case-changing characters.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z0-9]{1,6}",
        3 => select(&["&", "=", "%", "%25", "+", "#", "?", "/", "//", " ", "%20", "%2", "%%", "&&", "=="][..]).prop_map(String::from),
        3 => select(&["é", "“", "’", "—", "محمد", "🙂", "👍🏽", "\u{202E}", "\u{200B}", "\u{FEFF}", "İ", "ﬃ", "\u{0085}", "\u{3000}", "\u{0}", "\n"][..]).prop_map(String::from),
        1 => "\\PC{1,4}",
    ];
    prop::collection::vec(piece, 1..60).prop_map(|p| p.concat())
}

/// A query value: plain, escaped, broken-escaped, or long around the 200-character limit.
fn hostile_value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => hostile_text().prop_map(|t| percent_encode(&t)),
        2 => hostile_text(),
        2 => select(&[
            "%", "%G1", "%e9", "%C3%A9", "%C3", "%F0%9F", "%F0%9F%99%82", "%C0%AF", "%ED%A0%80", "%FF", "%+1", "%-1",
            "%%41", "%0", "+", "+++", "%2B", "%26", "%3D", "%00",
        ][..])
        .prop_map(String::from),
        2 => select(&[
            "2025-02-29", "2024-02-29", "0000-01-01", "0001-01-01", "9999-12-31", "99999-01-01", "-001-01-01",
            "+999-01-01", "2025-1-01", "2025-01-1", "2025-13-01", "2025-00-10", " 2025-01-01", "2025-01-01%20",
        ][..])
        .prop_map(String::from),
        1 => (select(&["a", "é", "🙂", "%C3%A9"][..]), 195usize..206).prop_map(|(c, n)| c.repeat(n)),
        1 => select(&ActorKind::ALL[..]).prop_map(|k| k.slug().to_string()),
    ]
}

/// A query string from the codec's keys and some it does not read, joined any way.
fn hostile_query() -> impl Strategy<Value = String> {
    let key = || {
        select(
            &[
                "q",
                "actor",
                "kind",
                "doc",
                "from",
                "to",
                "Q",
                "q%20",
                "%71",
                "",
                "=",
                "unknown",
                "q+",
                "match",
                "category",
                "quad",
                "publisher",
                "precision",
                "reported",
                "expected",
                "negated",
                "inherited",
                "actor%20",
            ][..],
        )
    };
    let pair = prop_oneof![
        6 => (key(), hostile_value()).prop_map(|(k, v)| format!("{k}={v}")),
        1 => key().prop_map(String::from),
        1 => (key(), hostile_value(), hostile_value()).prop_map(|(k, a, b)| format!("{k}={a}={b}")),
    ];
    let join = select(&["&", "&&", ";", "&#", "#"][..]);
    (prop::option::of(select(&["?", "??", "#", "/"][..])), prop::collection::vec((pair, join), 0..8)).prop_map(
        |(prefix, pairs)| prefix.unwrap_or("").to_string() + &pairs.into_iter().map(|(p, j)| p + j).collect::<String>(),
    )
}

/// A filter as the viewer can hold one: trimmed, non-blank values of up to 200 characters.
fn hostile_filter() -> impl Strategy<Value = ViewFilter> {
    let value = || {
        prop::option::of(hostile_text().prop_map(|t| t.trim().chars().take(200).collect::<String>()))
            .prop_map(|v| v.filter(|v| !v.is_empty()))
    };
    let day = || {
        prop::option::of(
            (1i32..=9999, 1u32..=12, 1u32..=31).prop_filter_map("a real day", |(y, m, d)| Day::new(y, m, d)),
        )
    };
    let kind = prop::option::of(select(&ActorKind::ALL[..]));
    (value(), value(), kind, value(), day(), day()).prop_map(|(text, actor, kind, doc, a, b)| {
        let (from, to) = match (a, b) {
            (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
            other => other,
        };
        ViewFilter { text, actor, kind, doc, from, to, ..ViewFilter::default() }
    })
}

proptest! {
    #![proptest_config(config())]

    /// No query panics, and what a query decodes to survives encoding: a shared link opens the same view.
    #[test]
    fn fuzz_decode_hostile_query(query in hostile_query()) {
        if budget_spent() {
            return Ok(());
        }
        let (filter, _) = ViewFilter::decode(&query);
        let (again, notes) = ViewFilter::decode(&filter.encode());
        prop_assert!(notes.is_empty(), "re-encoding {:?} gives notes {:?}", filter, notes);
        prop_assert_eq!(again, filter);
    }

    /// Any string decodes without a panic.
    #[test]
    fn fuzz_decode_any_string(query in any::<String>()) {
        if budget_spent() {
            return Ok(());
        }
        let _ = ViewFilter::decode(&query);
    }

    /// A filter holding URL syntax, escapes and wide characters comes back from its link unchanged.
    #[test]
    fn fuzz_hostile_filter_round_trip(filter in hostile_filter()) {
        if budget_spent() {
            return Ok(());
        }
        let (decoded, notes) = ViewFilter::decode(&filter.encode());
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(decoded, filter);
    }

    /// Percent-encoding is lossless for any string, control characters included.
    #[test]
    fn fuzz_percent_round_trip(text in any::<String>()) {
        if budget_spent() {
            return Ok(());
        }
        prop_assert_eq!(percent_decode(&percent_encode(&text)), Some(text));
    }
}
