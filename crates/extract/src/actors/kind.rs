//! The kind of an actor and how sure it is, from the words of its name and the words around it.

use super::words;
use super::world::world;
use tightrope_core::ActorKind;

/// What the words of a name say about the thing it names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NameClass {
    /// An actor of this kind, with a confidence.
    Actor(ActorKind, f32),
    /// An agreement, a law, a place, an event: a name but not an actor.
    NotActor,
    /// The words say nothing.
    Unknown,
}

/// The class an institution word gives a name ("Ministry" → government body, "Treaty" → not an actor).
fn head_word(key: &str) -> Option<NameClass> {
    use ActorKind::*;
    let lists = words::lists();
    let kinds = [
        (&lists.government_body, GovernmentBody, 0.8),
        (&lists.armed_group, ArmedGroup, 0.8),
        (&lists.political_group, PoliticalGroup, 0.8),
        (&lists.organisation, Organisation, 0.7),
        (&lists.media, Media, 0.7),
    ];
    if lists.not_actor.contains(key) {
        return Some(NameClass::NotActor);
    }
    kinds
        .into_iter()
        .find(|(list, _, _)| list.contains(key))
        .map(|(_, kind, confidence)| NameClass::Actor(kind, confidence))
}

/// Adjectives that make a council, service or armed force part of a state.
fn is_state_word(key: &str) -> bool {
    words::lists().state_words.contains(key)
}

/// Words that make "Forces", "Guards", "Corps", "Army", "Council" or "Service" kind-dependent.
fn is_force_word(key: &str) -> bool {
    words::lists().force_words.contains(key)
}

/// Classifies a name from its word keys, last institution word first.
/// `state_prefix` says whether a country, capital or demonym stands in the name ("Iraqi Foreign Ministry").
pub fn classify(keys: &[String]) -> NameClass {
    let state_prefix = keys.iter().any(|k| world().any(k).is_some());
    let state_like = state_prefix || keys.iter().any(|k| is_state_word(k));
    for key in keys.iter().rev() {
        if is_force_word(key) {
            return match (key.as_str(), state_like) {
                ("council" | "service" | "services", true) => NameClass::Actor(ActorKind::GovernmentBody, 0.7),
                ("council" | "service" | "services", false) => NameClass::Actor(ActorKind::Organisation, 0.5),
                (_, true) if state_prefix => NameClass::Actor(ActorKind::GovernmentBody, 0.7),
                _ => NameClass::Actor(ActorKind::ArmedGroup, 0.7),
            };
        }
        if let Some(class) = head_word(key) {
            return class;
        }
        if key.contains("news") || key.ends_with("press") {
            return NameClass::Actor(ActorKind::Media, 0.6);
        }
    }
    NameClass::Unknown
}

/// Whether a multi-word name can be a person's: every word a capitalised name-like word.
pub fn person_shaped(keys: &[String], particles: usize) -> bool {
    if keys.len() < 2 || keys.len() > 5 {
        return false;
    }
    let world = world();
    keys.iter().all(|k| {
        world.any(k).is_none()
            && !words::is_title_head(k)
            && !words::is_title_modifier(k)
            && !words::is_function_word(k)
            && !words::has_adjective_ending(k)
            && head_word(k).is_none()
            && !is_force_word(k)
            && !is_state_word(k)
    }) && (particles > 0 || keys.len() <= 4)
}

/// Context words that suggest the thing is an armed group, a medium or a political group.
pub fn context_vote(word: &str) -> Option<ActorKind> {
    let lists = words::lists();
    if lists.context_armed.contains(word) {
        Some(ActorKind::ArmedGroup)
    } else if lists.context_media.contains(word) {
        Some(ActorKind::Media)
    } else if lists.context_political.contains(word) {
        Some(ActorKind::PoliticalGroup)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(name: &str) -> Vec<String> {
        super::super::token::phrase_key(name).split(' ').map(String::from).collect()
    }

    #[test]
    fn institution_words_give_kinds() {
        let kind = |name: &str| match classify(&keys(name)) {
            NameClass::Actor(kind, _) => Some(kind),
            _ => None,
        };
        assert_eq!(kind("Iraqi Foreign Ministry"), Some(ActorKind::GovernmentBody));
        assert_eq!(kind("Kataib Hezbollah"), Some(ActorKind::ArmedGroup));
        assert_eq!(kind("Popular Mobilization Forces"), Some(ActorKind::ArmedGroup));
        assert_eq!(kind("Iranian Revolutionary Guards Corps"), Some(ActorKind::GovernmentBody));
        assert_eq!(kind("Supreme National Security Council"), Some(ActorKind::GovernmentBody));
        assert_eq!(kind("Atlantic Council"), Some(ActorKind::Organisation));
        assert_eq!(kind("National Wisdom Movement"), Some(ActorKind::PoliticalGroup));
        assert_eq!(kind("IntelliNews"), Some(ActorKind::Media));
        assert_eq!(classify(&keys("Strategic Framework Agreement")), NameClass::NotActor);
        assert!(person_shaped(&keys("Mohammed Shia al-Sudani"), 1));
        assert!(!person_shaped(&keys("Islamic State"), 0));
        assert!(!person_shaped(&keys("Ordinary Iraqis"), 0));
    }
}
