//! Resolution: one entity for all the surface forms of an actor (surname and full name, acronym and
//! expansion, short and long form), each with a kind; names that make no actor are kept for the lint.

use super::discover::{spells, Candidate};
use super::kind::{self, NameClass};
use super::words;
use super::world::world;
use std::collections::{BTreeMap, BTreeSet};
use tightrope_core::ActorKind;

/// An actor before its mentions are matched: a name, a kind and the keys of its forms.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: ActorKind,
    pub confidence: f32,
    /// Phrase keys the matcher looks for.
    pub forms: BTreeSet<String>,
    /// The country code its own words or context tie it to.
    pub affiliation: Option<String>,
}

/// A discovered name that made no actor, and why: what a curator may want to look at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Unresolved {
    pub name: String,
    pub count: usize,
    pub reason: String,
}

/// All candidates with one key.
#[derive(Debug, Clone, Default)]
struct Group {
    keys: Vec<String>,
    count: usize,
    surfaces: BTreeMap<String, usize>,
    titled: usize,
    particles: usize,
    sentence_initial: usize,
    locative: usize,
    acronym: bool,
    acronym_of: Option<String>,
    votes: BTreeMap<ActorKind, usize>,
    affiliations: BTreeMap<String, usize>,
}

impl Group {
    /// The most frequent surface form; among equals the one with joined particles ("al-Shuhada"
    /// rather than "al Shuhada"), then the alphabetically first.
    fn surface(&self) -> String {
        let mut forms: Vec<(&String, &usize)> = self.surfaces.iter().collect();
        let hyphens = |s: &str| s.matches('-').count();
        forms.sort_by(|a, b| b.1.cmp(a.1).then(hyphens(b.0).cmp(&hyphens(a.0))).then(a.0.cmp(b.0)));
        forms.first().map(|f| f.0.clone()).unwrap_or_default()
    }

    fn vote(&self) -> Option<(ActorKind, usize)> {
        self.votes.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(k, n)| (*k, *n))
    }
}

