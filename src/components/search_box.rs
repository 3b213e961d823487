//! The free-text search: quotes, categories and actor names; `/` anywhere on the page focuses it.

use tightrope_core::link::FilterEdit;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The id of the search input, which the `/` shortcut focuses.
pub const SEARCH_INPUT_ID: &str = "search";

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub text: Option<String>,
    pub on_edit: Callback<FilterEdit>,
    #[prop_or(AttrValue::Static("Search quotes and titles"))]
    pub placeholder: AttrValue,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
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
    html! {
        <form class="search-box" role="search" onsubmit={on_search}>
            <input type="search" name="q" id={SEARCH_INPUT_ID} aria-label="search" placeholder={props.placeholder.clone()}
                aria-keyshortcuts="/" value={props.text.clone().unwrap_or_default()} />
            <button type="submit">{ "Search" }</button>
        </form>
    }
}
