//! Pure queries over a loaded corpus: the timeline's rows, filters and look-ups the viewer needs.
//!
//! The functions here read the corpus directly, each call a linear scan: fine for the seeds and
//! the reference the indexed engine is tested against. [`facets`] answers the same filters from a
//! [`crate::index::CorpusIndex`], with counts; [`lanes`] lays marks out on the time axis, [`scale`] maps days to pixels and zooms, [`marks`] draws a window's events.

pub mod describe;
pub mod facets;
pub mod items;
pub mod lanes;
pub mod marks;
pub mod scale;

pub use describe::{describe_filter, FilterWords};
pub use facets::{check_filter, FacetCounts, Facets, FlagCounts};
pub use items::{step_event, timeline_items, TimelineItem};
pub use lanes::{assign_lanes, density_bins, DensityBin, Lanes};
pub use marks::{layout_axis, AxisLayout, AxisLimits, AxisMark, Fade, POINT_RADIUS};
pub use scale::{axis_bounds, centre_on, pan_window, ticks, window_of, zoom_window, Tick, TimeScale, MIN_WINDOW_DAYS};

use crate::index::{category_root, QuadClass};
use crate::link::{ActorMatch, ViewFilter};
use crate::model::{Actor, Corpus, DateValue, DayInterval, Document, Event};
use std::cmp::Ordering;

/// One row of the timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimelineRow<'a> {
    Event(&'a Event),
    /// A document's publication date.
    Publication(&'a Document),
}

impl<'a> TimelineRow<'a> {
    pub fn date(&self) -> &'a DateValue {
        match self {
            TimelineRow::Event(event) => &event.date.date,
            TimelineRow::Publication(doc) => &doc.date.as_ref().expect("only dated documents are rows").date,
        }
    }
}

/// The timeline: events and publications in time order, filtered.
///
/// Order: earliest possible day, then the finer precision first (a day before its month),
/// then publications after the events of the same date; rows with no calendar position go last.
pub fn timeline<'a>(corpus: &'a Corpus, filter: &ViewFilter) -> Vec<TimelineRow<'a>> {
    let events = corpus.events.iter().filter(|e| event_matches(corpus, e, filter)).map(TimelineRow::Event);
    let publications = corpus
        .documents
        .iter()
        .filter(|d| d.date.is_some() && publication_matches(d, filter))
        .map(TimelineRow::Publication);
    let mut rows: Vec<TimelineRow<'a>> = events.chain(publications).collect();
    rows.sort_by(compare_rows);
    rows
}

fn compare_rows(a: &TimelineRow<'_>, b: &TimelineRow<'_>) -> Ordering {
    let key = |row: &TimelineRow<'_>| {
        let date = row.date();
        let position = date.interval.map(|i| (i.earliest, i.latest));
        (position.is_none(), position, date.precision, matches!(row, TimelineRow::Publication(_)))
    };
    key(a).cmp(&key(b))
}

fn in_range(interval: Option<DayInterval>, filter: &ViewFilter) -> bool {
    if filter.from.is_none() && filter.to.is_none() {
        return true;
    }
    let Some(interval) = interval else { return false };
    filter.from.is_none_or(|from| interval.latest >= from) && filter.to.is_none_or(|to| interval.earliest <= to)
}

fn contains_text(haystack: &str, needle_lower: &str) -> bool {
    haystack.to_lowercase().contains(needle_lower)
}

/// Whether an event passes every filter. Free text looks in the quoted sentences, the category
/// name, and the names and aliases of the event's actors.
pub fn event_matches(corpus: &Corpus, event: &Event, filter: &ViewFilter) -> bool {
    if !in_range(event.date.date.interval, filter) {
        return false;
    }
    let actors = filter.actors();
    if !actors.is_empty() {
        let involved = |actor: &&str| event.actors.iter().any(|a| a == actor);
        let passes = match filter.actor_match {
            ActorMatch::Any => actors.iter().any(involved),
            ActorMatch::All => actors.iter().all(involved),
        };
        if !passes {
            return false;
        }
    }
    if let Some(kind) = filter.kind {
        if !event.actors.iter().any(|a| corpus.actor(a).is_some_and(|actor| actor.kind == kind)) {
            return false;
        }
    }
    if filter.category.as_ref().is_some_and(|c| c != category_root(&event.category.code)) {
        return false;
    }
    if filter.quad.is_some() && filter.quad != QuadClass::of(event) {
        return false;
    }
    if let Some(doc) = &filter.doc {
        if !event.mentions.iter().any(|m| &m.doc_id == doc) {
            return false;
        }
    }
    if let Some(publisher) = &filter.publisher {
        let by_publisher =
            |doc_id: &str| corpus.document(doc_id).is_some_and(|d| d.publisher.as_ref() == Some(publisher));
        if !event.mentions.iter().any(|m| by_publisher(&m.doc_id)) {
            return false;
        }
    }
    if filter.precision.is_some_and(|p| p != event.date.date.precision) {
        return false;
    }
    let flags = [
        (filter.reported, event.flags.reported),
        (filter.expected, event.flags.expected),
        (filter.negated, event.flags.negated),
        (filter.inherited, event.date.inherited),
    ];
    if flags.iter().any(|(wanted, set)| wanted.is_some_and(|wanted| wanted != *set)) {
        return false;
    }
    if let Some(text) = &filter.text {
        let needle = text.to_lowercase();
        let in_quote = event.mentions.iter().any(|m| contains_text(corpus.quote(m), &needle));
        let in_category = contains_text(&event.category.name, &needle);
        let in_actor = event.actors.iter().filter_map(|a| corpus.actor(a)).any(|actor| {
            contains_text(&actor.name, &needle) || actor.aliases.iter().any(|alias| contains_text(&alias.text, &needle))
        });
        if !in_quote && !in_category && !in_actor {
            return false;
        }
    }
    true
}