/// Groups candidates into entities; returns them with the names left unresolved.
pub fn entities(candidates: &[Candidate], acronyms: &BTreeSet<String>) -> (Vec<Entity>, Vec<Unresolved>) {
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for c in candidates {
        let key = c.key();
        let world = world();
        // Countries and places are matched from the world data; a title makes a person of a place's name and an
        // institution word an institution ("White House"), unless a region is so named ("West Bank").
        let place = world.place_index(&key).map(|i| &world.places[i]);
        let institution = matches!(kind::classify(&c.keys), NameClass::Actor(..));
        if world.any(&key).is_some() || place.is_some_and(|p| !c.titled && (p.region || !institution)) {
            continue;
        }
        let group = groups.entry(key).or_default();
        group.keys.clone_from(&c.keys);
        group.count += 1;
        *group.surfaces.entry(c.surface.clone()).or_default() += 1;
        group.titled += usize::from(c.titled);
        group.particles += c.particles;
        group.sentence_initial += usize::from(c.sentence_initial);
        group.locative += usize::from(c.locative);
        group.acronym |= acronyms.contains(&c.key());
        if let Some(of) = &c.acronym_of {
            group.acronym_of = Some(of.join(" "));
        }
        // Only the words right next to a name say it is a medium ("citing X", "X reports"); any word
        // nearby may say it fights or campaigns.
        let near = c.context.iter().filter_map(|w| kind::context_vote(w)).filter(|k| *k != ActorKind::Media);
        let next_to = c.adjacent.iter().filter_map(|w| kind::context_vote(w)).filter(|k| *k == ActorKind::Media);
        for kind in near.chain(next_to) {
            *group.votes.entry(kind).or_default() += 1;
        }
        if let Some(code) = &c.affiliation {
            *group.affiliations.entry(code.clone()).or_default() += 1;
        }
    }

    let mut unresolved = Vec::new();
    // Each group's provisional class: an actor kind, or None for names still to place.
    let mut class: BTreeMap<String, Option<(ActorKind, f32)>> = BTreeMap::new();
    for (key, g) in &groups {
        let c = match kind::classify(&g.keys) {
            NameClass::NotActor => {
                unresolved.push(Unresolved {
                    name: g.surface(),
                    count: g.count,
                    reason: "not an actor (a law, place, event or category)".into(),
                });
                continue;
            }
            // "Wagner Group" whose fighters assault a city is an armed group: generic words yield to context.
            NameClass::Actor(ActorKind::Organisation, _)
                if g.keys
                    .iter()
                    .any(|k| matches!(k.as_str(), "group" | "organization" | "organisation" | "network"))
                    && g.vote().is_some_and(|(kind, _)| kind == ActorKind::ArmedGroup) =>
            {
                Some((ActorKind::ArmedGroup, 0.5))
            }
            NameClass::Actor(kind, confidence) => Some((kind, confidence)),
            NameClass::Unknown if g.titled > 0 => Some((ActorKind::Person, 0.9)),
            // "Cofinec CEO Stephen Frater", "OSCE Chechnya": a person's name has no acronym in it.
            NameClass::Unknown
                if !g.acronym && !has_acronym_word(&g.surface()) && kind::person_shaped(&g.keys, g.particles) =>
            {
                match g.vote() {
                    Some((ActorKind::Media, _)) => Some((ActorKind::Media, 0.5)),
                    _ => Some((ActorKind::Person, if g.particles > 0 { 0.7 } else { 0.6 })),
                }
            }
            NameClass::Unknown => None,
        };
        class.insert(key.clone(), c);
    }

    // Parent of each group that folds into another: short forms, surnames, acronyms.
    // Longer names that contain a word, so that each name is compared with its few relatives only.
    let mut by_word: BTreeMap<&str, BTreeSet<&String>> = BTreeMap::new();
    let mut by_initial: BTreeMap<char, BTreeSet<&String>> = BTreeMap::new();
    for (key, g) in &groups {
        for word in &g.keys {
            by_word.entry(word.as_str()).or_default().insert(key);
        }
        if let Some(initial) = key.chars().next() {
            by_initial.entry(initial).or_default().insert(key);
        }
    }
    let mut parent: BTreeMap<String, String> = BTreeMap::new();
    for (key, g) in &groups {
        if !class.contains_key(key) {
            continue;
        }
        let target = if g.acronym {
            g.acronym_of.clone().filter(|k| class.contains_key(k) && k != key).or_else(|| {
                let near = key
                    .chars()
                    .next()
                    .and_then(|c| by_initial.get(&c))
                    .map(|keys| relatives(&groups, keys))
                    .unwrap_or_default();
                unique(near.into_iter().filter(|(k, other)| {
                    *k != key
                        && matches!(class.get(*k), Some(Some((kind, _))) if *kind != ActorKind::Person)
                        && spells(key, &other.keys)
                }))
            })
        } else {
            let person = matches!(class[key], Some((ActorKind::Person, _)) | None);
            let near = g
                .keys
                .last()
                .and_then(|w| by_word.get(w.as_str()))
                .map(|keys| relatives(&groups, keys))
                .unwrap_or_default();
            unique(near.into_iter().filter(|(k, other)| {
                *k != key
                    && other.keys.len() > g.keys.len()
                    && match class.get(*k) {
                        Some(Some((ActorKind::Person, _))) => person && is_name_part(&g.keys, &other.keys),
                        Some(Some(_)) => class[key].is_some() && is_short_form(&g.keys, &other.keys),
                        _ => false,
                    }
            }))
        };
        if let Some(target) = target {
            parent.insert(key.clone(), target);
        }
    }
    let root = |key: &String| -> String {
        let mut key = key.clone();
        for _ in 0..8 {
            match parent.get(&key) {
                Some(next) => key = next.clone(),
                None => break,
            }
        }
        key
    };

    let mut members: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for key in class.keys() {
        members.entry(root(key)).or_default().push(key.clone());
    }
    let mut entities = Vec::new();
    for (root_key, keys) in members {
        let g = &groups[&root_key];
        let (kind, confidence) = match class[&root_key] {
            Some(kc) => kc,
            // A lone word that is part of a person's name elsewhere in the corpus ("Wang" beside "Wang Ying").
            None if g.keys.len() == 1
                && !g.acronym
                && by_word.get(root_key.as_str()).is_some_and(|keys| {
                    keys.iter().any(|k| {
                        let ends = |w: Option<&String>| w == Some(&root_key);
                        *k != &root_key
                            && (ends(groups[*k].keys.first()) || ends(groups[*k].keys.last()))
                            && matches!(class.get(*k), Some(Some((ActorKind::Person, _))))
                    })
                }) =>
            {
                (ActorKind::Person, 0.5)
            }
            None => match single_class(g, keys.len()) {
                Ok(kc) => kc,
                Err(reason) => {
                    unresolved.push(Unresolved {
                        name: g.surface(),
                        count: keys.iter().map(|k| groups[k].count).sum(),
                        reason,
                    });
                    continue;
                }
            },
        };
        let mut affiliations: BTreeMap<String, usize> = BTreeMap::new();
        for k in &keys {
            for (code, n) in &groups[k].affiliations {
                *affiliations.entry(code.clone()).or_default() += n;
            }
        }
        let affiliation = affiliations.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(c, _)| c);
        entities.push(Entity { name: g.surface(), kind, confidence, forms: keys.into_iter().collect(), affiliation });
    }
    unresolved.sort();
    (entities, unresolved)
}

