//! Dates a document that has no date in its metadata, from what the text says about itself.

use tightrope_core::{Anchor, DateValue, Day, DayInterval, DocDate, Evidence, Precision, Sentence, Timex, TimexType};

/// Words that, before a date in the same sentence, say the document itself appeared then.
const PUBLICATION_CUES: &[&str] = &["published", "posted", "updated", "dated", "released", "issued"];

/// Infers the document date from `timexes` (tagged without a DCT): a date the text says it was
/// published on, else the latest date the article reports. Marked inferred, with the sentence.
pub fn infer_dct(text: &str, sentences: &[Sentence], timexes: &[Timex]) -> Option<DocDate> {
    let dates: Vec<&Timex> = timexes.iter().filter(|t| t.timex_type == TimexType::Date).collect();
    // The latest date with a written year sets the year of yearless dates after it.
    let latest_absolute =
        dates.iter().filter(|t| t.anchor == Anchor::Absolute).filter_map(|t| t.interval).map(|i| i.earliest).max();
    // Sentences are disjoint and in text order: only the first one ending at or after `t` can hold it.
    let sentence_of = |t: &Timex| {
        sentences.get(sentences.partition_point(|s| s.end < t.end)).filter(|s| s.start <= t.start && t.end <= s.end)
    };
    let evidence = |t: &Timex| {
        let quote =
            sentence_of(t).map_or(t.text.as_str(), |s| text.get(s.start..s.end).unwrap_or(&t.text)).trim().to_string();
        vec![Evidence { line: 0, quote }]
    };
    // 1. "the report published on September 24".
    for t in &dates {
        let Some(sentence) = sentence_of(t) else {
            continue;
        };
        let before = text.get(sentence.start..t.start).unwrap_or("").to_lowercase();
        let cue = before.split(|c: char| !c.is_alphabetic()).rev().take(6).any(|w| PUBLICATION_CUES.contains(&w));
        if !cue {
            continue;
        }
        if let Some(date) = place(t, latest_absolute) {
            return Some(DocDate { date, inferred: true, evidence: evidence(t) });
        }
    }
    // 2. The latest date the article reports: the document appeared on or after it.
    let mut best: Option<(Day, DateValue, &Timex)> = None;
    for t in &dates {
        let Some(mut date) = place(t, latest_absolute) else {
            continue;
        };
        let Some(interval) = date.interval else {
            continue;
        };
        if date.precision > Precision::Year || best.as_ref().is_some_and(|(d, _, _)| *d >= interval.earliest) {
            continue;
        }
        date.modifier = Some("ON_OR_AFTER".to_string());
        best = Some((interval.earliest, date, t));
    }
    best.map(|(_, date, t)| DocDate { date, inferred: true, evidence: evidence(t) })
}

/// The calendar date of a tagged expression; a yearless month and day ("XXXX-08-11") takes the
/// first such day on or after the latest date with a written year.
fn place(t: &Timex, latest_absolute: Option<Day>) -> Option<DateValue> {
    if let (Some(interval), Anchor::Absolute) = (t.interval, t.anchor) {
        return Some(DateValue {
            value: t.value.clone(),
            precision: t.precision,
            modifier: None,
            interval: Some(interval),
        });
    }
    // A date the tagger placed against the text's own time is re-placed here, from its month and day.
    let rest = match t.value.strip_prefix("XXXX-") {
        Some(rest) => rest,
        None if t.anchor == Anchor::Narrative && t.value.len() >= 7 => t.value.get(5..)?,
        None => return None,
    };
    let mut parts = rest.split('-');
    let month: u32 = parts.next()?.parse().ok()?;
    let day: Option<u32> = parts.next().and_then(|d| d.parse().ok());
    let after = latest_absolute?;
    let fits = |year: i32| match day {
        Some(d) => Day::new(year, month, d).filter(|x| *x >= after).map(DayInterval::day),
        None => DayInterval::month(year, month).filter(|i| i.latest >= after),
    };
    let interval = fits(after.year()).or_else(|| fits(after.year() + 1))?;
    let (value, precision) = match day {
        Some(_) => (interval.earliest.to_string(), Precision::Day),
        None => (format!("{:04}-{month:02}", interval.earliest.year()), Precision::Month),
    };
    Some(DateValue { value, precision, modifier: None, interval: Some(interval) })
}

#[cfg(test)]
mod tests {
    use super::super::{tag, TimeContext};
    use super::*;

    fn infer(text: &str) -> Option<DocDate> {
        let sentences = vec![Sentence { start: 0, end: text.len(), paragraph: 0 }];
        infer_dct(text, &sentences, &tag(text, &TimeContext::default()))
    }

    #[test]
    fn prefers_a_stated_publication_date() {
        let doc =
            infer("Protests began in March 2023, according to the report published on September 24, 2025.").unwrap();
        assert_eq!(doc.date.value, "2025-09-24");
        assert!(doc.inferred);
        assert!(doc.evidence[0].quote.contains("published"));
    }

    #[test]
    fn falls_back_to_the_latest_reported_date() {
        let doc = infer("It builds on a March 2023 agreement. The deal, finalized on August 11th, followed.").unwrap();
        assert_eq!(doc.date.value, "2023-08-11");
        assert_eq!(doc.date.modifier.as_deref(), Some("ON_OR_AFTER"));
    }

    #[test]
    fn gives_nothing_without_dates() {
        assert!(infer("No dates here at all.").is_none());
    }
}
