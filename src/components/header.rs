//! The header: corpus name and navigation, with the current section marked.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::store::use_corpus;

#[component]
pub fn Header() -> Html {
    let corpus = use_corpus();
    let section = use_route::<Route>().map_or("", |r| r.section());
    let item = |route: Route, label: &'static str| {
        let current = route.section() == section;
        html! {
            <li>
                <Link<Route> to={route} classes={classes!(current.then_some("current"))}>
                    <span aria-current={current.then_some("page")}>{ label }</span>
                </Link<Route>>
            </li>
        }
    };
    html! {
        <header class="header">
            <div class="brand">
                <Link<Route> to={Route::Timeline} classes="logo">{ "Tightrope" }</Link<Route>>
                <span class="corpus-name" title="corpus"><bdi>{ corpus.name.clone() }</bdi></span>
            </div>
            <nav aria-label="main">
                <ul>
                    { item(Route::Timeline, "Timeline") }
                    { item(Route::Actors, "Actors") }
                    { item(Route::Documents, "Documents") }
                    { item(Route::About, "About") }
                </ul>
            </nav>
        </header>
    }
}
