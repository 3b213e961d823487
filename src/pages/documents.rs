//! The documents list: title, publisher, date and length.

use tightrope_core::query::documents_by_date;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::date_label::DateLabel;
use crate::route::Route;
use crate::store::use_corpus;

#[component]
pub fn DocumentsPage() -> Html {
    let corpus = use_corpus();
    let docs = documents_by_date(&corpus);
    html! {
        <main class="page documents-page">
            <h1>{ "Documents" }</h1>
            <p class="summary">{ format!("{} documents", docs.len()) }</p>
            <table class="documents">
                <thead><tr><th>{ "Title" }</th><th>{ "Publisher" }</th><th>{ "Date" }</th><th class="num">{ "Words" }</th></tr></thead>
                <tbody>
                    { for docs.iter().map(|doc| html! {
                        <tr key={doc.doc_id.clone()}>
                            <td data-label="Title"><Link<Route> to={Route::Document { doc_id: doc.doc_id.clone() }}><bdi>{ doc.title.clone() }</bdi></Link<Route>></td>
                            <td data-label="Publisher"><bdi>{ doc.publisher.clone().unwrap_or_else(|| "—".into()) }</bdi></td>
                            <td data-label="Date">
                                if let Some(date) = &doc.date {
                                    <DateLabel date={date.date.clone()} derived={date.inferred.then_some(AttrValue::Static("inferred"))} />
                                } else {
                                    { "unknown" }
                                }
                            </td>
                            <td data-label="Words" class="num">{ doc.word_count }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </main>
    }
}
