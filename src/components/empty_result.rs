//! What to say when the filters leave no event: which filter emptied the list, and a button to
//! drop it.

use tightrope_core::link::{FilterEdit, ViewFilter};
use tightrope_core::query::describe_filter;
use yew::prelude::*;

use crate::store::{use_corpus, ViewHandle};

#[derive(Properties, PartialEq)]
pub struct EmptyResultProps {
    pub filter: ViewFilter,
    pub view: ViewHandle,
    pub on_edit: Callback<FilterEdit>,
}

#[component]
pub fn EmptyResult(props: &EmptyResultProps) -> Html {
    let corpus = use_corpus();
    if !props.view.items.is_empty() {
        return html! {};
    }
    if props.filter.is_empty() {
        return html! { <p class="empty" role="status">{ "This corpus has no dated events." }</p> };
    }
    let facets = &props.view.facets;
    let culprits = facets.emptied_by();
    let clear = props.on_edit.reform(|_| FilterEdit::ClearAll);
    html! {
        <div class="empty note" role="status">
            <p><strong>{ "No event matches all of these filters." }</strong></p>
            if culprits.is_empty() {
                <p>{ "No single filter is to blame: several together leave nothing." }
                    <button type="button" onclick={clear}>{ "Clear all filters" }</button></p>
            } else {
                <ul class="culprits">
                    { for culprits.into_iter().map(|key| {
                        let words = describe_filter(&corpus.corpus, &corpus.index, &props.filter, key);
                        let count = facets.without.iter().find(|(k, _)| k == key).map_or(0, |(_, c)| *c);
                        let edit = FilterEdit::Remove(key.clone());
                        let onclick = props.on_edit.reform(move |_| edit.clone());
                        let what = format!("{}: ", words.what);
                        html! {
                            <li>
                                { "The filter " }<strong>{ what }<bdi>{ words.value.clone() }</bdi></strong>
                                { format!(" emptied the list; without it, {count} {}.", if count == 1 { "event shows" } else { "events show" }) }
                                { " " }
                                <button type="button" {onclick}>{ format!("Drop {}", words.what) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
