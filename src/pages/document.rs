//! The reader: a document's metadata and clean paragraphs, every sentence addressable.

use std::rc::Rc;
use tightrope_core::query::{document_marks, Mark};
use tightrope_core::{Document, TitleSource};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::date_label::DateLabel;
use crate::components::marked_text::MarkedText;
use crate::route::Route;
use crate::store::use_corpus;

#[derive(Properties, PartialEq)]
pub struct DocumentPageProps {
    pub doc_id: AttrValue,
    /// The sentence to show, counted from 1.
    #[prop_or_default]
    pub sentence: Option<usize>,
}

#[component]
pub fn DocumentPage(props: &DocumentPageProps) -> Html {
    let corpus = use_corpus();
    let selected = props.sentence;
    use_effect_with(selected, |selected| scroll_to_sentence(*selected));
    let marks: Rc<[Mark]> = {
        let corpus = corpus.clone();
        let doc_id = props.doc_id.clone();
        (*use_memo(doc_id, move |doc_id| -> Rc<[Mark]> {
            corpus.document(doc_id).map_or_else(|| Rc::from(Vec::new()), |doc| Rc::from(document_marks(&corpus, doc)))
        }))
        .clone()
    };
    let Some(doc) = corpus.document(&props.doc_id) else {
        return html! {
            <main class="page">
                <h1>{ "No such document" }</h1>
                <p class="note" role="status">{ "This corpus has no document “" }<bdi>{ props.doc_id.clone() }</bdi>{ "”." }</p>
                <p><Link<Route> to={Route::Documents}>{ "See all documents" }</Link<Route>></p>
            </main>
        };
    };
    let text: Rc<str> = Rc::from(doc.text.as_str());
    let missing = selected.filter(|&n| n == 0 || n > doc.sentences.len());
    html! {
        <main class="page document-page">
            <article>
                <header class="doc-header">
                    <h1><bdi>{ doc.title.clone() }</bdi></h1>
                    { metadata(doc) }
                </header>
                if let Some(n) = missing {
                    <p class="note" role="status">{ format!("This document has {} sentences; there is no sentence {n}.", doc.sentences.len()) }</p>
                }
                { for doc.paragraphs.iter().enumerate().map(|(index, paragraph)| {
                    let sentences = doc.sentences.iter().enumerate().filter(|(_, s)| s.paragraph == index);
                    let body = html! {
                        { for sentences.map(|(s_index, sentence)| {
                            let number = s_index + 1;
                            let is_selected = selected == Some(number);
                            html! {
                                <span id={format!("s{number}")} key={number} class={classes!("sentence", is_selected.then_some("selected"))}>
                                    <MarkedText text={text.clone()} start={sentence.start} end={sentence.end} marks={marks.clone()} />
                                    <Link<Route> to={Route::sentence(&doc.doc_id, s_index)} classes="sentence-link">
                                        <span class="visually-hidden">{ "sentence " }</span>{ number }
                                    </Link<Route>>
                                    { " " }
                                </span>
                            }
                        }) }
                    };
                    if paragraph.heading { html! { <h2 key={index}>{ body }</h2> } } else { html! { <p key={index}>{ body }</p> } }
                }) }
            </article>
            if !doc.removed.is_empty() {
                <details class="removed">
                    <summary>{ format!("{} lines of page chrome removed", doc.removed.len()) }</summary>
                    <ul>
                        { for doc.removed.iter().map(|r| html! { <li><span class="line">{ format!("line {}", r.line) }</span>{ format!(" ({}): ", r.reason) }<bdi>{ r.text.clone() }</bdi></li> }) }
                    </ul>
                </details>
            }
        </main>
    }
}

fn metadata(doc: &Document) -> Html {
    html! {
        <dl class="meta">
            if let Some(publisher) = &doc.publisher { <dt>{ "Publisher" }</dt><dd><bdi>{ publisher.clone() }</bdi></dd> }
            if let Some(author) = &doc.author { <dt>{ "Author" }</dt><dd><bdi>{ author.clone() }</bdi></dd> }
            <dt>{ "Date" }</dt>
            <dd>
                if let Some(date) = &doc.date {
                    <DateLabel date={date.date.clone()} derived={date.inferred.then_some(AttrValue::Static("inferred from the text"))} />
                    if !date.evidence.is_empty() {
                        <ul class="evidence">
                            { for date.evidence.iter().map(|e| html! { <li>{ format!("line {}: “", e.line) }<bdi>{ e.quote.clone() }</bdi>{ "”" }</li> }) }
                        </ul>
                    }
                } else {
                    { "unknown" }
                }
            </dd>
            <dt>{ "Length" }</dt><dd>{ format!("{} words, {} sentences", doc.word_count, doc.sentences.len()) }</dd>
            <dt>{ "File" }</dt>
            <dd>
                <bdi>{ doc.file.clone() }</bdi>
                if doc.title_source == TitleSource::FirstLine { { " (title from its first line)" } }
            </dd>
        </dl>
    }
}

/// Brings the selected sentence into view once the page is in the browser.
fn scroll_to_sentence(selected: Option<usize>) {
    #[cfg(target_arch = "wasm32")]
    if let Some(number) = selected {
        let element =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&format!("s{number}")));
        if let Some(element) = element {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = selected;
}
