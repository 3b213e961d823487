//! The corpus split for the viewer, so that the first paint pays only for the timeline: the
//! timeline's corpus (embedded in the app) and, as files fetched on first need, each document's
//! text and each actor's sentences.
//!
//! The timeline's corpus is a [`Corpus`] whose documents keep their metadata but, for text, only
//! the excerpts the timeline quotes (event sentences, role evidence), joined by line breaks; every
//! span that points into them (event mentions, role evidence) is moved to match, so
//! [`Corpus::quote`] and the index read it as before. Paragraphs, sentences, time expressions,
//! removed lines and actor mentions go to the fetched files. Everything else is unchanged, and
//! documents, actors and events keep their order, so an index into one is an index into the other.

use crate::model::{Corpus, Document, Mention, Paragraph, RemovedLine, Sentence, Timex};
use crate::query::{actor_sentences, Mark, MarkKind};
use serde::{Deserialize, Serialize};

/// What the reader needs of a document and the timeline does not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentText {
    pub doc_id: String,
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    #[serde(default)]
    pub removed: Vec<RemovedLine>,
    #[serde(default)]
    pub timexes: Vec<Timex>,
    /// Every actor mention in this document, in text order.
    #[serde(default)]
    pub actor_mentions: Vec<ActorMention>,
}

/// An actor named at a span of a document's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorMention {
    pub actor_id: String,
    pub start: usize,
    pub end: usize,
}

/// What an actor's page needs and the timeline does not: the sentences that name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorSentences {
    pub actor_id: String,
    pub sentences: Vec<QuotedSentence>,
    /// For each of the actor's roles, the index of the sentence its evidence is in.
    #[serde(default)]
    pub role_sentences: Vec<Option<usize>>,
}

/// A sentence of a document, with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotedSentence {
    pub doc_id: String,
    /// The sentence's index in its document, 0 for the first.
    pub sentence: usize,
    pub text: String,
}

/// Counts over the whole corpus that the slim documents no longer carry (the About page's).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusCounts {
    pub sentences: usize,
    pub timexes: usize,
    pub removed: usize,
}

/// The corpus in its parts: [`split_corpus`] makes them.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitCorpus {
    /// Embedded in the app.
    pub timeline: Corpus,
    /// One per document, in corpus order.
    pub documents: Vec<DocumentText>,
    /// One per actor, in corpus order.
    pub actors: Vec<ActorSentences>,
    pub counts: CorpusCounts,
}

