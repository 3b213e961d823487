//! Stage 6: events. Codes who did what to whom, when, in CAMEO, one sentence at a time, and
//! merges the same event reported by several documents.
//!
//! Per sentence (`candidates`): `tokens` → `clause` segments (relative, reported, subordinate
//! clauses) → `triggers` from the `lexicon` (`data/cameo/actions.txt`), each read as a verb or
//! a noun → `roles` (subject, object, by-phrase, noun-phrase roles, mood) over actor mentions and
//! resolved pronouns (`spans`) → `dating` (the trigger's own time expression, else inherited
//! from the paragraph or the document date) → `attribution`. Then `merge` groups reports of
//! one event across sentences and documents.

mod attribution;
mod candidates;
mod clause;
mod dating;
mod lexicon;
mod merge;
mod roles;
mod spans;
mod tokens;
mod triggers;
mod words;

pub use lexicon::{Lexicon, LexiconError};

use tightrope_core::{Actor, ActorKind, Category, DateValue, Document, Event, EventDate, EventFlags, EventMention};

/// One report of an event in one sentence, before reports are merged.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate {
    pub doc_index: usize,
    pub sentence: usize,
    pub code: String,
    /// Indices into the actor list.
    pub source: Option<usize>,
    pub targets: Vec<usize>,
    /// Other actors named in the trigger's clause.
    pub participants: Vec<usize>,
    pub date: DateValue,
    pub inherited: bool,
    /// The document date, where the date was inherited from it rather than from the text.
    pub dct_anchor: Option<DateValue>,
    pub flags: EventFlags,
    pub mention: EventMention,
}

/// Extracts the events of all documents, merged across documents.
pub fn extract(documents: &[Document], actors: &[Actor]) -> Vec<Event> {
    let lexicon = Lexicon::builtin();
    let mut mentions = spans::mentions_by_document(actors);
    let candidates: Vec<Candidate> = documents
        .iter()
        .enumerate()
        .flat_map(|(index, document)| {
            let own = mentions.remove(document.doc_id.as_str()).unwrap_or_default();
            candidates::document_candidates(index, document, own, actors, &lexicon)
        })
        .collect();
    let sides = place_sides(actors);
    let mut events: Vec<Event> =
        merge::group(candidates, actors).into_iter().map(|group| to_event(&group, actors, &sides, &lexicon)).collect();
    events.sort_by_cached_key(|e| {
        (
            e.date.date.sort_key(),
            e.mentions[0].doc_id.clone(),
            e.mentions[0].sentence,
            e.category.code.clone(),
            e.event_id.clone(),
            e.target.clone(),
        )
    });
    unique_ids(&mut events);
    events
}

/// Event ids unique by construction: two events of one sentence with the same date, category
/// and source (one per target) would share a hash, so the later ones get `-2`, `-3` …
fn unique_ids(events: &mut [Event]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for event in events.iter_mut() {
        let count = seen.entry(event.event_id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            event.event_id = format!("{}-{count}", event.event_id);
        }
    }
}

/// For each actor, the side it stands for in a dyad: a place ("visited Baghdad", "a raid in
/// Kirkuk") stands for the state it lies in, as event coders code locations; any other actor
/// stands for itself.
fn place_sides(actors: &[Actor]) -> Vec<usize> {
    let by_id: std::collections::HashMap<&str, usize> =
        actors.iter().enumerate().map(|(i, a)| (a.actor_id.as_str(), i)).collect();
    actors
        .iter()
        .enumerate()
        .map(|(i, a)| match (a.kind, a.affiliation.as_deref().and_then(|up| by_id.get(up))) {
            (ActorKind::Place, Some(&state)) if actors[state].kind == ActorKind::State => state,
            _ => i,
        })
        .collect()
}

fn to_event(group: &[Candidate], actors: &[Actor], sides: &[usize], lexicon: &Lexicon) -> Event {
    let best = &group[0];
    let source = best.source.or_else(|| group.iter().find_map(|c| c.source)).map(|s| sides[s]);
    let targets = if best.targets.is_empty() {
        group.iter().find(|c| !c.targets.is_empty()).map(|c| c.targets.clone()).unwrap_or_default()
    } else {
        best.targets.clone()
    };
    // The place's state is the target; the place itself stays among the actors involved.
    let targets: Vec<usize> =
        targets.into_iter().map(|t| sides[t]).filter(|&t| Some(t) != source).fold(Vec::new(), |mut all, t| {
            if !all.contains(&t) {
                all.push(t);
            }
            all
        });
    let id = |i: usize| actors[i].actor_id.clone();
    let mut involved: Vec<usize> = source.into_iter().chain(targets.iter().copied()).collect();
    for candidate in group {
        for &actor in candidate.source.iter().chain(&candidate.targets).chain(&candidate.participants) {
            if !involved.contains(&actor) {
                involved.push(actor);
            }
        }
    }
    let involved: Vec<String> = involved.into_iter().map(id).collect();
    let info = lexicon.code(&best.code);
    let mentions = merge::mentions(group);
    let source_id = source.map(id).unwrap_or_default();
    Event {
        event_id: merge::event_id(&best.date.value, &best.code, &source_id, &mentions[0].doc_id, mentions[0].sentence),
        date: match (best.inherited, best.dct_anchor.is_some()) {
            (false, _) => EventDate::from_sentence(best.date.clone()),
            (true, false) => EventDate::from_context(best.date.clone()),
            (true, true) => EventDate::from_publication(best.date.clone()),
        },
        source: source.map(id),
        target: targets.iter().map(|&t| id(t)).collect(),
        actors: involved,
        category: Category { code: best.code.clone(), name: info.map(|i| i.name.clone()).unwrap_or_default() },
        quad: quad(&best.code),
        goldstein: info.and_then(|i| i.goldstein),
        mentions,
        flags: EventFlags {
            expected: group.iter().all(|c| c.flags.expected),
            negated: best.flags.negated,
            reported: group.iter().all(|c| c.flags.reported),
        },
    }
}

/// CAMEO QuadClass from the root code: 01–05 verbal cooperation … 14–20 material conflict.
pub fn quad(code: &str) -> Option<u8> {
    let root: u8 = merge::root(code).parse().ok()?;
    match root {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_event_ids_get_a_suffix() {
        let event = |id: &str| Event {
            event_id: id.into(),
            date: EventDate::from_sentence(DateValue::parse_calendar("2024-05-03").expect("a day")),
            source: None,
            target: vec![],
            actors: vec![],
            category: Category { code: "042".into(), name: "Make a visit".into() },
            quad: Some(1),
            goldstein: Some(1.9),
            mentions: vec![],
            flags: EventFlags::default(),
        };
        let mut events = vec![event("ev-a"), event("ev-b"), event("ev-a"), event("ev-a")];
        unique_ids(&mut events);
        let ids: Vec<&str> = events.iter().map(|e| e.event_id.as_str()).collect();
        assert_eq!(ids, ["ev-a", "ev-b", "ev-a-2", "ev-a-3"]);
    }

    #[test]
    fn quad_class_follows_the_root() {
        assert_eq!(quad("057"), Some(1));
        assert_eq!(quad("084"), Some(2));
        assert_eq!(quad("139"), Some(3));
        assert_eq!(quad("163"), Some(4));
        assert_eq!(quad("ELECT"), None);
    }
}
