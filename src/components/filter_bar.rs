//! The filter bar: a search box and the active filters as removable chips.

use tightrope_core::link::{FilterEdit, ViewFilter};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::store::use_corpus;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub filter: ViewFilter,
    pub on_edit: Callback<FilterEdit>,
    #[prop_or(AttrValue::Static("Search quotes and titles"))]
    pub placeholder: AttrValue,
}

#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let corpus = use_corpus();
    let filter = &props.filter;
    let on_search = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let form: web_sys::HtmlFormElement = event.target_unchecked_into();
            if let Some(input) = form.elements().named_item("q") {
                let input: HtmlInputElement = wasm_bindgen::JsCast::unchecked_into(input);
                on_edit.emit(FilterEdit::Text(input.value()));
            }
        })
    };
    // The value comes from the corpus or the URL: isolated, so a right-to-left override in it
    // cannot reverse the label around it.
    let chip = |what: &str, value: String, edit: FilterEdit| {
        let on_edit = props.on_edit.clone();
        let onclick = Callback::from(move |_| on_edit.emit(edit.clone()));
        html! {
            <li class="chip">
                <span>{ format!("{what}: ") }<bdi>{ value.clone() }</bdi></span>
                <button type="button" {onclick} aria-label={format!("remove filter {what}: {value}")}>{ "×" }</button>
            </li>
        }
    };
    let mut chips = Vec::new();
    if let Some(actor) = &filter.actor {
        let name = corpus.actor(actor).map_or(actor.clone(), |a| a.name.clone());
        chips.push(chip("actor", name, FilterEdit::Actor(None)));
    }
    if let Some(kind) = filter.kind {
        chips.push(chip("kind", kind.label().to_string(), FilterEdit::Kind(None)));
    }
    if let Some(doc) = &filter.doc {
        let title = corpus.document(doc).map_or(doc.clone(), |d| d.title.clone());
        chips.push(chip("document", title, FilterEdit::Doc(None)));
    }
    if let Some(from) = filter.from {
        chips.push(chip("from", from.to_string(), FilterEdit::From(None)));
    }
    if let Some(to) = filter.to {
        chips.push(chip("to", to.to_string(), FilterEdit::To(None)));
    }
    if let Some(text) = &filter.text {
        chips.push(chip("text", format!("“{text}”"), FilterEdit::Text(String::new())));
    }
    let clear = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_| on_edit.emit(FilterEdit::ClearAll))
    };
    html! {
        <div class="filter-bar">
            <form role="search" onsubmit={on_search}>
                <input type="search" name="q" aria-label="search" placeholder={props.placeholder.clone()}
                    value={filter.text.clone().unwrap_or_default()} />
                <button type="submit">{ "Search" }</button>
            </form>
            if !chips.is_empty() {
                <ul class="chips" aria-label="active filters">
                    { for chips }
                    <li><button type="button" class="clear" onclick={clear}>{ "Clear all" }</button></li>
                </ul>
            }
        </div>
    }
}
