//! Stage 5: actors. Discovers the actors of a corpus from its text, resolves their surface
//! forms to one actor each, and gives each a kind, roles and mentions.
//!
//! `token` splits the text into words with shape flags; `discover` finds candidate names;
//! `resolve` groups them into entities with a `kind`; `mentions` finds every place a form
//! occurs (countries, capitals and demonyms from the vendored `world` data); `roles` reads
//! titles around people's names; `ids` makes stable ids; `overrides` reads a curator's
//! `actors.toml` and `curate` applies it. General English word lists live in `words.toml`.

mod curate;
mod discover;
mod ids;
mod kind;
mod mentions;
mod overrides;
mod resolve;
mod roles;
mod token;
mod words;
mod world;

pub use ids::slug;
pub use overrides::{load_overrides, Overrides, OverridesError, OVERRIDES_FILE};
pub use resolve::Unresolved;

use mentions::{Hit, Target};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use tightrope_core::{Actor, ActorKind, Alias, Document, Mention, Role};
use token::{Shape, Token};

/// Finds the actors of all documents at once, so that one actor gets one id across the corpus.
pub fn find(documents: &[Document]) -> Vec<Actor> {
    find_with(documents, &Overrides::default())
}

/// [`find`] with a curator's overrides applied.
pub fn find_with(documents: &[Document], overrides: &Overrides) -> Vec<Actor> {
    analyse(documents, overrides).actors
}

/// Everything the stage learns: the actors, the names it could not make actors of, and overrides it could not apply.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub actors: Vec<Actor>,
    pub unresolved: Vec<Unresolved>,
    pub warnings: Vec<crate::Diagnostic>,
}

/// Runs the stage and keeps what the lint reports.
pub fn analyse(documents: &[Document], overrides: &Overrides) -> Analysis {
    let docs: Vec<(&str, Vec<Token>)> = documents.iter().map(|d| (d.text.as_str(), token::tokenize(d))).collect();
    let lower_seen: HashSet<String> = docs
        .iter()
        .flat_map(|(_, tokens)| tokens.iter().filter(|t| t.shape == Shape::Lower).map(|t| t.key.clone()))
        .collect();
    let candidates = discover::candidates(&docs, &lower_seen);
    let acronyms: BTreeSet<String> =
        candidates.iter().filter(|c| c.is_acronym(&docs[c.doc].1)).map(|c| c.key()).collect();
    let (mut entities, unresolved) = resolve::entities(&candidates, &acronyms);
    entities.extend(overrides.added_entities());
    let hits = mentions::find(&docs, &entities);

    let mut by_target: BTreeMap<Target, Vec<&Hit>> = BTreeMap::new();
    for hit in &hits {
        by_target.entry(hit.target).or_default().push(hit);
    }
    let world = world::world();
    let country_id = |code: &str| world.countries.iter().position(|c| c.code == code);
    let all = hits_by_doc(&hits.iter().collect::<Vec<_>>());
    let mut needed: BTreeSet<usize> = BTreeSet::new();
    let mut drafts: Vec<(Target, Actor, Option<Affiliation>)> = Vec::new();
    for (target, hits) in &by_target {
        let (name, kind, confidence, own) = match *target {
            Target::Entity(i) => {
                let e = &entities[i];
                (
                    e.name.clone(),
                    e.kind,
                    e.confidence,
                    e.affiliation.as_deref().and_then(country_id).map(Affiliation::Country),
                )
            }
            Target::Country(i) => (world.countries[i].name.clone(), ActorKind::State, 1.0, None),
            Target::Place(i) => {
                let place = &world.places[i];
                (place.name.clone(), ActorKind::Place, 0.8, place.country.map(Affiliation::Country))
            }
        };
        let mut actor = Actor {
            actor_id: slug(&name),
            name,
            kind,
            kind_confidence: confidence,
            aliases: aliases(documents, hits),
            roles: Vec::new(),
            affiliation: None,
            mentions: hits
                .iter()
                .map(|h| Mention { doc_id: documents[h.doc].doc_id.clone(), start: h.start, end: h.end })
                .collect(),
        };
        let mut affiliation = own;
        if kind == ActorKind::Person {
            let (roles, from_roles) = person_roles(documents, &docs, hits, &all, &entities, &lower_seen);
            if !roles.is_empty() {
                // A title next to the name is the strongest sign of a person.
                actor.kind_confidence = actor.kind_confidence.max(0.9);
            }
            actor.roles = roles;
            affiliation = from_roles.or(affiliation);
        }
        if let Some(Affiliation::Country(i)) = affiliation {
            needed.insert(i);
        }
        drafts.push((*target, actor, affiliation));
    }
    for i in needed {
        if !by_target.contains_key(&Target::Country(i)) {
            let name = world.countries[i].name.clone();
            let actor = Actor {
                actor_id: slug(&name),
                name,
                kind: ActorKind::State,
                kind_confidence: 1.0,
                aliases: Vec::new(),
                roles: Vec::new(),
                affiliation: None,
                mentions: Vec::new(),
            };
            drafts.push((Target::Country(i), actor, None));
        }
    }
    let ids: BTreeMap<Target, String> = drafts.iter().map(|(t, a, _)| (*t, a.actor_id.clone())).collect();
    let mut actors: Vec<Actor> = drafts
        .into_iter()
        .map(|(target, mut actor, affiliation)| {
            actor.affiliation = affiliation
                .map(|a| match a {
                    Affiliation::Country(i) => Target::Country(i),
                    Affiliation::Entity(i) => Target::Entity(i),
                })
                .filter(|t| *t != target)
                .and_then(|t| ids.get(&t).cloned());
            actor
        })
        .collect();
    let mut warnings = Vec::new();
    overrides.apply(documents, &mut actors, &mut warnings);
    ids::finish(&mut actors);
    Analysis { actors, unresolved, warnings }
}

