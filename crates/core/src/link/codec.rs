//! The query string codec of [`ViewFilter`]: `encode` writes what `decode` reads back unchanged.

use super::{ActorMatch, LinkNote, ViewFilter};
use crate::index::{precision_from_label, QuadClass};
use crate::model::{ActorKind, Day};

/// The most actors a filter holds; a link naming more keeps the first ones, with a note.
pub const MAX_ACTORS: usize = 20;

/// The longest value, in characters, a parameter may have.
const MAX_VALUE_CHARS: usize = 200;

fn yes_no(flag: bool) -> String {
    if flag { "yes" } else { "no" }.to_string()
}

/// Fills a parameter's slot with its parsed value, or says what is wrong with it.
fn set<T>(slot: &mut Option<T>, parsed: Option<T>, problem: &'static str) -> Result<(), &'static str> {
    *slot = Some(parsed.ok_or(problem)?);
    Ok(())
}

impl ViewFilter {
    /// The query string for this filter, without the leading `?`; empty for no filter.
    pub fn encode(&self) -> String {
        self.pairs().iter().map(|(k, v)| format!("{k}={}", percent_encode(v))).collect::<Vec<_>>().join("&")
    }

    /// The query parameters of this filter, in a fixed order, unencoded; `actor` once per actor.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(text) = &self.text {
            pairs.push(("q", text.clone()));
        }
        for actor in self.actors() {
            pairs.push(("actor", actor.to_string()));
        }
        if self.actor_match == ActorMatch::All {
            pairs.push(("match", "all".into()));
        }
        if let Some(kind) = self.kind {
            pairs.push(("kind", kind.slug().to_string()));
        }
        if let Some(category) = &self.category {
            pairs.push(("category", category.clone()));
        }
        if let Some(quad) = self.quad {
            pairs.push(("quad", quad.slug().to_string()));
        }
        if let Some(doc) = &self.doc {
            pairs.push(("doc", doc.clone()));
        }
        if let Some(publisher) = &self.publisher {
            pairs.push(("publisher", publisher.clone()));
        }
        if let Some(precision) = self.precision {
            pairs.push(("precision", precision.label().to_string()));
        }
        let flags = [
            ("reported", self.reported),
            ("expected", self.expected),
            ("negated", self.negated),
            ("inherited", self.inherited),
        ];
        pairs.extend(flags.into_iter().filter_map(|(key, flag)| Some((key, yes_no(flag?)))));
        if let Some(from) = self.from {
            pairs.push(("from", from.to_string()));
        }
        if let Some(to) = self.to {
            pairs.push(("to", to.to_string()));
        }
        pairs
    }

    /// Reads a query string (with or without the leading `?`). Unknown, repeated or malformed
    /// parameters are dropped with a note; the rest still apply. `actor` may repeat: each names
    /// one more actor.
    pub fn decode(query: &str) -> (ViewFilter, Vec<LinkNote>) {
        let mut filter = ViewFilter::default();
        let mut actors: Vec<String> = Vec::new();
        // The parameters read so far, to note a repeated one.
        let mut read: Vec<String> = Vec::new();
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
            if value.chars().count() > MAX_VALUE_CHARS {
                note("its value is longer than 200 characters");
                continue;
            }
            if key == "actor" {
                if actors.contains(&value) {
                    note("names the same actor twice; once applies");
                } else if actors.len() == MAX_ACTORS {
                    note("names more than 20 actors; the first 20 apply");
                } else {
                    actors.push(value);
                }
                continue;
            }
            let parsed = match key.as_str() {
                "q" => set(&mut filter.text, Some(value), ""),
                "match" => {
                    let actor_match = match value.as_str() {
                        "any" => Some(ActorMatch::Any),
                        "all" => Some(ActorMatch::All),
                        _ => None,
                    };
                    actor_match.map(|m| filter.actor_match = m).ok_or("not `any` or `all`")
                }
                "doc" => set(&mut filter.doc, Some(value), ""),
                "publisher" => set(&mut filter.publisher, Some(value), ""),
                "category" => set(&mut filter.category, Some(value), ""),
                "kind" => set(
                    &mut filter.kind,
                    ActorKind::from_slug(&value),
                    "not an actor kind (person, state, government_body, armed_group, political_group, organisation, media)",
                ),
                "quad" => set(
                    &mut filter.quad,
                    QuadClass::from_slug(&value),
                    "not a QuadClass (verbal_cooperation, material_cooperation, verbal_conflict, material_conflict, or 1–4)",
                ),
                "precision" => set(
                    &mut filter.precision,
                    precision_from_label(&value),
                    "not a date precision (day, week, month, season, quarter, year, decade, century, vague)",
                ),
                "reported" | "expected" | "negated" | "inherited" => {
                    let slot = match key.as_str() {
                        "reported" => &mut filter.reported,
                        "expected" => &mut filter.expected,
                        "negated" => &mut filter.negated,
                        _ => &mut filter.inherited,
                    };
                    let flag = match value.as_str() {
                        "yes" => Some(true),
                        "no" => Some(false),
                        _ => None,
                    };
                    set(slot, flag, "not `yes` or `no`")
                }
                "from" => set(&mut filter.from, Day::parse(&value), "not a calendar day in the form YYYY-MM-DD"),
                "to" => set(&mut filter.to, Day::parse(&value), "not a calendar day in the form YYYY-MM-DD"),
                _ => Err("not a parameter this page reads"),
            };
            match parsed {
                Err(problem) => note(problem),
                Ok(()) if read.contains(&key) => note("given more than once; the last one applies"),
                Ok(()) => read.push(key),
            }
        }
        filter = filter.with_actors(actors);
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
    use crate::model::Precision;
    use proptest::prelude::*;

    fn arb_filter() -> impl Strategy<Value = ViewFilter> {
        let text =
            proptest::option::of("[^\u{0}-\u{1f}]{1,40}".prop_filter("not blank", |s: &String| {
                !s.trim().is_empty() && s.trim() == s && s.chars().count() <= 200
            }));
        let id = || proptest::option::of("[a-z0-9_-]{1,30}");
        let ids = proptest::collection::vec("[a-z0-9_-]{1,30}", 0..5);
        let day = || {
            proptest::option::of((1i32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| Day::new(y, m, d).unwrap()))
        };
        let kind = proptest::option::of(proptest::sample::select(ActorKind::ALL.to_vec()));
        let quad = proptest::option::of(proptest::sample::select(QuadClass::ALL.to_vec()));
        let precision = proptest::option::of(proptest::sample::select(crate::index::PRECISIONS.to_vec()));
        let flags = proptest::array::uniform4(proptest::option::of(any::<bool>()));
        let all = any::<bool>();
        ((text, ids, all, kind, id(), quad), (id(), text_value(), precision, flags, day(), day())).prop_map(
            |((text, actors, all, kind, category, quad), (doc, publisher, precision, flags, a, b))| {
                let (from, to) = match (a, b) {
                    (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                    other => other,
                };
                let [reported, expected, negated, inherited] = flags;
                ViewFilter {
                    text,
                    actor_match: if all { ActorMatch::All } else { ActorMatch::Any },
                    kind,
                    category,
                    quad,
                    doc,
                    publisher,
                    precision,
                    reported,
                    expected,
                    negated,
                    inherited,
                    from,
                    to,
                    ..ViewFilter::default()
                }
                .with_actors(actors)
            },
        )
    }

    /// A publisher name: spaces, punctuation and non-ASCII included.
    fn text_value() -> impl Strategy<Value = Option<String>> {
        proptest::option::of("[A-Za-z0-9 &.,'’é-]{1,40}".prop_filter_map("trimmed, not blank", |s: String| {
            let s = s.trim().to_string();
            (!s.is_empty()).then_some(s)
        }))
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
    fn reversed_range_is_swapped_and_noted() {
        let (filter, notes) = ViewFilter::decode("from=2025-12-01&to=2025-01-01");
        assert_eq!(filter.from.unwrap().to_string(), "2025-01-01");
        assert_eq!(notes.len(), 1);
    }

    #[test]
    fn old_links_read_as_before() {
        let (filter, notes) = ViewFilter::decode("q=oil&actor=iraq&kind=state&doc=a&from=2020-01-01&to=2020-12-31");
        assert!(notes.is_empty());
        assert_eq!(filter.actors(), ["iraq"]);
        assert!(filter.more_actors.is_empty());
        assert_eq!(filter.actor_match, ActorMatch::Any);
        assert_eq!((filter.category.as_ref(), filter.quad, filter.precision), (None, None, None));
        assert_eq!(filter.encode(), "q=oil&actor=iraq&kind=state&doc=a&from=2020-01-01&to=2020-12-31");
    }

    #[test]
    fn new_parameters_read_their_values() {
        let (filter, notes) = ViewFilter::decode(
            "actor=iraq&actor=iran&match=all&category=19&quad=4&publisher=The+Times&precision=month\
             &reported=no&negated=yes&inherited=no",
        );
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(filter.actors(), ["iraq", "iran"]);
        assert_eq!(filter.actor_match, ActorMatch::All);
        assert_eq!(filter.category.as_deref(), Some("19"));
        assert_eq!(filter.quad, Some(QuadClass::MaterialConflict));
        assert_eq!(filter.publisher.as_deref(), Some("The Times"));
        assert_eq!(filter.precision, Some(Precision::Month));
        assert_eq!(
            (filter.reported, filter.expected, filter.negated, filter.inherited),
            (Some(false), None, Some(true), Some(false))
        );
        assert_eq!(
            filter.encode(),
            "actor=iraq&actor=iran&match=all&category=19&quad=material_conflict&publisher=The%20Times\
             &precision=month&reported=no&negated=yes&inherited=no"
        );
    }

    #[test]
    fn bad_new_values_are_noted_and_dropped() {
        let cases = [
            ("match=most", "match"),
            ("quad=5", "quad"),
            ("quad=conflict", "quad"),
            ("precision=hour", "precision"),
            ("precision=Day", "precision"),
            ("reported=true", "reported"),
            ("negated=1", "negated"),
            ("inherited=", "inherited"),
            ("expected=%FF", "expected"),
            ("category=", "category"),
            ("publisher=%", "publisher"),
        ];
        for (query, parameter) in cases {
            let (filter, notes) = ViewFilter::decode(query);
            assert_eq!(notes.len(), 1, "{query}: {notes:?}");
            assert_eq!(notes[0].parameter, parameter, "{query}");
            assert!(filter.is_empty(), "{query}: {filter:?}");
            assert_eq!(filter.actor_match, ActorMatch::Any, "{query}");
        }
    }

    #[test]
    fn hostile_links_to_the_new_parameters_open_with_notes() {
        let hostile = [
            "actor=%00&actor=%00",
            "actor=a&actor=+a+",
            "match=ALL",
            "match=all&match=%",
            "quad=%F0%9F%99%82",
            "quad=-1",
            "quad=99999999999999999999",
            "precision=day&precision=",
            "precision=%64ay&precision=day",
            "reported=yes&reported=no",
            "inherited=%E2%80%AEno",
            "negated=no=yes",
            "category=19&category=19",
            "publisher=&publisher=%%",
            "expected=y",
            "?&actor&match&quad&precision&reported&",
        ];
        for query in hostile {
            let (filter, notes) = ViewFilter::decode(query);
            assert!(!notes.is_empty(), "{query} should produce a note");
            let (again, renotes) = ViewFilter::decode(&filter.encode());
            assert!(renotes.is_empty(), "{query}: {renotes:?}");
            assert_eq!(again, filter, "{query}");
        }
    }

    #[test]
    fn repeated_and_excess_actors_are_noted() {
        let (filter, notes) = ViewFilter::decode("actor=a&actor=b&actor=a");
        assert_eq!(filter.actors(), ["a", "b"]);
        assert_eq!(notes.len(), 1);
        let query: Vec<String> = (0..25).map(|i| format!("actor=a{i}")).collect();
        let (filter, notes) = ViewFilter::decode(&query.join("&"));
        assert_eq!(filter.actors().len(), MAX_ACTORS);
        assert_eq!(notes.len(), 5);
        let (filter, notes) = ViewFilter::decode("quad=1&quad=2&match=all&match=any");
        assert_eq!(filter.quad, Some(QuadClass::MaterialCooperation));
        assert_eq!(filter.actor_match, ActorMatch::Any);
        assert_eq!(notes.len(), 2);
    }
}
