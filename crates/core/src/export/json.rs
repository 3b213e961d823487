//! JSON: the events with their actors' names and their reports' quotes and documents resolved,
//! so the file reads without the corpus beside it.

use super::{actor_name, document, events, quote};
use crate::index::{CorpusIndex, EventIx, QuadClass};
use crate::model::{Category, Corpus, EventDate};
use serde::Serialize;

#[derive(Serialize)]
struct Export<'a> {
    corpus: &'a str,
    events: Vec<ExportedEvent<'a>>,
}

#[derive(Serialize)]
struct ExportedEvent<'a> {
    event_id: &'a str,
    /// The date as the corpus JSON has it (value, precision, modifier, interval, inherited).
    date: &'a EventDate,
    date_label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<Named<'a>>,
    targets: Vec<Named<'a>>,
    actors: Vec<Named<'a>>,
    category: &'a Category,
    #[serde(skip_serializing_if = "Option::is_none")]
    quad: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    goldstein: Option<f32>,
    reported: bool,
    expected: bool,
    negated: bool,
    reports: Vec<Report<'a>>,
}

#[derive(Serialize)]
struct Named<'a> {
    actor_id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct Report<'a> {
    doc_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<&'a str>,
    /// The sentence's index in the document, 0 for the first (as in the corpus JSON).
    sentence: usize,
    quote: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    attribution: Option<&'a str>,
}

/// The events as a JSON object `{"corpus": name, "events": [...]}`, indented.
pub fn to_json<'a>(corpus: &'a Corpus, index: &CorpusIndex, event_ixs: &'a [EventIx]) -> String {
    let export = Export {
        corpus: &corpus.name,
        events: events(corpus, event_ixs)
            .map(|event| {
                let name = |actor_id: &'a str| actor_name(corpus, index, actor_id);
                ExportedEvent {
                    event_id: &event.event_id,
                    date: &event.date,
                    date_label: event.date.date.label(),
                    source: event.source.as_deref().map(|s| Named { actor_id: s, name: name(s) }),
                    targets: event.target.iter().map(|t| Named { actor_id: t, name: name(t) }).collect(),
                    actors: event.actors.iter().map(|a| Named { actor_id: a, name: name(a) }).collect(),
                    category: &event.category,
                    quad: QuadClass::of(event).map(QuadClass::label),
                    goldstein: event.goldstein,
                    reported: event.flags.reported,
                    expected: event.flags.expected,
                    negated: event.flags.negated,
                    reports: event
                        .mentions
                        .iter()
                        .map(|m| {
                            let doc = document(corpus, index, m);
                            Report {
                                doc_id: &m.doc_id,
                                title: doc.map(|d| d.title.as_str()),
                                publisher: doc.and_then(|d| d.publisher.as_deref()),
                                sentence: m.sentence,
                                quote: quote(corpus, index, m),
                                attribution: m.attribution.as_deref(),
                            }
                        })
                        .collect(),
                }
            })
            .collect(),
    };
    // Serialising borrowed strings, numbers and booleans to a string cannot fail.
    serde_json::to_string_pretty(&export).unwrap_or_default()
}
