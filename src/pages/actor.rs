//! An actor's page: aliases, roles with evidence, events, and the sentences that mention it
//! (fetched the first time the page is opened).

use tightrope_core::link::ViewFilter;
use tightrope_core::split::ActorSentences;
use tightrope_core::Mention;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::actor_link::ActorLink;
use crate::components::date_label::DateLabel;
use crate::components::event_row::EventRow;
use crate::components::view_link::ViewLink;
use crate::data::{actor_path, use_fetched, Fetched};
use crate::route::Route;
use crate::store::{use_corpus, CorpusHandle};

#[derive(Properties, PartialEq)]
pub struct ActorPageProps {
    pub actor_id: AttrValue,
}

#[component]
pub fn ActorPage(props: &ActorPageProps) -> Html {
    let corpus = use_corpus();
    let actor_ix = corpus.index.actor_ix(&props.actor_id);
    // The sentences that name the actor are fetched on first need.
    let fetched = use_fetched::<ActorSentences>(actor_ix.map_or_else(String::new, actor_path));
    let Some(actor) = corpus.actor(&props.actor_id) else {
        return html! {
            <main class="page">
                <h1>{ "No such actor" }</h1>
                <p class="note" role="status">{ "This corpus has no actor “" }<bdi>{ props.actor_id.clone() }</bdi>{ "”." }</p>
                <p><Link<Route> to={Route::Actors}>{ "See all actors" }</Link<Route>></p>
            </main>
        };
    };
    let mentions: usize = actor.aliases.iter().map(|a| a.count).sum();
    let loaded = match &fetched {
        Fetched::Ready(sentences) => Some(sentences.clone()),
        _ => None,
    };
    let events = corpus.index.actor_ix(&actor.actor_id).map_or(&[][..], |a| corpus.index.actor_events(a));
    let timeline_query = ViewFilter::default().with_actors([actor.actor_id.clone()]).encode();
    html! {
        <main class="page actor-page">
            <header>
                <h1><bdi>{ actor.name.clone() }</bdi></h1>
                <p class="kind">
                    <span class={classes!("badge", format!("kind-{}", actor.kind.slug()))}>{ actor.kind.label() }</span>
                    { format!(" · kind confidence {:.0}%", actor.kind_confidence * 100.0) }
                    if let Some(affiliation) = &actor.affiliation {
                        { " · affiliated with " }<ActorLink actor_id={affiliation.clone()} />
                    }
                </p>
            </header>
            <section>
                <h2>{ "Named as" }</h2>
                <ul class="aliases">
                    { for actor.aliases.iter().map(|alias| html! { <li><bdi>{ alias.text.clone() }</bdi><span class="count">{ format!("×{}", alias.count) }</span></li> }) }
                </ul>
            </section>
            if !actor.roles.is_empty() {
                <section>
                    <h2>{ "Roles" }</h2>
                    <ul class="roles">
                        { for actor.roles.iter().enumerate().map(|(r, role)| html! {
                            <li>
                                <strong><bdi>{ role.title.clone() }</bdi></strong>
                                if let Some(during) = &role.during { { " · " }<DateLabel date={during.clone()} /> }
                                { " · " }{ evidence_link(&corpus, &role.evidence, loaded.as_ref().and_then(|l| l.role_sentences.get(r).copied().flatten())) }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section>
                <h2>{ format!("Events ({})", events.len()) }</h2>
                if events.is_empty() {
                    <p class="empty">{ "No dated events involve this actor yet." }</p>
                } else {
                    <p><ViewLink to={Route::Timeline} query={timeline_query}>{ "Show on the timeline" }</ViewLink></p>
                    <ol class="timeline">
                        { for events.iter().map(|&event| html! { <EventRow key={event} {event} /> }) }
                    </ol>
                }
            </section>
            <section>
                <h2>{ format!("Named {mentions} times") }</h2>
                { match (&fetched, &loaded) {
                    (_, Some(loaded)) => html! {
                        <>
                            <p class="summary">{ format!("Mentioned in {} sentences", loaded.sentences.len()) }</p>
                            <ul class="mentions">
                                { for loaded.sentences.iter().map(|s| {
                                    let title = corpus.document(&s.doc_id).map_or(s.doc_id.clone(), |d| d.title.clone());
                                    html! {
                                        <li key={format!("{}-{}", s.doc_id, s.sentence)}>
                                            <blockquote>{ s.text.clone() }</blockquote>
                                            <Link<Route> to={Route::sentence(&s.doc_id, s.sentence)}><bdi>{ title }</bdi>{ format!(" · sentence {}", s.sentence + 1) }</Link<Route>>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </>
                    },
                    (Fetched::Failed(why), _) => html! { <p class="note" role="alert">{ "The sentences could not be loaded: " }{ why.clone() }</p> },
                    _ => html! { <p class="note loading" role="status">{ "Loading the sentences…" }</p> },
                } }
            </section>
        </main>
    }
}

/// The role's evidence, quoted, linked to its sentence once the actor's sentences are loaded.
fn evidence_link(corpus: &CorpusHandle, mention: &Mention, sentence: Option<usize>) -> Html {
    let Some(doc) = corpus.document(&mention.doc_id) else { return html! { <bdi>{ mention.doc_id.clone() }</bdi> } };
    let quote = html! { <>{ "“" }<bdi>{ doc.slice(mention.start, mention.end).to_string() }</bdi>{ "”" }</> };
    match sentence {
        Some(index) => html! { <Link<Route> to={Route::sentence(&doc.doc_id, index)}>{ quote }</Link<Route>> },
        None => html! { <Link<Route> to={Route::Document { doc_id: doc.doc_id.clone() }}>{ quote }</Link<Route>> },
    }
}
