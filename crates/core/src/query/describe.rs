//! Filters in words, as chips and the empty-result note name them: what is filtered, and by what.

use crate::index::CorpusIndex;
use crate::link::{ActorMatch, FilterKey, ViewFilter};
use crate::model::Corpus;

/// One active filter in words: "actor" and "Iraq", "QuadClass" and "material conflict".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterWords {
    pub what: &'static str,
    /// Names from the corpus where it has them (an actor's name, a document's title), else the
    /// value as the link gives it.
    pub value: String,
}

fn only_or(flag: Option<bool>, without: &str) -> String {
    if flag == Some(true) {
        "only".to_string()
    } else {
        without.to_string()
    }
}

/// The words for one of `filter`'s active filters.
pub fn describe_filter(corpus: &Corpus, index: &CorpusIndex, filter: &ViewFilter, key: &FilterKey) -> FilterWords {
    let (what, value) = match key {
        FilterKey::Text => ("text", format!("“{}”", filter.text.as_deref().unwrap_or_default())),
        FilterKey::Actor(actor_id) => {
            let actor = index.actor_ix(actor_id).and_then(|a| corpus.actors.get(a as usize));
            ("actor", actor.map_or_else(|| actor_id.clone(), |a| a.name.clone()))
        }
        FilterKey::Actors => {
            let how = match filter.actor_match {
                ActorMatch::Any => "any",
                ActorMatch::All => "all",
            };
            ("actors", format!("{how} of {}", filter.actors().len()))
        }
        FilterKey::Kind => ("actor kind", filter.kind.map(|k| k.label().to_string()).unwrap_or_default()),
        FilterKey::Category => {
            let code = filter.category.clone().unwrap_or_default();
            let root = index.root_ix(&code).and_then(|r| index.roots().get(r as usize));
            ("category", root.map_or(code, |r| format!("{} {}", r.code, r.name)))
        }
        FilterKey::Quad => ("QuadClass", filter.quad.map(|q| q.label().to_string()).unwrap_or_default()),
        FilterKey::Doc => {
            let doc_id = filter.doc.clone().unwrap_or_default();
            let doc = index.document_ix(&doc_id).and_then(|d| corpus.documents.get(d as usize));
            ("document", doc.map_or(doc_id, |d| d.title.clone()))
        }
        FilterKey::Publisher => ("publisher", filter.publisher.clone().unwrap_or_default()),
        FilterKey::Precision => ("date precision", filter.precision.map(|p| p.label().to_string()).unwrap_or_default()),
        FilterKey::Reported => ("reported speech", only_or(filter.reported, "left out")),
        FilterKey::Expected => ("planned or expected", only_or(filter.expected, "left out")),
        FilterKey::Negated => ("negated", only_or(filter.negated, "left out")),
        FilterKey::Inherited => ("dates from context", only_or(filter.inherited, "hidden")),
        FilterKey::From => ("from", filter.from.map(|d| d.to_string()).unwrap_or_default()),
        FilterKey::To => ("to", filter.to.map(|d| d.to_string()).unwrap_or_default()),
    };
    FilterWords { what, value }
}