#[derive(Debug, Clone, Copy)]
enum Affiliation {
    Country(usize),
    Entity(usize),
}

/// The hits of each document, in token order.
fn hits_by_doc<'a>(hits: &[&'a Hit]) -> BTreeMap<usize, Vec<&'a Hit>> {
    let mut map: BTreeMap<usize, Vec<&Hit>> = BTreeMap::new();
    for hit in hits {
        map.entry(hit.doc).or_default().push(hit);
    }
    for doc_hits in map.values_mut() {
        doc_hits.sort_by_key(|h| (h.first, h.last));
    }
    map
}

/// Each surface form with its count, most frequent first.
fn aliases(documents: &[Document], hits: &[&Hit]) -> Vec<Alias> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for hit in hits {
        *counts.entry(documents[hit.doc].slice(hit.start, hit.end)).or_default() += 1;
    }
    let mut aliases: Vec<Alias> =
        counts.into_iter().map(|(text, count)| Alias { text: text.to_string(), count }).collect();
    aliases.sort_by(|a, b| b.count.cmp(&a.count).then(a.text.cmp(&b.text)));
    aliases
}

/// A person's roles, latest first, and the group or country its titles tie it to.
fn person_roles(
    documents: &[Document],
    docs: &[(&str, Vec<Token>)],
    hits: &[&Hit],
    all: &BTreeMap<usize, Vec<&Hit>>,
    entities: &[resolve::Entity],
    lower_seen: &HashSet<String>,
) -> (Vec<Role>, Option<Affiliation>) {
    let world = world::world();
    let mut titled = Vec::new();
    for hit in hits {
        titled.extend(
            roles::around(&documents[hit.doc], &docs[hit.doc].1, hit.first, hit.last, lower_seen)
                .into_iter()
                .map(|t| (hit.doc, t)),
        );
    }
    let mut group = None;
    let mut country = None;
    for (doc, t) in &titled {
        let doc_hits = all.get(doc).map_or(&[][..], Vec::as_slice);
        let from = doc_hits.partition_point(|h| h.first < t.first);
        let inside = doc_hits[from..].iter().take_while(|h| h.first <= t.last).filter(|h| h.last <= t.last);
        for inner in inside {
            if let Target::Entity(i) = inner.target {
                if !matches!(entities[i].kind, ActorKind::Person | ActorKind::State) {
                    group = group.or(Some(Affiliation::Entity(i)));
                }
            }
        }
        if let Some(code) = &t.country {
            country = country.or(world.countries.iter().position(|c| &c.code == code).map(Affiliation::Country));
        }
    }
    // Distinct titles, each compared once: an actor named with a title thousands of times has few.
    let titles: BTreeSet<String> = titled.iter().map(|(_, t)| t.title.clone()).collect();
    let mut office: BTreeMap<String, String> = BTreeMap::new();
    let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
    let mut roles = Vec::new();
    for (_, t) in titled {
        // "Prime Minister" next to "Prime Minister of Iraq" for the same person is the same office.
        let title = office
            .entry(t.title.clone())
            .or_insert_with(|| {
                titles.iter().filter(|o| same_office(&t.title, o)).max_by_key(|o| o.len()).cloned().unwrap_or(t.title)
            })
            .clone();
        let when = t.during.as_ref().map(|d| d.value.clone()).unwrap_or_default();
        if seen.insert((title.clone(), when)) {
            roles.push(Role { title, during: t.during, evidence: t.evidence });
        }
    }
    roles.sort_by(|a, b| {
        let key = |r: &Role| r.during.as_ref().and_then(|d| d.sort_key());
        key(b).cmp(&key(a)).then(a.title.cmp(&b.title))
    });
    (roles, group.or(country))
}

/// Whether a longer title names the same office: "Prime Minister of Iraq" for "Prime Minister",
/// "US Secretary of State" for "Secretary of State"; not "Vice President" for "President".
fn same_office(short: &str, long: &str) -> bool {
    let (short, long) = (short.to_lowercase(), long.to_lowercase());
    if short == long || long.starts_with(&format!("{short} ")) {
        return true;
    }
    long.strip_suffix(&format!(" {short}"))
        .is_some_and(|prefix| world::world().any(&token::phrase_key(prefix)).is_some())
}
