//! A span of a document's text with its actor mentions and time expressions highlighted.

use std::rc::Rc;
use tightrope_core::query::{split_by_marks, Mark, MarkKind};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    pub text: Rc<str>,
    pub start: usize,
    pub end: usize,
    /// The document's marks, from `tightrope_core::query::document_marks`.
    pub marks: Rc<[Mark]>,
}

#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    let pieces = split_by_marks(&props.text, props.start, props.end, &props.marks);
    html! {
        <>
            { for pieces.into_iter().map(|(text, mark)| match mark.map(|m| &m.kind) {
                None => html! { text },
                Some(MarkKind::Actor(actor_id)) => html! {
                    <Link<Route> to={Route::Actor { actor_id: actor_id.clone() }} classes="mention">{ text }</Link<Route>>
                },
                Some(MarkKind::Time(value)) => html! {
                    <time class="timex" title={format!("TimeML {value}")}>{ text }</time>
                },
            }) }
        </>
    }
}
