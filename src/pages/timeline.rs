//! The timeline: events and publications in time order, filtered, zoomed and selected by the URL.

use tightrope_core::link::ViewAction;
use tightrope_core::query::TimelineItem;
use tightrope_core::Document;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::components::date_label::DateLabel;
use crate::components::empty_result::EmptyResult;
use crate::components::event_row::EventRow;
use crate::components::facet_panel::FacetPanel;
use crate::components::filter_chips::FilterChips;
use crate::components::link_notes::LinkNotes;
use crate::components::time_axis::TimeAxis;
use crate::route::Route;
use crate::store::{use_corpus, use_timeline_view, use_view_dispatch, use_view_state};

#[component]
pub fn TimelinePage() -> Html {
    let corpus = use_corpus();
    let (state, notes) = use_view_state();
    let dispatch = use_view_dispatch(Route::Timeline, state.clone());
    let view = use_timeline_view(&state.filter);
    let items = &view.items;
    let events = view.facets.events.len();
    let selected = state.event.as_deref().and_then(|id| corpus.index.event_ix(id));
    let on_edit = dispatch.reform(ViewAction::Filter);
    let on_select = {
        let corpus = corpus.clone();
        dispatch.reform(move |event: u32| ViewAction::Select(corpus.event(event).map(|e| e.event_id.clone())))
    };
    html! {
        <main class="page timeline-page">
            <div class="page-title">
                <h1>{ "Timeline" }</h1>
                <CopyLink />
            </div>
            <LinkNotes {notes} />
            <div class="timeline-layout">
                <FacetPanel filter={state.filter.clone()} view={view.clone()} on_edit={on_edit.clone()} />
                <section class="results" aria-label="events">
                    <FilterChips filter={state.filter.clone()} on_edit={on_edit.clone()} />
                    <p class="summary" role="status">{ format!("{} dated items: {events} events, {} publications", items.len(), items.len() - events) }</p>
                    <EmptyResult filter={state.filter.clone()} view={view.clone()} on_edit={on_edit.clone()} />
                    <TimeAxis view={view.clone()} zoom={state.zoom} {selected} on_action={dispatch.clone()} />
                    <ol class="timeline">
                        { for items.iter().map(|item| match *item {
                            TimelineItem::Event(event) => html! {
                                <EventRow key={format!("e{event}")} {event} selected={selected == Some(event)} on_select={on_select.clone()} />
                            },
                            TimelineItem::Publication(doc) => publication_row(&corpus.documents[doc as usize]),
                        }) }
                    </ol>
                </section>
            </div>
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
