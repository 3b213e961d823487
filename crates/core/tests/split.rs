//! The corpus split for the viewer: the timeline's corpus reads every quote as the whole corpus
//! does, and the fetched parts give back each document and each actor's sentences.

mod common;

use tightrope_core::query::{actor_sentences, document_marks};
use tightrope_core::split::split_corpus;
use tightrope_core::*;

/// `six_events` with actor mentions and a role whose evidence is in a sentence no event quotes.
fn corpus() -> Corpus {
    let mut corpus = common::six_events();
    let d3 = corpus.documents[2].clone();
    corpus.documents[2].text.push_str(" The council named Sadr leader.");
    let end = corpus.documents[2].text.len();
    corpus.documents[2].sentences.push(Sentence { start: d3.text.len() + 1, end, paragraph: 0 });
    corpus.documents[2].paragraphs[0].end = end;
    let text = corpus.documents[2].text.clone();
    let at = |word: &str| text.find(word).unwrap();
    corpus.actors[4].roles.push(Role {
        title: "leader".into(),
        during: None,
        evidence: Mention { doc_id: "d3".into(), start: at("The council"), end: text.len() },
    });
    for (actor, doc, word) in [(0, 0, "Iraq"), (1, 0, "Iran"), (0, 1, "Iraq"), (4, 2, "Sadr")] {
        let text = &corpus.documents[doc].text;
        let start = text.find(word).unwrap();
        let doc_id = corpus.documents[doc].doc_id.clone();
        corpus.actors[actor].mentions.push(Mention { doc_id, start, end: start + word.len() });
    }
    corpus
}

#[test]
fn the_timeline_quotes_what_the_whole_corpus_quotes() {
    let corpus = corpus();
    let split = split_corpus(&corpus);
    let slim = &split.timeline;
    for (event, whole) in slim.events.iter().zip(&corpus.events) {
        for (m, n) in event.mentions.iter().zip(&whole.mentions) {
            assert!(!corpus.quote(n).is_empty());
            assert_eq!(slim.quote(m), corpus.quote(n), "{}", event.event_id);
            assert_eq!(m.sentence, n.sentence);
        }
    }
    let role = &slim.actors[4].roles[0].evidence;
    assert_eq!(slim.documents[2].slice(role.start, role.end), "The council named Sadr leader.");
    // The slim texts hold only the excerpts: d1's three quoted sentences, joined by line breaks.
    assert_eq!(slim.documents[0].text, corpus.documents[0].text.replace(". ", ".\n"));
    assert!(slim.documents.iter().all(|d| d.sentences.is_empty() && d.paragraphs.is_empty()));
    assert!(slim.actors.iter().all(|a| a.mentions.is_empty()));
    assert_eq!(split.counts.sentences, 7);
}

#[test]
fn the_fetched_parts_give_back_documents_marks_and_sentences() {
    let corpus = corpus();
    let split = split_corpus(&corpus);
    for (d, whole) in corpus.documents.iter().enumerate() {
        let text = &split.documents[d];
        assert_eq!(text.restore(&split.timeline.documents[d]), *whole);
        assert_eq!(text.marks(), document_marks(&corpus, whole));
    }
    for (a, actor) in corpus.actors.iter().enumerate() {
        let expected: Vec<(String, usize)> =
            actor_sentences(&corpus, actor).into_iter().map(|(d, s)| (d.doc_id.clone(), s)).collect();
        let got: Vec<(String, usize)> =
            split.actors[a].sentences.iter().map(|s| (s.doc_id.clone(), s.sentence)).collect();
        assert_eq!(got, expected, "{}", actor.actor_id);
    }
    assert_eq!(split.actors[4].sentences[0].text, "The council named Sadr leader.");
    // Round trip through JSON, as the files are written and fetched.
    let json = serde_json::to_string(&split.documents[0]).unwrap();
    assert_eq!(serde_json::from_str::<split::DocumentText>(&json).unwrap(), split.documents[0]);
}
