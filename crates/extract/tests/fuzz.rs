//! Fuzz targets: hostile corpus folders, text for the time tagger, huge sentences for actors and events.
//!
//! `cargo test` runs a short pass (64 cases a target, 16 for huge sentences); `cargo xtask fuzz --seconds N` runs each
//! target for about N seconds in a release build. Settings come from the environment:
//! `TIGHTROPE_FUZZ_CASES` (cases per target), `TIGHTROPE_FUZZ_SECONDS` (stop generating after
//! that long in this process), `TIGHTROPE_FUZZ_FORK=1` (run cases in a child process, so a stack
//! overflow or a hang is a failure proptest can shrink), `TIGHTROPE_FUZZ_TIMEOUT_MS` (per case,
//! with fork) and `TIGHTROPE_FUZZ_TOLERATE` (`|`-separated panic messages to pass over while
//! a known crash awaits its fix). Failures are saved in `tests/proptest-regressions/fuzz.txt`
//! and replayed first on every run.

mod hostile;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use std::sync::OnceLock;
use std::time::Instant;
use tightrope_core::{Corpus, Day, Document, Paragraph, Precision, Sentence, TitleSource};
use tightrope_extract::time::{self, DocTime, Style};

const REGRESSIONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/proptest-regressions/fuzz.txt");

fn env_number(name: &str, default: u32) -> u32 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The settings of a target that runs `default_cases` cases unless `TIGHTROPE_FUZZ_CASES` says otherwise.
fn config(default_cases: u32) -> ProptestConfig {
    let fork = std::env::var("TIGHTROPE_FUZZ_FORK").is_ok_and(|v| v == "1");
    ProptestConfig {
        cases: env_number("TIGHTROPE_FUZZ_CASES", default_cases),
        fork,
        timeout: if fork { env_number("TIGHTROPE_FUZZ_TIMEOUT_MS", 20_000) } else { 0 },
        max_shrink_time: 120_000,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(REGRESSIONS))),
        ..ProptestConfig::default()
    }
}

/// True once this process has fuzzed for `TIGHTROPE_FUZZ_SECONDS`; later cases pass untried.
fn budget_spent() -> bool {
    static START: OnceLock<Instant> = OnceLock::new();
    let Some(seconds) = std::env::var("TIGHTROPE_FUZZ_SECONDS").ok().and_then(|s| s.parse::<f64>().ok()) else {
        return false;
    };
    START.get_or_init(Instant::now).elapsed().as_secs_f64() > seconds
}

/// Runs `stage`; a panic whose message `TIGHTROPE_FUZZ_TOLERATE` names gives `None`, any other panics on.
fn guarded<T>(stage: impl FnOnce() -> T) -> Option<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(stage)) {
        Ok(value) => Some(value),
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let tolerated = std::env::var("TIGHTROPE_FUZZ_TOLERATE").unwrap_or_default();
            if tolerated.split('|').any(|known| !known.is_empty() && message.contains(known)) {
                None
            } else {
                std::panic::resume_unwind(payload)
            }
        }
    }
}

/// A span of `text` must be in range, on character boundaries and not reversed.
fn check_span(text: &str, start: usize, end: usize, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} is not a span of a {}-byte text",
        text.len()
    );
    Ok(())
}

