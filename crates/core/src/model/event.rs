//! Events: who did what to whom, when, with the sentences that say so.

use super::DateValue;
use serde::{Deserialize, Serialize};

/// One action placed in time, merged across the documents that report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub event_id: String,
    pub date: EventDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub target: Vec<String>,
    /// Every actor id involved: source, targets and other participants.
    #[serde(default)]
    pub actors: Vec<String>,
    pub category: Category,
    /// CAMEO QuadClass 1–4, derived from the root code; absent for our own categories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quad: Option<u8>,
    /// Goldstein value, −10 (conflict) … +10 (cooperation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goldstein: Option<f32>,
    pub mentions: Vec<EventMention>,
    /// Left out of the JSON where no flag is set, as most events have none.
    #[serde(default, skip_serializing_if = "EventFlags::is_plain")]
    pub flags: EventFlags,
}

impl Event {
    /// How many distinct documents report this event.
    pub fn corroboration(&self) -> usize {
        let mut docs: Vec<&str> = self.mentions.iter().map(|m| m.doc_id.as_str()).collect();
        docs.sort_unstable();
        docs.dedup();
        docs.len()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    #[serde(flatten)]
    pub date: DateValue,
    /// True where the sentence has no time expression and the date comes from context.
    pub inherited: bool,
    /// Where the date comes from, so that a reader can check it.
    #[serde(default)]
    pub basis: DateBasis,
}

impl EventDate {
    /// A date the event's own sentence gives.
    pub fn from_sentence(date: DateValue) -> Self {
        EventDate { date, inherited: false, basis: DateBasis::Expression }
    }

    /// A date taken from an earlier sentence of the paragraph.
    pub fn from_context(date: DateValue) -> Self {
        EventDate { date, inherited: true, basis: DateBasis::Context }
    }

    /// A date counted from the document's publication date ("as of", "on or before").
    pub fn from_publication(date: DateValue) -> Self {
        EventDate { date, inherited: true, basis: DateBasis::Publication }
    }
}

/// Where an event's date comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// A time expression of the event's own sentence.
    #[default]
    Expression,
    /// A time expression of an earlier sentence of the same paragraph.
    Context,
    /// The document's publication date.
    Publication,
}

impl DateBasis {
    /// The basis in words, as the timeline shows it beside a derived date.
    pub fn words(self) -> &'static str {
        match self {
            DateBasis::Expression => "date from the sentence",
            DateBasis::Context => "date from context",
            DateBasis::Publication => "date from the publication",
        }
    }
}

/// A CAMEO code ("163") or one of our own categories ("ELECTION"), with its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub code: String,
    pub name: String,
}

/// Where a document reports an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    pub doc_id: String,
    pub sentence: usize,
    /// The sentence's byte span in the document's cleaned text; the quote is read from there
    /// ([`crate::Corpus::quote`]) rather than copied into every report of it.
    pub start: usize,
    pub end: usize,
    /// Who the text credits with the report ("according to three senior Iraqi officials").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventFlags {
    /// Planned or expected: in the future at the document date.
    #[serde(default, skip_serializing_if = "is_false")]
    pub expected: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub negated: bool,
    /// Reported speech: someone says it happened.
    #[serde(default, skip_serializing_if = "is_false")]
    pub reported: bool,
}

impl EventFlags {
    /// No flag set: a plain, asserted, past or present action.
    pub fn is_plain(&self) -> bool {
        *self == EventFlags::default()
    }
}

fn is_false(flag: &bool) -> bool {
    !flag
}
