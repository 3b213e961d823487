//! Stage 5: actors. Discovers the actors of a corpus from its text, resolves their surface
//! forms to one actor each, and gives each a kind, roles and mentions.

use tightrope_core::{Actor, Document};

/// Finds the actors of all documents at once, so that one actor gets one id across the corpus.
pub fn find(documents: &[Document]) -> Vec<Actor> {
    let _ = documents;
    Vec::new()
}