/// Publications are rows only while no filter reads something only events have.
pub(crate) fn publication_matches(doc: &Document, filter: &ViewFilter) -> bool {
    let event_only = filter.actor.is_some()
        || filter.kind.is_some()
        || filter.category.is_some()
        || filter.quad.is_some()
        || filter.precision.is_some()
        || filter.reported.is_some()
        || filter.expected.is_some()
        || filter.negated.is_some()
        || filter.inherited.is_some();
    if event_only {
        return false;
    }
    if filter.doc.as_ref().is_some_and(|d| d != &doc.doc_id) {
        return false;
    }
    if filter.publisher.as_ref().is_some_and(|p| doc.publisher.as_ref() != Some(p)) {
        return false;
    }
    if let Some(text) = &filter.text {
        if !contains_text(&doc.title, &text.to_lowercase()) {
            return false;
        }
    }
    in_range(doc.date.as_ref().and_then(|d| d.date.interval), filter)
}

/// Documents in publication order, undated ones last, then by file name.
pub fn documents_by_date(corpus: &Corpus) -> Vec<&Document> {
    let mut docs: Vec<&Document> = corpus.documents.iter().collect();
    docs.sort_by_key(|d| {
        (
            d.date.as_ref().and_then(|date| date.date.sort_key()).is_none(),
            d.date.as_ref().and_then(|date| date.date.sort_key()),
            d.file.clone(),
        )
    });
    docs
}

/// Actors filtered by kind and name, most mentioned first.
pub fn actors_ranked<'a>(corpus: &'a Corpus, filter: &ViewFilter) -> Vec<&'a Actor> {
    let needle = filter.text.as_ref().map(|t| t.to_lowercase());
    let mut actors: Vec<&Actor> = corpus
        .actors
        .iter()
        .filter(|a| filter.kind.is_none_or(|k| a.kind == k))
        .filter(|a| filter.doc.as_ref().is_none_or(|d| a.mentions.iter().any(|m| &m.doc_id == d)))
        .filter(|a| {
            needle
                .as_ref()
                .is_none_or(|n| contains_text(&a.name, n) || a.aliases.iter().any(|al| contains_text(&al.text, n)))
        })
        .collect();
    actors.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then_with(|| a.name.cmp(&b.name)));
    actors
}

/// The sentences that mention an actor, as (document, sentence index), in document order, once each.
pub fn actor_sentences<'a>(corpus: &'a Corpus, actor: &Actor) -> Vec<(&'a Document, usize)> {
    let mut out: Vec<(&Document, usize)> = Vec::new();
    for mention in &actor.mentions {
        let Some(doc) = corpus.document(&mention.doc_id) else { continue };
        let Some(sentence) = doc.sentence_at(mention.start) else { continue };
        if !out.iter().any(|(d, s)| d.doc_id == doc.doc_id && *s == sentence) {
            out.push((doc, sentence));
        }
    }
    out
}

/// Events that involve an actor, in time order.
pub fn actor_events<'a>(corpus: &'a Corpus, actor_id: &str) -> Vec<&'a Event> {
    let filter = ViewFilter { actor: Some(actor_id.to_string()), ..ViewFilter::default() };
    timeline(corpus, &filter)
        .into_iter()
        .filter_map(|row| match row {
            TimelineRow::Event(e) => Some(e),
            TimelineRow::Publication(_) => None,
        })
        .collect()
}

/// What a highlighted span of a document's text refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkKind {
    Actor(String),
    /// A time expression: its TimeML value.
    Time(String),
}

/// A highlighted span of a document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
}

/// Every actor mention and time expression of a document, in text order, without overlaps:
/// where two overlap, the one that starts first (then the longer) wins.
pub fn document_marks(corpus: &Corpus, doc: &Document) -> Vec<Mark> {
    let marks = corpus
        .actors
        .iter()
        .flat_map(|actor| {
            actor.mentions.iter().filter(|m| m.doc_id == doc.doc_id).map(|m| Mark {
                start: m.start,
                end: m.end,
                kind: MarkKind::Actor(actor.actor_id.clone()),
            })
        })
        .chain(doc.timexes.iter().map(|t| Mark { start: t.start, end: t.end, kind: MarkKind::Time(t.value.clone()) }))
        .collect();
    without_overlaps(&doc.text, marks)
}

/// Marks inside `text` on character boundaries, in text order, without overlaps: where two
/// overlap, the one that starts first (then the longer) wins.
pub fn without_overlaps(text: &str, mut marks: Vec<Mark>) -> Vec<Mark> {
    marks.retain(|m| {
        m.start < m.end && m.end <= text.len() && text.is_char_boundary(m.start) && text.is_char_boundary(m.end)
    });
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<Mark> = Vec::with_capacity(marks.len());
    for mark in marks {
        if kept.last().is_none_or(|last| mark.start >= last.end) {
            kept.push(mark);
        }
    }
    kept
}

/// The pieces of `text[start..end]`: plain runs and marked runs, in order.
pub fn split_by_marks<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    marks: &'a [Mark],
) -> Vec<(&'a str, Option<&'a Mark>)> {
    let mut pieces = Vec::new();
    let mut at = start;
    let first = marks.partition_point(|m| m.end <= start);
    for mark in marks[first..].iter().take_while(|m| m.start < end) {
        if mark.start < at || mark.end > end {
            continue;
        }
        if mark.start > at {
            pieces.push((&text[at..mark.start], None));
        }
        pieces.push((&text[mark.start..mark.end], Some(mark)));
        at = mark.end;
    }
    if at < end {
        pieces.push((&text[at..end], None));
    }
    pieces
}
