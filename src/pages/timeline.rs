//! The timeline: facets beside, and over the events the filters leave, a time axis and a
//! windowed list in step. Filters, zoom window and selected event all live in the URL.

use tightrope_core::link::ViewAction;
use tightrope_core::query::step_event;
use yew::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::components::empty_result::EmptyResult;
use crate::components::event_list::EventList;
use crate::components::export_buttons::ExportButtons;
use crate::components::facet_panel::FacetPanel;
use crate::components::filter_chips::FilterChips;
use crate::components::link_notes::LinkNotes;
use crate::components::search_box::SEARCH_INPUT_ID;
use crate::components::selected_event::SelectedEvent;
use crate::components::time_axis::TimeAxis;
use crate::hooks::use_page_keys::{use_page_keys, PageKey};
use crate::route::Route;
use crate::store::{use_corpus, use_timeline_view, use_view_dispatch, use_view_state};

#[component]
pub fn TimelinePage() -> Html {
    let corpus = use_corpus();
    let (state, notes) = use_view_state();
    let dispatch = use_view_dispatch(Route::Timeline, state.clone());
    let view = use_timeline_view(&state.filter);
    let events = view.facets.events.len();
    let publications = view.items.len() - events;
    let selected = state.event.as_deref().and_then(|id| corpus.index.event_ix(id));
    let on_edit = dispatch.reform(ViewAction::Filter);
    let on_key = {
        let (corpus, view, dispatch) = (corpus.clone(), view.clone(), dispatch.clone());
        Callback::from(move |key: PageKey| {
            let forward = match key {
                PageKey::Next => true,
                PageKey::Previous => false,
                PageKey::Search => return focus_search(),
            };
            let next = step_event(&corpus.index, &view.facets.events, selected, forward);
            if let Some(event) = next.and_then(|e| corpus.event(e)) {
                dispatch.emit(ViewAction::Step(event.event_id.clone()));
            }
        })
    };
    use_page_keys(on_key);
    use_effect_with((), |_| crate::perf::first_paint());
    use_effect_with(state.clone(), |_| crate::perf::repainted());
    let listed = selected.is_some_and(|e| {
        view.facets.events.binary_search_by_key(&corpus.index.rank(e), |&x| corpus.index.rank(x)).is_ok()
    });
    html! {
        <main class="page timeline-page">
            <div class="page-title">
                <h1>{ "Timeline" }</h1>
                <div class="page-actions">
                    <ExportButtons view={view.clone()} />
                    <CopyLink />
                </div>
            </div>
            <LinkNotes {notes} />
            <div class="timeline-layout">
                <FacetPanel filter={state.filter.clone()} view={view.clone()} on_edit={on_edit.clone()} />
                <section class="results" aria-label="events">
                    <FilterChips filter={state.filter.clone()} on_edit={on_edit.clone()} />
                    <p class="summary" role="status">
                        { plural(events, "event") }
                        if publications > 0 { { format!(" and {}", plural(publications, "publication")) } }
                        if !state.filter.is_empty() { { format!(" of {}", corpus.events.len()) } }
                    </p>
                    <EmptyResult filter={state.filter.clone()} view={view.clone()} on_edit={on_edit.clone()} />
                    <TimeAxis view={view.clone()} zoom={state.zoom} {selected} on_action={dispatch.clone()} />
                    if let Some(event) = selected {
                        <SelectedEvent {event} {listed} on_action={dispatch.clone()} />
                    }
                    <EventList view={view.clone()} {selected} on_action={dispatch.clone()} />
                </section>
            </div>
        </main>
    }
}

/// Moves the focus to the search box (the `/` key).
fn focus_search() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let input = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(SEARCH_INPUT_ID))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(input) = input {
            let _ = input.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = SEARCH_INPUT_ID;
}

/// "1 event", "2 events".
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
