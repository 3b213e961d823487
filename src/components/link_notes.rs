//! A visible note for each URL parameter the page could not use.

use tightrope_core::link::LinkNote;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkNotesProps {
    pub notes: Vec<LinkNote>,
}

#[component]
pub fn LinkNotes(props: &LinkNotesProps) -> Html {
    if props.notes.is_empty() {
        return html! {};
    }
    html! {
        <div class="note link-notes" role="status">
            <strong>{ "Part of this link could not be used; the page shows what it could." }</strong>
            <ul>
                { for props.notes.iter().map(|note| html! { <li>{ note.to_string() }</li> }) }
            </ul>
        </div>
    }
}
