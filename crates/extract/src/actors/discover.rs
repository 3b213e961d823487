//! Candidate names found in the text: capitalised runs with their particles, titles split off,
//! acronyms with their expansions, sentence-initial words that are not names left out.

use super::kind::{self, NameClass};
use super::token::{Shape, Token};
use super::words;
use super::world::world;
use std::collections::HashSet;

/// One place where the text names something that may be an actor.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub doc: usize,
    /// Token indices of the name, inclusive.
    pub first: usize,
    pub last: usize,
    /// Word keys of the name, standalone particles left out.
    pub keys: Vec<String>,
    pub particles: usize,
    pub surface: String,
    /// A title stood right before the name ("Prime Minister Sudani").
    pub titled: bool,
    /// For an acronym in parentheses after a name: that name's keys ("PMF" after "Popular Mobilization Forces").
    pub acronym_of: Option<Vec<String>>,
    /// A country the name's own words or a possessive before it tie it to.
    pub affiliation: Option<String>,
    pub sentence_initial: bool,
    /// After a locative preposition ("in Kurdistan").
    pub locative: bool,
    /// Lower-case words near the name, for kind votes.
    pub context: Vec<String>,
    /// The lower-case words right before and after the name ("citing", "reports").
    pub adjacent: Vec<String>,
}

impl Candidate {
    pub fn key(&self) -> String {
        self.keys.join(" ")
    }

    pub fn is_acronym(&self, tokens: &[Token]) -> bool {
        self.first == self.last && tokens[self.first].shape == Shape::Acronym
    }
}

/// Finds candidate names in every document; `lower_seen` holds the keys of words the corpus writes in lower case.
pub fn candidates(docs: &[(&str, Vec<Token>)], lower_seen: &HashSet<String>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (doc, (text, tokens)) in docs.iter().enumerate() {
        let mut i = 0;
        while i < tokens.len() {
            if !tokens[i].is_name() || tokens[i].heading || is_compound(tokens, i) {
                i += 1;
                continue;
            }
            let end = run_end(tokens, i);
            let mut scan = Scan { doc, text, tokens, lower_seen, out: &mut out };
            scan.run(i, end, None);
            i = end + 1;
        }
    }
    out
}

/// A name word joined by a hyphen to a lower-case word: "Iran-backed", "pro-Iran", "UK-based".
pub fn is_compound(tokens: &[Token], i: usize) -> bool {
    let next_lower = tokens.get(i + 1).is_some_and(|t| !t.is_name());
    let prev_lower = i > 0 && !tokens[i - 1].is_name();
    (tokens[i].hyphen_next && next_lower) || (tokens[i].hyphen_prev && prev_lower)
}

fn is_title_word(key: &str) -> bool {
    words::is_title_head(key) || words::is_title_modifier(key)
}

/// The last token of the capitalised run starting at `i`.
fn run_end(tokens: &[Token], i: usize) -> usize {
    let mut j = i;
    loop {
        let t = &tokens[j];
        let Some(next) = tokens.get(j + 1) else { break };
        if t.hyphen_next {
            // "Jean-Pierre" is one name; "U.S.-Iraqi" and "Iran-Iraq" are two.
            let world = world();
            if next.is_name() && world.any(&t.key).is_none() && world.any(&next.key).is_none() {
                j += 1;
                continue;
            }
            break;
        }
        if t.possessive {
            // "Prime Minister's Office" is one name; "Iran's Supreme National Security Council" is two.
            let titled = tokens[i..=j].iter().all(|t| is_title_word(&t.key) || world().demonym(&t.key).is_some());
            if titled && next.is_name() && kind::classify(std::slice::from_ref(&next.key)) != NameClass::Unknown {
                j += 1;
                continue;
            }
            break;
        }
        if next.gap_breaks() || next.heading != t.heading {
            break;
        }
        if next.is_name() && !is_compound(tokens, j + 1) {
            j += 1;
            continue;
        }
        let joined = tokens
            .get(j + 2)
            .is_some_and(|after| !after.gap_breaks() && after.is_name() && !is_compound(tokens, j + 2));
        if joined && next.shape == Shape::Particle {
            j += 2;
            continue;
        }
        let institution = words::is_title_head(&t.key)
            || matches!(kind::classify(std::slice::from_ref(&t.key)), NameClass::Actor(..));
        if joined && next.key == "of" && institution {
            j += 2;
            continue;
        }
        break;
    }
    j
}

struct Scan<'a> {
    doc: usize,
    text: &'a str,
    tokens: &'a [Token],
    lower_seen: &'a HashSet<String>,
    out: &'a mut Vec<Candidate>,
}

