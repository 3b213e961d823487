//! The view state carried in a URL's query string, and its codec.
//!
//! Decoding never fails: a parameter it cannot read is dropped and reported as a [`LinkNote`],
//! so a bad link still opens a sensible view and tells the reader what was ignored.

use crate::model::{ActorKind, Day};
use std::fmt;

/// Filters of the timeline and lists; every field is one query parameter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewFilter {
    /// Free text search (`q`).
    pub text: Option<String>,
    /// Only items involving this actor (`actor`).
    pub actor: Option<String>,
    /// Only actors of this kind (`kind`).
    pub kind: Option<ActorKind>,
    /// Only items from this document (`doc`).
    pub doc: Option<String>,
    /// Only items that may fall on or after this day (`from`).
    pub from: Option<Day>,
    /// Only items that may fall on or before this day (`to`).
    pub to: Option<Day>,
}

/// A parameter the decoder dropped, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkNote {
    pub parameter: String,
    pub problem: String,
}

impl fmt::Display for LinkNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ignored `{}`: {}", self.parameter, self.problem)
    }
}

/// One edit a reader makes to the filters; [`ViewFilter::edit`] applies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterEdit {
    /// Blank text clears the search.
    Text(String),
    Actor(Option<String>),
    Kind(Option<ActorKind>),
    Doc(Option<String>),
    From(Option<Day>),
    To(Option<Day>),
    ClearAll,
}

impl ViewFilter {
    /// The filter after one edit (a pure reducer: the viewer only dispatches).
    pub fn edit(&self, edit: FilterEdit) -> ViewFilter {
        let mut next = self.clone();
        match edit {
            FilterEdit::Text(text) => {
                let text = text.trim();
                next.text = (!text.is_empty()).then(|| text.to_string());
            }
            FilterEdit::Actor(actor) => next.actor = actor,
            FilterEdit::Kind(kind) => next.kind = kind,
            FilterEdit::Doc(doc) => next.doc = doc,
            FilterEdit::From(from) => next.from = from,
            FilterEdit::To(to) => next.to = to,
            FilterEdit::ClearAll => next = ViewFilter::default(),
        }
        next
    }

    pub fn is_empty(&self) -> bool {
        *self == ViewFilter::default()
    }

    /// The query string for this filter, without the leading `?`; empty for no filter.
    pub fn encode(&self) -> String {
        self.pairs().iter().map(|(k, v)| format!("{k}={}", percent_encode(v))).collect::<Vec<_>>().join("&")
    }

