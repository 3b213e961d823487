//! The actor facet: several actors, any or all of them, found by name among the corpus's actors.

use std::rc::Rc;
use tightrope_core::link::{ActorMatch, FilterEdit, ViewFilter};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::store::{use_corpus, ViewHandle};

/// How many actors show before "show more", and how many more each press adds.
const STEP: usize = 10;

#[derive(Properties, PartialEq)]
pub struct ActorFacetProps {
    pub filter: ViewFilter,
    pub view: ViewHandle,
    pub on_edit: Callback<FilterEdit>,
}

#[component]
pub fn ActorFacet(props: &ActorFacetProps) -> Html {
    let corpus = use_corpus();
    let name_query = use_state(String::new);
    let shown = use_state(|| STEP);
    let chosen: Vec<String> = props.filter.actors().into_iter().map(String::from).collect();
    // The chosen actors first, then the others by how many events they would leave, then by name.
    let ranked: Rc<Vec<u32>> = use_memo(
        (corpus.clone(), props.view.clone(), chosen.clone(), (*name_query).clone()),
        |(corpus, view, chosen, name_query)| {
            // The same folding as the index's search text.
            let lower = |text: &str| text.to_lowercase();
            let needle = lower(name_query.trim());
            let counts = &view.facets.counts.actors;
            let mut ranked: Vec<u32> = (0..corpus.actors.len() as u32)
                .filter(|&a| {
                    let actor = &corpus.actors[a as usize];
                    let is_chosen = chosen.contains(&actor.actor_id);
                    let named = needle.is_empty()
                        || lower(&actor.name).contains(&needle)
                        || actor.aliases.iter().any(|alias| lower(&alias.text).contains(&needle));
                    is_chosen || (named && counts.get(a as usize).copied().unwrap_or(0) > 0)
                })
                .collect();
            let key = |a: u32| {
                let actor = &corpus.actors[a as usize];
                (!chosen.contains(&actor.actor_id), std::cmp::Reverse(counts[a as usize]), actor.name.as_str())
            };
            ranked.sort_by(|&a, &b| key(a).cmp(&key(b)));
            ranked
        },
    );
    let on_name = {
        let name_query = name_query.clone();
        let shown = shown.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            name_query.set(input.value());
            shown.set(STEP);
        })
    };
    let match_radio = |value: ActorMatch, label: &'static str| {
        let onchange = props.on_edit.reform(move |_| FilterEdit::ActorMatch(value));
        let id = format!("actor-match-{label}");
        html! {
            <label for={id.clone()} class="radio">
                <input type="radio" {id} name="actor-match" checked={props.filter.actor_match == value} {onchange} />
                { label }
            </label>
        }
    };
    let total = ranked.len();
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + STEP * 3))
    };
    html! {
        <fieldset class="facet actor-facet">
            <legend>{ "Actors" }</legend>
            <div class="actor-match" role="radiogroup" aria-label="events with">
                { match_radio(ActorMatch::Any, "any") }
                { match_radio(ActorMatch::All, "all") }
                <span class="hint">{ "of the chosen actors" }</span>
            </div>
            <input type="search" class="actor-search" aria-label="find an actor" placeholder="Find an actor"
                value={(*name_query).clone()} oninput={on_name} />
            if ranked.is_empty() {
                <p class="facet-none">{ "no actor of these events has that name" }</p>
            }
            <ul>
                { for ranked.iter().take(*shown).map(|&a| {
                    let actor = &corpus.actors[a as usize];
                    let checked = chosen.contains(&actor.actor_id);
                    let actor_id = actor.actor_id.clone();
                    let onchange = props.on_edit.reform(move |_| {
                        if checked { FilterEdit::RemoveActor(actor_id.clone()) } else { FilterEdit::AddActor(actor_id.clone()) }
                    });
                    let id = format!("actor-facet-{a}");
                    let count = props.view.facets.counts.actors.get(a as usize).copied().unwrap_or(0);
                    html! {
                        <li key={a}>
                            <input type="checkbox" id={id.clone()} {checked} {onchange} />
                            <label for={id} class={classes!("facet-value", format!("kind-{}", actor.kind.slug()))}>
                                <bdi class="label">{ actor.name.clone() }</bdi>
                                <span class="count">{ count }<span class="visually-hidden">{ " events" }</span></span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
            if *shown < total {
                <button type="button" class="more" onclick={more}>{ format!("Show more ({} of {total} shown)", *shown) }</button>
            }
        </fieldset>
    }
}