impl Scan<'_> {
    fn keys(&self, a: usize, b: usize) -> Vec<String> {
        self.tokens[a..=b].iter().filter(|t| t.shape != Shape::Particle).map(|t| t.key.clone()).collect()
    }

    /// The length in tokens of a country name, capital or demonym starting at `a`, the longest first.
    fn world_prefix(&self, a: usize, b: usize) -> Option<(usize, String, bool)> {
        let world = world();
        (1..=(b + 1 - a).min(world.longest)).rev().find_map(|len| {
            let key = self.keys(a, a + len - 1).join(" ");
            if let Some(country) = world.demonym(&key) {
                return Some((len, country.code.clone(), true));
            }
            world.country(&key).or_else(|| world.capital(&key)).map(|c| (len, c.code.clone(), false))
        })
    }

    /// Splits the run `a..=b` into titles, countries and names, and records the names.
    fn run(&mut self, mut a: usize, b: usize, affiliation: Option<String>) {
        let tokens = self.tokens;
        while a <= b && matches!(tokens[a].key.as_str(), "the" | "a" | "an") {
            a += 1;
        }
        if a > b {
            return;
        }
        let first = &tokens[a];
        let opens_sentence = first.sentence_initial
            || (a > 0 && tokens[a - 1].sentence_initial && !tokens[a - 1].is_name() && first.gap.is_empty());
        // "These measures", "Whatever path": capitalised function words are never part of a name.
        if words::is_function_word(&first.key) && first.shape == Shape::Capitalised {
            return self.run(a + 1, b, affiliation);
        }
        if opens_sentence
            && !is_title_word(&first.key)
            && world().any(&first.key).is_none()
            && (words::is_function_word(&first.key) || self.lower_seen.contains(&first.key))
        {
            return self.run(a + 1, b, affiliation);
        }
        let keys = self.keys(a, b);
        if keys.is_empty() {
            return;
        }
        // A title before a person's name: "Iraqi Prime Minister Mohammed Shia al-Sudani".
        if let Some(rest) = self.title_prefix(a, b) {
            if rest > b {
                return;
            }
            if kind::classify(&self.keys(rest, b)) == NameClass::Unknown {
                return self.emit(rest, b, true, affiliation);
            }
        }
        // A title inside the run: "NATO Secretary General Jens Stoltenberg" is NATO, a title and a person.
        for s in a + 1..=b {
            if !is_title_word(&tokens[s].key) || is_title_word(&tokens[s - 1].key) {
                continue;
            }
            let Some(rest) = self.title_prefix(s, b).filter(|&rest| rest <= b) else {
                continue;
            };
            // What stands before the title must be a whole institution ("NATO", "Human Rights
            // Watch"), not a given name ("Hassan Sheikh Mohamud") or a bare head ("Kataib al Imam Ali").
            let left = self.keys(a, s - 1);
            let institution = (s - 1 == a && tokens[a].shape == Shape::Acronym)
                || (left.len() >= 2 && matches!(kind::classify(&left), NameClass::Actor(..)));
            if institution
                && tokens[s - 1].shape != Shape::Particle
                && kind::classify(&self.keys(rest, b)) == NameClass::Unknown
            {
                self.run(a, s - 1, affiliation.clone());
                return self.emit(rest, b, true, affiliation);
            }
        }
        // An institution keeps its country: "Iraqi Foreign Ministry", "US Treasury".
        if kind::classify(&keys) != NameClass::Unknown {
            let own = self.world_prefix(a, b).map(|(_, code, _)| code);
            return self.emit(a, b, false, own.or(affiliation));
        }
        if let Some((len, code, demonym)) = self.world_prefix(a, b) {
            if a + len <= b {
                return self.run(a + len, b, if demonym { Some(code) } else { affiliation });
            }
            return;
        }
        if keys.iter().all(|k| is_title_word(k)) {
            return;
        }
        self.emit(a, b, false, affiliation);
    }

    /// Where the name starts after a title at `a`, if a title is there.
    fn title_prefix(&self, a: usize, b: usize) -> Option<usize> {
        let tokens = self.tokens;
        let mut k = a;
        if tokens[k].key == "former" {
            k += 1;
        }
        if k <= b {
            if let Some((len, _, _)) = self.world_prefix(k, b) {
                k += len;
            }
        }
        let mut head = false;
        while k <= b {
            let key = tokens[k].key.as_str();
            if words::is_title_head(key) {
                head = true;
            } else if !(words::is_title_modifier(key) || (key == "of" && head)) {
                break;
            }
            k += 1;
        }
        head.then_some(k)
    }

    fn emit(&mut self, a: usize, b: usize, titled: bool, affiliation: Option<String>) {
        let tokens = self.tokens;
        let keys = self.keys(a, b);
        if keys.is_empty() {
            return;
        }
        let sentence = tokens[a].sentence;
        let near = |i: &usize| tokens[*i].sentence == sentence && !tokens[*i].is_name();
        let context: Vec<String> = (a.saturating_sub(5)..a)
            .chain(b + 1..(b + 6).min(tokens.len()))
            .filter(near)
            .map(|i| tokens[i].key.clone())
            .collect();
        let possessive_country = (a > 0 && tokens[a - 1].possessive && tokens[a].gap.is_empty())
            .then(|| world().country(&tokens[a - 1].key).map(|c| c.code.clone()))
            .flatten();
        let acronym_of = self.acronym_definition(a, b);
        let before = (a > 0 && tokens[a].gap.is_empty()).then(|| &tokens[a - 1]);
        let after = tokens.get(b + 1).filter(|t| t.gap.is_empty());
        let adjacent: Vec<String> =
            before.into_iter().chain(after).filter(|t| !t.is_name()).map(|t| t.key.clone()).collect();
        let locative =
            a > 0 && tokens[a].gap.is_empty() && words::is_locative(&tokens[a - 1].key) && !tokens[a - 1].is_name();
        self.out.push(Candidate {
            doc: self.doc,
            first: a,
            last: b,
            particles: tokens[a..=b]
                .iter()
                .filter(|t| t.shape == Shape::Particle || self.text[t.start..t.end].contains('-'))
                .count(),
            keys,
            surface: self.text[tokens[a].start..tokens[b].end].to_string(),
            titled,
            acronym_of,
            affiliation: affiliation.or(possessive_country),
            sentence_initial: tokens[a].sentence_initial,
            locative,
            context,
            adjacent,
        });
    }

    /// "Popular Mobilization Forces (PMF)": the acronym at `a` in parentheses right after a name whose initials it spells.
    fn acronym_definition(&self, a: usize, b: usize) -> Option<Vec<String>> {
        let tokens = self.tokens;
        if a != b || tokens[a].shape != Shape::Acronym || !tokens[a].gap.ends_with('(') {
            return None;
        }
        let previous = self.out.last().filter(|c| c.doc == self.doc && c.last + 1 == a)?;
        spells(&tokens[a].key, &previous.keys).then(|| previous.keys.clone())
    }
}

