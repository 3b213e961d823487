//! Clauses of a sentence, and who does what to whom around a trigger: subject, object, by-phrase.

use super::lexicon::{Lexicon, Reading, Trigger, VerbForm};
use super::tokens::Token;
use super::words::*;

/// An actor named in the sentence, in token indices (end exclusive).
#[derive(Debug, Clone, PartialEq)]
pub struct ActorSpan {
    /// Index into the actor list.
    pub actor: usize,
    pub first: usize,
    pub end: usize,
    /// Part of a modifier ("Iran-backed"): the actor is not a participant.
    pub modifier: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    Main,
    /// Opened by who, which or that: its subject may be the noun before it.
    Relative,
    /// The complement of a speech verb: "A says [B attacked C]".
    Reported,
    /// If, unless: nothing in it happened.
    Conditional,
    /// Where, when, while, after, but …; also ", and" coordination.
    Subordinate,
}

/// A clause: tokens `start..end`, with its subject region `subject_start..subject_end` (after
/// the word that opens it).
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    pub kind: ClauseKind,
    pub subject_start: usize,
    pub subject_end: usize,
}

/// Splits a sentence into clauses at clause punctuation, subordinating words and speech verbs.
pub fn segment(tokens: &[Token], lexicon: &Lexicon) -> Vec<Clause> {
    let mut clauses = Vec::new();
    let mut start = 0;
    let mut kind = ClauseKind::Main;
    // A clause opened by a subordinator at the very start ends at the first comma.
    let mut fronted = false;
    // The last speech verb before the current token: whether the open clause has one.
    let mut last_speech: Option<usize> = None;
    let close = |clauses: &mut Vec<Clause>, start: usize, end: usize, kind| {
        if end > start {
            clauses.push(Clause { start, end, kind, subject_start: start, subject_end: end });
        }
    };
    for (i, token) in tokens.iter().enumerate() {
        let word = token.lower.as_str();
        let previous = i.checked_sub(1).map(|p| tokens[p].lower.as_str());
        if let Some(p) = i.checked_sub(1).filter(|&p| lexicon.speech_lemma(&tokens[p]).is_some() && !proper(tokens, p))
        {
            last_speech = Some(p);
        }
        let opens = if CLAUSE_MARKS.contains(&word) || (fronted && word == ",") {
            fronted = false;
            close(&mut clauses, start, i, kind);
            start = i + 1;
            kind = if clauses.is_empty() { ClauseKind::Main } else { ClauseKind::Subordinate };
            continue;
        } else if RELATIVE.contains(&word) && i > 0 {
            // "said on 4 May that …": a speech verb earlier in the clause makes "that" open its report.
            let after_speech = last_speech.is_some_and(|j| j >= start);
            Some(if after_speech && word == "that" { ClauseKind::Reported } else { ClauseKind::Relative })
        } else if CONDITIONAL.contains(&word) {
            Some(ClauseKind::Conditional)
        } else if SUBORDINATE.contains(&word) && !before_a_date(tokens, i)
            || (word == "and" || word == "or") && previous == Some(",")
        {
            Some(ClauseKind::Subordinate)
        } else {
            None
        };
        if let Some(new_kind) = opens {
            if i == 0 {
                fronted = new_kind != ClauseKind::Relative;
                kind = new_kind;
                continue;
            }
            close(&mut clauses, start, i, kind);
            start = i;
            kind = new_kind;
        } else if i + 1 < tokens.len() && speech_opens_clause(tokens, i, lexicon) {
            close(&mut clauses, start, i + 1, kind);
            start = i + 1;
            kind = ClauseKind::Reported;
        } else if let Some(comma) = trailing_speaker(tokens, start, i, lexicon) {
            // "Ruritania shelled the town, officials said": the speaker's clause starts at the comma.
            close(&mut clauses, start, comma, kind);
            start = comma + 1;
            kind = ClauseKind::Subordinate;
        }
    }
    close(&mut clauses, start, tokens.len(), kind);
    clauses
}