/// What every built corpus must keep: one document a file, spans inside their texts, links that resolve.
fn check_corpus(corpus: &Corpus, files: usize) -> Result<(), TestCaseError> {
    prop_assert_eq!(corpus.documents.len(), files, "documents in must equal documents out");
    let mut doc_ids: Vec<&str> = corpus.documents.iter().map(|d| d.doc_id.as_str()).collect();
    doc_ids.sort_unstable();
    prop_assert!(doc_ids.windows(2).all(|w| w[0] != w[1]), "document ids collide: {:?}", doc_ids);
    for document in &corpus.documents {
        let text = &document.text;
        for p in &document.paragraphs {
            check_span(text, p.start, p.end, "paragraph")?;
        }
        for s in &document.sentences {
            check_span(text, s.start, s.end, "sentence")?;
            prop_assert!(s.paragraph < document.paragraphs.len(), "sentence in paragraph {}", s.paragraph);
        }
        for t in &document.timexes {
            check_span(text, t.start, t.end, "timex")?;
            prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
        }
    }
    let document = |doc_id: &str| corpus.documents.iter().find(|d| d.doc_id == doc_id);
    for actor in &corpus.actors {
        for mention in &actor.mentions {
            let Some(doc) = document(&mention.doc_id) else {
                return Err(TestCaseError::fail(format!("{} mentioned in a missing document", actor.actor_id)));
            };
            check_span(&doc.text, mention.start, mention.end, "actor mention")?;
        }
    }
    for event in &corpus.events {
        for actor_id in event.actors.iter().chain(&event.source).chain(&event.target) {
            prop_assert!(corpus.actors.iter().any(|a| &a.actor_id == actor_id), "event names unknown actor {actor_id}");
        }
        for mention in &event.mentions {
            let Some(doc) = document(&mention.doc_id) else {
                return Err(TestCaseError::fail(format!("{} reported in a missing document", event.event_id)));
            };
            check_span(&doc.text, mention.start, mention.end, "event mention")?;
        }
    }
    let mut ids: Vec<&str> = corpus.events.iter().map(|e| e.event_id.as_str()).collect();
    ids.sort_unstable();
    let repeated = ids.windows(2).find(|pair| pair[0] == pair[1]);
    prop_assert!(repeated.is_none(), "event id {:?} is given twice", repeated);
    let json = tightrope_extract::to_json(corpus);
    prop_assert!(serde_json::from_str::<Corpus>(&json).is_ok(), "the corpus JSON reads back");
    Ok(())
}

/// A build error names the folder's file it is about, and the line when it is about a line of a file.
fn check_error(message: &str, dir: &std::path::Path) -> Result<(), TestCaseError> {
    let dir = dir.display().to_string();
    prop_assert!(message.starts_with(&dir), "the error does not start with the folder's path: {}", message);
    let located = |file: &str| {
        message.find(&format!("{file}:")).is_some_and(|at| {
            let rest = &message[at + file.len() + 1..];
            rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with(" cannot read")
        })
    };
    for file in ["corpus.toml", "actors.toml"] {
        if message[dir.len()..].starts_with(&format!("/{file}")) {
            prop_assert!(located(file), "an error in {} without its line: {}", file, message);
        }
    }
    Ok(())
}

/// A document that is one paragraph and one sentence, however long, with its time expressions.
fn one_sentence_document(text: &str) -> Document {
    Document {
        doc_id: "doc".into(),
        file: "doc.txt".into(),
        title: String::new(),
        title_source: TitleSource::FirstLine,
        publisher: None,
        author: None,
        date: None,
        word_count: text.split_whitespace().count(),
        text: text.to_string(),
        paragraphs: vec![Paragraph { start: 0, end: text.len(), heading: false, line: 1 }],
        sentences: vec![Sentence { start: 0, end: text.len(), paragraph: 0 }],
        removed: Vec::new(),
        timexes: time::tag_doc(text, &DocTime::default()),
    }
}

fn contexts() -> impl Strategy<Value = DocTime> {
    (prop::option::of((1i32..=9999, 1u32..13, 1u32..29)), 0usize..3, 0usize..3).prop_map(|(dct, p, style)| DocTime {
        dct: dct.and_then(|(y, m, d)| Day::new(y, m, d)),
        dct_precision: [Precision::Day, Precision::Month, Precision::Year][p],
        style: [Style::News, Style::Narrative, Style::Auto][style],
    })
}

