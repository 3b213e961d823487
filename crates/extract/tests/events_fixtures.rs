//! The events stage on small hand-built documents: one rule of the clause, dating and merging
//! logic per test, independent of the time and actors stages.

use tightrope_core::{
    Actor, ActorKind, Anchor, DateValue, DocDate, Document, Event, Mention, Paragraph, Sentence, Timex, TimexType,
    TitleSource,
};
use tightrope_extract::events;

/// A document whose paragraphs are the lines of `text` and whose sentences end at ". "; each
/// `(words, value)` in `timexes` tags the first occurrence of the words with a calendar value.
fn document(doc_id: &str, dct: Option<&str>, text: &str, timexes: &[(&str, &str)]) -> Document {
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let paragraph = paragraphs.len();
        paragraphs.push(Paragraph { start: offset, end: offset + line.len(), heading: false, line: paragraph + 1 });
        let mut start = offset;
        for (i, _) in line.match_indices(". ") {
            sentences.push(Sentence { start, end: offset + i + 1, paragraph });
            start = offset + i + 2;
        }
        sentences.push(Sentence { start, end: offset + line.len(), paragraph });
        offset += line.len() + 1;
    }
    let timexes = timexes
        .iter()
        .map(|(words, value)| {
            let start = text.find(words).expect("the timex words occur");
            let date = DateValue::parse_calendar(value).expect("a calendar value");
            Timex {
                start,
                end: start + words.len(),
                text: words.to_string(),
                timex_type: TimexType::Date,
                value: date.value,
                modifier: None,
                precision: date.precision,
                interval: date.interval,
                anchor: Anchor::Absolute,
            }
        })
        .collect();
    Document {
        doc_id: doc_id.to_string(),
        file: format!("{doc_id}.txt"),
        title: doc_id.to_string(),
        title_source: TitleSource::FirstLine,
        publisher: None,
        author: None,
        date: dct.map(|d| DocDate {
            date: DateValue::parse_calendar(d).unwrap(),
            inferred: false,
            evidence: Vec::new(),
        }),
        word_count: text.split_whitespace().count(),
        text: text.to_string(),
        paragraphs,
        sentences,
        removed: Vec::new(),
        timexes,
    }
}

/// An actor named by each of `forms` wherever they occur in the documents.
fn actor(actor_id: &str, kind: ActorKind, affiliation: Option<&str>, forms: &[&str], documents: &[Document]) -> Actor {
    let mut mentions = Vec::new();
    for document in documents {
        for form in forms {
            for (start, _) in document.text.match_indices(form) {
                let end = start + form.len();
                let bounded = !document.text[..start].ends_with(char::is_alphanumeric)
                    && !document.text[end..].starts_with(char::is_alphanumeric);
                if bounded {
                    mentions.push(Mention { doc_id: document.doc_id.clone(), start, end });
                }
            }
        }
    }
    Actor {
        actor_id: actor_id.to_string(),
        name: forms[0].to_string(),
        kind,
        kind_confidence: 1.0,
        aliases: Vec::new(),
        roles: Vec::new(),
        affiliation: affiliation.map(str::to_string),
        mentions,
    }
}

/// One line per event: date, source, code, targets, flags and the sentences.
fn lines(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let mut flags = Vec::new();
            for (on, label) in [
                (e.date.inherited, "inherited"),
                (e.flags.expected, "expected"),
                (e.flags.negated, "negated"),
                (e.flags.reported, "reported"),
            ] {
                if on {
                    flags.push(label);
                }
            }
            let mentions: Vec<String> = e.mentions.iter().map(|m| format!("{}#{}", m.doc_id, m.sentence)).collect();
            format!(
                "{} {} {} {} [{}] {}",
                e.date.date.label(),
                e.source.as_deref().unwrap_or("-"),
                e.category.code,
                if e.target.is_empty() { "-".to_string() } else { e.target.join("+") },
                flags.join(","),
                mentions.join(" ")
            )
        })
        .collect()
}

