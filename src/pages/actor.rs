//! An actor's page: aliases, roles with evidence, events, and the sentences that mention it.

use tightrope_core::link::ViewFilter;
use tightrope_core::query::actor_sentences;
use tightrope_core::Mention;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::actor_link::ActorLink;
use crate::components::date_label::DateLabel;
use crate::components::event_row::EventRow;
use crate::components::view_link::ViewLink;
use crate::route::Route;
use crate::store::{use_corpus, CorpusHandle};

#[derive(Properties, PartialEq)]
pub struct ActorPageProps {
    pub actor_id: AttrValue,
}

#[component]
pub fn ActorPage(props: &ActorPageProps) -> Html {
    let corpus = use_corpus();
    let Some(actor) = corpus.actor(&props.actor_id) else {
        return html! {
            <main class="page">
                <h1>{ "No such actor" }</h1>
                <p class="note" role="status">{ "This corpus has no actor “" }<bdi>{ props.actor_id.clone() }</bdi>{ "”." }</p>
                <p><Link<Route> to={Route::Actors}>{ "See all actors" }</Link<Route>></p>
            </main>
        };
    };
    let sentences = actor_sentences(&corpus, actor);
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
                        { for actor.roles.iter().map(|role| html! {
                            <li>
                                <strong><bdi>{ role.title.clone() }</bdi></strong>
                                if let Some(during) = &role.during { { " · " }<DateLabel date={during.clone()} /> }
                                { " · " }{ evidence_link(&corpus, &role.evidence) }
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
                <h2>{ format!("Mentioned in {} sentences", sentences.len()) }</h2>
                <ul class="mentions">
                    { for sentences.iter().map(|(doc, index)| html! {
                        <li key={format!("{}-{index}", doc.doc_id)}>
                            <blockquote>{ doc.sentence_text(*index).to_string() }</blockquote>
                            <Link<Route> to={Route::sentence(&doc.doc_id, *index)}><bdi>{ doc.title.clone() }</bdi>{ format!(" · sentence {}", index + 1) }</Link<Route>>
                        </li>
                    }) }
                </ul>
            </section>
        </main>
    }
}

fn evidence_link(corpus: &CorpusHandle, mention: &Mention) -> Html {
    let Some(doc) = corpus.document(&mention.doc_id) else { return html! { <bdi>{ mention.doc_id.clone() }</bdi> } };
    match doc.sentence_at(mention.start) {
        Some(index) => html! {
            <Link<Route> to={Route::sentence(&doc.doc_id, index)}>{ "“" }<bdi>{ doc.slice(mention.start, mention.end).to_string() }</bdi>{ "”" }</Link<Route>>
        },
        None => html! { <bdi>{ doc.title.clone() }</bdi> },
    }
}
