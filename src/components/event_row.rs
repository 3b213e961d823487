//! One event as a timeline row: date, source → action → targets, the quote and its sentence link.

use tightrope_core::index::EventIx;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::actor_link::ActorLink;
use crate::components::date_label::DateLabel;
use crate::route::Route;
use crate::store::use_corpus;

#[derive(Properties, PartialEq)]
pub struct EventRowProps {
    /// The event's position in `corpus.events`.
    pub event: EventIx,
    /// The selected event's row is marked and is the list's one tab stop into the rows.
    #[prop_or_default]
    pub selected: bool,
    /// The row's place in the whole list, 1-based, and the list's length: a windowed list keeps
    /// only some rows in the page, so it tells assistive technology where each one is.
    #[prop_or_default]
    pub position: Option<(usize, usize)>,
    /// Called when the row's body is clicked (not its links).
    #[prop_or_default]
    pub on_select: Option<Callback<EventIx>>,
}

/// One event: its date, who did what to whom, the quote and a link to its sentence.
#[component]
pub fn EventRow(props: &EventRowProps) -> Html {
    let corpus = use_corpus();
    let Some(event) = corpus.event(props.event) else { return html! {} };
    let derived = event.date.inherited.then_some(AttrValue::Static("date from context"));
    let mention = event.mentions.first();
    let quad = event.quad.map_or("own".to_string(), |q| q.to_string());
    let onclick = props.on_select.clone().map(|on_select| {
        let ix = props.event;
        Callback::from(move |click: MouseEvent| {
            // A click on a link inside the row follows the link instead.
            let on_link = click
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|target| target.closest("a").ok().flatten().is_some());
            if !on_link {
                on_select.emit(ix);
            }
        })
    });
    let (posinset, setsize) =
        props.position.map_or((None, None), |(at, of)| (Some(at.to_string()), Some(of.to_string())));
    html! {
        <li class={classes!("row", "event", format!("quad-{quad}"), props.selected.then_some("selected"))}
            id={format!("event-{}", props.event)} data-event={event.event_id.clone()}
            aria-posinset={posinset} aria-setsize={setsize} aria-current={props.selected.then_some("true")}
            tabindex={props.on_select.as_ref().map(|_| if props.selected { "0" } else { "-1" })} {onclick}>
            <DateLabel date={event.date.date.clone()} {derived} />
            <div class="body">
                <p class="what">
                    if let Some(source) = &event.source {
                        <ActorLink actor_id={source.clone()} />{ " " }
                    }
                    <span class="action" title={format!("CAMEO {}", event.category.code)}>{ event.category.name.clone() }</span>
                    if !event.target.is_empty() {
                        { " → " }
                        { for event.target.iter().map(|t| html! { <><ActorLink actor_id={t.clone()} />{ " " }</> }) }
                    }
                    if event.flags.expected { <span class="flag">{ "expected" }</span> }
                    if event.flags.negated { <span class="flag">{ "negated" }</span> }
                    if event.flags.reported { <span class="flag">{ "reported" }</span> }
                </p>
                if let Some(mention) = mention {
                    <blockquote>{ corpus.quote(mention).to_string() }</blockquote>
                    <p class="source">
                        <Link<Route> to={Route::sentence(&mention.doc_id, mention.sentence)}>
                            <bdi>{ corpus.document(&mention.doc_id).map_or(mention.doc_id.clone(), |d| d.title.clone()) }</bdi>
                            { format!(" · sentence {}", mention.sentence + 1) }
                        </Link<Route>>
                        if event.corroboration() > 1 {
                            <span class="corroboration">{ format!(" · reported by {} documents", event.corroboration()) }</span>
                        }
                    </p>
                }
            </div>
        </li>
    }
}
