//! Golden test of the seed corpus's document layer: metadata, removed chrome, paragraphs and
//! sentences, as a reviewer reads them. (Time, actors and events have snapshots of their own.)

use std::fmt::Write;
use std::path::Path;

#[test]
fn seed_documents() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let built = tightrope_extract::build_corpus(&seeds).expect("the seeds build");
    let txt_files = std::fs::read_dir(&seeds)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .count();
    assert_eq!(built.corpus.documents.len(), txt_files, "documents in = documents out");

    let mut out = String::new();
    for doc in &built.corpus.documents {
        writeln!(out, "== {} ({:?})", doc.doc_id, doc.title_source).unwrap();
        writeln!(out, "title: {}", doc.title).unwrap();
        writeln!(out, "publisher: {:?}; author: {:?}", doc.publisher, doc.author).unwrap();
        match &doc.date {
            Some(date) => writeln!(
                out,
                "date: {} ({}, {}{})",
                date.date.value,
                date.date.label(),
                date.date.precision.label(),
                if date.inferred { ", inferred" } else { "" }
            )
            .unwrap(),
            None => writeln!(out, "date: unknown").unwrap(),
        }
        writeln!(
            out,
            "words: {}; paragraphs: {}; sentences: {}",
            doc.word_count,
            doc.paragraphs.len(),
            doc.sentences.len()
        )
        .unwrap();
        for removed in &doc.removed {
            writeln!(out, "removed line {} ({}): {}", removed.line, removed.reason, removed.text).unwrap();
        }
        for (index, sentence) in doc.sentences.iter().enumerate() {
            let paragraph = &doc.paragraphs[sentence.paragraph];
            let marker = if paragraph.heading { "#" } else { " " };
            writeln!(
                out,
                "{marker}{:>3} L{:<3} {}",
                index + 1,
                paragraph.line,
                doc.slice(sentence.start, sentence.end)
            )
            .unwrap();
        }
        out.push('\n');
    }
    insta::assert_snapshot!(out);
}