/// "since March", "after 2019": a preposition before a date, not a clause.
fn before_a_date(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| {
        t.is_any(MONTHS) || t.lower.starts_with(|c: char| c.is_ascii_digit()) || t.is_any(&["early", "late", "mid"])
    })
}

/// The comma before a short speaker phrase ending in a speech verb at the end of a sentence:
/// ", officials said." or ", the minister told reporters."
fn trailing_speaker(tokens: &[Token], start: usize, i: usize, lexicon: &Lexicon) -> Option<usize> {
    if lexicon.speech_lemma(&tokens[i]).is_none() || proper(tokens, i) {
        return None;
    }
    let rest = &tokens[i + 1..];
    let ends = rest.iter().filter(|t| t.is_word()).take(3).count() <= 2 && rest.last().is_none_or(|t| !t.is_word());
    if !ends {
        return None;
    }
    let comma = (start..i).rev().take(8).find(|&j| tokens[j].is(","))?;
    (comma + 1 < i).then_some(comma)
}

/// "Officials say the US is …": a speech verb followed directly by a new subject.
fn speech_opens_clause(tokens: &[Token], i: usize, lexicon: &Lexicon) -> bool {
    if lexicon.speech_lemma(&tokens[i]).is_none()
        || i == 0
        || proper(tokens, i)
        || DETERMINERS.contains(&tokens[i - 1].lower.as_str())
    {
        return false;
    }
    let next = &tokens[i + 1];
    next.is_word()
        && (next.capital || next.is_any(&["the", "a", "an", "he", "she", "they", "it"]))
        && !PREPOSITIONS.contains(&next.lower.as_str())
}

/// Whether token `i` looks like a finite verb or an auxiliary: the end of a subject.
pub fn verb_like(tokens: &[Token], i: usize, triggers: &[Trigger], lexicon: &Lexicon) -> bool {
    let word = tokens[i].lower.as_str();
    if proper(tokens, i) {
        return false;
    }
    if BE.contains(&word)
        || HAVE.contains(&word)
        || DO.contains(&word)
        || HYPOTHETICAL.contains(&word)
        || FUTURE.contains(&word)
    {
        return true;
    }
    if triggers.iter().any(|t| t.head == i && matches!(t.reading, Reading::Verb(_))) {
        return true;
    }
    let after_determiner = i > 0 && DETERMINERS.contains(&tokens[i - 1].lower.as_str());
    if after_determiner {
        return false;
    }
    // A past tense not in the lexicon still ends the subject: "Kadhimi made Iran the destination".
    let after_name = i > 0 && (tokens[i - 1].capital || tokens[i - 1].is_any(&["he", "she", "they", "it", "we"]));
    let regular_past = after_name && word.len() > 4 && word.ends_with("ed") && !word.contains('-');
    COMMON_VERBS.contains(&word) || regular_past || lexicon.verb_forms(word).iter().any(|(_, f)| *f == VerbForm::Past)
}

/// Fixes each clause's subject region: from its start to its first verb.
pub fn find_subjects(clauses: &mut [Clause], tokens: &[Token], triggers: &[Trigger], lexicon: &Lexicon) {
    for clause in clauses.iter_mut() {
        let first = tokens[clause.start].lower.as_str();
        let opens = [RELATIVE, CONDITIONAL, SUBORDINATE, &["and", "or"]].iter().any(|list| list.contains(&first));
        let opener = usize::from(clause.kind != ClauseKind::Main && opens);
        let from = clause.start + opener;
        clause.subject_start = from;
        clause.subject_end =
            (from..clause.end).find(|&i| verb_like(tokens, i, triggers, lexicon)).unwrap_or(clause.end);
    }
}

