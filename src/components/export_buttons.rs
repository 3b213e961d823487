//! Export: the events the filters leave, in list order, as a file the browser downloads (CSV,
//! JSON, or TimelineJS's JSON), made in the page from a Blob and an object URL.

use tightrope_core::export::{to_csv, to_json, to_timelinejs};
use yew::prelude::*;

use crate::store::{use_corpus, CorpusHandle, ViewHandle};

#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    pub view: ViewHandle,
}

/// The formats: label, file name, MIME type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
    TimelineJs,
}

impl Format {
    fn file(self) -> (&'static str, &'static str) {
        match self {
            Format::Csv => ("tightrope-events.csv", "text/csv;charset=utf-8"),
            Format::Json => ("tightrope-events.json", "application/json"),
            Format::TimelineJs => ("tightrope-timelinejs.json", "application/json"),
        }
    }

    fn contents(self, corpus: &CorpusHandle, view: &ViewHandle) -> String {
        let events = &view.facets.events;
        match self {
            Format::Csv => to_csv(&corpus.corpus, &corpus.index, events),
            Format::Json => to_json(&corpus.corpus, &corpus.index, events),
            Format::TimelineJs => to_timelinejs(&corpus.corpus, &corpus.index, events, &corpus.name),
        }
    }
}

#[component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let corpus = use_corpus();
    let count = props.view.facets.events.len();
    let button = |format: Format, label: &'static str, description: &'static str| {
        let (corpus, view) = (corpus.clone(), props.view.clone());
        let onclick = Callback::from(move |_| {
            let (name, kind) = format.file();
            download(name, kind, &format.contents(&corpus, &view));
        });
        html! {
            <button type="button" {onclick} disabled={count == 0} title={description}
                aria-label={format!("download {count} events as {description}")}>{ label }</button>
        }
    };
    html! {
        <div class="export" role="group" aria-label="export the events shown">
            <span class="export-label">{ "Export" }</span>
            { button(Format::Csv, "CSV", "CSV") }
            { button(Format::Json, "JSON", "JSON") }
            { button(Format::TimelineJs, "TimelineJS", "TimelineJS JSON") }
        </div>
    }
}

/// Hands `text` to the browser as a downloaded file.
fn download(name: &str, kind: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(kind);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
        let document = web_sys::window().and_then(|w| w.document());
        let link = document
            .as_ref()
            .and_then(|d| d.create_element("a").ok())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let (Some(document), Some(link)) = (document, link) {
            link.set_href(&url);
            link.set_download(name);
            link.set_class_name("visually-hidden");
            if let Some(body) = document.body() {
                let _ = body.append_child(&link);
                link.click();
                let _ = body.remove_child(&link);
            }
        }
        // The browser has the file once the click is handled; let it go a little later.
        gloo::timers::callback::Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, kind, text);
}
