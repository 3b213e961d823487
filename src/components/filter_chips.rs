//! The active filters as removable chips, and one control to clear them all.

use tightrope_core::link::{FilterEdit, ViewFilter};
use tightrope_core::query::describe_filter;
use yew::prelude::*;

use crate::store::use_corpus;

#[derive(Properties, PartialEq)]
pub struct FilterChipsProps {
    pub filter: ViewFilter,
    pub on_edit: Callback<FilterEdit>,
}

#[component]
pub fn FilterChips(props: &FilterChipsProps) -> Html {
    let corpus = use_corpus();
    let keys = props.filter.active();
    if keys.is_empty() {
        return html! {};
    }
    let clear = props.on_edit.reform(|_| FilterEdit::ClearAll);
    html! {
        <ul class="chips" aria-label="active filters">
            { for keys.into_iter().map(|key| {
                let words = describe_filter(&corpus.corpus, &corpus.index, &props.filter, &key);
                let label = format!("remove filter {}: {}", words.what, words.value);
                let onclick = props.on_edit.reform(move |_| FilterEdit::Remove(key.clone()));
                // The value comes from the corpus or the URL: isolated, so a right-to-left
                // override in it cannot reverse the label around it.
                html! {
                    <li class="chip">
                        <span>{ format!("{}: ", words.what) }<bdi>{ words.value }</bdi></span>
                        <button type="button" {onclick} aria-label={label}>{ "×" }</button>
                    </li>
                }
            }) }
            <li><button type="button" class="clear" onclick={clear}>{ "Clear all" }</button></li>
        </ul>
    }
}