/// The actors that are the subject of a clause, climbing to the antecedent of a relative clause
/// and to the previous clause for a coordinated one.
pub fn subject_actors(clauses: &[Clause], index: usize, tokens: &[Token], spans: &[ActorSpan]) -> Vec<usize> {
    let clause = &clauses[index];
    let own = head_actors(spans, tokens, clause.subject_start, clause.subject_end);
    if !own.is_empty() || index == 0 {
        return own;
    }
    let previous = &clauses[index - 1];
    match clause.kind {
        // "Anna Berg, whom it detained": the noun before "whom" is the object, never the subject.
        ClauseKind::Relative if !tokens[clause.start].is("whom") => {
            antecedent(clause, previous, spans).into_iter().collect()
        }
        ClauseKind::Subordinate if clause.subject_end <= clause.start + 1 => {
            subject_actors(clauses, index - 1, tokens, spans)
        }
        _ => Vec::new(),
    }
}

/// The actor a relative clause refers back to: the one named just before it.
pub fn antecedent(clause: &Clause, previous: &Clause, spans: &[ActorSpan]) -> Option<usize> {
    spans
        .iter()
        .rev()
        .find(|s| !s.modifier && s.end <= clause.start && s.end + 4 >= clause.start && s.first >= previous.start)
        .map(|s| s.actor)
}

/// The actor heading the noun phrase in `from..to` (the last one not governed by a preposition:
/// "US special envoy Mark Savaya" is Savaya) and those coordinated with it ("A and B leaders").
pub fn head_actors(spans: &[ActorSpan], tokens: &[Token], from: usize, to: usize) -> Vec<usize> {
    let free = free_actors(spans, tokens, from, to);
    let Some(&head) = free.last() else {
        return Vec::new();
    };
    let mut chosen = vec![head];
    let mut left = head.first;
    for span in free.iter().rev().skip(1) {
        let between = &tokens[span.end.min(left)..left];
        let joined = between.iter().any(|t| t.is_any(&["and", "nor", "or", ","]))
            && between.iter().all(|t| t.is_any(&["and", "nor", "or", ",", "both", "either", "neither", "the"]));
        if !joined {
            break;
        }
        chosen.insert(0, *span);
        left = span.first;
    }
    let mut actors: Vec<usize> = Vec::new();
    for span in chosen {
        if !actors.contains(&span.actor) {
            actors.push(span.actor);
        }
    }
    actors
}

/// Actor spans in `from..to` that are not modifiers nor objects of a preposition.
fn free_actors<'a>(spans: &'a [ActorSpan], tokens: &[Token], from: usize, to: usize) -> Vec<&'a ActorSpan> {
    let mut actors = Vec::new();
    // Spans already seen, with whether a preposition governs them: "including A and B" governs both.
    let mut seen: Vec<(&ActorSpan, bool)> = Vec::new();
    for span in spans.iter().filter(|s| s.first >= from && s.end <= to && !s.modifier) {
        let governed = (from..span.first).rev().take(4).find_map(|i| {
            let word = tokens[i].lower.as_str();
            if PREPOSITIONS.contains(&word) {
                Some(true)
            } else if word == "," || word == "and" || word == "or" {
                Some(i > 0 && seen.iter().any(|(s, g)| *g && s.end == i))
            } else if tokens[i].is_word() && tokens[i].capital && !tokens[i].possessive() {
                Some(false)
            } else {
                None
            }
        });
        let governed = governed == Some(true);
        seen.push((span, governed));
        if !governed {
            actors.push(span);
        }
    }
    actors
}

