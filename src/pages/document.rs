//! The reader: a document's metadata and clean paragraphs, every sentence addressable; the text
//! is fetched the first time the document is opened.

use std::rc::Rc;
use tightrope_core::query::Mark;
use tightrope_core::split::DocumentText;
use tightrope_core::{Document, TitleSource};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::date_label::DateLabel;
use crate::components::marked_text::MarkedText;
use crate::data::{document_path, use_fetched, Fetched};
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
    let doc_ix = corpus.index.document_ix(&props.doc_id);
    // The text is fetched on first need; an unknown document asks for nothing.
    let path = doc_ix.map_or_else(String::new, document_path);
    let fetched = use_fetched::<DocumentText>(path);
    let loaded = match &fetched {
        Fetched::Ready(text) => Some(text.clone()),
        _ => None,
    };
    use_effect_with((selected, loaded.is_some()), |(selected, loaded)| {
        if *loaded {
            scroll_to_sentence(*selected)
        }
    });
    let Some(slim) = doc_ix.and_then(|d| corpus.documents.get(d as usize)) else {
        return html! {
            <main class="page">
                <h1>{ "No such document" }</h1>
                <p class="note" role="status">{ "This corpus has no document “" }<bdi>{ props.doc_id.clone() }</bdi>{ "”." }</p>
                <p><Link<Route> to={Route::Documents}>{ "See all documents" }</Link<Route>></p>
            </main>
        };
    };
    let body = match (&fetched, &loaded) {
        (_, Some(text)) => reader(&slim.doc_id, text, selected),
        (Fetched::Failed(why), _) => html! {
            <p class="note" role="alert">{ "The text of this document could not be loaded: " }{ why.clone() }</p>
        },
        _ => html! { <p class="note loading" role="status">{ "Loading the text…" }</p> },
    };
    html! {
        <main class="page document-page">
            <article>
                <header class="doc-header">
                    <h1><bdi>{ slim.title.clone() }</bdi></h1>
                    { metadata(slim, loaded.as_ref().map(|t| t.sentences.len())) }
                </header>
                { body }
            </article>
            if let Some(text) = &loaded {
                if !text.removed.is_empty() {
                    <details class="removed">
                        <summary>{ format!("{} lines of page chrome removed", text.removed.len()) }</summary>
                        <ul>
                            { for text.removed.iter().map(|r| html! { <li><span class="line">{ format!("line {}", r.line) }</span>{ format!(" ({}): ", r.reason) }<bdi>{ r.text.clone() }</bdi></li> }) }
                        </ul>
                    </details>
                }
            }
        </main>
    }
}

/// The document's paragraphs, each sentence addressable, actors and dates marked.
fn reader(doc_id: &str, doc: &Rc<DocumentText>, selected: Option<usize>) -> Html {
    let text: Rc<str> = Rc::from(doc.text.as_str());
    let marks: Rc<[Mark]> = Rc::from(doc.marks());
    let missing = selected.filter(|&n| n == 0 || n > doc.sentences.len());
    html! {
        <>
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
                                <Link<Route> to={Route::sentence(doc_id, s_index)} classes="sentence-link">
                                    <span class="visually-hidden">{ "sentence " }</span>{ number }
                                </Link<Route>>
                                { " " }
                            </span>
                        }
                    }) }
                };
                if paragraph.heading { html! { <h2 key={index}>{ body }</h2> } } else { html! { <p key={index}>{ body }</p> } }
            }) }
        </>
    }
}

fn metadata(doc: &Document, sentences: Option<usize>) -> Html {
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
            <dt>{ "Length" }</dt>
            <dd>
                { format!("{} words", doc.word_count) }
                if let Some(sentences) = sentences { { format!(", {sentences} sentences") } }
            </dd>
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
