//! The action lexicon: verbs and nominalisations to CAMEO codes, read from `data/cameo/actions.txt`.

use super::tokens::Token;
use std::collections::{HashMap, HashSet};

/// The lexicon shipped with the crate.
pub const ACTIONS: &str = include_str!("../../data/cameo/actions.txt");

/// How far apart (in tokens) the words of a pattern may be.
const WINDOW: usize = 8;

/// A code's name and Goldstein value.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    pub name: String,
    pub goldstein: Option<f32>,
}

/// The inflection of a verb token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// "sign": base form, also the present tense.
    Base,
    /// "signs".
    Third,
    /// "signed", "took", "taken": past tense or past participle.
    Past,
    /// "signing".
    Ing,
}

/// Whether a trigger was read as a verb or a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Verb(VerbForm),
    Noun,
}

/// One pattern of the lexicon.
#[derive(Debug, Clone, PartialEq)]
struct Pattern {
    /// `None` for a pattern that blocks its verb's default without being an event.
    code: Option<String>,
    head: String,
    /// Further words, each with whether it must be the very next token.
    rest: Vec<(String, bool)>,
}

/// A lexicon match in a sentence: token indices, end exclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    pub head: usize,
    pub end: usize,
    pub code: String,
    pub reading: Reading,
    /// The verb lemma or noun, for speech detection and tests.
    pub lemma: String,
}

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    codes: HashMap<String, CodeInfo>,
    verbs: Vec<Pattern>,
    nouns: Vec<Pattern>,
    /// Surface form to (lemma, form); a form may belong to several lemmas.
    forms: HashMap<String, Vec<(String, VerbForm)>>,
    speech: HashSet<String>,
}

/// A malformed line of the lexicon file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("data/cameo/actions.txt:{line}: {message}")]
pub struct LexiconError {
    pub line: usize,
    pub message: String,
}

impl Lexicon {
    /// The lexicon shipped with the crate; it is checked by a test, so this cannot fail at run time.
    pub fn builtin() -> Lexicon {
        Lexicon::parse(ACTIONS).unwrap_or_default()
    }

