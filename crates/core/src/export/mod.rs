//! Filtered events as files a reader downloads: CSV, JSON and TimelineJS JSON.
//!
//! Each export takes the corpus, its index and event indices (as [`crate::query::Facets`] gives
//! them) and writes those events in that order; an index past the corpus's events is skipped.

mod csv;
mod json;
mod timelinejs;

pub use csv::to_csv;
pub use json::to_json;
pub use timelinejs::to_timelinejs;

use crate::index::{CorpusIndex, EventIx};
use crate::model::{Corpus, Document, Event, EventMention};

/// The events at these indices, skipping any the corpus lacks.
fn events<'a>(corpus: &'a Corpus, events: &'a [EventIx]) -> impl Iterator<Item = &'a Event> + 'a {
    events.iter().filter_map(|&ix| corpus.events.get(ix as usize))
}

/// An actor's name, or its id where the corpus has no such actor.
fn actor_name<'a>(corpus: &'a Corpus, index: &CorpusIndex, actor_id: &'a str) -> &'a str {
    index.actor_ix(actor_id).and_then(|a| corpus.actors.get(a as usize)).map_or(actor_id, |a| a.name.as_str())
}

/// The document a mention quotes, if the corpus has it.
fn document<'a>(corpus: &'a Corpus, index: &CorpusIndex, mention: &EventMention) -> Option<&'a Document> {
    corpus.documents.get(index.document_ix(&mention.doc_id)? as usize)
}

/// The quoted text of a mention, empty where its document or span is unknown.
fn quote<'a>(corpus: &'a Corpus, index: &CorpusIndex, mention: &EventMention) -> &'a str {
    document(corpus, index, mention).map_or("", |d| d.slice(mention.start, mention.end))
}

/// The flags a reader needs to weigh an event, in words: "reported; negated".
fn flag_words(event: &Event) -> Vec<&'static str> {
    [
        (event.flags.reported, "reported"),
        (event.flags.expected, "expected"),
        (event.flags.negated, "negated"),
        (event.date.inherited, event.date.basis.words()),
    ]
    .into_iter()
    .filter_map(|(set, word)| set.then_some(word))
    .collect()
}
