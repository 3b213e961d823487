//! A link to an actor's page, marked with the actor's kind; the name isolated for bidi.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::store::use_corpus;

#[derive(Properties, PartialEq)]
pub struct ActorLinkProps {
    pub actor_id: AttrValue,
}

#[component]
pub fn ActorLink(props: &ActorLinkProps) -> Html {
    let corpus = use_corpus();
    match corpus.actor(&props.actor_id) {
        Some(actor) => html! {
            <Link<Route> to={Route::Actor { actor_id: actor.actor_id.clone() }} classes={classes!("actor", format!("kind-{}", actor.kind.slug()))}>
                <bdi>{ actor.name.clone() }</bdi>
            </Link<Route>>
        },
        None => html! { <span class="actor unknown"><bdi>{ props.actor_id.clone() }</bdi></span> },
    }
}
