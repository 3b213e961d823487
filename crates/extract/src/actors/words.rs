//! General English word lists (`words.toml`): function words, calendar words, titles, role nouns,
//! name particles and institution words. Facts about English news prose, not about any corpus.

use serde::Deserialize;
use std::collections::HashSet;
use std::sync::OnceLock;

const WORDS: &str = include_str!("words.toml");

/// Every list of `words.toml`, each a set of words.
#[derive(Debug, Default)]
pub struct Lists {
    pub particles: HashSet<String>,
    pub abbreviations: HashSet<String>,
    pub calendar: HashSet<String>,
    pub function: HashSet<String>,
    pub locative: HashSet<String>,
    pub motion: HashSet<String>,
    pub title_heads: HashSet<String>,
    pub title_modifiers: HashSet<String>,
    pub role_nouns: HashSet<String>,
    pub role_modifiers: HashSet<String>,
    pub not_actor: HashSet<String>,
    pub government_body: HashSet<String>,
    pub armed_group: HashSet<String>,
    pub political_group: HashSet<String>,
    pub organisation: HashSet<String>,
    pub media: HashSet<String>,
    pub state_words: HashSet<String>,
    pub force_words: HashSet<String>,
    pub context_armed: HashSet<String>,
    pub context_media: HashSet<String>,
    pub context_political: HashSet<String>,
    pub adjective_endings: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    particles: String,
    abbreviations: String,
    calendar: String,
    function: String,
    locative: String,
    motion: String,
    title_heads: String,
    title_modifiers: String,
    role_nouns: String,
    role_modifiers: String,
    not_actor: String,
    government_body: String,
    armed_group: String,
    political_group: String,
    organisation: String,
    media: String,
    state_words: String,
    force_words: String,
    context_armed: String,
    context_media: String,
    context_political: String,
    adjective_endings: String,
}

fn set(text: &str) -> HashSet<String> {
    text.split_whitespace().map(String::from).collect()
}

/// The lists, parsed once.
pub fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        // The file is compiled in and parsed by the test below: a failure here is a build defect.
        let raw: Raw = toml::from_str(WORDS).expect("src/actors/words.toml is valid");
        Lists {
            particles: set(&raw.particles),
            abbreviations: set(&raw.abbreviations),
            calendar: set(&raw.calendar),
            function: set(&raw.function),
            locative: set(&raw.locative),
            motion: set(&raw.motion),
            title_heads: set(&raw.title_heads),
            title_modifiers: set(&raw.title_modifiers),
            role_nouns: set(&raw.role_nouns),
            role_modifiers: set(&raw.role_modifiers),
            not_actor: set(&raw.not_actor),
            government_body: set(&raw.government_body),
            armed_group: set(&raw.armed_group),
            political_group: set(&raw.political_group),
            organisation: set(&raw.organisation),
            media: set(&raw.media),
            state_words: set(&raw.state_words),
            force_words: set(&raw.force_words),
            context_armed: set(&raw.context_armed),
            context_media: set(&raw.context_media),
            context_political: set(&raw.context_political),
            adjective_endings: raw.adjective_endings.split_whitespace().map(String::from).collect(),
        }
    })
}

/// Lower-case particles inside names ("al-Sudani", "bin Salman", "de Gaulle").
pub fn is_particle(word: &str) -> bool {
    lists().particles.contains(word)
}

/// Abbreviations written with a final dot that belongs to the word ("Brig.", "Dr.").
pub fn is_abbreviation(word: &str) -> bool {
    lists().abbreviations.contains(word)
}

/// Months and weekdays: capitalised, never names.
pub fn is_calendar(key: &str) -> bool {
    lists().calendar.contains(key)
}

/// Words that start sentences without being names ("However", "Thanks", "The").
pub fn is_function_word(key: &str) -> bool {
    lists().function.contains(key)
}

/// Words after which a capital or region names a place, not a state.
pub fn is_locative(key: &str) -> bool {
    lists().locative.contains(key)
}

/// Verbs and nouns of movement: "travelled to Baghdad" names the place.
pub fn is_motion(key: &str) -> bool {
    lists().motion.contains(key)
}

/// Heads of titles written before a name ("President", "Minister", "Gen.").
pub fn is_title_head(key: &str) -> bool {
    lists().title_heads.contains(key)
}

/// Words that modify a title ("Prime", "Foreign", "National Security", "Former").
pub fn is_title_modifier(key: &str) -> bool {
    lists().title_modifiers.contains(key)
}

/// Lower-case nouns that name a role ("adviser", "envoy", "leader").
pub fn is_role_noun(key: &str) -> bool {
    lists().role_nouns.contains(key)
}

/// Words that may stand inside a lower-case title ("special", "new", "former").
pub fn is_role_modifier(key: &str) -> bool {
    lists().role_modifiers.contains(key)
}

/// Endings of adjectives written with a capital ("Shiite", "Kurdish", "Islamic", "Eastern").
pub fn has_adjective_ending(key: &str) -> bool {
    lists().adjective_endings.iter().any(|e| key.len() > e.len() + 2 && key.ends_with(e.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_parse_and_are_lower_case() {
        let lists = lists();
        assert!(is_function_word("however") && is_particle("al") && is_abbreviation("Gen"));
        for list in [&lists.function, &lists.title_heads, &lists.not_actor, &lists.government_body] {
            assert!(list.iter().all(|w| w.chars().all(|c| !c.is_uppercase())), "{list:?}");
        }
    }
}