/// Whether an acronym spells the initials of a name, in order, from its first word: "PMF" for
/// "Popular Mobilization Forces", "DOJ" for "Department of Justice", "IRGC" without "Islamic".
pub fn spells(acronym: &str, keys: &[String]) -> bool {
    let letters: Vec<char> = acronym.chars().filter(char::is_ascii_alphabetic).collect();
    let words: Vec<(char, bool)> = keys
        .iter()
        .filter_map(|k| k.chars().next().map(|c| (c, matches!(k.as_str(), "of" | "and" | "the" | "for"))))
        .collect();
    if letters.len() < 2 || keys.len() < 2 || words.first().map(|w| w.0) != letters.first().copied() {
        return false;
    }
    // Each word gives its initial or is skipped; a little word may be skipped freely, one content word at most.
    fn walk(letters: &[char], words: &[(char, bool)], skips: usize) -> bool {
        match (letters.first(), words.first()) {
            (None, _) => words.iter().filter(|w| !w.1).count() <= skips,
            (Some(_), None) => false,
            (Some(&l), Some(&(initial, little))) => {
                (l == initial && walk(&letters[1..], &words[1..], skips))
                    || (little && walk(letters, &words[1..], skips))
                    || (!little && skips > 0 && walk(letters, &words[1..], skips - 1))
            }
        }
    }
    walk(&letters, &words, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(name: &str) -> Vec<String> {
        super::super::token::phrase_key(name).split(' ').map(String::from).collect()
    }

    #[test]
    fn acronyms_spell_their_names() {
        assert!(spells("pmf", &keys("Popular Mobilization Forces")));
        assert!(spells("irgc", &keys("Iranian Revolutionary Guards Corps")));
        assert!(spells("doj", &keys("Department of Justice")));
        assert!(spells("who", &keys("World Health Organization")));
        assert!(!spells("isis", &keys("Islamic State")));
        assert!(!spells("pmf", &keys("Prime Minister")));
    }
}