    pub fn parse(text: &str) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::default();
        let mut section = String::new();
        let mut irregular: Vec<(String, Vec<String>)> = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let error = |message: &str| LexiconError { line: index + 1, message: message.to_string() };
            if line.starts_with('[') {
                section = line.trim_matches(['[', ']']).to_string();
                continue;
            }
            let words: Vec<&str> = line.split_whitespace().collect();
            match section.as_str() {
                "codes" => {
                    let [code, goldstein, name @ ..] = words.as_slice() else {
                        return Err(error("expected: code goldstein name"));
                    };
                    let goldstein = match *goldstein {
                        "-" => None,
                        value => Some(value.parse().map_err(|_| error("Goldstein value is not a number"))?),
                    };
                    lexicon.codes.insert(code.to_string(), CodeInfo { name: name.join(" "), goldstein });
                }
                "verbs" | "nouns" => {
                    let [code, head, rest @ ..] = words.as_slice() else {
                        return Err(error("expected: code word [word ...]"));
                    };
                    if *code != "-" && !lexicon.codes.contains_key(*code) {
                        return Err(error(&format!("code {code} is not listed under [codes]")));
                    }
                    let pattern = Pattern {
                        code: (*code != "-").then(|| code.to_string()),
                        head: head.to_string(),
                        // Verb words are windowed unless `+`; noun words adjacent unless `~`.
                        rest: rest
                            .iter()
                            .map(|w| {
                                let adjacent =
                                    if section == "verbs" { w.starts_with('+') } else { !w.starts_with('~') };
                                (w.trim_start_matches(['+', '~']).to_string(), adjacent)
                            })
                            .collect(),
                    };
                    if section == "verbs" {
                        lexicon.verbs.push(pattern);
                    } else {
                        lexicon.nouns.push(pattern);
                    }
                }
                "forms" => {
                    let [lemma, forms @ ..] = words.as_slice() else { unreachable!("line is not empty") };
                    irregular.push((lemma.to_string(), forms.iter().map(|f| f.to_string()).collect()));
                }
                "speech" => lexicon.speech.extend(words.iter().map(|w| w.to_string())),
                _ => return Err(error("entry outside a [codes], [verbs], [nouns], [forms] or [speech] section")),
            }
        }
        let lemmas: HashSet<String> =
            lexicon.verbs.iter().map(|p| p.head.clone()).chain(lexicon.speech.iter().cloned()).collect();
        for lemma in lemmas {
            for (form, kind) in inflect(&lemma) {
                lexicon.forms.entry(form).or_default().push((lemma.clone(), kind));
            }
        }
        for (lemma, forms) in irregular {
            for form in forms {
                let kind = if form.ends_with("ing") {
                    VerbForm::Ing
                } else if form.ends_with("ies") {
                    VerbForm::Third
                } else {
                    VerbForm::Past
                };
                let entry = lexicon.forms.entry(form).or_default();
                if !entry.iter().any(|(l, _)| *l == lemma) {
                    entry.push((lemma.clone(), kind));
                }
            }
        }
        Ok(lexicon)
    }

    pub fn code(&self, code: &str) -> Option<&CodeInfo> {
        self.codes.get(code)
    }

    /// The lemma if `token` is a form of a verb that introduces reported speech.
    pub fn speech_lemma(&self, token: &Token) -> Option<&str> {
        self.forms.get(&token.lower)?.iter().find(|(l, _)| self.speech.contains(l)).map(|(l, _)| l.as_str())
    }

    /// The verb readings of a token, if it is a form of a lexicon verb.
    pub fn verb_forms(&self, word: &str) -> &[(String, VerbForm)] {
        self.forms.get(word).map_or(&[], Vec::as_slice)
    }

    /// The best verb match starting at token `at`, if any (`None` also when a blocking pattern wins).
    pub fn match_verb(&self, tokens: &[Token], at: usize, stop: usize) -> Option<Trigger> {
        let mut best: Option<(usize, Trigger, bool)> = None;
        for (lemma, form) in self.verb_forms(&tokens[at].lower) {
            for pattern in self.verbs.iter().filter(|p| p.head == *lemma) {
                if let Some(end) = match_rest(&pattern.rest, tokens, at, stop) {
                    let weight = pattern.rest.len();
                    if best.as_ref().is_none_or(|(w, _, _)| weight > *w) {
                        let trigger = Trigger {
                            head: at,
                            end,
                            code: pattern.code.clone().unwrap_or_default(),
                            reading: Reading::Verb(*form),
                            lemma: lemma.clone(),
                        };
                        best = Some((weight, trigger, pattern.code.is_some()));
                    }
                }
            }
        }
        best.filter(|(_, _, event)| *event).map(|(_, t, _)| t)
    }

    /// The best noun match starting at token `at`, if any.
    pub fn match_noun(&self, tokens: &[Token], at: usize, stop: usize) -> Option<Trigger> {
        let word = &tokens[at].lower;
        let mut best: Option<(usize, Trigger)> = None;
        for pattern in self.nouns.iter().filter(|p| noun_matches(&p.head, word)) {
            if let Some(end) = match_rest(&pattern.rest, tokens, at, stop) {
                if best.as_ref().is_none_or(|(w, _)| pattern.rest.len() > *w) {
                    // "phone call" is headed by its last word, "fall of the … regime" by its first.
                    let windowed = pattern.rest.iter().any(|(_, adjacent)| !adjacent);
                    let trigger = Trigger {
                        head: if windowed { at } else { end - 1 },
                        end,
                        code: pattern.code.clone().unwrap_or_default(),
                        reading: Reading::Noun,
                        lemma: pattern.head.clone(),
                    };
                    best = Some((pattern.rest.len(), trigger));
                }
            }
        }
        best.map(|(_, t)| t).filter(|t| !t.code.is_empty())
    }
}

