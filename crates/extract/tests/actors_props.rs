//! No text makes the actors stage panic, and every mention it reports is a span of the text.

use proptest::prelude::*;
use tightrope_core::{Document, Paragraph, Sentence, TitleSource};

fn document(text: &str) -> Document {
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
        timexes: Vec::new(),
    }
}

const WORDS: &str = "(Iran|Iraq|al-Sudani|Sudani|Prime|Minister|US|U\\.S\\.|Washington|the|of|to|in|Kataib|Hezbollah|PMF|Forces|Popular|’s|'s|-|,|\\.|\\(|\\)|Brig\\.|Gen\\.|é|ü|Ali|Larijani|Secretary|State|said|and|as|envoy|[a-zA-Z]{1,8})";

proptest! {
    #[test]
    fn any_text_gives_valid_mentions(words in proptest::collection::vec(WORDS, 0..60), spaces in proptest::collection::vec(any::<bool>(), 60)) {
        let text: String = words.iter().zip(&spaces).map(|(w, s)| if *s { format!("{w} ") } else { w.clone() }).collect();
        let actors = tightrope_extract::actors::find(&[document(&text)]);
        for actor in &actors {
            for mention in &actor.mentions {
                prop_assert!(text.get(mention.start..mention.end).is_some_and(|s| !s.is_empty()));
            }
        }
    }

    #[test]
    fn arbitrary_unicode_does_not_panic(text in "\\PC{0,200}") {
        let _ = tightrope_extract::actors::find(&[document(&text)]);
    }
}

#[test]
fn a_fixture_resolves_titles_surnames_and_acronyms() {
    let text = "Iraqi Prime Minister Mohammed Shia al-Sudani met the Popular Mobilization Forces (PMF) in Baghdad. \
                Washington warned Sudani that the PMF must disarm.";
    let actors = tightrope_extract::actors::find(&[document(text)]);
    let ids: Vec<&str> = actors.iter().map(|a| a.actor_id.as_str()).collect();
    assert_eq!(ids, ["baghdad", "iraq", "mohammed-shia-al-sudani", "popular-mobilization-forces", "united-states"]);
    let sudani = &actors[2];
    assert_eq!(sudani.mentions.len(), 2);
    assert_eq!(sudani.roles[0].title, "Prime Minister of Iraq");
    assert_eq!(sudani.affiliation.as_deref(), Some("iraq"));
    assert_eq!(actors[3].mentions.len(), 3);
    assert!(actors[1].mentions.is_empty(), "Iraqi is a demonym and Baghdad a place here");
    assert_eq!(actors[0].kind, tightrope_core::ActorKind::Place);
    assert_eq!(actors[0].affiliation.as_deref(), Some("iraq"), "a place is linked to its country");
}