proptest! {
    #![proptest_config(config(64))]

    /// (a) The corpus reader with metadata: Ok or Err, never a panic; Ok keeps every file.
    #[test]
    fn fuzz_corpus_folder(folder in hostile::folder()) {
        if budget_spent() {
            return Ok(());
        }
        let dir = folder.write("folder");
        let result = guarded(|| tightrope_extract::build_corpus(&dir));
        let _ = std::fs::remove_dir_all(&dir);
        if let Some(Err(error)) = &result {
            check_error(&error.to_string(), &dir)?;
        }
        if let Some(Ok(built)) = result {
            let articles = folder.articles.iter().filter(|a| !a.is_hidden());
            check_corpus(&built.corpus, articles.count())?;
            for hidden in folder.articles.iter().filter(|a| a.is_hidden()) {
                prop_assert!(built.warnings.iter().any(|w| w.to_string().contains(&hidden.file)), "{} skipped without a word", hidden.file);
            }
        }
    }

    /// (b) The time tagger over hostile article text, in every style and with any DCT.
    #[test]
    fn fuzz_time_tagger(text in hostile::article_text(), context in contexts()) {
        if budget_spent() {
            return Ok(());
        }
        let Some(timexes) = guarded(|| time::tag_doc(&text, &context)) else { return Ok(()) };
        let mut previous_end = 0;
        for t in &timexes {
            check_span(&text, t.start, t.end, "timex")?;
            prop_assert!(t.start >= previous_end, "timexes overlap or are out of order");
            prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
            previous_end = t.end;
        }
    }
}

// Kilobyte sentences cost more per case, so `cargo test` runs fewer of them.
proptest! {
    #![proptest_config(config(16))]

    /// (c) Actors and events over one sentence of kilobytes, as the stages receive it.
    #[test]
    fn fuzz_actors_events_huge_sentence(text in hostile::sentence_without_end()) {
        if budget_spent() {
            return Ok(());
        }
        let documents = [one_sentence_document(&text)];
        let Some(actors) = guarded(|| tightrope_extract::actors::find(&documents)) else { return Ok(()) };
        for actor in &actors {
            for mention in &actor.mentions {
                check_span(&text, mention.start, mention.end, "actor mention")?;
            }
        }
        let Some(events) = guarded(|| tightrope_extract::events::extract(&documents, &actors)) else { return Ok(()) };
        for event in &events {
            for mention in &event.mentions {
                check_span(&text, mention.start, mention.end, "event mention")?;
            }
        }
    }

    /// (c) The same huge sentence through the whole build, as one article file.
    #[test]
    fn fuzz_corpus_huge_sentence(text in hostile::sentence_without_end()) {
        if budget_spent() {
            return Ok(());
        }
        let folder = hostile::Folder {
            articles: vec![hostile::Article { file: "long.txt".into(), text, invalid_byte_at: None }],
            corpus_toml: None,
            actors_toml: None,
        };
        let dir = folder.write("sentence");
        let result = guarded(|| tightrope_extract::build_corpus(&dir));
        let _ = std::fs::remove_dir_all(&dir);
        if let Some(Ok(built)) = result {
            check_corpus(&built.corpus, 1)?;
        }
    }
}

/// Builds a folder holding one file and returns the result, the folder removed.
fn build_one(file: &str, text: &str) -> Result<tightrope_extract::Built, tightrope_extract::BuildError> {
    let folder = hostile::Folder {
        articles: vec![hostile::Article { file: file.into(), text: text.into(), invalid_byte_at: None }],
        corpus_toml: None,
        actors_toml: None,
    };
    let dir = folder.write("regression");
    let result = tightrope_extract::build_corpus(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

// Crashes found before the fuzz targets existed (issue 14), fixed since.

#[test]
fn regression_first_line_title_cut_inside_a_character() {
    let built = build_one("a.txt", &("a".repeat(89) + "é")).expect("a one-line article builds");
    assert_eq!(built.corpus.documents.len(), 1);
}

#[test]
fn regression_nested_day_before_overflowed_the_stack() {
    let text = "the day before ".repeat(5000) + "Tuesday.";
    let _ = time::tag_doc(&text, &DocTime::default());
}
