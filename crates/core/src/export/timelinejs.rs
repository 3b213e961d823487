//! TimelineJS's JSON format (timeline.knightlab.com/docs/json-format.html), so the same selection
//! opens in TimelineJS: a title slide, then one slide per event with a calendar position.

use super::{actor_name, document, events, flag_words, quote};
use crate::index::{category_root, CorpusIndex, EventIx, QuadClass};
use crate::model::{Corpus, DateValue, Day, Event, Precision};
use serde::Serialize;

/// How many reports of one event a slide quotes; the rest are counted.
const QUOTES_PER_SLIDE: usize = 3;

#[derive(Serialize)]
struct Timeline {
    title: Slide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<SlideDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<SlideDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
}

/// A TimelineJS date: numbers, month 1–12; the parts left out are what the date does not know.
#[derive(Debug, PartialEq, Serialize)]
struct SlideDate {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
}

/// TimelineJS reads both as HTML: every piece of corpus text in them is escaped.
#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

/// The events as TimelineJS JSON, titled `title`. Events with no calendar position ("recently")
/// cannot be placed and are left out; the title slide says how many.
///
/// A date known to the day, the month or the year gives just those parts, which TimelineJS shows at
/// that precision; any other date (a season, "early September", "before December") spans its
/// interval from `start_date` to `end_date`. Every slide's `display_date` is the label the viewer
/// shows; its group is its QuadClass (or its own category where it has none), so TimelineJS draws
/// the four classes in rows of their own.
pub fn to_timelinejs(corpus: &Corpus, index: &CorpusIndex, event_ixs: &[EventIx], title: &str) -> String {
    let mut slides = Vec::new();
    let mut unplaced = 0;
    for event in events(corpus, event_ixs) {
        match slide(corpus, index, event) {
            Some(slide) => slides.push(slide),
            None => unplaced += 1,
        }
    }
    let mut summary = format!("{} events exported from Tightrope.", slides.len());
    if unplaced > 0 {
        summary.push_str(&format!(" {unplaced} with no calendar position are left out."));
    }
    let timeline = Timeline {
        title: Slide {
            start_date: None,
            end_date: None,
            display_date: None,
            text: Text { headline: escape(title), text: format!("<p>{}</p>", escape(&summary)) },
            group: None,
            unique_id: None,
        },
        events: slides,
    };
    // Serialising strings and numbers to a string cannot fail.
    serde_json::to_string_pretty(&timeline).unwrap_or_default()
}

fn slide(corpus: &Corpus, index: &CorpusIndex, event: &Event) -> Option<Slide> {
    let (start_date, end_date) = slide_dates(&event.date.date)?;
    let name = |actor_id: &String| escape(actor_name(corpus, index, actor_id));
    let mut headline = escape(&event.category.name);
    let source = event.source.as_ref().map(name);
    let targets: Vec<String> = event.target.iter().map(name).collect();
    let who = match (source, targets.is_empty()) {
        (Some(source), true) => source,
        (Some(source), false) => format!("{source} → {}", targets.join(", ")),
        (None, _) => event.actors.iter().map(name).collect::<Vec<_>>().join(", "),
    };
    if !who.is_empty() {
        headline = format!("{headline}: {who}");
    }
    let mut text = String::new();
    for mention in event.mentions.iter().take(QUOTES_PER_SLIDE) {
        text.push_str(&format!("<blockquote>{}</blockquote>", escape(quote(corpus, index, mention))));
        let mut cite = match document(corpus, index, mention) {
            Some(doc) => format!("<cite>{}</cite>", escape(&doc.title)),
            None => escape(&mention.doc_id),
        };
        if let Some(publisher) = document(corpus, index, mention).and_then(|d| d.publisher.as_deref()) {
            cite.push_str(&format!(", {}", escape(publisher)));
        }
        if let Some(attribution) = &mention.attribution {
            cite.push_str(&format!(" ({})", escape(attribution)));
        }
        text.push_str(&format!("<p>— {cite}</p>"));
    }
    if event.mentions.len() > QUOTES_PER_SLIDE {
        text.push_str(&format!("<p>and {} more reports</p>", event.mentions.len() - QUOTES_PER_SLIDE));
    }
    let flags = flag_words(event);
    if !flags.is_empty() {
        text.push_str(&format!("<p><em>{}</em></p>", flags.join("; ")));
    }
    let group: &str = match QuadClass::of(event) {
        Some(quad) => quad.label(),
        None => crate::index::cameo_root_name(category_root(&event.category.code)).unwrap_or(&event.category.name),
    };
    Some(Slide {
        start_date: Some(start_date),
        end_date,
        display_date: Some(escape(&event.date.date.label())),
        text: Text { headline, text },
        group: Some(escape(group)),
        unique_id: Some(event.event_id.clone()),
    })
}

