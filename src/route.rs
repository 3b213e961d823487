//! The pages of the viewer as a typed route, and the URL hash they are read from; sentence
//! numbers in URLs count from 1.

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

/// The hash to put in the URL instead of `hash` (`#/actors?q=x`, as `location.hash` gives it), or
/// `None` when the hash router can read it as it is. The router panics on a hash that is not an
/// absolute path (`#actors`, `#?q=x`), and the URL parser it uses fails on one that starts with
/// two slashes (`#//`, `#/\`), which it reads as a host: so the leading slashes collapse into
/// one and a missing one is added. Every hash this returns opens a page.
pub fn routable_hash(hash: &str) -> Option<String> {
    let path = hash.strip_prefix('#').unwrap_or(hash);
    let rest = path.trim_start_matches(['/', '\\', '\t', '\n', '\r']);
    (rest.len() + 1 != path.len() || !path.starts_with('/')).then(|| format!("#/{rest}"))
}

#[cfg(test)]
mod tests {
    use super::routable_hash;

    #[test]
    fn hashes_the_router_reads_stay() {
        for hash in ["#/", "#/actors", "#/documents/a-b/3", "#/?q=%", "#/actors/%ZZ", "#/%", "#/a//b", "/"] {
            assert_eq!(routable_hash(hash), None, "{hash}");
        }
    }

    #[test]
    fn other_hashes_become_an_absolute_path() {
        let cases = [
            ("", "#/"),
            ("#", "#/"),
            ("#//", "#/"),
            ("#///", "#/"),
            ("#//actors", "#/actors"),
            ("#/\\", "#/"),
            ("#\\/x", "#/x"),
            ("#?q=%", "#/?q=%"),
            ("#actors", "#/actors"),
            ("#/\t/x", "#/x"),
        ];
        for (hash, expected) in cases {
            assert_eq!(routable_hash(hash).as_deref(), Some(expected), "{hash:?}");
        }
    }

    #[test]
    fn every_result_is_one_slash_then_a_path() {
        let pieces = ["", "/", "//", "\\", "#", "?", "%", "a", "%2F", "\t", " ", "\u{202e}"];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let hash = format!("#{a}{b}{c}");
                    let fixed = routable_hash(&hash).unwrap_or(hash.clone());
                    let after = fixed.strip_prefix("#/").unwrap_or_else(|| panic!("{hash:?} gave {fixed:?}"));
                    assert!(!after.starts_with(['/', '\\']), "{hash:?} gave {fixed:?}");
                    assert_eq!(routable_hash(&fixed), None, "{fixed:?} is not stable");
                }
            }
        }
    }
}
