//! Actor mentions as token spans of a sentence, with personal pronouns resolved to a person.

use super::clause::ActorSpan;
use super::tokens::Token;
use super::words::PERSON_PRONOUNS;
use tightrope_core::{Actor, ActorKind, Document};

/// How far back (in bytes) a pronoun looks for the person it names.
const PRONOUN_REACH: usize = 400;

/// Every mention of an actor in the document, longest first where they overlap.
pub fn actor_mentions(document: &Document, actors: &[Actor]) -> Vec<(usize, usize, usize)> {
    let mut all: Vec<(usize, usize, usize)> = actors
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.mentions.iter().filter(|m| m.doc_id == document.doc_id).map(move |m| (m.start, m.end, i)))
        .collect();
    all.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut kept: Vec<(usize, usize, usize)> = Vec::new();
    for mention in all {
        if kept.last().is_none_or(|last| mention.0 >= last.1) {
            kept.push(mention);
        }
    }
    kept
}

/// The actor mentions of a sentence as token spans, with "he", "his", "she" resolved to a person
/// named before them. Actors inside quotation marks are quoted words, not participants.
pub fn actor_spans(
    tokens: &[Token],
    mentions: &[(usize, usize, usize)],
    actors: &[Actor],
    document: &Document,
    sentence: usize,
) -> Vec<ActorSpan> {
    let mut spans = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if token.is_any(PERSON_PRONOUNS) {
            if let Some(actor) = antecedent(token.start, mentions, actors, document, sentence) {
                spans.push(ActorSpan { actor, first: i, end: i + 1, modifier: false });
            }
        }
    }
    for &(start, end, actor) in mentions {
        let Some(first) = tokens.iter().position(|t| t.end > start) else {
            continue;
        };
        let Some(last) = tokens.iter().rposition(|t| t.start < end) else {
            continue;
        };
        if first > last || tokens[first].start >= end {
            continue;
        }
        // "Iran" inside "Iran-backed" modifies the noun after it.
        let modifier = tokens[last].end > end && tokens[last].lower.contains('-') && !tokens[last].possessive();
        let opened = tokens[..first].iter().filter(|t| t.is("“")).count();
        let closed = tokens[..first].iter().filter(|t| t.is("”")).count();
        spans.push(ActorSpan { actor, first, end: last + 1, modifier: modifier || opened > closed });
    }
    spans.sort_by_key(|s| (s.first, s.end));
    spans
}

/// The person a pronoun names: the first person named earlier in its sentence, else the first
/// person named in one of the two sentences before (the subject, more often than not).
fn antecedent(
    offset: usize,
    mentions: &[(usize, usize, usize)],
    actors: &[Actor],
    document: &Document,
    sentence: usize,
) -> Option<usize> {
    let person = |&&(start, end, actor): &&(usize, usize, usize)| {
        actors[actor].kind == ActorKind::Person && end <= offset && offset - start <= PRONOUN_REACH * 2
    };
    (0..=2).filter_map(|back| sentence.checked_sub(back)).find_map(|index| {
        let range = &document.sentences[index];
        mentions.iter().filter(person).find(|m| m.0 >= range.start && m.1 <= range.end).map(|m| m.2)
    })
}
