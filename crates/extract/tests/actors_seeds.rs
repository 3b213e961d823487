//! The seeds' actor table: name, kind, aliases, roles and mentions per document, reviewed against the text.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use tightrope_core::{Actor, Corpus};

fn seeds() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    tightrope_extract::build_corpus(&dir).expect("the seeds build").corpus
}

/// One block per actor: what a reviewer checks against the articles.
fn table(corpus: &Corpus) -> String {
    let mut out = String::new();
    for actor in &corpus.actors {
        let _ =
            writeln!(out, "{} | {} | {} ({:.1})", actor.actor_id, actor.name, actor.kind.slug(), actor.kind_confidence);
        if let Some(affiliation) = &actor.affiliation {
            let _ = writeln!(out, "  affiliation: {affiliation}");
        }
        let aliases: Vec<String> = actor.aliases.iter().map(|a| format!("{} ×{}", a.text, a.count)).collect();
        let _ = writeln!(out, "  aliases: {}", aliases.join("; "));
        for role in &actor.roles {
            let when = role.during.as_ref().map_or("undated".to_string(), |d| d.value.clone());
            let _ = writeln!(out, "  role: {} [{when}] in {}", role.title, role.evidence.doc_id);
        }
        let _ = writeln!(out, "  mentions: {}", per_document(actor));
    }
    out
}

fn per_document(actor: &Actor) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for mention in &actor.mentions {
        *counts.entry(&mention.doc_id[..3]).or_default() += 1;
    }
    let parts: Vec<String> = counts.iter().map(|(doc, n)| format!("{doc}:{n}")).collect();
    format!("{} = {}", actor.mentions.len(), parts.join(" "))
}

#[test]
fn seeds_actor_table() {
    let corpus = seeds();
    insta::assert_snapshot!("actors_seeds_table", table(&corpus));
}

/// Reviewed against the articles: every actor the seeds name twice or more, with its kind.
const NAMED_TWICE_OR_MORE: [(&str, &str); 24] = [
    ("ali-larijani", "person"),
    ("asaib-ahl-al-haq", "armed_group"),
    ("asharq-al-awsat", "media"),
    ("donald-trump", "person"),
    ("harakat-hezbollah-al-nujaba", "armed_group"),
    ("hezbollah", "armed_group"),
    ("hussein-allawi", "person"),
    ("iran", "state"),
    ("iranian-revolutionary-guards-corps", "government_body"),
    ("iraq", "state"),
    ("isis", "armed_group"),
    ("israel", "state"),
    ("james-jeffrey", "person"),
    ("kataib-hezbollah", "armed_group"),
    ("kataib-sayyid-al-shuhada", "armed_group"),
    ("marco-rubio", "person"),
    ("mark-savaya", "person"),
    ("mohammed-shia-al-sudani", "person"),
    ("mustafa-al-kadhimi", "person"),
    ("popular-mobilization-forces", "armed_group"),
    ("supreme-national-security-council", "government_body"),
    ("syria", "state"),
    ("united-states", "state"),
    ("us-state-department", "government_body"),
];

#[test]
fn every_actor_named_twice_is_found_with_its_kind() {
    let corpus = seeds();
    for (actor_id, kind) in NAMED_TWICE_OR_MORE {
        let actor = corpus.actor(actor_id).unwrap_or_else(|| panic!("{actor_id} is missing"));
        assert_eq!(actor.kind.slug(), kind, "{actor_id}");
        assert!(actor.mentions.len() >= 2, "{actor_id} has {} mentions", actor.mentions.len());
    }
}