fn states(documents: &[Document]) -> Vec<Actor> {
    vec![
        actor("ruritania", ActorKind::State, None, &["Ruritania"], documents),
        actor("freedonia", ActorKind::State, None, &["Freedonia"], documents),
        actor("sylvania", ActorKind::State, None, &["Sylvania"], documents),
        actor("ruritanian-army", ActorKind::GovernmentBody, Some("ruritania"), &["Ruritanian army"], documents),
        actor("anna-berg", ActorKind::Person, Some("freedonia"), &["Anna Berg", "Berg"], documents),
        actor("the-herald", ActorKind::Media, None, &["The Herald"], documents),
    ]
}

#[test]
fn relative_clause_takes_the_noun_before_it_as_subject() {
    let docs = [document(
        "a",
        None,
        "The visit followed Ruritania strikes in January that killed Anna Berg.",
        &[("January", "2020-01")],
    )];
    let found = lines(&events::extract(&docs, &states(&docs)));
    // One action, coded once: the strikes are what killed, not a second "military force" event.
    assert_eq!(found, ["January 2020 ruritania 180 anna-berg [] a#0"]);
}

#[test]
fn a_conflict_noun_without_a_relative_verb_stays_its_own_event() {
    let found = run(None, "Ruritania strikes in January hit Freedonia.", &[("January", "2020-01")]);
    assert!(found.iter().any(|line| line.contains(" 19")), "{found:?}");
}

/// Runs the stage on one document with the fixture states.
fn run(dct: Option<&str>, text: &str, timexes: &[(&str, &str)]) -> Vec<String> {
    let docs = [document("a", dct, text, timexes)];
    lines(&events::extract(&docs, &states(&docs)))
}

#[test]
fn passive_takes_its_source_from_the_by_phrase() {
    let found =
        run(None, "Anna Berg was arrested by the Ruritanian army on 3 May 2024.", &[("3 May 2024", "2024-05-03")]);
    assert_eq!(found, ["3 May 2024 ruritanian-army 173 anna-berg [] a#0"]);
}

#[test]
fn reported_speech_gives_the_statement_and_the_reported_act() {
    let found =
        run(None, "Freedonia said on 4 May 2024 that Ruritania attacked Sylvania.", &[("4 May 2024", "2024-05-04")]);
    assert_eq!(found, ["4 May 2024 freedonia 010 - [] a#0", "4 May 2024 ruritania 180 sylvania [reported] a#0"]);
}

#[test]
fn compound_subjects_give_one_event_per_actor() {
    let found = run(None, "Ruritania and Freedonia signed a treaty on 1 June 2024.", &[("1 June 2024", "2024-06-01")]);
    assert_eq!(found, ["1 June 2024 freedonia 057 ruritania [] a#0", "1 June 2024 ruritania 057 freedonia [] a#0"]);
}

#[test]
fn negation_is_flagged_and_hypotheticals_are_dropped() {
    let found = run(None, "Ruritania did not sign the treaty on 2 June 2024.", &[("2 June 2024", "2024-06-02")]);
    assert_eq!(found, ["2 June 2024 ruritania 057 - [negated] a#0"]);
    let found = run(None, "Ruritania could attack Sylvania on 9 June 2024.", &[("9 June 2024", "2024-06-09")]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_undated_sentence_inherits_its_paragraph_date() {
    let found = run(
        None,
        "On 5 June 2024, the Ruritanian army shelled Sylvania. The Ruritanian army later arrested Anna Berg.",
        &[("5 June 2024", "2024-06-05")],
    );
    assert_eq!(
        found,
        [
            "5 June 2024 ruritanian-army 190 sylvania [] a#0",
            "5 June 2024 ruritanian-army 173 anna-berg [inherited] a#1"
        ]
    );
}

#[test]
fn future_actions_are_expected() {
    let found = run(Some("2024-06-10"), "Ruritania will sanction Freedonia.", &[]);
    assert_eq!(found, ["after 10 June 2024 ruritania 163 freedonia [inherited,expected] a#0"]);
}

#[test]
fn attribution_is_kept_with_the_mention() {
    let docs = [document(
        "a",
        None,
        "Ruritania shelled Sylvania on 8 June 2024, according to The Herald.",
        &[("8 June 2024", "2024-06-08")],
    )];
    let found = events::extract(&docs, &states(&docs));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].mentions[0].attribution.as_deref(), Some("The Herald"));
    assert!(found[0].flags.reported);
    assert_eq!(found[0].quad, Some(4));
    assert_eq!(found[0].goldstein, Some(-10.0));
}

