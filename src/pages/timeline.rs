//! The timeline: events and publications in time order, filtered by the URL.

use tightrope_core::query::{timeline, TimelineRow};
use tightrope_core::{Document, Event};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::actor_link::ActorLink;
use crate::components::date_label::DateLabel;
use crate::components::filter_bar::FilterBar;
use crate::components::link_notes::LinkNotes;
use crate::route::Route;
use crate::store::{use_corpus, use_filter_editor, use_view_filter};

#[component]
pub fn TimelinePage() -> Html {
    let corpus = use_corpus();
    let (filter, notes) = use_view_filter();
    let on_edit = use_filter_editor(Route::Timeline);
    let rows = timeline(&corpus, &filter);
    let events = rows.iter().filter(|r| matches!(r, TimelineRow::Event(_))).count();
    html! {
        <main class="page timeline-page">
            <h1>{ "Timeline" }</h1>
            <LinkNotes {notes} />
            <FilterBar filter={filter.clone()} {on_edit} />
            <p class="summary">{ format!("{} dated items: {events} events, {} publications", rows.len(), rows.len() - events) }</p>
            if rows.is_empty() {
                <p class="empty">{ "Nothing dated matches these filters." }</p>
            }
            <ol class="timeline">
                { for rows.iter().map(|row| match row {
                    TimelineRow::Event(event) => event_row(event, &corpus),
                    TimelineRow::Publication(doc) => publication_row(doc),
                }) }
            </ol>
        </main>
    }
}

fn event_row(event: &Event, corpus: &tightrope_core::Corpus) -> Html {
    let derived = event.date.inherited.then_some(AttrValue::Static("date from context"));
    let mention = event.mentions.first();
    let quad = event.quad.map_or("own".to_string(), |q| q.to_string());
    html! {
        <li class={classes!("row", "event", format!("quad-{quad}"))} key={event.event_id.clone()}>
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
                    <blockquote>{ mention.text.clone() }</blockquote>
                    <p class="source">
                        <Link<Route> to={Route::sentence(&mention.doc_id, mention.sentence)}>
                            { corpus.document(&mention.doc_id).map_or(mention.doc_id.clone(), |d| d.title.clone()) }
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

fn publication_row(doc: &Document) -> Html {
    let Some(date) = &doc.date else { return html! {} };
    let derived = date.inferred.then_some(AttrValue::Static("inferred"));
    html! {
        <li class="row publication" key={format!("pub-{}", doc.doc_id)}>
            <DateLabel date={date.date.clone()} {derived} />
            <div class="body">
                <p class="what">
                    <span class="action">{ "Published" }</span>{ " " }
                    <Link<Route> to={Route::Document { doc_id: doc.doc_id.clone() }}>{ doc.title.clone() }</Link<Route>>
                    if let Some(publisher) = &doc.publisher { { format!(" · {publisher}") } }
                </p>
            </div>
        </li>
    }
}