/// The start and (for a span) end date of a slide; `None` for a date with no calendar position.
fn slide_dates(date: &DateValue) -> Option<(SlideDate, Option<SlideDate>)> {
    let interval = date.interval?;
    let (first, last) = (interval.earliest, interval.latest);
    let whole_month = first.day() == 1 && Day::last_of_month(first.year(), first.month()) == Some(last);
    let whole_year = first.month() == 1 && first.day() == 1 && last.month() == 12 && last.day() == 31;
    let plain = date.modifier.is_none();
    let day = |d: Day| SlideDate { year: d.year(), month: Some(d.month()), day: Some(d.day()) };
    Some(match date.precision {
        Precision::Day if plain && first == last => (day(first), None),
        Precision::Month if plain && whole_month => {
            (SlideDate { year: first.year(), month: Some(first.month()), day: None }, None)
        }
        Precision::Year if plain && whole_year && first.year() == last.year() => {
            (SlideDate { year: first.year(), month: None, day: None }, None)
        }
        _ if first == last => (day(first), None),
        _ => (day(first), Some(day(last))),
    })
}

/// Escapes text for HTML: TimelineJS renders headlines and texts as markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DayInterval;

    fn date(value: &str, precision: Precision, modifier: Option<&str>, first: &str, last: &str) -> DateValue {
        DateValue {
            value: value.into(),
            precision,
            modifier: modifier.map(String::from),
            interval: Some(DayInterval { earliest: Day::parse(first).unwrap(), latest: Day::parse(last).unwrap() }),
        }
    }

    fn ymd(year: i32, month: Option<u32>, day: Option<u32>) -> SlideDate {
        SlideDate { year, month, day }
    }

    #[test]
    fn dates_give_the_parts_they_know() {
        let on = date("2020-07-21", Precision::Day, None, "2020-07-21", "2020-07-21");
        assert_eq!(slide_dates(&on), Some((ymd(2020, Some(7), Some(21)), None)));
        let month = date("2020-07", Precision::Month, None, "2020-07-01", "2020-07-31");
        assert_eq!(slide_dates(&month), Some((ymd(2020, Some(7), None), None)));
        let year = date("2020", Precision::Year, None, "2020-01-01", "2020-12-31");
        assert_eq!(slide_dates(&year), Some((ymd(2020, None, None), None)));
        let early = date("2025-09", Precision::Month, Some("START"), "2025-09-01", "2025-09-10");
        assert_eq!(slide_dates(&early), Some((ymd(2025, Some(9), Some(1)), Some(ymd(2025, Some(9), Some(10))))));
        let decade = date("199X", Precision::Decade, None, "1990-01-01", "1999-12-31");
        assert_eq!(slide_dates(&decade), Some((ymd(1990, Some(1), Some(1)), Some(ymd(1999, Some(12), Some(31))))));
        let vague = DateValue { value: "PAST_REF".into(), precision: Precision::Vague, modifier: None, interval: None };
        assert_eq!(slide_dates(&vague), None);
    }

    #[test]
    fn markup_in_corpus_text_is_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}