#[test]
fn a_complement_infinitive_is_not_an_event_of_its_own() {
    let found =
        run(None, "Freedonia urged Ruritania to release Anna Berg on 2 July 2024.", &[("2 July 2024", "2024-07-02")]);
    assert_eq!(found, ["2 July 2024 freedonia 020 ruritania [] a#0"]);
}

#[test]
fn taking_office_has_a_category_of_its_own() {
    let found = run(None, "Anna Berg took office on 1 July 2024.", &[("1 July 2024", "2024-07-01")]);
    assert_eq!(found, ["1 July 2024 anna-berg OFFICE - [] a#0"]);
}

#[test]
fn the_same_event_in_two_documents_is_one_event() {
    let docs = [
        document(
            "a",
            None,
            "On 7 June 2024, Ruritania imposed sanctions on Freedonia.",
            &[("7 June 2024", "2024-06-07")],
        ),
        document(
            "b",
            Some("2024-06-20"),
            "Ruritania sanctioned Freedonia in June 2024. Sylvania condemned the move.",
            &[("June 2024", "2024-06")],
        ),
    ];
    let found = events::extract(&docs, &states(&docs));
    let sanctions: Vec<&Event> = found.iter().filter(|e| e.category.code == "163").collect();
    assert_eq!(sanctions.len(), 1, "{:?}", lines(&found));
    assert_eq!(sanctions[0].corroboration(), 2);
    assert_eq!(sanctions[0].date.date.value, "2024-06-07");
    // The id does not depend on documents that report other events.
    let alone = events::extract(&docs[..1], &states(&docs[..1]));
    assert_eq!(alone[0].event_id, sanctions[0].event_id);
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Any text, with actors named anywhere in it, yields events without panicking, and
        /// every event quotes its sentence.
        #[test]
        fn any_text_is_safe(words in proptest::collection::vec(
            prop::sample::select(vec![
                "Ruritania", "Freedonia", "Anna Berg", "he", "his", "signed", "attacked", "was", "by", "the",
                "deal", "to", "that", "said", ",", "and", "—", "on 3 May 2024", "“", "”", "not", "will",
                "sanctions", "between", "in", "of", "who", "if", "raid", "Berg's", "visit", "Iran-backed",
            ]),
            0..40,
        )) {
            let mut text = words.join(" ");
            text.push('.');
            let timexes: &[(&str, &str)] = if text.contains("3 May 2024") { &[("3 May 2024", "2024-05-03")] } else { &[] };
            let docs = [document("a", Some("2024-05-10"), &text, timexes)];
            for event in events::extract(&docs, &states(&docs)) {
                prop_assert!(!event.mentions.is_empty());
                let mention = &event.mentions[0];
                prop_assert_eq!(docs[0].slice(mention.start, mention.end), docs[0].sentence_text(mention.sentence));
            }
        }
    }
}

#[test]
fn a_speaker_after_the_report_is_the_source_of_the_statement() {
    let found = run(
        Some("2024-04-12"),
        "Ruritania shelled Sylvania on 4 April 2024, Freedonia said. Anna Berg, the envoy, said on 5 April 2024 that Sylvania attacked Ruritania.",
        &[("4 April 2024", "2024-04-04"), ("5 April 2024", "2024-04-05")],
    );
    assert_eq!(
        found,
        [
            "4 April 2024 ruritania 190 sylvania [reported] a#0",
            "5 April 2024 anna-berg 010 - [] a#1",
            "5 April 2024 sylvania 180 ruritania [reported] a#1",
            "by 12 April 2024 freedonia 010 - [inherited,reported] a#0",
        ]
    );
}

#[test]
fn whom_makes_the_noun_before_it_the_target() {
    let found = run(
        None,
        "On 10 April 2024, Ruritania released Anna Berg, whom it had detained since March.",
        &[("10 April 2024", "2024-04-10"), ("March", "2024-03")],
    );
    assert_eq!(found, ["March 2024 - 173 anna-berg [] a#0", "10 April 2024 ruritania 084 anna-berg [] a#0"]);
}

#[test]
fn a_speaker_may_also_close_the_sentence() {
    let found =
        run(None, "Freedonia condemned Ruritania on 6 April 2024, said Anna Berg.", &[("6 April 2024", "2024-04-06")]);
    assert_eq!(found, ["6 April 2024 anna-berg 010 - [] a#0", "6 April 2024 freedonia 111 ruritania [] a#0"]);
}