#[test]
fn ids_are_unique_sorted_and_affiliations_resolve() {
    let corpus = seeds();
    let ids: Vec<&str> = corpus.actors.iter().map(|a| a.actor_id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(ids, sorted, "ids are sorted and unique");
    for actor in &corpus.actors {
        if let Some(affiliation) = &actor.affiliation {
            assert!(corpus.actor(affiliation).is_some(), "{} points to missing {affiliation}", actor.actor_id);
        }
    }
}

#[test]
fn mentions_are_exact_spans_of_aliases_and_no_span_has_two_actors() {
    let corpus = seeds();
    let mut spans = std::collections::BTreeSet::new();
    for actor in &corpus.actors {
        for mention in &actor.mentions {
            let document = corpus.document(&mention.doc_id).expect("the document exists");
            let text = document.text.get(mention.start..mention.end).expect("the span is inside the text");
            assert!(actor.aliases.iter().any(|a| a.text == text), "{}: {text:?} is not an alias", actor.actor_id);
            assert!(spans.insert((mention.doc_id.clone(), mention.start)), "two actors at {mention:?}");
        }
        let total: usize = actor.aliases.iter().map(|a| a.count).sum();
        assert_eq!(total, actor.mentions.len(), "{}", actor.actor_id);
    }
}

/// The text of every mention of an actor in one document.
fn mention_texts(corpus: &Corpus, actor_id: &str, doc_prefix: &str) -> Vec<String> {
    let actor = corpus.actor(actor_id).expect("the actor exists");
    actor
        .mentions
        .iter()
        .filter(|m| m.doc_id.starts_with(doc_prefix))
        .map(|m| {
            let text = &corpus.document(&m.doc_id).expect("the document exists").text;
            text[m.start.saturating_sub(20)..m.end].to_string()
        })
        .collect()
}

#[test]
fn capitals_are_states_where_they_act_and_places_where_one_goes() {
    let corpus = seeds();
    let us = mention_texts(&corpus, "united-states", "002");
    assert!(us.iter().any(|m| m.ends_with("Washington") && !m.contains("to ")), "{us:?}");
    let iraq = mention_texts(&corpus, "iraq", "000");
    assert!(!iraq.iter().any(|m| m.ends_with("travelled to Baghdad")), "{iraq:?}");
    assert!(iraq.iter().any(|m| m.ends_with("deals with Baghdad")), "{iraq:?}");
}

#[test]
fn the_longest_name_wins_and_demonyms_are_not_mentions() {
    let corpus = seeds();
    let hezbollah = corpus.actor("hezbollah").expect("Hezbollah");
    assert_eq!(hezbollah.aliases.iter().map(|a| a.text.as_str()).collect::<Vec<_>>(), ["Hezbollah"]);
    let nujaba = corpus.actor("harakat-hezbollah-al-nujaba").expect("Nujaba");
    assert!(nujaba.aliases.iter().any(|a| a.text == "Harakat al-Nujaba"));
    let iran = corpus.actor("iran").expect("Iran");
    assert!(iran.aliases.iter().all(|a| a.text != "Iranian"));
    let pezeshkian = corpus.actor("masoud-pezeshkian").expect("Pezeshkian");
    assert_eq!(pezeshkian.affiliation.as_deref(), Some("iran"));
    assert_eq!(pezeshkian.roles[0].title, "President of Iran");
}

#[test]
fn roles_carry_titles_dates_and_evidence() {
    let corpus = seeds();
    let sudani = corpus.actor("mohammed-shia-al-sudani").expect("Sudani");
    assert!(sudani.roles.iter().all(|r| r.title == "Prime Minister of Iraq"), "{:?}", sudani.roles);
    let kadhimi = corpus.actor("mustafa-al-kadhimi").expect("Kadhimi");
    assert!(
        kadhimi.roles.iter().all(|r| r.during.as_ref().is_some_and(|d| d.value.starts_with("2020"))),
        "{:?}",
        kadhimi.roles
    );
    let jeffrey = corpus.actor("james-jeffrey").expect("Jeffrey");
    let role = &jeffrey.roles[0];
    assert_eq!(role.title, "Former US Ambassador to Iraq");
    let document = corpus.document(&role.evidence.doc_id).expect("the document exists");
    assert!(
        document.text[role.evidence.start..role.evidence.end].contains("Former US Ambassador to Iraq James Jeffrey")
    );
}

#[test]
fn ids_stay_when_a_document_is_added() {
    let corpus = seeds();
    let mut documents = corpus.documents.clone();
    let mut extra = documents[0].clone();
    extra.doc_id = "999_extra".into();
    extra.text = "Russian President Vladimir Putin called Iraqi Prime Minister Mohammed Shia al-Sudani. \
                  Putin praised the Popular Mobilisation Forces, and Moscow invited Baghdad to talks."
        .into();
    extra.paragraphs = vec![tightrope_core::Paragraph { start: 0, end: extra.text.len(), heading: false, line: 1 }];
    extra.sentences = vec![tightrope_core::Sentence { start: 0, end: extra.text.len(), paragraph: 0 }];
    extra.timexes.clear();
    documents.push(extra);
    let grown = tightrope_extract::actors::find(&documents);
    for actor in &corpus.actors {
        assert!(grown.iter().any(|a| a.actor_id == actor.actor_id), "{} changed its id", actor.actor_id);
    }
    assert!(grown.iter().any(|a| a.actor_id == "vladimir-putin"));
}
