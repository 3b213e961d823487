//! Stage 7: assemble. Runs every stage over a corpus folder and builds the corpus JSON.

use crate::clean::{clean, is_heading_shape};
use crate::diagnostic::Diagnostic;
use crate::load::{load, LoadError, Source};
use crate::segment::segment;
use crate::{actors, events, time};
use std::path::Path;
use tightrope_core::{Anchor, Corpus, DocDate, Document, Paragraph, Sentence, TitleSource, SCHEMA_VERSION};

/// Why a corpus folder cannot be built; each message names the file and line to fix.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Overrides(#[from] actors::OverridesError),
    #[error("{files} article files were read but {documents} documents were built; please report this")]
    Lost { files: usize, documents: usize },
}

/// A built corpus and what the build should tell its user.
#[derive(Debug, Clone)]
pub struct Built {
    pub corpus: Corpus,
    /// How many `.txt` files the loader read: always the number of documents out.
    pub files_read: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Reads, cleans, segments and analyses every document of a corpus folder.
///
/// Documents in = documents out: each `.txt` file yields one document, or the build fails
/// naming the file.
pub fn build_corpus(dir: &Path) -> Result<Built, BuildError> {
    let loaded = load(dir)?;
    let overrides = actors::load_overrides(dir)?;
    let mut warnings: Vec<Diagnostic> = loaded.warnings;
    let documents: Vec<Document> =
        loaded.sources.iter().map(|source| build_document(dir, source, &mut warnings)).collect();
    if documents.len() != loaded.sources.len() {
        return Err(BuildError::Lost { files: loaded.sources.len(), documents: documents.len() });
    }
    let analysis = actors::analyse(&documents, &overrides);
    // Overrides that applied to nothing: the curator meant something the corpus does not have.
    warnings.extend(analysis.warnings);
    let actors = analysis.actors;
    let events = events::extract(&documents, &actors);
    let files_read = loaded.sources.len();
    let corpus = Corpus {
        schema: SCHEMA_VERSION,
        name: loaded.name,
        description: loaded.description,
        documents,
        actors,
        events,
    };
    Ok(Built { corpus, files_read, warnings })
}

fn build_document(dir: &Path, source: &Source, warnings: &mut Vec<Diagnostic>) -> Document {
    // Warnings name the file as the loader's do: the folder joined with the file name.
    let file = dir.join(&source.file);
    let cleaned = clean(&source.raw);
    let segmented = segment(&cleaned.text, &cleaned.paragraphs);
    if segmented.overlong > 0 {
        warnings.push(Diagnostic::warning(
            &file,
            None,
            format!(
                "{} run(s) of text with no sentence end for over {} bytes were cut into pieces; \
                 check that the file is prose with full stops",
                segmented.overlong,
                crate::segment::MAX_SENTENCE_BYTES
            ),
        ));
    }
    let sentences = segmented.sentences;
    let meta = source.meta.clone().unwrap_or_default();
    let (title, title_source) = match meta.title {
        Some(title) => (title, TitleSource::Metadata),
        None => (first_line_title(&cleaned.text), TitleSource::FirstLine),
    };
    if cleaned.text.is_empty() {
        warnings.push(Diagnostic::warning(&file, None, "no article text is left after removing page chrome"));
    }
    let mut date = meta.date.map(|date| DocDate { date, inferred: false, evidence: meta.evidence });
    let context = |date: Option<&DocDate>| time::DocTime::from_date(date.map(|d| &d.date), time::Style::Auto);
    let mut timexes = time::tag_doc(&cleaned.text, &context(date.as_ref()));
    if date.is_none() {
        // No metadata date: infer one from the text, then re-anchor against it.
        if let Some(mut inferred) = time::infer_dct(&cleaned.text, &sentences, &timexes) {
            for evidence in &mut inferred.evidence {
                evidence.line = source_line_of(&cleaned.text, &cleaned.paragraphs, &sentences, &evidence.quote);
            }
            // Re-anchor only on a date the text writes in full. A date whose year was itself
            // guessed ("August 11th" after "March 2023") would anchor the text on its own guess.
            let written_in_full =
                timexes.iter().any(|t| t.anchor == Anchor::Absolute && t.interval == inferred.date.interval);
            if written_in_full {
                timexes = time::tag_doc(&cleaned.text, &context(Some(&inferred)));
            }
            date = Some(inferred);
        }
    }
    let word_count = cleaned.text.split_whitespace().count();
    Document {
        doc_id: source.doc_id.clone(),
        file: source.file.clone(),
        title,
        title_source,
        publisher: meta.publisher,
        author: meta.author.or(cleaned.byline),
        date,
        word_count,
        text: cleaned.text,
        paragraphs: cleaned.paragraphs,
        sentences,
        removed: cleaned.removed,
        timexes,
    }
}

/// The source line of the paragraph holding `quote` (0 when the quote is not in the text).
fn source_line_of(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence], quote: &str) -> usize {
    let Some(offset) = text.find(quote) else { return 0 };
    sentences
        .iter()
        .find(|s| s.start <= offset && offset < s.end)
        .and_then(|s| paragraphs.get(s.paragraph))
        .map_or(0, |p| p.line)
}

/// The first line as a title: whole if it is headline-shaped, else cut at a word near 90 bytes.
fn first_line_title(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.is_empty() {
        return "Untitled".to_string();
    }
    if is_heading_shape(line) {
        return line.to_string();
    }
    crate::text::shorten(line, 90)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_first_lines_are_cut_at_a_word() {
        let title = first_line_title("The US has ramped up a series of behind-the-scenes pressure tactics on Iraq aimed at reducing Iranian influence across key sectors.");
        assert_eq!(title, "The US has ramped up a series of behind-the-scenes pressure tactics on Iraq aimed at…");
        assert_eq!(first_line_title("Washington urges Baghdad to act\n\nBody."), "Washington urges Baghdad to act");
    }
}
