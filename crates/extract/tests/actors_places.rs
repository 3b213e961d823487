//! Places: cities, regions and continents named as locations are places linked to their country; a capital
//! that acts stays its state; a person's surname in the same document is the person. Hand-written texts.

use tightrope_core::{Actor, ActorKind, Document, Paragraph, Sentence, TitleSource};

fn document(text: &str) -> Document {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        sentences.push(Sentence { start, end: i + 1, paragraph: 0 });
        start = i + 2;
    }
    sentences.push(Sentence { start, end: text.len(), paragraph: 0 });
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
        sentences,
        removed: Vec::new(),
        timexes: Vec::new(),
    }
}

/// The actor each written form is a mention of, as (form, actor id, kind).
fn mentions(text: &str) -> Vec<(String, String, ActorKind)> {
    let doc = document(text);
    let actors: Vec<Actor> = tightrope_extract::actors::find(std::slice::from_ref(&doc));
    let doc = &doc;
    let mut out: Vec<(usize, String, String, ActorKind)> = actors
        .iter()
        .flat_map(|a| {
            a.mentions.iter().map(|m| (m.start, doc.slice(m.start, m.end).to_string(), a.actor_id.clone(), a.kind))
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, form, id, kind)| (form, id, kind)).collect()
}

fn kind_of(found: &[(String, String, ActorKind)], form: &str) -> Option<ActorKind> {
    found.iter().find(|(f, _, _)| f == form).map(|(_, _, k)| *k)
}

#[test]
fn a_location_is_a_place_and_an_acting_capital_its_state() {
    let text = "Gunmen raided a house in a Baghdad suburb. Baghdad rejected the demand. \
                The talks in Chicago ended late and prices rose across Europe and the Middle East.";
    let found = mentions(text);
    let baghdad: Vec<ActorKind> = found.iter().filter(|(f, _, _)| f == "Baghdad").map(|(_, _, k)| *k).collect();
    assert_eq!(baghdad, [ActorKind::Place, ActorKind::State], "{found:?}");
    assert_eq!(kind_of(&found, "Chicago"), Some(ActorKind::Place));
    assert_eq!(kind_of(&found, "Europe"), Some(ActorKind::Place));
    assert_eq!(kind_of(&found, "Middle East"), Some(ActorKind::Place));
    let actors = tightrope_extract::actors::find(&[document(text)]);
    let chicago = actors.iter().find(|a| a.actor_id == "chicago").map(|a| a.affiliation.as_deref());
    assert_eq!(chicago, Some(Some("united-states")), "a city is linked to its country");
}

#[test]
fn an_institution_named_after_a_place_stays_an_institution() {
    let found = mentions("The White House said the Chicago Board of Trade would reopen. Troops left the West Bank.");
    assert_eq!(kind_of(&found, "White House"), Some(ActorKind::GovernmentBody), "{found:?}");
    assert_eq!(kind_of(&found, "West Bank"), Some(ActorKind::Place), "a region keeps its name: {found:?}");
}

#[test]
fn a_surname_in_a_document_naming_the_person_is_the_person() {
    let found = mentions(
        "Director Neil Jordan won the award on Monday. Jordan said the film was his best. \
         President Boris Yeltsin met the envoy. Yeltsin smiled.",
    );
    let yeltsin: Vec<&str> =
        found.iter().filter(|(f, _, _)| f.ends_with("Yeltsin")).map(|(_, id, _)| id.as_str()).collect();
    assert_eq!(yeltsin, ["boris-yeltsin", "boris-yeltsin"], "{found:?}");
    assert_eq!(kind_of(&found, "Jordan"), Some(ActorKind::Person), "{found:?}");
}

#[test]
fn a_company_form_or_an_acronym_makes_no_person() {
    let found = mentions("Shares of Pirelli SpA rose. The OSCE Chechnya mission left. Pirelli said profits rose.");
    assert_ne!(kind_of(&found, "Pirelli SpA"), Some(ActorKind::Person), "{found:?}");
    assert_ne!(kind_of(&found, "Pirelli"), Some(ActorKind::Person), "{found:?}");
}
