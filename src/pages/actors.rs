//! The actors list: every actor with kind, main role and mention count.

use tightrope_core::link::FilterEdit;
use tightrope_core::query::actors_ranked;
use tightrope_core::ActorKind;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::filter_bar::FilterBar;
use crate::components::link_notes::LinkNotes;
use crate::route::Route;
use crate::store::{use_corpus, use_filter_editor, use_view_filter};

#[component]
pub fn ActorsPage() -> Html {
    let corpus = use_corpus();
    let (filter, notes) = use_view_filter();
    let on_edit = use_filter_editor(Route::Actors, filter.clone());
    let actors = actors_ranked(&corpus, &filter);
    let kind_button = |kind: Option<ActorKind>, label: &'static str| {
        let current = filter.kind == kind;
        let on_edit = on_edit.clone();
        let onclick = Callback::from(move |_| on_edit.emit(FilterEdit::Kind(kind)));
        html! { <li><button type="button" class={classes!(current.then_some("current"))} aria-pressed={current.to_string()} {onclick}>{ label }</button></li> }
    };
    html! {
        <main class="page actors-page">
            <h1>{ "Actors" }</h1>
            <LinkNotes {notes} />
            <ul class="kinds" aria-label="kind">
                { kind_button(None, "all") }
                { for ActorKind::ALL.iter().map(|&kind| kind_button(Some(kind), kind.label())) }
            </ul>
            <FilterBar filter={filter.clone()} on_edit={on_edit.clone()} placeholder="Search names and aliases" />
            <p class="summary">{ format!("{} of {} actors", actors.len(), corpus.actors.len()) }</p>
            if corpus.actors.is_empty() {
                <p class="empty">{ "No actors were found in this corpus." }</p>
            }
            <table class="actors">
                <thead><tr><th>{ "Name" }</th><th>{ "Kind" }</th><th>{ "Main role" }</th><th class="num">{ "Mentions" }</th></tr></thead>
                <tbody>
                    { for actors.iter().map(|actor| html! {
                        <tr key={actor.actor_id.clone()}>
                            <td data-label="Name"><Link<Route> to={Route::Actor { actor_id: actor.actor_id.clone() }} classes={classes!("actor", format!("kind-{}", actor.kind.slug()))}><bdi>{ actor.name.clone() }</bdi></Link<Route>></td>
                            <td data-label="Kind">{ actor.kind.label() }</td>
                            <td data-label="Main role"><bdi>{ actor.main_role().map_or(String::from("—"), |r| r.title.clone()) }</bdi></td>
                            <td data-label="Mentions" class="num">{ actor.mentions.len() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </main>
    }
}
