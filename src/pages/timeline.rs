//! The timeline: events and publications in time order, filtered by the URL.

use std::rc::Rc;
use tightrope_core::query::{timeline, TimelineRow};
use tightrope_core::Document;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::date_label::DateLabel;
use crate::components::event_row::EventRow;
use crate::components::filter_bar::FilterBar;
use crate::components::link_notes::LinkNotes;
use crate::route::Route;
use crate::store::{use_corpus, use_filter_editor, use_view_filter};

#[component]
pub fn TimelinePage() -> Html {
    let corpus = use_corpus();
    let (filter, notes) = use_view_filter();
    let on_edit = use_filter_editor(Route::Timeline, filter.clone());
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
                    TimelineRow::Event(event) => html! { <EventRow key={event.event_id.clone()} event={Rc::new((*event).clone())} /> },
                    TimelineRow::Publication(doc) => publication_row(doc),
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
