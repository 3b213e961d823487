//! Finds the lexicon's triggers in a sentence and decides whether each is read as a verb or a noun.

use super::clause::{before_adverbs, ActorSpan, Clause};
use super::lexicon::{Lexicon, Reading, Trigger, VerbForm};
use super::tokens::Token;
use super::words::*;

/// Subject pronouns after which a bare form reads as a verb.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "who", "which", "that"];

/// The triggers of a sentence, in token order, matched within their clause.
pub fn find(tokens: &[Token], clauses: &[Clause], spans: &[ActorSpan], lexicon: &Lexicon) -> Vec<Trigger> {
    let mut triggers = Vec::new();
    for clause in clauses {
        for i in clause.start..clause.end {
            if !tokens[i].is_word() || spans.iter().any(|s| !s.modifier && s.first <= i && i < s.end) {
                continue;
            }
            let verb = lexicon.match_verb(tokens, i, clause.end).filter(|t| {
                reads_as_verb(tokens, t, spans)
                    && (!FORCE_VERBS.contains(&t.lemma.as_str()) || forces_before(tokens, clause, i))
            });
            if let Some(trigger) = verb {
                triggers.push(trigger);
                continue;
            }
            let proper_name = tokens[i].capital && i > clause.start && i > 0 && tokens[i - 1].is_word();
            let infinitive = i > 0 && tokens[i - 1].is("to");
            if proper_name || infinitive {
                continue;
            }
            if let Some(trigger) = lexicon.match_noun(tokens, i, clause.end) {
                let gerund_of_verb = tokens[trigger.head].lower.ends_with("ing")
                    && !lexicon.verb_forms(&tokens[trigger.head].lower).is_empty()
                    && !tokens[trigger.head].lower.ends_with("meeting");
                if !gerund_of_verb && !triggers.iter().any(|t: &Trigger| t.head == trigger.head) {
                    triggers.push(trigger);
                }
            }
        }
    }
    triggers
}

/// "all troops to be out", "US forces will leave": a noun of armed forces at most five tokens
/// before the verb, in its clause.
fn forces_before(tokens: &[Token], clause: &Clause, i: usize) -> bool {
    tokens[i.saturating_sub(5).max(clause.start)..i].iter().any(|t| t.is_any(FORCES))
}

/// Whether a verb match is a verb here rather than a noun or an adjective ("the proposed law",
/// "US sanctions on", "a visit").
fn reads_as_verb(tokens: &[Token], trigger: &Trigger, spans: &[ActorSpan]) -> bool {
    let Reading::Verb(form) = trigger.reading else {
        return false;
    };
    let i = trigger.head;
    if super::clause::proper(tokens, i) {
        return false;
    }
    let previous = i.checked_sub(1).map(|p| tokens[p].lower.as_str()).unwrap_or("");
    // "that" before a finite verb is a relative pronoun ("strikes that killed"), not a determiner.
    let relative = previous == "that" && matches!(form, VerbForm::Past | VerbForm::Third);
    if (DETERMINERS.contains(&previous) && !relative) || tokens.get(i.wrapping_sub(1)).is_some_and(Token::possessive) {
        return false;
    }
    let before = before_adverbs(tokens, i);
    let before_word = before.map(|b| tokens[b].lower.as_str()).unwrap_or("");
    match form {
        VerbForm::Past => true,
        VerbForm::Ing => BE.contains(&before_word),
        VerbForm::Base | VerbForm::Third => {
            let after_subject = before.is_some_and(|b| spans.iter().any(|s| s.end == b + 1 && !s.modifier))
                || SUBJECT_PRONOUNS.contains(&before_word);
            let after_auxiliary = HYPOTHETICAL.contains(&before_word)
                || FUTURE.contains(&before_word)
                || DO.contains(&before_word)
                || before_word == "to";
            let next = tokens.get(trigger.end).map(|t| t.lower.as_str()).unwrap_or(".");
            // "US sanctions on Iraq", "US pressure coincides": a noun compound, not a verb.
            let object_follows = tokens.get(trigger.end).is_some_and(|t| {
                t.is_any(DETERMINERS)
                    || spans.iter().any(|s| s.first == trigger.end)
                    || t.is_any(&["that", "him", "them", "it"])
            });
            let continues = tokens.get(trigger.end).is_some_and(Token::is_word) && !PREPOSITIONS.contains(&next);
            let subject_verb = match form {
                VerbForm::Third => continues,
                _ => object_follows || SUBJECT_PRONOUNS.contains(&before_word),
            };
            after_auxiliary || (after_subject && subject_verb)
        }
    }
}
