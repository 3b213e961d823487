//! One line about the event under the pointer: its date, who did what to whom, and the start of
//! its quote. (The selected event has a card of its own.)

use tightrope_core::index::EventIx;
use yew::prelude::*;

use crate::store::use_corpus;

/// How much of the quote the line shows, in characters.
const QUOTE_CHARS: usize = 160;

#[derive(Properties, PartialEq)]
pub struct EventSummaryProps {
    pub event: Option<EventIx>,
}

#[component]
pub fn EventSummary(props: &EventSummaryProps) -> Html {
    let corpus = use_corpus();
    let Some(event) = props.event.and_then(|e| corpus.event(e)) else {
        return html! { <p class="event-summary empty-summary">{ "Point at a mark to read it; click to select it in the list." }</p> };
    };
    let name = |actor_id: &str| corpus.actor(actor_id).map_or_else(|| actor_id.to_string(), |a| a.name.clone());
    let who = event.source.as_deref().map(name);
    let whom: Vec<String> = event.target.iter().map(|t| name(t)).collect();
    let quote = event.mentions.first().map(|m| corpus.quote(m)).unwrap_or_default();
    let mut short: String = quote.chars().take(QUOTE_CHARS).collect();
    if quote.chars().count() > QUOTE_CHARS {
        short.push('…');
    }
    html! {
        <p class="event-summary hovered">
            <strong>{ "Under the pointer: " }</strong>
            <span class="date-text">{ event.date.date.label() }</span>{ " · " }
            if let Some(who) = who { <bdi>{ who }</bdi>{ " " } }
            <span class="action">{ event.category.name.clone() }</span>
            if !whom.is_empty() { { " → " }<bdi>{ whom.join(", ") }</bdi> }
            if !short.is_empty() { { " · “" }<bdi>{ short }</bdi>{ "”" } }
        </p>
    }
}
