//! The exports against hand-written files: quotes holding commas, double quotes, line breaks and
//! formulas; a date known only as "early September"; an event with no calendar position.

mod common;

use serde_json::{json, Value};
use tightrope_core::export::{to_csv, to_json, to_timelinejs};
use tightrope_core::index::CorpusIndex;
use tightrope_core::*;

fn corpus() -> Corpus {
    let d1 = common::document(
        "d1",
        Some("The <Times>"),
        &["Officials said \"no, never\".", "Line one\nline two.", "=SUM(A1) was typed."],
    );
    let mut x1 = common::event("x1", "2020-07-21", &["iraq", "iran"], "040", "Consult");
    x1.mentions = vec![common::mention(&d1, 0)];
    x1.flags.reported = true;
    let mut x2 = common::event("x2", "2025-09", &["pmf"], "ELECT", "Election");
    x2.source = None;
    x2.target = vec![];
    x2.date.date.modifier = Some("START".into());
    x2.date.date.interval =
        Some(DayInterval { earliest: Day::new(2025, 9, 1).unwrap(), latest: Day::new(2025, 9, 10).unwrap() });
    x2.mentions = vec![common::mention(&d1, 1), common::mention(&d1, 2)];
    x2.flags.negated = true;
    x2.date = EventDate::from_context(x2.date.date.clone());
    let mut x3 = common::event("x3", "PAST_REF", &["ghost", "iran", "usa"], "190", "Fight");
    x3.mentions = vec![common::mention(&d1, 2)];
    common::corpus(
        vec![d1],
        vec![
            common::actor("iraq", "Iraq", ActorKind::State),
            common::actor("iran", "Iran", ActorKind::State),
            common::actor("usa", "United States", ActorKind::State),
            common::actor("pmf", "Popular Mobilization Forces", ActorKind::ArmedGroup),
        ],
        vec![x1, x2, x3],
    )
}

#[test]
fn csv_quotes_what_it_must_and_defuses_formulas() {
    let corpus = corpus();
    let index = CorpusIndex::new(&corpus);
    let expected = concat!(
        "event_id,date,value,source,action,code,targets,quote,document,sentence,reports,flags\r\n",
        "x1,21 July 2020,2020-07-21,Iraq,Consult,040,Iran,\"Officials said \"\"no, never\"\".\",Title of d1,1,1,reported\r\n",
        "x2,early September 2025,2025-09,,Election,ELECT,,\"Line one\nline two.\",Title of d1,2,2,negated; date from context\r\n",
        "x3,PAST_REF,PAST_REF,ghost,Fight,190,Iran; United States,'=SUM(A1) was typed.,Title of d1,3,1,\r\n",
    );
    assert_eq!(to_csv(&corpus, &index, &[0, 1, 2]), expected);
    // Rows follow the indices given; indices past the corpus are skipped.
    let picked = to_csv(&corpus, &index, &[2, 99, 0]);
    let ids: Vec<&str> = picked.split("\r\n").skip(1).filter(|l| !l.is_empty()).map(|l| &l[..2]).collect();
    assert_eq!(ids, ["x3", "x1"]);
    assert_eq!(to_csv(&corpus, &index, &[]).lines().count(), 1);
}

#[test]
fn json_resolves_names_quotes_and_documents() {
    let corpus = corpus();
    let index = CorpusIndex::new(&corpus);
    let exported: Value = serde_json::from_str(&to_json(&corpus, &index, &[0, 1])).unwrap();
    assert_eq!(exported["corpus"], "test");
    let events = exported["events"].as_array().unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0]["event_id"], "x1");
    assert_eq!(events[0]["date_label"], "21 July 2020");
    assert_eq!(events[0]["date"]["value"], "2020-07-21");
    assert_eq!(events[0]["source"], json!({"actor_id": "iraq", "name": "Iraq"}));
    assert_eq!(events[0]["targets"], json!([{"actor_id": "iran", "name": "Iran"}]));
    assert_eq!(events[0]["quad"], "verbal cooperation");
    assert_eq!((events[0]["reported"].as_bool(), events[0]["negated"].as_bool()), (Some(true), Some(false)));
    assert_eq!(
        events[0]["reports"],
        json!([{
            "doc_id": "d1",
            "title": "Title of d1",
            "publisher": "The <Times>",
            "sentence": 0,
            "quote": "Officials said \"no, never\"."
        }])
    );
    assert_eq!(events[1]["date_label"], "early September 2025");
    assert_eq!(events[1]["date"]["inherited"], true);
    assert!(events[1].get("source").is_none());
    assert!(events[1].get("quad").is_none());
    assert_eq!(events[1]["reports"][0]["quote"], "Line one\nline two.");
    assert_eq!(events[1]["reports"].as_array().unwrap().len(), 2);
}

#[test]
fn timelinejs_places_what_has_a_date_and_escapes_markup() {
    let corpus = corpus();
    let index = CorpusIndex::new(&corpus);
    let timeline: Value = serde_json::from_str(&to_timelinejs(&corpus, &index, &[0, 1, 2], "Iraq & <Iran>")).unwrap();
    assert_eq!(
        timeline["title"],
        json!({"text": {
            "headline": "Iraq &amp; &lt;Iran&gt;",
            "text": "<p>2 events exported from Tightrope. 1 with no calendar position are left out.</p>"
        }})
    );
    let events = timeline["events"].as_array().unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(
        events[0],
        json!({
            "start_date": {"year": 2020, "month": 7, "day": 21},
            "display_date": "21 July 2020",
            "text": {
                "headline": "Consult: Iraq → Iran",
                "text": "<blockquote>Officials said &quot;no, never&quot;.</blockquote>\
                         <p>— <cite>Title of d1</cite>, The &lt;Times&gt;</p><p><em>reported</em></p>"
            },
            "group": "verbal cooperation",
            "unique_id": "x1"
        })
    );
    assert_eq!(events[1]["start_date"], json!({"year": 2025, "month": 9, "day": 1}));
    assert_eq!(events[1]["end_date"], json!({"year": 2025, "month": 9, "day": 10}));
    assert_eq!(events[1]["display_date"], "early September 2025");
    assert_eq!(events[1]["text"]["headline"], "Election: Popular Mobilization Forces");
    assert_eq!(events[1]["group"], "Election");
    let text = events[1]["text"]["text"].as_str().unwrap();
    assert!(text.starts_with("<blockquote>Line one\nline two.</blockquote>"), "{text}");
    assert!(text.ends_with("<p><em>negated; date from context</em></p>"), "{text}");
}
