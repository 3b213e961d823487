//! The Tightrope viewer: a Yew app that renders the corpus JSON embedded at build time.
//!
//! Components only render and dispatch; ordering, filtering and URL handling live in
//! `tightrope_core`. [`App`] runs in the browser under a hash router (deep links survive any
//! static host); [`StaticApp`] renders one path through a memory history, for host tests.

pub mod app;
pub mod components;
pub mod data;
pub mod hooks;
pub mod pages;
pub mod perf;
pub mod route;
pub mod store;

pub use app::{App, StaticApp};

/// The timeline's part of the corpus JSON that `build.rs` produced: documents carry only the
/// excerpts the timeline quotes ([`tightrope_core::split`]); the rest is fetched ([`data`]).
pub const CORPUS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));