    /// The query parameters of this filter, in a fixed order, unencoded.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(text) = &self.text {
            pairs.push(("q", text.clone()));
        }
        if let Some(actor) = &self.actor {
            pairs.push(("actor", actor.clone()));
        }
        if let Some(kind) = self.kind {
            pairs.push(("kind", kind.slug().to_string()));
        }
        if let Some(doc) = &self.doc {
            pairs.push(("doc", doc.clone()));
        }
        if let Some(from) = self.from {
            pairs.push(("from", from.to_string()));
        }
        if let Some(to) = self.to {
            pairs.push(("to", to.to_string()));
        }
        pairs
    }

    /// Reads a query string (with or without the leading `?`). Unknown, repeated or malformed
    /// parameters are dropped with a note; the rest still apply.
    pub fn decode(query: &str) -> (ViewFilter, Vec<LinkNote>) {
        let mut filter = ViewFilter::default();
        let mut notes = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent_decode(raw_key).unwrap_or_else(|| raw_key.to_string());
            let mut note =
                |problem: &str| notes.push(LinkNote { parameter: key.clone(), problem: problem.to_string() });
            let Some(value) = percent_decode(raw_value) else {
                note("its value is not valid percent-encoded UTF-8");
                continue;
            };
            let value = value.trim().to_string();
            if value.is_empty() {
                note("it has no value");
                continue;
            }
            if value.chars().count() > 200 {
                note("its value is longer than 200 characters");
                continue;
            }
            let duplicate = match key.as_str() {
                "q" => filter.text.replace(value).is_some(),
                "actor" => filter.actor.replace(value).is_some(),
                "doc" => filter.doc.replace(value).is_some(),
                "kind" => match ActorKind::from_slug(&value) {
                    Some(kind) => filter.kind.replace(kind).is_some(),
                    None => {
                        note("not an actor kind (person, state, government_body, armed_group, political_group, organisation, media)");
                        continue;
                    }
                },
                "from" | "to" => match Day::parse(&value) {
                    Some(day) => {
                        let slot = if key == "from" { &mut filter.from } else { &mut filter.to };
                        slot.replace(day).is_some()
                    }
                    None => {
                        note("not a calendar day in the form YYYY-MM-DD");
                        continue;
                    }
                },
                _ => {
                    note("not a parameter this page reads");
                    continue;
                }
            };
            if duplicate {
                note("given more than once; the last one applies");
            }
        }
        if let (Some(from), Some(to)) = (filter.from, filter.to) {
            if from > to {
                notes.push(LinkNote {
                    parameter: "from".into(),
                    problem: "it falls after `to`; the two were swapped".into(),
                });
                filter.from = Some(to);
                filter.to = Some(from);
            }
        }
        (filter, notes)
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` as space; `None` for a broken escape or invalid UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn arb_filter() -> impl Strategy<Value = ViewFilter> {
        let text =
            proptest::option::of("[^\u{0}-\u{1f}]{1,40}".prop_filter("not blank", |s: &String| {
                !s.trim().is_empty() && s.trim() == s && s.chars().count() <= 200
            }));
        let id = proptest::option::of("[a-z0-9_-]{1,30}");
        let day =
            proptest::option::of((1i32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| Day::new(y, m, d).unwrap()));
        let kind = proptest::option::of(proptest::sample::select(ActorKind::ALL.to_vec()));
        (text, id.clone(), kind, id, day.clone(), day).prop_map(|(text, actor, kind, doc, a, b)| {
            let (from, to) = match (a, b) {
                (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                other => other,
            };
            ViewFilter { text, actor, kind, doc, from, to }
        })
    }

    proptest! {
        #[test]
        fn decode_inverts_encode(filter in arb_filter()) {
            let (decoded, notes) = ViewFilter::decode(&filter.encode());
            prop_assert!(notes.is_empty(), "{notes:?}");
            prop_assert_eq!(decoded, filter);
        }

        #[test]
        fn any_query_decodes_without_panic(query in "\\PC{0,120}") {
            let _ = ViewFilter::decode(&query);
        }
    }

    #[test]
    fn hostile_links_fall_back_with_notes() {
        let hostile = [
            "from=2025-02-30",
            "from=9999999999-01-01",
            "kind=dragon",
            "q=%E0%A4",
            "q=%",
            "q=%zz",
            "actor=",
            "&&&=&=",
            "unknown=1",
            "to=2025-13-01",
        ];
        for query in hostile {
            let (filter, notes) = ViewFilter::decode(query);
            assert!(!notes.is_empty(), "{query} should produce a note");
            assert_eq!(filter.from, None, "{query}");
            assert_eq!(filter.kind, None, "{query}");
        }
    }

    #[test]
    fn good_parameters_survive_bad_neighbours() {
        let (filter, notes) = ViewFilter::decode("?actor=iraq&from=nonsense&q=sanctions+banks");
        assert_eq!(filter.actor.as_deref(), Some("iraq"));
        assert_eq!(filter.text.as_deref(), Some("sanctions banks"));
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].parameter, "from");
    }

    #[test]
    fn edits_set_and_clear_one_field() {
        let filter = ViewFilter::default().edit(FilterEdit::Text("  banks ".into()));
        assert_eq!(filter.text.as_deref(), Some("banks"));
        let filter = filter.edit(FilterEdit::Kind(Some(ActorKind::ArmedGroup)));
        assert_eq!(filter.encode(), "q=banks&kind=armed_group");
        assert_eq!(filter.edit(FilterEdit::Text(" ".into())).text, None);
        assert!(filter.edit(FilterEdit::ClearAll).is_empty());
    }

    #[test]
    fn reversed_range_is_swapped_and_noted() {
        let (filter, notes) = ViewFilter::decode("from=2025-12-01&to=2025-01-01");
        assert_eq!(filter.from.unwrap().to_string(), "2025-01-01");
        assert_eq!(notes.len(), 1);
    }
}