/// The byte ranges of `text` to keep, merged where they overlap or touch, in order.
fn merged(mut spans: Vec<(usize, usize)>, text: &str) -> Vec<(usize, usize)> {
    spans.retain(|&(s, e)| s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
    spans.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (start, end) in spans {
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// Where a span of the full text lands in the excerpts: `None` if no excerpt holds it whole.
fn moved(excerpts: &[(usize, usize, usize)], start: usize, end: usize) -> Option<(usize, usize)> {
    let at = excerpts.partition_point(|&(_, e, _)| e < end);
    let &(s, e, to) = excerpts.get(at)?;
    (s <= start && end <= e).then(|| (start - s + to, end - s + to))
}

/// Splits a corpus; see the module's documentation.
pub fn split_corpus(corpus: &Corpus) -> SplitCorpus {
    let actors: Vec<ActorSentences> = corpus
        .actors
        .iter()
        .map(|actor| ActorSentences {
            actor_id: actor.actor_id.clone(),
            sentences: actor_sentences(corpus, actor)
                .into_iter()
                .map(|(doc, sentence)| QuotedSentence {
                    doc_id: doc.doc_id.clone(),
                    sentence,
                    text: doc.sentence_text(sentence).to_string(),
                })
                .collect(),
            role_sentences: actor
                .roles
                .iter()
                .map(|role| corpus.document(&role.evidence.doc_id)?.sentence_at(role.evidence.start))
                .collect(),
        })
        .collect();
    let counts = CorpusCounts {
        sentences: corpus.documents.iter().map(|d| d.sentences.len()).sum(),
        timexes: corpus.documents.iter().map(|d| d.timexes.len()).sum(),
        removed: corpus.documents.iter().map(|d| d.removed.len()).sum(),
    };
    let mut timeline = corpus.clone();
    let mut documents = Vec::with_capacity(corpus.documents.len());
    // Where an id repeats, the first holds it, as the corpus's own look-ups do.
    let positions: std::collections::HashMap<&str, usize> =
        corpus.documents.iter().enumerate().rev().map(|(i, d)| (d.doc_id.as_str(), i)).collect();
    // The spans the timeline quotes, per document.
    let mut wanted: Vec<Vec<(usize, usize)>> = vec![Vec::new(); corpus.documents.len()];
    let mut actor_mentions: Vec<Vec<ActorMention>> = vec![Vec::new(); corpus.documents.len()];
    for event in &corpus.events {
        for m in &event.mentions {
            if let Some(&d) = positions.get(m.doc_id.as_str()) {
                wanted[d].push((m.start, m.end));
            }
        }
    }
    for actor in &corpus.actors {
        for role in &actor.roles {
            if let Some(&d) = positions.get(role.evidence.doc_id.as_str()) {
                wanted[d].push((role.evidence.start, role.evidence.end));
            }
        }
        for m in &actor.mentions {
            if let Some(&d) = positions.get(m.doc_id.as_str()) {
                actor_mentions[d].push(ActorMention { actor_id: actor.actor_id.clone(), start: m.start, end: m.end });
            }
        }
    }
    // Each excerpt: its start and end in the full text, and where it starts in the slim one.
    let mut excerpts: Vec<Vec<(usize, usize, usize)>> = Vec::with_capacity(corpus.documents.len());
    for (d, doc) in timeline.documents.iter_mut().enumerate() {
        let mut text = String::new();
        let mut placed = Vec::new();
        for (start, end) in merged(std::mem::take(&mut wanted[d]), &doc.text) {
            if !text.is_empty() {
                text.push('\n');
            }
            placed.push((start, end, text.len()));
            text.push_str(&doc.text[start..end]);
        }
        excerpts.push(placed);
        let mut mentions = std::mem::take(&mut actor_mentions[d]);
        mentions.sort_by_key(|m| (m.start, m.end));
        documents.push(DocumentText {
            doc_id: doc.doc_id.clone(),
            text: std::mem::replace(&mut doc.text, text),
            paragraphs: std::mem::take(&mut doc.paragraphs),
            sentences: std::mem::take(&mut doc.sentences),
            removed: std::mem::take(&mut doc.removed),
            timexes: std::mem::take(&mut doc.timexes),
            actor_mentions: mentions,
        });
    }
    let move_span = |doc_id: &str, start: &mut usize, end: &mut usize| {
        let span = positions.get(doc_id).and_then(|&d| moved(&excerpts[d], *start, *end));
        // A span outside the text (a broken mention) stays broken: empty.
        let (s, e) = span.unwrap_or((0, 0));
        (*start, *end) = (s, e);
    };
    for event in &mut timeline.events {
        for m in &mut event.mentions {
            move_span(&m.doc_id, &mut m.start, &mut m.end);
        }
    }
    for actor in &mut timeline.actors {
        actor.mentions = Vec::new();
        for role in &mut actor.roles {
            let Mention { doc_id, start, end } = &mut role.evidence;
            move_span(doc_id, start, end);
        }
    }
    SplitCorpus { timeline, documents, actors, counts }
}

impl DocumentText {
    /// The whole document: the timeline's metadata with this text and its structure.
    pub fn restore(&self, slim: &Document) -> Document {
        Document {
            text: self.text.clone(),
            paragraphs: self.paragraphs.clone(),
            sentences: self.sentences.clone(),
            removed: self.removed.clone(),
            timexes: self.timexes.clone(),
            ..slim.clone()
        }
    }

    /// The document's actor mentions and time expressions as [`crate::query::document_marks`]
    /// gives them for a whole corpus.
    pub fn marks(&self) -> Vec<Mark> {
        let actors = self.actor_mentions.iter().map(|m| Mark {
            start: m.start,
            end: m.end,
            kind: MarkKind::Actor(m.actor_id.clone()),
        });
        let times =
            self.timexes.iter().map(|t| Mark { start: t.start, end: t.end, kind: MarkKind::Time(t.value.clone()) });
        crate::query::without_overlaps(&self.text, actors.chain(times).collect())
    }
}
