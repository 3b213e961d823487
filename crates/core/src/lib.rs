//! The Tightrope contract shared by the build-time pipeline and the browser viewer.
//!
//! - [`model`]: the corpus JSON (documents, sentences, time expressions, actors, events).
//! - [`index`]: a corpus index built once (events in timeline order, look-ups by id, posting lists,
//!   search text), plain indices kept beside the corpus.
//! - [`query`]: pure functions over a loaded corpus (ordering, filtering, facets, lanes, look-ups).
//! - [`link`]: the view state carried in a URL's query string, and its codec.
//! - [`export`]: filtered events as CSV, JSON and TimelineJS JSON.
//! - [`split`]: the corpus as the viewer loads it: the timeline embedded, texts fetched on first need.

pub mod export;
pub mod index;
pub mod link;
pub mod model;
pub mod query;
pub mod split;

pub use model::*;
