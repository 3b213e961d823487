//! The timeline: events and publications in time order, filtered by the URL.

use tightrope_core::query::TimelineItem;
use tightrope_core::Document;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::date_label::DateLabel;
use crate::components::event_row::EventRow;
use crate::components::filter_bar::FilterBar;
use crate::components::link_notes::LinkNotes;
use crate::route::Route;
use crate::store::{use_corpus, use_filter_editor, use_timeline_view, use_view_filter};

#[component]
pub fn TimelinePage() -> Html {
    let corpus = use_corpus();
    let (filter, notes) = use_view_filter();
    let on_edit = use_filter_editor(Route::Timeline, filter.clone());
    let view = use_timeline_view(&filter);
    let items = &view.items;
    let events = view.facets.events.len();
    html! {
        <main class="page timeline-page">
            <h1>{ "Timeline" }</h1>
            <LinkNotes {notes} />
            <FilterBar filter={filter.clone()} {on_edit} />
            <p class="summary">{ format!("{} dated items: {events} events, {} publications", items.len(), items.len() - events) }</p>
            if items.is_empty() {
                <p class="empty">{ "Nothing dated matches these filters." }</p>
            }
            <ol class="timeline">
                { for items.iter().map(|item| match *item {
                    TimelineItem::Event(event) => html! { <EventRow key={format!("e{event}")} {event} /> },
                    TimelineItem::Publication(doc) => publication_row(&corpus.documents[doc as usize]),
                }) }
            </ol>
        </main>
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
                    <Link<Route> to={Route::Document { doc_id: doc.doc_id.clone() }}><bdi>{ doc.title.clone() }</bdi></Link<Route>>
                    if let Some(publisher) = &doc.publisher { { " · " }<bdi>{ publisher.clone() }</bdi> }
                </p>
            </div>
        </li>
    }
}
