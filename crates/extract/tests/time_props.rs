//! Property tests of the temporal tagger: no input panics, spans are sound, no impossible dates.

use proptest::prelude::*;
use tightrope_core::{Day, Precision, Timex};
use tightrope_extract::time::{self, DocTime, Style};

/// Checks the invariants every tagging must keep.
fn check(text: &str, timexes: &[Timex]) -> Result<(), TestCaseError> {
    let mut previous_end = 0;
    for t in timexes {
        prop_assert!(t.start < t.end && t.end <= text.len(), "span {}..{} out of range", t.start, t.end);
        prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        prop_assert!(t.start >= previous_end, "spans overlap or are out of order");
        prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
        previous_end = t.end;
        prop_assert!(calendar_value_is_possible(&t.value), "impossible value {}", t.value);
        if let Some(i) = t.interval {
            prop_assert!(i.earliest <= i.latest);
            // Day can only hold real days; parsing its display must round-trip.
            prop_assert_eq!(Day::parse(&i.earliest.to_string()), Some(i.earliest));
        }
    }
    Ok(())
}

/// A `YYYY-MM-DD…` value must name a real day; `YYYY-MM…` a real month.
fn calendar_value_is_possible(value: &str) -> bool {
    let bytes = value.as_bytes();
    let digits = |range: std::ops::Range<usize>| value.get(range).filter(|s| s.bytes().all(|b| b.is_ascii_digit()));
    if bytes.len() >= 7 && bytes[4] == b'-' {
        if let (Some(y), Some(m)) = (digits(0..4), digits(5..7)) {
            let month: u32 = m.parse().unwrap();
            if !(1..=12).contains(&month) {
                return false;
            }
            if bytes.len() >= 10 && bytes[7] == b'-' {
                if let Some(d) = digits(8..10) {
                    return Day::new(y.parse().unwrap(), month, d.parse().unwrap()).is_some();
                }
            }
        }
    }
    true
}

fn contexts() -> impl Strategy<Value = DocTime> {
    (prop::option::of((1i32..9999, 1u32..13, 1u32..29)), 0usize..3, 0usize..3).prop_map(|(dct, p, style)| DocTime {
        dct: dct.and_then(|(y, m, d)| Day::new(y, m, d)),
        dct_precision: [Precision::Day, Precision::Month, Precision::Year][p],
        style: [Style::News, Style::Narrative, Style::Auto][style],
    })
}

/// Text made of the tagger's own vocabulary, so the rules actually fire.
fn temporal_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Feb.",
        "February",
        "30",
        "31",
        "29",
        "2025",
        "1900",
        "'98",
        "on",
        "in",
        "by",
        "early",
        "late",
        "mid-",
        "last",
        "next",
        "this",
        "year",
        "years",
        "ago",
        "week",
        "Friday",
        "2025-02-30",
        "13/45/2020",
        "19-Nov-12",
        "quarter",
        "third",
        "fourth",
        "-",
        ",",
        ".",
        "the",
        "a",
        "two",
        "day",
        "days",
        "later",
        "earlier",
        "since",
        "until",
        "p.m.",
        "10",
        ":",
        "1/2",
        "the 1990s",
        "nineteen",
        "ninety-six",
        "Thanksgiving",
        "today",
        "yesterday",
        "9999",
        "0001",
        "December",
        "2/29/2023",
        "2/29/2024",
        "fiscal",
        "half",
        "winter",
        "of",
        "will",
        "was",
        "é",
        "—",
        "BC",
        "AD",
        "A.D.",
        "44",
        "Easter",
        "Memorial",
        "Day",
        "Election",
        "the 17th",
        "and",
        "25",
        "following",
        "previous",
        "spring",
        "ended",
        "Sept. 30",
        "year's end",
        "Q3",
        "Q4 2025",
        "3Q25",
        "H1",
        "FY24",
        "FY2024",
        "13:00",
        "GMT",
        "0735",
        "hours",
        "(",
        ")",
        "twice",
        "times",
        "end-",
        "6.30pm",
        "at",
        "Today",
        "\"This Week\"",
        "century",
        "5th",
    ]);
    prop::collection::vec(words, 0..40).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>(), context in contexts()) {
        check(&text, &time::tag_doc(&text, &context))?;
    }

    #[test]
    fn temporal_vocabulary_never_yields_impossible_dates(text in temporal_text(), context in contexts()) {
        check(&text, &time::tag_doc(&text, &context))?;
    }
}

#[test]
fn impossible_dates_are_not_tagged_as_days() {
    let context = DocTime { dct: Day::new(2025, 3, 1), ..DocTime::default() };
    for text in ["It happened on Feb. 30, 2025.", "Due 2025-02-30.", "Set for 13/45/2020.", "On 2023-02-29."] {
        for t in time::tag_doc(text, &context) {
            assert!(calendar_value_is_possible(&t.value), "{text}: {}", t.value);
        }
    }
}