/// The kind of a name no rule placed (a lone word, an acronym without expansion), or why it is no actor.
fn single_class(g: &Group, forms: usize) -> Result<(ActorKind, f32), String> {
    let last = g.keys.last().map_or("", String::as_str);
    if g.keys.len() == 1 && words::has_adjective_ending(last) && !g.acronym {
        return Err("an adjective".into());
    }
    // "Al-Shabaab" is a name wherever it stands: English words carry no "al-".
    if g.sentence_initial == g.count && !g.acronym && forms == 1 && g.particles == 0 {
        return Err("only at the start of sentences".into());
    }
    if g.locative * 2 >= g.count && g.locative > 0 {
        return Err("a place (after in, at, into …)".into());
    }
    match g.vote() {
        Some((ActorKind::Person, n)) if n >= 2 => Ok((ActorKind::Person, 0.4)),
        Some((kind, _)) if kind != ActorKind::Person => Ok((kind, 0.4)),
        _ if g.count >= 2 && g.acronym => Ok((ActorKind::Organisation, 0.3)),
        _ if g.count >= 2 => Ok((ActorKind::Organisation, 0.3)),
        _ => Err("named once, nothing says what it is".into()),
    }
}

/// Whether a mixed-case name has a word in capitals ("Cofinec CEO", "LM Ericsson"); "JOHN SMITH" has none.
fn has_acronym_word(surface: &str) -> bool {
    let caps = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    let words: Vec<&str> = surface.split_whitespace().collect();
    words.iter().any(|w| caps(w)) && !words.iter().all(|w| caps(w))
}

/// The groups with these keys.
fn relatives<'a>(groups: &'a BTreeMap<String, Group>, keys: &BTreeSet<&'a String>) -> Vec<(&'a String, &'a Group)> {
    keys.iter().map(|k| (*k, &groups[*k])).collect()
}

/// The single key of an iterator, or None when there are none or several.
fn unique<'a, T>(mut items: impl Iterator<Item = (&'a String, T)>) -> Option<String> {
    let first = items.next()?.0.clone();
    items.next().is_none().then_some(first)
}

/// "Sudani" or "Mohammed al-Sudani" in "Mohammed Shia al-Sudani": the same last name, other words in order.
fn is_name_part(short: &[String], long: &[String]) -> bool {
    short.last() == long.last() && short.len() < long.len() && is_subsequence(short, long)
}

/// "State Department" for "US State Department", "US Treasury" for "US Treasury Department",
/// "Harakat al-Nujaba" for "Harakat Hezbollah al-Nujaba"; never a lone word for a longer name.
fn is_short_form(short: &[String], long: &[String]) -> bool {
    let world = world();
    let mut core: &[String] = long;
    while core.len() > 1 && world.any(&core[0]).is_some() {
        core = &core[1..];
    }
    let generic = |k: &String| matches!(k.as_str(), "department" | "ministry" | "office" | "agency");
    let trimmed = if core.len() > 1 && core.last().is_some_and(generic) { &core[..core.len() - 1] } else { core };
    let short_core: Vec<String> = short.iter().skip_while(|k| world.any(k).is_some()).cloned().collect();
    if short_core.is_empty() {
        return false;
    }
    let same_country = short.len() == short_core.len() || short.first() == long.first();
    if same_country && (short_core.as_slice() == core || short_core.as_slice() == trimmed) && short.len() >= 2 {
        return true;
    }
    short.len() >= 2 && short.first() == long.first() && short.last() == long.last() && is_subsequence(short, long)
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|s| rest.any(|l| l == s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(name: &str) -> Vec<String> {
        super::super::token::phrase_key(name).split(' ').map(String::from).collect()
    }

    #[test]
    fn short_forms_fold_into_long_ones() {
        assert!(is_short_form(&k("State Department"), &k("US State Department")));
        assert!(is_short_form(&k("US Treasury"), &k("US Treasury Department")));
        assert!(is_short_form(&k("Harakat al-Nujaba"), &k("Harakat Hezbollah al Nujaba")));
        assert!(is_short_form(&k("Asaib al-Haq"), &k("Asaib Ahl al-Haq")));
        assert!(!is_short_form(&k("Hezbollah"), &k("Kataib Hezbollah")));
        assert!(!is_short_form(&k("Kataib Hezbollah"), &k("Harakat Hezbollah al Nujaba")));
        assert!(is_name_part(&k("Sudani"), &k("Mohammed Shia al-Sudani")));
    }
}