/// The first actor after token `from` (before `to`), and the actors coordinated with it.
pub fn object_actors(spans: &[ActorSpan], tokens: &[Token], from: usize, to: usize) -> Vec<usize> {
    // The object ends where an infinitive begins ("blocked a plan to import gas via Iran") and
    // where the attribution begins ("…, according to The Herald").
    let to = (from..to)
        .find(|&i| {
            let infinitive = tokens[i].is("to")
                && tokens.get(i + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.capital
                        && !n.is_any(DETERMINERS)
                        && !n.lower.starts_with(|c: char| c.is_ascii_digit())
                });
            infinitive || tokens[i].is_any(&["according", "citing"])
        })
        .unwrap_or(to);
    let candidates: Vec<&ActorSpan> = spans.iter().filter(|s| s.first >= from && s.end <= to && !s.modifier).collect();
    let Some(mut first) = candidates.first().copied() else {
        return Vec::new();
    };
    let mut rest = &candidates[1..];
    // "the leader of Iraq's National Wisdom Movement": the possessed actor, not its owner.
    if tokens[first.end - 1].possessive() {
        if let Some(next) = rest.first().filter(|n| n.first == first.end) {
            first = next;
            rest = &rest[1..];
        }
    }
    // "IRGC leader Qassem Soleimani", "US Secretary of State Marco Rubio": a title between two
    // names makes the second the head.
    while let Some(next) = rest.first().filter(|n| n.first >= first.end && title(&tokens[first.end..n.first])) {
        first = next;
        rest = &rest[1..];
    }
    let mut actors = vec![first.actor];
    let mut last_end = first.end;
    for span in rest {
        let between = &tokens[last_end..span.first];
        const JOINS: &[&str] = &["and", "or", ",", "the", "both", "either", "nor"];
        let plain = between.len() <= 4 && between.iter().all(|t| t.is_any(JOINS));
        // "Rubio and Iraqi Prime Minister Sudani": a conjunction, then a title.
        let titled = between.len() > 1 && between[0].is_any(&["and", ","]) && title(&between[1..]);
        let coordinated = between.iter().any(|t| t.is_any(&["and", ","])) && (plain || titled);
        if !coordinated {
            break;
        }
        if !actors.contains(&span.actor) {
            actors.push(span.actor);
        }
        last_end = span.end;
    }
    actors
}

/// Words between two names that make a title: one or two lowercase words ("leader"), or up to
/// four capitalised ones with "of" ("Secretary of State").
fn title(between: &[Token]) -> bool {
    let words = between.iter().all(|t| t.is_word() && !t.is_any(&["and", "or"]));
    let short = between.len() <= 2 && between.iter().all(|t| !PREPOSITIONS.contains(&t.lower.as_str()));
    let capitalised = between.len() <= 4 && between.iter().all(|t| t.capital || t.is_any(&["of", "the"]));
    !between.is_empty() && words && (short || capitalised)
}

/// The actor after "by" in `from..to`: the agent of a passive.
pub fn agent_actor(spans: &[ActorSpan], tokens: &[Token], from: usize, to: usize) -> Option<usize> {
    let by = (from..to).find(|&i| tokens[i].is("by"))?;
    spans.iter().find(|s| s.first > by && s.first <= by + 4 && s.end <= to && !s.modifier).map(|s| s.actor)
}

/// A capitalised word inside the sentence: part of a name, never a verb ("State Department").
pub fn proper(tokens: &[Token], i: usize) -> bool {
    i > 0 && tokens[i].capital && !tokens[i - 1].is_any(&["“", "\"", "(", "—", "‘"])
}

/// The index of the token before `i`, skipping adverbs.
pub fn before_adverbs(tokens: &[Token], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| !is_adverb(&tokens[j].lower))
}

/// A past participle under "be", or after a comma and before a preposition ("The deal, finalized on").
pub fn passive(tokens: &[Token], trigger: &Trigger) -> bool {
    if trigger.reading != Reading::Verb(VerbForm::Past) {
        return false;
    }
    let previous = before_adverbs(tokens, trigger.head).map(|p| tokens[p].lower.as_str());
    if previous.is_some_and(|w| BE.contains(&w) || w == "got") {
        return true;
    }
    let next = tokens.get(trigger.end).map(|t| t.lower.as_str());
    // "Berg, the envoy, said on 5 April" is active: a speech verb is not a reduced passive.
    let speech = trigger.code.starts_with("01");
    next == Some("by") || (!speech && previous == Some(",") && next.is_some_and(|w| PREPOSITIONS.contains(&w)))
}
