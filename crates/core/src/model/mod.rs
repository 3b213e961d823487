//! The corpus JSON: what `tightrope corpus` writes and the viewer embeds.
//!
//! Every text offset is a UTF-8 byte offset into [`Document::text`], the cleaned text, end exclusive.

mod actor;
mod date;
mod document;
mod event;
mod timex;

pub use actor::*;
pub use date::*;
pub use document::*;
pub use event::*;
pub use timex::*;

use serde::{Deserialize, Serialize};

/// The schema version; bumped when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 2;

/// A whole corpus after the pipeline: what the viewer renders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub schema: u32,
    /// The corpus name shown in the header.
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub documents: Vec<Document>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub events: Vec<Event>,
}

impl Corpus {
    /// Parses the corpus JSON, checking the schema version.
    pub fn from_json(json: &str) -> Result<Corpus, String> {
        let corpus: Corpus = serde_json::from_str(json).map_err(|e| format!("corpus JSON: {e}"))?;
        if corpus.schema != SCHEMA_VERSION {
            return Err(format!("corpus JSON has schema {}, this viewer reads schema {SCHEMA_VERSION}", corpus.schema));
        }
        Ok(corpus)
    }

    pub fn document(&self, doc_id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.doc_id == doc_id)
    }

    pub fn actor(&self, actor_id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.actor_id == actor_id)
    }

    /// The sentence an event mention quotes, empty if its document or span is unknown.
    pub fn quote(&self, mention: &EventMention) -> &str {
        self.document(&mention.doc_id).map_or("", |d| d.slice(mention.start, mention.end))
    }
}

/// A span of a document's text: where something was said.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    pub doc_id: String,
    pub start: usize,
    pub end: usize,
}
