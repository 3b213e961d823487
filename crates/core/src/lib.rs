//! The Tightrope contract shared by the build-time pipeline and the browser viewer.
//!
//! - [`model`]: the corpus JSON (documents, sentences, time expressions, actors, events).
//! - [`query`]: pure functions over a loaded corpus (ordering, filtering, look-ups).
//! - [`link`]: the view state carried in a URL's query string, and its codec.

pub mod link;
pub mod model;
pub mod query;

pub use model::*;
