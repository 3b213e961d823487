//! Small corpora built by hand for the index, facet and export tests.

#![allow(dead_code)]

use tightrope_core::*;

/// A document whose text is the given sentences joined by one space.
pub fn document(doc_id: &str, publisher: Option<&str>, sentences: &[&str]) -> Document {
    let text = sentences.join(" ");
    let mut spans = Vec::new();
    let mut at = 0;
    for sentence in sentences {
        spans.push(Sentence { start: at, end: at + sentence.len(), paragraph: 0 });
        at += sentence.len() + 1;
    }
    Document {
        doc_id: doc_id.into(),
        file: format!("{doc_id}.txt"),
        title: format!("Title of {doc_id}"),
        title_source: TitleSource::Metadata,
        publisher: publisher.map(String::from),
        author: None,
        date: None,
        word_count: text.split_whitespace().count(),
        paragraphs: vec![Paragraph { start: 0, end: text.len(), heading: false, line: 1 }],
        text,
        sentences: spans,
        removed: vec![],
        timexes: vec![],
    }
}

pub fn actor(actor_id: &str, name: &str, kind: ActorKind) -> Actor {
    Actor {
        actor_id: actor_id.into(),
        name: name.into(),
        kind,
        kind_confidence: 1.0,
        aliases: vec![],
        roles: vec![],
        affiliation: None,
        mentions: vec![],
    }
}

/// A date from `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else is a vague date with no position.
pub fn date(text: &str) -> DateValue {
    DateValue::parse_calendar(text).unwrap_or(DateValue {
        value: text.into(),
        precision: Precision::Vague,
        modifier: None,
        interval: None,
    })
}

/// A mention of a whole sentence of a document.
pub fn mention(doc: &Document, sentence: usize) -> EventMention {
    let span = &doc.sentences[sentence];
    EventMention { doc_id: doc.doc_id.clone(), sentence, start: span.start, end: span.end, attribution: None }
}

/// An event whose first actor is the source and the others targets.
pub fn event(event_id: &str, when: &str, actors: &[&str], code: &str, name: &str) -> Event {
    let quad = code.get(..2).and_then(|r| r.parse::<u8>().ok()).and_then(|root| match root {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    });
    Event {
        event_id: event_id.into(),
        date: EventDate::from_sentence(date(when)),
        source: actors.first().map(|a| a.to_string()),
        target: actors.iter().skip(1).map(|a| a.to_string()).collect(),
        actors: actors.iter().map(|a| a.to_string()).collect(),
        category: Category { code: code.into(), name: name.into() },
        quad,
        goldstein: None,
        mentions: vec![],
        flags: EventFlags::default(),
    }
}

pub fn corpus(documents: Vec<Document>, actors: Vec<Actor>, events: Vec<Event>) -> Corpus {
    Corpus { schema: SCHEMA_VERSION, name: "test".into(), description: String::new(), documents, actors, events }
}

/// Six events over three documents, with every facet represented; the tests count by hand on it.
///
/// Timeline order: e4 (2019), e2 (January 2020), e1 (5 January 2020), e6 (5 January 2020, after e1
/// in corpus order), e3 (February 2020), e5 (no calendar position).
pub fn six_events() -> Corpus {
    let d1 = document(
        "d1",
        Some("Alpha"),
        &["Iraq met Iran in Baghdad.", "The talks failed, officials said.", "Troops crossed the border."],
    );
    let d2 = document("d2", Some("Beta"), &["Iran denied the report.", "Iraq, Iran and the US signed a deal."]);
    let d3 = document("d3", None, &["An election is expected."]);
    let mut e1 = event("e1", "2020-01-05", &["iraq", "iran"], "040", "Consult");
    e1.mentions = vec![mention(&d1, 0)];
    let mut e2 = event("e2", "2020-01", &["iraq", "iran"], "125", "Reject");
    e2.mentions = vec![mention(&d1, 1)];
    e2.flags.reported = true;
    let mut e3 = event("e3", "2020-02", &["pmf"], "190", "Fight");
    e3.mentions = vec![mention(&d1, 2), mention(&d2, 0)];
    e3.flags.negated = true;
    let mut e4 = event("e4", "2019", &["iraq", "iran", "usa"], "057", "Sign formal agreement");
    e4.mentions = vec![mention(&d2, 1)];
    e4.date = EventDate::from_context(e4.date.date.clone());
    let mut e5 = event("e5", "PRESENT_REF", &["sadr"], "ELECT", "Election");
    e5.mentions = vec![mention(&d3, 0)];
    e5.flags.expected = true;
    let mut e6 = event("e6", "2020-01-05", &["usa", "pmf"], "183", "Assault");
    e6.mentions = vec![mention(&d2, 1)];
    let mut pmf = actor("pmf", "Popular Mobilization Forces", ActorKind::ArmedGroup);
    pmf.aliases = vec![Alias { text: "Hashd".into(), count: 1 }];
    corpus(
        vec![d1, d2, d3],
        vec![
            actor("iraq", "Iraq", ActorKind::State),
            actor("iran", "Iran", ActorKind::State),
            actor("usa", "United States", ActorKind::State),
            pmf,
            actor("sadr", "Muqtada al-Sadr", ActorKind::Person),
        ],
        vec![e1, e2, e3, e4, e5, e6],
    )
}
