//! The loaded corpus as context, and the hooks that read the view state from the URL.

use std::rc::Rc;
use tightrope_core::link::{FilterEdit, LinkNote, ViewFilter};
use tightrope_core::Corpus;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

/// The corpus, shared once through a context. Equality is identity: it never changes.
#[derive(Debug, Clone)]
pub struct CorpusHandle(pub Rc<Corpus>);

impl PartialEq for CorpusHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for CorpusHandle {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        &self.0
    }
}

/// The corpus of the app; the app provides it above every page.
#[hook]
pub fn use_corpus() -> CorpusHandle {
    use_context::<CorpusHandle>().expect("the app provides the corpus above every page")
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
        let next = filter.edit(edit);
        let _ = navigator.replace_with_query(&route, &next.pairs());
    })
}
