//! Documents: their metadata, cleaned text, paragraphs and sentences.

use super::{DateValue, Timex};
use serde::{Deserialize, Serialize};

/// One article of the corpus after cleaning and segmentation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file stem: stable, unique in a folder, safe in a URL.
    pub doc_id: String,
    /// The file name inside the corpus folder.
    pub file: String,
    pub title: String,
    /// Where the title came from.
    pub title_source: TitleSource,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The publication date (document creation time), if known or inferred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DocDate>,
    pub word_count: usize,
    /// The cleaned text: page chrome removed, paragraphs joined by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// Lines of the source file the cleaner removed, with the rule that removed them.
    #[serde(default)]
    pub removed: Vec<RemovedLine>,
    /// Time expressions found in the text, in text order.
    #[serde(default)]
    pub timexes: Vec<Timex>,
}

impl Document {
    /// The text of a span of this document, empty if the span is out of range.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or("")
    }

    pub fn sentence_text(&self, index: usize) -> &str {
        self.sentences.get(index).map_or("", |s| self.slice(s.start, s.end))
    }

    /// The sentence that contains a byte offset.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let index = self.sentences.partition_point(|s| s.end <= offset);
        (index < self.sentences.len() && self.sentences[index].start <= offset).then_some(index)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleSource {
    /// Given in corpus.toml.
    Metadata,
    /// The file's first line, taken as its headline.
    FirstLine,
}

/// A publication date with how it is known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocDate {
    #[serde(flatten)]
    pub date: DateValue,
    /// True where the pipeline inferred the date from the text rather than metadata.
    pub inferred: bool,
    /// What supports the date: quotes of the source with their line numbers.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// A line of the source file and the words on it that support a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub line: usize,
    pub quote: String,
}

/// A paragraph: a byte range of the cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// A short line without final punctuation between paragraphs: a section heading.
    #[serde(default)]
    pub heading: bool,
    /// The line of the source file the paragraph starts on (1-based).
    pub line: usize,
}

/// A sentence: a byte range of the cleaned text inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// A source line the cleaner dropped, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedLine {
    pub line: usize,
    pub text: String,
    pub reason: String,
}
