//! Actor mentions as token spans of a sentence, with personal pronouns resolved to a person.

use super::clause::ActorSpan;
use super::tokens::Token;
use super::words::PERSON_PRONOUNS;
use std::collections::HashMap;
use tightrope_core::{Actor, ActorKind, Document};

/// How far back (in bytes) a pronoun looks for the person it names.
const PRONOUN_REACH: usize = 400;

/// Every actor mention of every document, by document id, as `(start, end, actor index)`: one
/// pass over the actors, so that each document then costs only its own mentions.
pub fn mentions_by_document(actors: &[Actor]) -> HashMap<&str, Vec<(usize, usize, usize)>> {
    let mut by_document: HashMap<&str, Vec<(usize, usize, usize)>> = HashMap::new();
    for (i, actor) in actors.iter().enumerate() {
        for m in &actor.mentions {
            by_document.entry(m.doc_id.as_str()).or_default().push((m.start, m.end, i));
        }
    }
    by_document
}

/// The mentions of one document, in text order, the longest kept where they overlap.
pub fn actor_mentions(mut all: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    all.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut kept: Vec<(usize, usize, usize)> = Vec::new();
    for mention in all {
        if kept.last().is_none_or(|last| mention.0 >= last.1) {
            kept.push(mention);
        }
    }
    kept
}

/// The mentions (sorted and disjoint, as [`actor_mentions`] gives them) that overlap the bytes
/// `start..end`: found by binary search, so a sentence costs its own mentions, not the document's.
fn overlapping(mentions: &[(usize, usize, usize)], start: usize, end: usize) -> &[(usize, usize, usize)] {
    let from = mentions.partition_point(|m| m.1 <= start);
    let to = from + mentions[from..].partition_point(|m| m.0 < end);
    &mentions[from..to]
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
    let (Some(first_token), Some(last_token)) = (tokens.first(), tokens.last()) else {
        return Vec::new();
    };
    let mut spans = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if token.is_any(PERSON_PRONOUNS) {
            if let Some(actor) = antecedent(token.start, mentions, actors, document, sentence) {
                spans.push(ActorSpan { actor, first: i, end: i + 1, modifier: false });
            }
        }
    }
    // How many quotation marks are open before each token.
    let mut open_quotes = Vec::with_capacity(tokens.len());
    let mut open = 0i32;
    for token in tokens {
        open_quotes.push(open);
        open += i32::from(token.is("“")) - i32::from(token.is("”"));
    }
    for &(start, end, actor) in overlapping(mentions, first_token.start, last_token.end) {
        let first = tokens.partition_point(|t| t.end <= start);
        let Some(last) = tokens.partition_point(|t| t.start < end).checked_sub(1) else {
            continue;
        };
        if first > last || tokens[first].start >= end {
            continue;
        }
        // "Iran" inside "Iran-backed" modifies the noun after it.
        let modifier = tokens[last].end > end && tokens[last].lower.contains('-') && !tokens[last].possessive();
        spans.push(ActorSpan { actor, first, end: last + 1, modifier: modifier || open_quotes[first] > 0 });
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
        let range = document.sentences.get(index)?;
        overlapping(mentions, range.start, range.end)
            .iter()
            .filter(person)
            .find(|m| m.0 >= range.start && m.1 <= range.end)
            .map(|m| m.2)
    })
}
