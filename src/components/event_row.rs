//! One event as a timeline row: date, source → action → targets, the quote and its sentence link.

use std::rc::Rc;
use tightrope_core::Event;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::actor_link::ActorLink;
use crate::components::date_label::DateLabel;
use crate::route::Route;
use crate::store::use_corpus;

#[derive(Properties, PartialEq)]
pub struct EventRowProps {
    pub event: Rc<Event>,
}

/// One event: its date, who did what to whom, the quote and a link to its sentence.
#[component]
pub fn EventRow(props: &EventRowProps) -> Html {
    let corpus = use_corpus();
    let event = &props.event;
    let derived = event.date.inherited.then_some(AttrValue::Static("date from context"));
    let mention = event.mentions.first();
    let quad = event.quad.map_or("own".to_string(), |q| q.to_string());
    html! {
        <li class={classes!("row", "event", format!("quad-{quad}"))}>
            <DateLabel date={event.date.date.clone()} {derived} />
            <div class="body">
                <p class="what">
                    if let Some(source) = &event.source {
                        <ActorLink actor_id={source.clone()} />{ " " }
                    }
                    <span class="action" title={format!("CAMEO {}", event.category.code)}>{ event.category.name.clone() }</span>
                    if !event.target.is_empty() {
                        { " → " }
                        { for event.target.iter().map(|t| html! { <><ActorLink actor_id={t.clone()} />{ " " }</> }) }
                    }
                    if event.flags.expected { <span class="flag">{ "expected" }</span> }
                    if event.flags.negated { <span class="flag">{ "negated" }</span> }
                    if event.flags.reported { <span class="flag">{ "reported" }</span> }
                </p>
                if let Some(mention) = mention {
                    <blockquote>{ corpus.quote(mention).to_string() }</blockquote>
                    <p class="source">
                        <Link<Route> to={Route::sentence(&mention.doc_id, mention.sentence)}>
                            <bdi>{ corpus.document(&mention.doc_id).map_or(mention.doc_id.clone(), |d| d.title.clone()) }</bdi>
                            { format!(" · sentence {}", mention.sentence + 1) }
                        </Link<Route>>
                        if event.corroboration() > 1 {
                            <span class="corroboration">{ format!(" · reported by {} documents", event.corroboration()) }</span>
                        }
                    </p>
                }
            </div>
        </li>
    }
}