#[test]
fn a_nearby_report_names_who_did_it() {
    let found = run(
        None,
        "The 5 June 2024 raid on Sylvania was brief. The Ruritanian army stormed the town and arrested Anna Berg.",
        &[("5 June 2024", "2024-06-05")],
    );
    assert_eq!(
        found,
        [
            "5 June 2024 ruritanian-army 190 sylvania [] a#0 a#1",
            "5 June 2024 ruritanian-army 173 anna-berg [inherited] a#1"
        ]
    );
}

#[test]
fn a_consequence_happens_on_or_after_its_dated_cause() {
    let text =
        "Tensions rose after the arrest of Anna Berg in March 2021, which led to widespread protests in Ruritania.";
    let found = run(None, text, &[("March 2021", "2021-03")]);
    assert_eq!(found, ["on or after March 2021 - 141 - [] a#0"]);
    // A noun that no causal verb ties to the date stays undated, and so is no event.
    let text = "The arrest of Anna Berg in March 2021 came amid widespread protests in Ruritania.";
    let found = run(None, text, &[("March 2021", "2021-03")]);
    assert!(found.iter().all(|line| !line.contains(" 141 ")), "{found:?}");
}

#[test]
fn troops_expected_to_leave_by_a_date_are_an_expected_withdrawal() {
    let found = run(None, "Analysts expect Ruritania's troops to leave Sylvania by 2026.", &[("2026", "2026")]);
    assert_eq!(found, ["by 2026 ruritania 087 sylvania [expected] a#0"]);
    let found = run(None, "Analysts expect all troops to be out by 2026.", &[("2026", "2026")]);
    assert_eq!(found, ["by 2026 - 087 - [expected] a#0"]);
    // Without armed forces, leaving or being out is no withdrawal.
    let found = run(None, "Analysts expect Anna Berg to leave Sylvania by 2026.", &[("2026", "2026")]);
    assert!(found.is_empty(), "{found:?}");
    let found = run(None, "The report will be out by 2026.", &[("2026", "2026")]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_fall_of_a_regime_has_a_category_of_its_own_and_precedes_what_follows_it() {
    let text = "Ruritania's influence has weakened in 2025 following the fall of the old regime in Sylvania.";
    let found = run(None, text, &[("2025", "2025")]);
    assert_eq!(found, ["by 2025 - REGIME sylvania [] a#0"]);
    // Prices and cities fall too; only a regime or a government is overthrown.
    let found = run(None, "Prices rose in 2025 following the fall of the currency in Sylvania.", &[("2025", "2025")]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn each_date_says_where_it_comes_from() {
    use tightrope_core::DateBasis;
    let text = "Ruritania attacked Freedonia on 3 May 2024. Sylvania condemned Ruritania.\n\
                Freedonia criticized Sylvania.";
    let docs = [document("a", Some("2024-05-10"), text, &[("3 May 2024", "2024-05-03")])];
    let events = events::extract(&docs, &states(&docs));
    let basis = |source: &str| {
        events.iter().find(|e| e.source.as_deref() == Some(source)).map(|e| e.date.basis).expect("an event")
    };
    // Its own sentence; the paragraph's earlier sentence; the publication, in a new paragraph.
    assert_eq!(basis("ruritania"), DateBasis::Expression);
    assert_eq!(basis("sylvania"), DateBasis::Context);
    assert_eq!(basis("freedonia"), DateBasis::Publication);
    assert_eq!(DateBasis::Publication.words(), "date from the publication");
}

#[test]
fn a_place_as_target_stands_for_its_state() {
    let docs = [document("a", None, "Anna Berg visited Strelsau on 3 May 2024.", &[("3 May 2024", "2024-05-03")])];
    let mut actors = states(&docs);
    actors.push(actor("strelsau", ActorKind::Place, Some("ruritania"), &["Strelsau"], &docs));
    let events = events::extract(&docs, &actors);
    let visit = events.iter().find(|e| e.category.code.starts_with("04")).expect("the visit");
    assert_eq!(visit.target, ["ruritania"]);
    assert!(visit.actors.iter().any(|a| a == "strelsau"), "the place stays involved: {:?}", visit.actors);
}
