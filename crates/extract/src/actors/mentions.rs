//! Mentions: every place a known form occurs, longest match first, with capitals read as their state
//! only where they act ("Washington pressed") and not where they are places ("travelled to Baghdad").

use super::discover::is_compound;
use super::resolve::Entity;
use super::token::{Shape, Token};
use super::words;
use super::world::world;
use std::collections::HashMap;

/// What a form names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// An entity, by index.
    Entity(usize),
    /// A country, by index into the world data.
    Country(usize),
    /// A city, region or continent, by index into the world data's places.
    Place(usize),
}

/// One match in one document: tokens `first..=last`.
#[derive(Debug, Clone)]
pub struct Hit {
    pub doc: usize,
    pub first: usize,
    pub last: usize,
    pub target: Target,
    pub start: usize,
    pub end: usize,
}

struct Form {
    target: Target,
    capital: bool,
}

/// Finds every mention of the entities and of countries in the documents.
pub fn find(docs: &[(&str, Vec<Token>)], entities: &[Entity]) -> Vec<Hit> {
    let world = world();
    let mut forms: HashMap<String, Form> = HashMap::new();
    let mut longest = world.longest;
    for (index, entity) in entities.iter().enumerate() {
        for form in &entity.forms {
            longest = longest.max(form.split(' ').count() + 2);
            forms.insert(form.clone(), Form { target: Target::Entity(index), capital: false });
        }
    }
    let lookup = |key: &str| -> Option<Form> {
        if let Some(form) = forms.get(key) {
            return Some(Form { target: form.target, capital: form.capital });
        }
        if let Some(i) = world.country_index(key) {
            return Some(Form { target: Target::Country(i), capital: false });
        }
        if let Some(i) = world.capital_index(key) {
            return Some(Form { target: Target::Country(i), capital: true });
        }
        world.place_index(key).map(|i| Form { target: Target::Place(i), capital: false })
    };

    let mut hits = Vec::new();
    for (doc, (_, tokens)) in docs.iter().enumerate() {
        let mut i = 0;
        while i < tokens.len() {
            if !tokens[i].is_name() || (tokens[i].hyphen_prev && i > 0 && !tokens[i - 1].is_name()) {
                i += 1;
                continue;
            }
            let mut best: Option<(usize, Form)> = None;
            let mut keys: Vec<&str> = Vec::new();
            for j in i..tokens.len().min(i + longest) {
                let t = &tokens[j];
                if j > i && (t.gap_breaks() || t.heading != tokens[i].heading) {
                    break;
                }
                match t.shape {
                    Shape::Capitalised | Shape::Acronym if t.is_name() => keys.push(&t.key),
                    Shape::Particle => continue,
                    _ if t.key == "of" && j > i => {
                        keys.push(&t.key);
                        continue;
                    }
                    _ => break,
                }
                if let Some(form) = lookup(&keys.join(" ")) {
                    best = Some((j, form));
                }
            }
            let Some((last, form)) = best else {
                i += 1;
                continue;
            };
            // A capital named as a location is the city, not its state: "a raid in a Baghdad suburb".
            let place = (form.capital && is_place(tokens, i))
                .then(|| world.place_index(&keys.join(" ")))
                .flatten()
                .map(Target::Place);
            if !is_compound(tokens, last) {
                hits.push(Hit {
                    doc,
                    first: i,
                    last,
                    target: place.unwrap_or(form.target),
                    start: tokens[i].start,
                    end: tokens[last].end,
                });
            }
            i = last + 1;
        }
    }
    surnames_in_document(&mut hits, docs, entities);
    hits
}

/// A lone word that ends the full name of a person named in the same document is that person:
/// "Neil Jordan ... Jordan said" is the director, not the country; "Boris Yeltsin ... Yeltsin" the man.
fn surnames_in_document(hits: &mut [Hit], docs: &[(&str, Vec<Token>)], entities: &[Entity]) {
    let person = |t: Target| matches!(t, Target::Entity(i) if entities[i].kind == tightrope_core::ActorKind::Person);
    // A country or a city yields only to a name known to be a person's (a title, a particle), not to any
    // two capitalised words ("Standard Liege" is a club).
    let sure = |t: Target| matches!(t, Target::Entity(i) if entities[i].confidence >= 0.7);
    let mut start = 0;
    while start < hits.len() {
        let doc = hits[start].doc;
        let end = start + hits[start..].iter().take_while(|h| h.doc == doc).count();
        let tokens = &docs[doc].1;
        let mut full: HashMap<&str, Option<Target>> = HashMap::new();
        for hit in &hits[start..end] {
            if person(hit.target) && hit.last > hit.first {
                let slot = full.entry(tokens[hit.last].key.as_str()).or_insert(Some(hit.target));
                // Two people of one surname in a document: the lone surname is left as it is.
                if *slot != Some(hit.target) {
                    *slot = None;
                }
            }
        }
        for hit in &mut hits[start..end] {
            if hit.first == hit.last && !person(hit.target) {
                if let Some(Some(target)) = full.get(tokens[hit.first].key.as_str()) {
                    if matches!(hit.target, Target::Entity(_)) || sure(*target) {
                        hit.target = *target;
                    }
                }
            }
        }
        start = end;
    }
}

/// Whether the capital at `i` names a place: after a locative preposition, a determiner, or "to" after a
/// verb of movement or another place ("from Baghdad to Beirut").
fn is_place(tokens: &[Token], i: usize) -> bool {
    if i == 0 || tokens[i].gap_breaks() {
        return false;
    }
    let previous = &tokens[i - 1];
    if previous.is_name() {
        return false;
    }
    let key = previous.key.as_str();
    if words::is_locative(key) || matches!(key, "a" | "an" | "the") {
        return true;
    }
    // "pressure from Washington" is the state; "flew from Baghdad", "from Baghdad to Beirut" the place.
    if key == "from" {
        let moved = i >= 2 && words::is_motion(&tokens[i - 2].key);
        let span = tokens.get(i + 1).is_some_and(|t| t.key == "to" && t.gap.is_empty())
            && tokens.get(i + 2).is_some_and(Token::is_name);
        return moved || span;
    }
    if key == "to" && i >= 2 && previous.gap.is_empty() {
        let before = &tokens[i - 2];
        return words::is_motion(&before.key) || world().capital(&before.key).is_some();
    }
    false
}
