//! About: what the corpus is, what was read, and how to use your own.

use tightrope_core::split::CorpusCounts;
use yew::prelude::*;

use crate::data::{counts_path, use_fetched, Fetched};
use crate::store::use_corpus;

#[component]
pub fn AboutPage() -> Html {
    let corpus = use_corpus();
    let words: usize = corpus.documents.iter().map(|d| d.word_count).sum();
    // Counts of what only the reader loads come with the fetched files.
    let counts = match use_fetched::<CorpusCounts>(counts_path()) {
        Fetched::Ready(counts) => Some(counts),
        _ => None,
    };
    let count =
        |pick: fn(&CorpusCounts) -> usize| counts.as_deref().map_or_else(|| "…".to_string(), |c| pick(c).to_string());
    html! {
        <main class="page about-page">
            <h1>{ "About this corpus" }</h1>
            <h2><bdi>{ corpus.name.clone() }</bdi></h2>
            if !corpus.description.is_empty() { <p>{ corpus.description.clone() }</p> }
            <dl class="stats">
                <dt>{ "Documents" }</dt><dd>{ corpus.documents.len() }</dd>
                <dt>{ "Words" }</dt><dd>{ words }</dd>
                <dt>{ "Sentences" }</dt><dd>{ count(|c| c.sentences) }</dd>
                <dt>{ "Time expressions" }</dt><dd>{ count(|c| c.timexes) }</dd>
                <dt>{ "Actors" }</dt><dd>{ corpus.actors.len() }</dd>
                <dt>{ "Events" }</dt><dd>{ corpus.events.len() }</dd>
                <dt>{ "Lines of page chrome removed" }</dt><dd>{ count(|c| c.removed) }</dd>
            </dl>
            <h2>{ "How this was made" }</h2>
            <p>{ "Tightrope read every article at build time: it removed page chrome, split sentences, found dates, actors and events, and bundled the result into this page. Nothing is sent to a server; every view is a link you can share." }</p>
            <p>{ "To read your own articles, put the .txt files in a folder and run " }<code>{ "cargo xtask serve --corpus DIR" }</code>{ "." }</p>
        </main>
    }
}