/// Matches the words after a pattern's head; returns the end (exclusive) of the match.
fn match_rest(rest: &[(String, bool)], tokens: &[Token], head: usize, stop: usize) -> Option<usize> {
    let mut last = head;
    for (word, adjacent) in rest {
        let limit = if *adjacent { last + 2 } else { (last + 1 + WINDOW).min(stop) };
        let found = (last + 1..limit.min(stop)).find(|&i| noun_matches(word, &tokens[i].lower))?;
        if tokens[last + 1..found].iter().any(|t| !t.is_word() && t.lower != "-") {
            return None;
        }
        last = found;
    }
    Some(last + 1)
}

/// A word or its plural.
fn noun_matches(word: &str, token: &str) -> bool {
    token == word
        || token.strip_suffix('s') == Some(word)
        || token.strip_suffix("es") == Some(word)
        || (word.ends_with('y') && token.strip_suffix("ies") == word.strip_suffix('y'))
}

/// The regular forms of a verb; doubtful doublings are generated too, since a form that does
/// not exist never occurs in text.
fn inflect(lemma: &str) -> Vec<(String, VerbForm)> {
    let mut forms = vec![(lemma.to_string(), VerbForm::Base)];
    let bytes = lemma.as_bytes();
    let vowel = |b: u8| b"aeiou".contains(&b);
    let last = *bytes.last().unwrap_or(&b'x');
    let before = if bytes.len() > 1 { bytes[bytes.len() - 2] } else { b'x' };
    let stem_y = lemma.strip_suffix('y').filter(|_| !vowel(before));
    let third = if let Some(stem) = stem_y {
        format!("{stem}ies")
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| lemma.ends_with(e)) {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    forms.push((third, VerbForm::Third));
    let past = match (stem_y, last) {
        (Some(stem), _) => format!("{stem}ied"),
        (None, b'e') => format!("{lemma}d"),
        _ => format!("{lemma}ed"),
    };
    forms.push((past, VerbForm::Past));
    let ing = if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}ying")
    } else if let Some(stem) = lemma.strip_suffix('e').filter(|_| !lemma.ends_with("ee")) {
        format!("{stem}ing")
    } else {
        format!("{lemma}ing")
    };
    forms.push((ing, VerbForm::Ing));
    let short_vowel = bytes.len() >= 3 && vowel(before) && !vowel(bytes[bytes.len() - 3]);
    if short_vowel && !vowel(last) && !b"wxy".contains(&last) {
        let doubled = format!("{lemma}{}", last as char);
        forms.push((format!("{doubled}ed"), VerbForm::Past));
        forms.push((format!("{doubled}ing"), VerbForm::Ing));
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::tokens::tokenize;

    #[test]
    fn the_shipped_lexicon_parses() {
        let lexicon = Lexicon::parse(ACTIONS).unwrap();
        assert_eq!(lexicon.code("163").unwrap().goldstein, Some(-8.0));
        assert_eq!(lexicon.code("ELECT").unwrap().goldstein, None);
    }

    #[test]
    fn errors_name_the_line() {
        let error = Lexicon::parse("[codes]\n010 0 Make statement\n[verbs]\n999 say\n").unwrap_err();
        assert_eq!(error.to_string(), "data/cameo/actions.txt:4: code 999 is not listed under [codes]");
    }

    #[test]
    fn longer_patterns_override_the_verb() {
        let lexicon = Lexicon::builtin();
        let tokens = tokenize("Washington revoked a longstanding sanctions waiver for Iraq", 0);
        let trigger = lexicon.match_verb(&tokens, 1, tokens.len()).unwrap();
        assert_eq!(trigger.code, "163");
        let tokens = tokenize("They revoked the licence", 0);
        assert_eq!(lexicon.match_verb(&tokens, 1, tokens.len()).unwrap().code, "160");
    }

    #[test]
    fn inflections_are_recognised() {
        let lexicon = Lexicon::builtin();
        for word in ["criticised", "urges", "signing", "met", "banned", "took", "denied", "stormed"] {
            assert!(!lexicon.verb_forms(word).is_empty(), "{word}");
        }
    }
}
