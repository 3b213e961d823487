//! The pages of the viewer as a typed route; sentence numbers in URLs count from 1.

use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Timeline,
    #[at("/actors")]
    Actors,
    #[at("/actors/:actor_id")]
    Actor { actor_id: String },
    #[at("/documents")]
    Documents,
    #[at("/documents/:doc_id")]
    Document { doc_id: String },
    /// One sentence of a document, highlighted and scrolled into view.
    #[at("/documents/:doc_id/:sentence")]
    Sentence { doc_id: String, sentence: usize },
    #[at("/about")]
    About,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The link to a sentence, from its 0-based index in the document.
    pub fn sentence(doc_id: &str, index: usize) -> Route {
        Route::Sentence { doc_id: doc_id.to_string(), sentence: index + 1 }
    }

    /// The navigation section a page belongs to, for the header's current marker.
    pub fn section(&self) -> &'static str {
        match self {
            Route::Timeline => "timeline",
            Route::Actors | Route::Actor { .. } => "actors",
            Route::Documents | Route::Document { .. } | Route::Sentence { .. } => "documents",
            Route::About => "about",
            Route::NotFound => "",
        }
    }
}
