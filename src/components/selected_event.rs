//! The selected event in full: its date and where the date comes from, who did what to whom,
//! every report of it with its quote, document and attribution.

use tightrope_core::index::EventIx;
use tightrope_core::link::ViewAction;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::actor_link::ActorLink;
use crate::route::Route;
use crate::store::use_corpus;

#[derive(Properties, PartialEq)]
pub struct SelectedEventProps {
    pub event: EventIx,
    /// Whether the filters leave the event in the list.
    pub listed: bool,
    pub on_action: Callback<ViewAction>,
}

#[component]
pub fn SelectedEvent(props: &SelectedEventProps) -> Html {
    let corpus = use_corpus();
    let Some(event) = corpus.event(props.event) else { return html! {} };
    let close = props.on_action.reform(|_| ViewAction::Select(None));
    let date = &event.date;
    html! {
        <section class="selected-event" aria-labelledby="selected-event-title">
            <header>
                <h2 id="selected-event-title">
                    <span class="date-text">{ date.date.label() }</span>{ " · " }{ event.category.name.clone() }
                </h2>
                <button type="button" class="close" onclick={close} aria-label="close the selected event">{ "×" }</button>
            </header>
            if !props.listed {
                <p class="note">{ "The filters hide this event from the list." }</p>
            }
            <p class="what">
                if let Some(source) = &event.source { <ActorLink actor_id={source.clone()} />{ " " } }
                <span class="action">{ event.category.name.clone() }</span>
                { format!(" (CAMEO {})", event.category.code) }
                if !event.target.is_empty() {
                    { " → " }
                    { for event.target.iter().map(|t| html! { <><ActorLink actor_id={t.clone()} />{ " " }</> }) }
                }
            </p>
            <p class="meta-line">
                { format!("Date: {} ({}, precision {})", date.date.value, date.basis.words(), date.date.precision.label()) }
                if event.flags.reported { { " · reported" } }
                if event.flags.expected { { " · planned or expected" } }
                if event.flags.negated { { " · negated" } }
            </p>
            <ul class="reports">
                { for event.mentions.iter().map(|mention| html! {
                    <li>
                        <blockquote>{ corpus.quote(mention).to_string() }</blockquote>
                        <p class="source">
                            <Link<Route> to={Route::sentence(&mention.doc_id, mention.sentence)}>
                                <bdi>{ corpus.document(&mention.doc_id).map_or(mention.doc_id.clone(), |d| d.title.clone()) }</bdi>
                                { format!(" · sentence {}", mention.sentence + 1) }
                            </Link<Route>>
                            if let Some(attribution) = &mention.attribution { { " · according to " }<bdi>{ attribution.clone() }</bdi> }
                        </p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
