//! The app shell: corpus context, router, header and the page for the current route.

use tightrope_core::Corpus;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::components::header::Header;
use crate::pages;
use crate::route::Route;
use crate::store::CorpusHandle;

/// The browser app: the embedded corpus under a hash router.
#[component]
pub fn App() -> Html {
    let corpus = use_memo((), |_| Corpus::from_json(crate::CORPUS_JSON).map(CorpusHandle::new));
    match &*corpus {
        Ok(corpus) => html! {
            <HashRouter>
                <Shell corpus={corpus.clone()} />
            </HashRouter>
        },
        Err(message) => html! {
            <main class="page">
                <h1>{ "This corpus cannot be shown" }</h1>
                <p class="note" role="alert">{ message.clone() }</p>
            </main>
        },
    }
}

/// Keeps the URL hash one the hash router can read, now and after every change the reader
/// makes to it (`#//` typed in the address bar would otherwise stop the app). Call it before
/// the app renders: its listener must run before the router's.
pub fn keep_hash_routable() {
    #[cfg(target_arch = "wasm32")]
    {
        fn fix() {
            let Some(window) = web_sys::window() else { return };
            let (Ok(href), Ok(hash), Ok(history)) =
                (window.location().href(), window.location().hash(), window.history())
            else {
                return;
            };
            if let Some(fixed) = crate::route::routable_hash(&hash) {
                let page = href.split('#').next().unwrap_or_default();
                let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
                let _ = history.replace_state_with_url(&state, "", Some(&format!("{page}{fixed}")));
            }
        }
        fix();
        if let Some(window) = web_sys::window() {
            gloo::events::EventListener::new(&window, "popstate", |_| fix()).forget();
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct StaticAppProps {
    pub corpus: CorpusHandle,
    /// The path to render, with its query: `/documents/x?q=y`.
    pub path: AttrValue,
}

/// One path rendered through a memory history: for server-side rendering and host tests.
#[component]
pub fn StaticApp(props: &StaticAppProps) -> Html {
    let history = use_memo(props.path.clone(), |path| {
        let history = MemoryHistory::new();
        match path.split_once('?') {
            Some((route, query)) => {
                let _ = history.push_with_query(route.to_string(), Raw(query.to_string()));
            }
            None => history.push(path.to_string()),
        }
        AnyHistory::from(history)
    });
    html! {
        <Router history={(*history).clone()}>
            <Shell corpus={props.corpus.clone()} />
        </Router>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub corpus: CorpusHandle,
}

/// Header and page, under whichever router the caller chose.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    html! {
        <ContextProvider<CorpusHandle> context={props.corpus.clone()}>
            <Header />
            <Switch<Route> render={switch} />
            <footer class="footer">
                { "Tightrope · every claim links to its sentence · " }
                <Link<Route> to={Route::About}>{ "about this corpus" }</Link<Route>>
            </footer>
        </ContextProvider<CorpusHandle>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Timeline => html! { <pages::timeline::TimelinePage /> },
        Route::Actors => html! { <pages::actors::ActorsPage /> },
        Route::Actor { actor_id } => html! { <pages::actor::ActorPage {actor_id} /> },
        Route::Documents => html! { <pages::documents::DocumentsPage /> },
        Route::Document { doc_id } => html! { <pages::document::DocumentPage {doc_id} /> },
        Route::Sentence { doc_id, sentence } => {
            html! { <pages::document::DocumentPage {doc_id} sentence={Some(sentence)} /> }
        }
        Route::About => html! { <pages::about::AboutPage /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
    }
}
