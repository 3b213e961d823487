//! The query engine over a small hand-built corpus: ordering, filters and highlighting.

use tightrope_core::link::ViewFilter;
use tightrope_core::query::{document_marks, split_by_marks, timeline, MarkKind, TimelineRow};
use tightrope_core::*;

fn day(text: &str) -> DateValue {
    DateValue::parse_calendar(text).unwrap()
}

fn corpus() -> Corpus {
    let text = "In 2020 Iraq met Iran. Later, in July 2020, they signed.".to_string();
    let document = |doc_id: &str, date: Option<&str>| Document {
        doc_id: doc_id.into(),
        file: format!("{doc_id}.txt"),
        title: format!("Title {doc_id}"),
        title_source: TitleSource::Metadata,
        publisher: None,
        author: None,
        date: date.map(|d| DocDate { date: day(d), inferred: false, evidence: vec![] }),
        word_count: 11,
        text: text.clone(),
        paragraphs: vec![Paragraph { start: 0, end: text.len(), heading: false, line: 1 }],
        sentences: vec![
            Sentence { start: 0, end: 22, paragraph: 0 },
            Sentence { start: 23, end: text.len(), paragraph: 0 },
        ],
        removed: vec![],
        timexes: vec![Timex {
            start: 3,
            end: 7,
            text: "2020".into(),
            timex_type: TimexType::Date,
            value: "2020".into(),
            modifier: None,
            precision: Precision::Year,
            interval: day("2020").interval,
            anchor: Anchor::Absolute,
        }],
    };
    let actor = |id: &str, kind: ActorKind, start: usize, end: usize| Actor {
        actor_id: id.into(),
        name: id.into(),
        kind,
        kind_confidence: 1.0,
        aliases: vec![],
        roles: vec![],
        affiliation: None,
        mentions: vec![Mention { doc_id: "a".into(), start, end }],
    };
    let event = |id: &str, date: &str, actors: &[&str]| Event {
        event_id: id.into(),
        date: EventDate::from_sentence(day(date)),
        source: Some(actors[0].into()),
        target: actors[1..].iter().map(|s| s.to_string()).collect(),
        actors: actors.iter().map(|s| s.to_string()).collect(),
        category: Category { code: "057".into(), name: "Sign formal agreement".into() },
        quad: Some(1),
        goldstein: Some(8.0),
        mentions: vec![EventMention { doc_id: "a".into(), sentence: 1, start: 23, end: 56, attribution: None }],
        flags: EventFlags::default(),
    };
    Corpus {
        schema: SCHEMA_VERSION,
        name: "test".into(),
        description: String::new(),
        documents: vec![document("a", Some("2021-03")), document("b", None)],
        actors: vec![actor("iraq", ActorKind::State, 8, 12), actor("iran", ActorKind::State, 17, 21)],
        events: vec![event("late", "2020-07", &["iraq", "iran"]), event("early", "2020", &["iran"])],
    }
}

fn ids(rows: &[TimelineRow<'_>]) -> Vec<String> {
    rows.iter()
        .map(|row| match row {
            TimelineRow::Event(e) => e.event_id.clone(),
            TimelineRow::Publication(d) => format!("published {}", d.doc_id),
        })
        .collect()
}

#[test]
fn timeline_orders_by_earliest_day_then_precision() {
    let corpus = corpus();
    assert_eq!(ids(&timeline(&corpus, &ViewFilter::default())), ["early", "late", "published a"]);
}

#[test]
fn filters_narrow_the_timeline() {
    let corpus = corpus();
    let (by_actor, _) = ViewFilter::decode("actor=iraq");
    assert_eq!(ids(&timeline(&corpus, &by_actor)), ["late"]);
    let (by_range, _) = ViewFilter::decode("from=2020-08-01");
    assert_eq!(ids(&timeline(&corpus, &by_range)), ["early", "published a"]);
    // Free text searches the quoted sentence, read from the document rather than a copy.
    assert_eq!(corpus.quote(&corpus.events[0].mentions[0]), "Later, in July 2020, they signed.");
    let (by_text, _) = ViewFilter::decode("q=SIGNED");
    assert_eq!(ids(&timeline(&corpus, &by_text)), ["early", "late"]);
}

#[test]
fn marks_split_a_sentence_into_runs() {
    let corpus = corpus();
    let doc = &corpus.documents[0];
    let marks = document_marks(&corpus, doc);
    assert_eq!(marks.len(), 3);
    let pieces = split_by_marks(&doc.text, 0, 22, &marks);
    let texts: Vec<&str> = pieces.iter().map(|(t, _)| *t).collect();
    assert_eq!(texts, ["In ", "2020", " ", "Iraq", " met ", "Iran", "."]);
    assert_eq!(pieces[3].1.unwrap().kind, MarkKind::Actor("iraq".into()));
}
