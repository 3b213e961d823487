//! The page for a link that names no page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[component]
pub fn NotFoundPage() -> Html {
    html! {
        <main class="page">
            <h1>{ "No such page" }</h1>
            <p class="note" role="status">{ "This link does not lead to a page of this corpus." }</p>
            <p><Link<Route> to={Route::Timeline}>{ "Go to the timeline" }</Link<Route>></p>
        </main>
    }
}
