//! The windowed list: every row the same height, only the rows in view (and a few around them)
//! in the page, the rest stood in for by the list's padding and height.
//!
//! Sizes are set through the CSS object model: the page's Content-Security-Policy refuses `style`
//! attributes, not styles set by script. The selected event's row is scrolled to and focused.

use tightrope_core::index::EventIx;
use tightrope_core::link::ViewAction;
use tightrope_core::query::TimelineItem;
use tightrope_core::Document;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::date_label::DateLabel;
use crate::components::event_row::EventRow;
use crate::route::Route;
use crate::store::{use_corpus, ViewHandle};

/// Rows kept in the page above and below the ones in view.
const OVERSCAN: usize = 6;
/// A row's height and the list's before they are measured (and on the host).
const ROW_HEIGHT: f64 = 150.0;
const VIEWPORT_HEIGHT: f64 = 700.0;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub view: ViewHandle,
    pub selected: Option<EventIx>,
    pub on_action: Callback<ViewAction>,
}

/// The rows in view (with overscan) for a scroll position: a range of item positions.
pub fn visible_rows(scroll_top: f64, viewport: f64, row_height: f64, count: usize) -> std::ops::Range<usize> {
    let row_height = row_height.max(1.0);
    let first = ((scroll_top / row_height).floor().max(0.0) as usize).saturating_sub(OVERSCAN);
    let last = (((scroll_top + viewport) / row_height).ceil().max(0.0) as usize + OVERSCAN).min(count);
    first.min(last)..last
}

#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let corpus = use_corpus();
    let container = use_node_ref();
    let list = use_node_ref();
    // A link that selects an event opens with the list at its row.
    let scroll_top = use_state(|| {
        let position = props.selected.and_then(|e| props.view.items.iter().position(|i| *i == TimelineItem::Event(e)));
        position.map_or(0.0, |p| (p as f64 * ROW_HEIGHT - VIEWPORT_HEIGHT / 3.0).max(0.0))
    });
    let sizes = use_state(|| (ROW_HEIGHT, VIEWPORT_HEIGHT));
    let (row_height, viewport) = *sizes;
    let items = &props.view.items;
    let count = items.len();
    let range = visible_rows(*scroll_top, viewport, row_height, count);

    let onscroll = {
        let (scroll_top, container) = (scroll_top.clone(), container.clone());
        Callback::from(move |_: Event| {
            if let Some(element) = container.cast::<web_sys::Element>() {
                scroll_top.set(f64::from(element.scroll_top()));
            }
        })
    };
    // After each render: measure a row and the viewport, and size the list so that the rows
    // sit where they would if every row were there.
    {
        let (container, list, sizes) = (container.clone(), list.clone(), sizes.clone());
        let first = range.start;
        use_effect_with((first, count, row_height), move |&(first, count, row_height)| {
            fit_list(&container, &list, &sizes, first, count, row_height);
        });
    }
    // A selected event: scroll its row into view; once the page has opened, also move the
    // focus to it, unless the reader is typing somewhere.
    {
        let (container, items, opened) = (container.clone(), props.view.clone(), use_mut_ref(|| false));
        use_effect_with((props.selected, props.view.clone()), move |(selected, _)| {
            if let Some(event) = selected {
                if let Some(position) = items.items.iter().position(|i| *i == TimelineItem::Event(*event)) {
                    reveal_row(&container, position, *event, (row_height, viewport), *opened.borrow());
                }
            }
            *opened.borrow_mut() = true;
        });
    }
    let on_select = {
        let (on_action, corpus) = (props.on_action.clone(), corpus.clone());
        Callback::from(move |event: EventIx| {
            if let Some(event) = corpus.event(event) {
                on_action.emit(ViewAction::Select(Some(event.event_id.clone())));
            }
        })
    };
    html! {
        <div class="event-list" ref={container} {onscroll}>
            <ol class="timeline" ref={list} aria-label={format!("{count} events and publications, in time order")}>
                { for range.clone().map(|position| match items[position] {
                    TimelineItem::Event(event) => html! {
                        <EventRow key={format!("e{event}")} {event} selected={props.selected == Some(event)}
                            position={Some((position + 1, count))} on_select={on_select.clone()} />
                    },
                    TimelineItem::Publication(doc) => {
                        publication_row(&corpus.documents[doc as usize], position + 1, count)
                    }
                }) }
            </ol>
        </div>
    }
}

fn publication_row(doc: &Document, position: usize, count: usize) -> Html {
    let Some(date) = &doc.date else { return html! {} };
    let derived = date.inferred.then_some(AttrValue::Static("inferred"));
    html! {
        <li class="row publication" key={format!("pub-{}", doc.doc_id)}
            aria-posinset={position.to_string()} aria-setsize={count.to_string()}>
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

/// Measures a row and the viewport, then pads the list above its first rendered row and gives
/// it the height of every row.
fn fit_list(
    container: &NodeRef,
    list: &NodeRef,
    sizes: &UseStateHandle<(f64, f64)>,
    first: usize,
    count: usize,
    row_height: f64,
) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let (Some(container), Some(list)) =
            (container.cast::<web_sys::HtmlElement>(), list.cast::<web_sys::HtmlElement>())
        else {
            return;
        };
        let measured = list
            .first_element_child()
            .and_then(|row| row.dyn_into::<web_sys::HtmlElement>().ok())
            .map_or(row_height, |row| f64::from(row.offset_height()));
        let viewport = f64::from(container.client_height());
        if measured > 0.0 && ((measured - sizes.0).abs() >= 0.5 || (viewport - sizes.1).abs() >= 1.0) {
            sizes.set((measured, viewport.max(1.0)));
        }
        let style = list.style();
        let _ = style.set_property("padding-top", &format!("{}px", first as f64 * measured));
        let _ = style.set_property("height", &format!("{}px", count as f64 * measured));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (container, list, sizes, first, count, row_height);
}

/// Scrolls the list so that a row shows, and focuses it (when `focus`) unless the reader is typing.
fn reveal_row(container: &NodeRef, position: usize, event: EventIx, (row_height, viewport): (f64, f64), focus: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(container) = container.cast::<web_sys::HtmlElement>() else { return };
        let top = position as f64 * row_height;
        let scroll = f64::from(container.scroll_top());
        if top < scroll || top + row_height > scroll + viewport {
            container.set_scroll_top((top - viewport / 3.0).max(0.0) as i32);
        }
        let document = web_sys::window().and_then(|w| w.document());
        let active = document.as_ref().and_then(|d| d.active_element());
        let typing = active.as_ref().is_some_and(|a| matches!(a.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if focus && !typing {
            // The row is in the page once the scroll has been handled: focus it after that.
            let id = format!("event-{event}");
            gloo::timers::callback::Timeout::new(30, move || {
                use wasm_bindgen::JsCast;
                let row = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&id))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(row) = row {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = row.focus_with_options(&options);
                }
            })
            .forget();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (container, position, event, row_height, viewport, focus);
}
