//! The timeline list's items from the index agree with the linear `query::timeline` rows; a view
//! naming ids the corpus lacks opens without them.

mod common;

use tightrope_core::index::CorpusIndex;
use tightrope_core::link::ViewFilter;
use tightrope_core::query::{timeline, timeline_items, Facets, TimelineItem, TimelineRow};
use tightrope_core::*;

/// `six_events` with two of its documents dated, one on the same day as two events.
fn corpus() -> Corpus {
    let mut corpus = common::six_events();
    let dated = |text: &str| Some(DocDate { date: common::date(text), inferred: false, evidence: vec![] });
    corpus.documents[0].date = dated("2020-01-05");
    corpus.documents[2].date = dated("2019-06");
    corpus
}

fn names(corpus: &Corpus, items: &[TimelineItem]) -> Vec<String> {
    items
        .iter()
        .map(|item| match *item {
            TimelineItem::Event(e) => corpus.events[e as usize].event_id.clone(),
            TimelineItem::Publication(d) => format!("published {}", corpus.documents[d as usize].doc_id),
        })
        .collect()
}

#[test]
fn items_interleave_publications_as_the_timeline_does() {
    let corpus = corpus();
    let index = CorpusIndex::new(&corpus);
    for query in ["", "actor=iraq", "doc=d1", "publisher=Alpha", "q=title", "from=2020-01-06", "to=2019-12-31"] {
        let (filter, _) = ViewFilter::decode(query);
        let facets = Facets::compute(&index, &filter);
        let items = names(&corpus, &timeline_items(&corpus, &facets.events, &filter));
        let rows: Vec<String> = timeline(&corpus, &filter)
            .iter()
            .map(|row| match row {
                TimelineRow::Event(e) => e.event_id.clone(),
                TimelineRow::Publication(d) => format!("published {}", d.doc_id),
            })
            .collect();
        assert_eq!(items, rows, "{query}");
    }
    let all = Facets::compute(&index, &ViewFilter::default());
    assert_eq!(
        names(&corpus, &timeline_items(&corpus, &all.events, &ViewFilter::default())),
        ["e4", "published d3", "e2", "e1", "e6", "published d1", "e3", "e5"]
    );
}

#[test]
fn a_view_naming_unknown_ids_opens_without_them() {
    use tightrope_core::link::{check_view, ViewState};
    let index = CorpusIndex::new(&corpus());
    let (state, notes) = ViewState::decode("actor=iraq&actor=ghost&event=e3&zoom=2020-01-01..2020-02-01");
    assert!(notes.is_empty());
    let (checked, notes) = check_view(&index, &state);
    assert_eq!(checked.filter.actors(), ["iraq"]);
    assert_eq!(checked.event.as_deref(), Some("e3"));
    assert_eq!(notes.len(), 1);
    let (checked, notes) = check_view(&index, &ViewState { event: Some("e99".into()), ..checked });
    assert_eq!(checked.event, None);
    assert_eq!(notes[0].to_string(), "ignored `event`: no event `e99` in this corpus");
}

#[test]
fn every_active_filter_has_words() {
    use tightrope_core::query::describe_filter;
    let corpus = corpus();
    let index = CorpusIndex::new(&corpus);
    let (filter, _) = ViewFilter::decode(
        "q=oil&actor=pmf&actor=ghost&match=all&kind=state&category=19&quad=4&doc=d1&publisher=Alpha\
         &precision=day&reported=yes&expected=no&negated=no&inherited=no&from=2020-01-01",
    );
    let words: Vec<String> = filter
        .active()
        .iter()
        .chain([&tightrope_core::link::FilterKey::Actors])
        .map(|key| {
            let words = describe_filter(&corpus, &index, &filter, key);
            format!("{}: {}", words.what, words.value)
        })
        .collect();
    assert_eq!(
        words,
        [
            "text: “oil”",
            "actor: Popular Mobilization Forces",
            "actor: ghost",
            "actor kind: state",
            "category: 19 Fight",
            "QuadClass: material conflict",
            "document: Title of d1",
            "publisher: Alpha",
            "date precision: day",
            "reported speech: only",
            "planned or expected: left out",
            "negated: left out",
            "dates from context: hidden",
            "from: 2020-01-01",
            "actors: all of 2",
        ]
    );
}

#[test]
fn stepping_walks_the_shown_events_in_order() {
    use tightrope_core::query::step_event;
    let corpus = corpus();
    let index = CorpusIndex::new(&corpus);
    let id = |e: Option<u32>| e.map(|e| corpus.events[e as usize].event_id.clone());
    let ix = |name: &str| index.event_ix(name);
    let all = Facets::compute(&index, &ViewFilter::default()).events;
    assert_eq!(id(step_event(&index, &all, None, true)), Some("e4".into()));
    assert_eq!(id(step_event(&index, &all, None, false)), Some("e5".into()));
    assert_eq!(id(step_event(&index, &all, ix("e2"), true)), Some("e1".into()));
    assert_eq!(id(step_event(&index, &all, ix("e2"), false)), Some("e4".into()));
    assert_eq!(step_event(&index, &all, ix("e4"), false), None);
    assert_eq!(step_event(&index, &all, ix("e5"), true), None);
    // e1 is hidden by this filter: the steps go to its neighbours among the shown events.
    let (filter, _) = ViewFilter::decode("actor=pmf");
    let pmf = Facets::compute(&index, &filter).events;
    assert_eq!(id(step_event(&index, &pmf, ix("e1"), true)), Some("e6".into()));
    assert_eq!(id(step_event(&index, &pmf, ix("e1"), false)), None);
    assert_eq!(id(step_event(&index, &pmf, ix("e3"), false)), Some("e6".into()));
}
