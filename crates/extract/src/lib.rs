//! The Tightrope pipeline: a folder of articles in, the corpus JSON out.
//!
//! Stages, in order, each a module with one entry point:
//! 1. [`load`]: read `*.txt` files and `corpus.toml` metadata from a folder.
//! 2. [`clean`]: drop page chrome (navigation, related-article blocks, captions), keep paragraphs.
//! 3. [`segment`]: split paragraphs into sentences with byte offsets.
//! 4. [`time`]: find time expressions (TimeML TIMEX3), resolve them, date undated documents.
//! 5. [`actors`]: discover, resolve and type the actors, with roles and mentions.
//! 6. [`events`]: who did what to whom, when, coded in CAMEO, merged across documents.
//! 7. [`assemble`]: run the stages and build the [`tightrope_core::Corpus`].

pub mod actors;
pub mod assemble;
pub mod clean;
pub mod diagnostic;
pub mod events;
pub mod load;
pub mod segment;
pub mod text;
pub mod time;

pub use assemble::{build_corpus, BuildError, Built};
pub use diagnostic::{Diagnostic, Severity};
pub use load::LoadError;

pub use tightrope_core::Corpus;

/// The corpus JSON exactly as the viewer embeds it and `tightrope corpus` writes it.
pub fn to_json(corpus: &Corpus) -> String {
    serde_json::to_string(corpus).expect("the corpus types always serialise")
}

/// Writes the corpus JSON to a file as it is serialised, without holding it all in memory.
pub fn write_json(corpus: &Corpus, path: &std::path::Path) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    serde_json::to_writer(&mut out, corpus).map_err(std::io::Error::other)?;
    std::io::Write::flush(&mut out)
}
