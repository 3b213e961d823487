//! The loaded corpus and its index as context, and the hooks that read the view state from the URL.

use std::rc::Rc;
use tightrope_core::index::{CorpusIndex, EventIx};
use tightrope_core::link::{check_view, FilterEdit, HistoryMode, LinkNote, ViewAction, ViewFilter, ViewState};
use tightrope_core::query::{timeline_items, Facets, TimelineItem};
use tightrope_core::{Actor, Corpus, Document, Event, EventMention};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::route::Route;

/// The corpus and its index, built once and shared through a context. Equality is identity:
/// neither ever changes.
#[derive(Debug, Clone)]
pub struct CorpusHandle {
    pub corpus: Rc<Corpus>,
    pub index: Rc<CorpusIndex>,
}

impl CorpusHandle {
    /// Indexes the corpus: done once per app.
    pub fn new(corpus: Corpus) -> CorpusHandle {
        let index = Rc::new(CorpusIndex::new(&corpus));
        CorpusHandle { corpus: Rc::new(corpus), index }
    }

    /// An actor by id, through the index.
    pub fn actor(&self, actor_id: &str) -> Option<&Actor> {
        self.corpus.actors.get(self.index.actor_ix(actor_id)? as usize)
    }

    /// A document by id, through the index.
    pub fn document(&self, doc_id: &str) -> Option<&Document> {
        self.corpus.documents.get(self.index.document_ix(doc_id)? as usize)
    }

    /// The event at a position in `corpus.events`.
    pub fn event(&self, event: EventIx) -> Option<&Event> {
        self.corpus.events.get(event as usize)
    }

    /// The sentence an event mention quotes, empty if its document or span is unknown.
    pub fn quote(&self, mention: &EventMention) -> &str {
        self.document(&mention.doc_id).map_or("", |d| d.slice(mention.start, mention.end))
    }
}

impl PartialEq for CorpusHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.corpus, &other.corpus) && Rc::ptr_eq(&self.index, &other.index)
    }
}

impl std::ops::Deref for CorpusHandle {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        &self.corpus
    }
}

/// The corpus of the app; the app provides it above every page.
#[hook]
pub fn use_corpus() -> CorpusHandle {
    use_context::<CorpusHandle>().expect("the app provides the corpus above every page")
}

/// What a filter leaves of the corpus: the events with facet counts, and the list's items.
#[derive(Debug, PartialEq)]
pub struct TimelineView {
    pub facets: Facets,
    /// The events shown merged with the publications the filter keeps, in time order.
    pub items: Vec<TimelineItem>,
}

/// A shared [`TimelineView`], cheap to pass as a prop: equality is identity, as one is computed
/// per filter and never changed.
#[derive(Debug, Clone)]
pub struct ViewHandle(pub Rc<TimelineView>);

impl PartialEq for ViewHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for ViewHandle {
    type Target = TimelineView;
    fn deref(&self) -> &TimelineView {
        &self.0
    }
}

/// What `filter` leaves of the corpus: computed once per filter, whatever else re-renders.
#[hook]
pub fn use_timeline_view(filter: &ViewFilter) -> ViewHandle {
    let corpus = use_corpus();
    let view = use_memo((corpus, filter.clone()), |(corpus, filter)| {
        let facets = Facets::compute(&corpus.index, filter);
        let items = timeline_items(&corpus.corpus, &facets.events, filter);
        TimelineView { facets, items }
    });
    ViewHandle(view)
}

/// The timeline's view in the current URL, with notes on the parameters that could not be read
/// and on the ids this corpus lacks (dropped, so the view still opens).
#[hook]
pub fn use_view_state() -> (ViewState, Vec<LinkNote>) {
    let corpus = use_corpus();
    let query = use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    let checked = use_memo((corpus, query), |(corpus, query)| {
        let (state, mut notes) = ViewState::decode(query);
        let (state, unknown) = check_view(&corpus.index, &state);
        notes.extend(unknown);
        (state, notes)
    });
    (*checked).clone()
}

/// A callback that applies a view action to `state`, the page's current view, in the URL of
/// `route`: selecting an event pushes a history entry, every other change replaces it.
#[hook]
pub fn use_view_dispatch(route: Route, state: ViewState) -> Callback<ViewAction> {
    let navigator = use_navigator();
    Callback::from(move |action: ViewAction| {
        let Some(navigator) = &navigator else { return };
        let mode = action.history();
        crate::perf::start(match action {
            ViewAction::Filter(_) => "filter",
            ViewAction::Zoom(_) => "zoom",
            ViewAction::Select(_) | ViewAction::Step(_) => "select",
        });
        let next = state.apply(action);
        if next != state {
            navigate(navigator, &route, &next.encode(), mode);
        }
    })
}

/// Goes to `route` with this query string (none when empty), as a new history entry or in place
/// of the current one. The one way the app writes a URL: queries come from `core::link`'s encoders.
pub fn navigate(navigator: &Navigator, route: &Route, query: &str, mode: HistoryMode) {
    // Writing a raw query cannot fail (its error type is `Infallible`).
    match (query.is_empty(), mode) {
        (true, HistoryMode::Push) => navigator.push(route),
        (true, HistoryMode::Replace) => navigator.replace(route),
        (false, HistoryMode::Push) => {
            let _ = navigator.push_with_query(route, Raw(query));
        }
        (false, HistoryMode::Replace) => {
            let _ = navigator.replace_with_query(route, Raw(query));
        }
    }
}

/// The filter in the current URL, with notes on the parameters that could not be read.
#[hook]
pub fn use_view_filter() -> (ViewFilter, Vec<LinkNote>) {
    let query = use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    ViewFilter::decode(&query)
}

/// A callback that applies a filter edit to `filter`, the page's current one, in the URL of
/// `route`. Editing a filter replaces the history entry, so Back leaves the page instead of
/// undoing keystrokes.
#[hook]
pub fn use_filter_editor(route: Route, filter: ViewFilter) -> Callback<FilterEdit> {
    let navigator = use_navigator();
    Callback::from(move |edit: FilterEdit| {
        let Some(navigator) = &navigator else { return };
        navigate(navigator, &route, &filter.edit(edit).encode(), HistoryMode::Replace);
    })
}
