//! The actors list: every actor with kind, main role and mention count.

use tightrope_core::link::FilterEdit;
use tightrope_core::link::ViewFilter;
use tightrope_core::{Actor, ActorKind};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::filter_bar::FilterBar;
use crate::components::link_notes::LinkNotes;
use crate::route::Route;
use crate::store::{use_corpus, use_filter_editor, use_view_filter, CorpusHandle};

#[component]
pub fn ActorsPage() -> Html {
    let corpus = use_corpus();
    let (filter, notes) = use_view_filter();
    let on_edit = use_filter_editor(Route::Actors, filter.clone());
    let actors = ranked(&corpus, &filter);
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
                            <td data-label="Mentions" class="num">{ mentions(actor) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </main>
    }
}

/// How often the corpus names an actor: the sum of its aliases' counts (the timeline's corpus
/// leaves the mentions themselves to the fetched files).
fn mentions(actor: &Actor) -> usize {
    actor.aliases.iter().map(|a| a.count).sum()
}

/// Actors filtered by kind, name and document (those in the document's events), most named first.
fn ranked<'a>(corpus: &'a CorpusHandle, filter: &ViewFilter) -> Vec<&'a Actor> {
    let needle = filter.text.as_ref().map(|t| t.to_lowercase());
    let in_doc: Option<Vec<bool>> = filter.doc.as_ref().map(|doc| {
        let mut seen = vec![false; corpus.actors.len()];
        let events = corpus.index.document_ix(doc).map_or(&[][..], |d| corpus.index.document_events(d));
        for event in events.iter().filter_map(|&e| corpus.event(e)) {
            for actor in event.actors.iter().filter_map(|a| corpus.index.actor_ix(a)) {
                seen[actor as usize] = true;
            }
        }
        seen
    });
    let mut actors: Vec<(usize, &Actor)> = corpus
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| filter.kind.is_none_or(|k| a.kind == k))
        .filter(|(ix, _)| in_doc.as_ref().is_none_or(|seen| seen[*ix]))
        .filter(|(_, a)| {
            needle.as_ref().is_none_or(|n| {
                a.name.to_lowercase().contains(n) || a.aliases.iter().any(|al| al.text.to_lowercase().contains(n))
            })
        })
        .collect();
    actors.sort_by(|(_, a), (_, b)| mentions(b).cmp(&mentions(a)).then_with(|| a.name.cmp(&b.name)));
    actors.into_iter().map(|(_, a)| a).collect()
}
