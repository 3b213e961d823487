//! The timeline list's items: the events a filter leaves (as [`super::Facets`] gives them) merged
//! with the publications the same filter keeps, in the order [`super::timeline`] gives its rows.

use super::publication_matches;
use crate::index::{CorpusIndex, DocIx, EventIx};
use crate::link::ViewFilter;
use crate::model::{Corpus, DateValue, Day, Precision};

/// One row of the timeline list, as a position in the corpus's events or documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimelineItem {
    Event(EventIx),
    /// A document's publication date.
    Publication(DocIx),
}

type OrderKey = (bool, Option<(Day, Day)>, Precision, bool);

/// The order of [`super::timeline`]: earliest day, latest, finer precision first, publications
/// after the events of the same date, rows with no calendar position last.
fn key(date: &DateValue, publication: bool) -> OrderKey {
    let position = date.interval.map(|i| (i.earliest, i.latest));
    (position.is_none(), position, date.precision, publication)
}

/// The events (in timeline order, as the index gives them) and the dated publications `filter`
/// keeps, merged into one list. Publications are rows only while no filter reads something only
/// events have, as in [`super::timeline`].
pub fn timeline_items(corpus: &Corpus, events: &[EventIx], filter: &ViewFilter) -> Vec<TimelineItem> {
    let mut publications: Vec<(OrderKey, DocIx)> = corpus
        .documents
        .iter()
        .enumerate()
        .filter(|(_, doc)| publication_matches(doc, filter))
        .filter_map(|(ix, doc)| Some((key(&doc.date.as_ref()?.date, true), ix as DocIx)))
        .collect();
    publications.sort_by_key(|(key, _)| *key);
    let mut items = Vec::with_capacity(events.len() + publications.len());
    let mut pending = publications.into_iter().peekable();
    for &event in events {
        let Some(date) = corpus.events.get(event as usize).map(|e| &e.date.date) else { continue };
        let event_key = key(date, false);
        while let Some((_, doc)) = pending.next_if(|(publication_key, _)| *publication_key < event_key) {
            items.push(TimelineItem::Publication(doc));
        }
        items.push(TimelineItem::Event(event));
    }
    items.extend(pending.map(|(_, doc)| TimelineItem::Publication(doc)));
    items
}

/// The event after (or before) `selected` among `events` (in timeline order, as
/// [`super::Facets`] gives them): j and k on the timeline. With none selected, the first (or
/// last); with one the filters hide, the nearest in timeline order; `None` past either end.
pub fn step_event(
    index: &CorpusIndex,
    events: &[EventIx],
    selected: Option<EventIx>,
    forward: bool,
) -> Option<EventIx> {
    let Some(selected) = selected else {
        return if forward { events.first() } else { events.last() }.copied();
    };
    let rank = |event: EventIx| index.rank(event).unwrap_or(usize::MAX);
    let at = rank(selected);
    // The events are sorted by rank: find where the selected one is, or would be.
    let position = events.partition_point(|&e| rank(e) < at);
    let found = events.get(position).is_some_and(|&e| e == selected);
    if forward {
        events.get(if found { position + 1 } else { position }).copied()
    } else {
        position.checked_sub(1).and_then(|p| events.get(p)).copied()
    }
}
