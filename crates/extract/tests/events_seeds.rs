//! The events of the seed articles: with the pipeline's own actors, and with a hand-listed actor
//! fixture that isolates the events stage from the actors stage.

use std::fmt::Write;
use std::path::Path;
use tightrope_core::{Actor, ActorKind, Corpus, Event, Mention};
use tightrope_extract::{build_corpus, events};

fn seeds() -> Corpus {
    build_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("the seeds build").corpus
}

/// A reviewer's view of the events: one line each, then the quote's start and its other mentions.
fn render(events: &[Event], corpus: &Corpus, actors: &[Actor]) -> String {
    let name = |id: &str| actors.iter().find(|a| a.actor_id == id).map_or(id.to_string(), |a| a.name.clone());
    let mut out = String::new();
    for event in events {
        let target: Vec<String> = event.target.iter().map(|t| name(t)).collect();
        let mut flags = Vec::new();
        for (on, label) in [
            (event.date.inherited, "inherited"),
            (event.flags.expected, "expected"),
            (event.flags.negated, "negated"),
            (event.flags.reported, "reported"),
        ] {
            if on {
                flags.push(label);
            }
        }
        let _ = writeln!(
            out,
            "{} | {} | {} {} | {} | {}{}",
            event.date.date.label(),
            event.source.as_deref().map_or("-".to_string(), name),
            event.category.code,
            event.category.name,
            if target.is_empty() { "-".to_string() } else { target.join(", ") },
            event.date.date.value,
            if flags.is_empty() { String::new() } else { format!(" [{}]", flags.join(", ")) },
        );
        for mention in &event.mentions {
            let document = corpus.document(&mention.doc_id).expect("mentions name a document");
            assert_eq!(
                corpus.quote(mention),
                document.sentence_text(mention.sentence),
                "the quote is the mention's sentence"
            );
            let quote: String = corpus.quote(mention).chars().take(100).collect();
            let _ = write!(out, "    {}#{}: {}", &mention.doc_id[..3], mention.sentence, quote);
            if let Some(attribution) = &mention.attribution {
                let _ = write!(out, "  (per {attribution})");
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn seed_events_with_the_pipeline_actors() {
    let corpus = seeds();
    for event in &corpus.events {
        assert!(!event.mentions.is_empty(), "every event has its quote");
    }
    insta::assert_snapshot!(render(&corpus.events, &corpus, &corpus.actors));
}

#[test]
fn seed_events_with_fixture_actors() {
    let corpus = seeds();
    let actors = fixture_actors(&corpus);
    let found = events::extract(&corpus.documents, &actors);
    insta::assert_snapshot!(render(&found, &corpus, &actors));
}

/// Hand-listed actors of the seeds, found by exact match: a fixture, not a resolver.
fn fixture_actors(corpus: &Corpus) -> Vec<Actor> {
    use ActorKind::*;
    type Row = (&'static str, ActorKind, Option<&'static str>, &'static [&'static str]);
    let table: &[Row] = &[
        ("united-states", State, None, &["United States", "US", "U.S.", "Washington"]),
        ("iraq", State, None, &["Iraq", "Baghdad"]),
        ("iran", State, None, &["Iran", "Tehran"]),
        ("israel", State, None, &["Israel"]),
        ("turkey", State, None, &["Turkey"]),
        ("saudi-arabia", State, None, &["Saudi Arabia"]),
        ("britain", State, None, &["Britain"]),
        ("syria", State, None, &["Syria"]),
        (
            "iraqi-kurdistan",
            GovernmentBody,
            Some("iraq"),
            &["Iraqi Kurdistan", "Kurdistan", "Iraqi Kurdish administration"],
        ),
        ("us-state-department", GovernmentBody, Some("united-states"), &["US State Department", "State Department"]),
        ("us-treasury", GovernmentBody, Some("united-states"), &["US Treasury Department", "US Treasury"]),
        ("trump-administration", GovernmentBody, Some("united-states"), &["Trump administration"]),
        ("us-congress", GovernmentBody, Some("united-states"), &["Congress"]),
        ("congressional-research-service", GovernmentBody, Some("united-states"), &["Congressional Research Service"]),
        (
            "iraqi-counter-terrorism-service",
            GovernmentBody,
            Some("iraq"),
            &["Iraqi Counter Terrorism Forces", "Iraqi Counter Terrorism Service"],
        ),
        ("iraqi-prime-ministers-office", GovernmentBody, Some("iraq"), &["Iraqi Prime Minister’s Office"]),
        ("iraqi-foreign-ministry", GovernmentBody, Some("iraq"), &["Iraqi Foreign Ministry"]),
        ("iran-snsc", GovernmentBody, Some("iran"), &["Iran’s Supreme National Security Council"]),
        ("irgc", ArmedGroup, Some("iran"), &["Iranian Revolutionary Guards Corps", "IRGC"]),
        ("donald-trump", Person, Some("united-states"), &["President Donald Trump", "Donald Trump", "Trump"]),
        (
            "marco-rubio",
            Person,
            Some("united-states"),
            &["US Secretary of State Marco Rubio", "Secretary of State Marco Rubio", "Rubio"],
        ),
        ("mark-savaya", Person, Some("united-states"), &["US special envoy Mark Savaya", "Mark Savaya"]),
        ("james-jeffrey", Person, Some("united-states"), &["Former US Ambassador to Iraq James Jeffrey", "Jeffrey"]),
        (
            "mohammed-shia-al-sudani",
            Person,
            Some("iraq"),
            &[
                "Iraqi Prime Minister Mohammed Shia al-Sudani",
                "Prime Minister Mohammed Shia al-Sudani",
                "Prime Minister Sudani",
                "Sudani",
            ],
        ),
        ("mustafa-al-kadhimi", Person, Some("iraq"), &["Iraqi Prime Minister Mustafa al-Kadhimi", "Kadhimi"]),
        ("hussein-allawi", Person, Some("iraq"), &["Prime Minister adviser Hussein Allawi", "Allawi"]),
        ("qasim-al-araji", Person, Some("iraq"), &["Iraq’s National Security Advisor Qasim al-Araji"]),
        ("husham-al-hashimi", Person, Some("iraq"), &["Husham al-Hashimi"]),
        ("adnan-al-zurfi", Person, Some("iraq"), &["Adnan al-Zurfi"]),
        ("ali-larijani", Person, Some("iran"), &["Ali Larijani", "Larijani"]),
        ("masoud-pezeshkian", Person, Some("iran"), &["Iranian President Masoud Pezeshkian"]),
        ("hassan-rouhani", Person, Some("iran"), &["Iranian President Hassan Rouhani"]),
        ("qassem-soleimani", Person, Some("irgc"), &["Iranian Revolutionary Guards Corps leader Qassem Soleimani"]),
        ("esmail-ghaani", Person, Some("irgc"), &["Brig. Gen. Esmail Ghaani"]),
        ("abu-mahdi-al-muhandis", Person, Some("pmf"), &["Abu Mahdi al-Muhandis"]),
        ("pmf", ArmedGroup, Some("iraq"), &["Popular Mobilization Forces", "Popular Mobilisation Forces", "PMF"]),
        ("kataib-hezbollah", ArmedGroup, None, &["Kataib Hezbollah"]),
        ("asaib-ahl-al-haq", ArmedGroup, None, &["Asaib Ahl al-Haq", "Asaib al-Haq"]),
        ("kataib-sayyid-al-shuhada", ArmedGroup, None, &["Kataib Sayyid al-Shuhada", "Kataib Sayyid al Shuhada"]),
        ("harakat-al-nujaba", ArmedGroup, None, &["Harakat Hezbollah al Nujaba", "Harakat al-Nujaba"]),
        ("harakat-ansar-allah-al-awfiya", ArmedGroup, None, &["Harakat Ansar Allah al Awfiya"]),
        ("kataib-al-imam-ali", ArmedGroup, None, &["Kataib al Imam Ali"]),
        ("hezbollah", ArmedGroup, None, &["Hezbollah"]),
        ("islamic-state", ArmedGroup, None, &["Islamic State", "ISIS"]),
        ("national-wisdom-movement", PoliticalGroup, Some("iraq"), &["National Wisdom Movement"]),
        ("fatah-alliance", PoliticalGroup, Some("iraq"), &["Fatah alliance"]),
        ("mossad", GovernmentBody, Some("israel"), &["Mossad"]),
        ("al-araby-al-jadeed", Media, None, &["Al-Araby Al-Jadeed"]),
        ("asharq-al-awsat", Media, None, &["Asharq Al-Awsat"]),
        ("caliber-az", Media, None, &["Caliber.Az"]),
        ("intellinews", Media, None, &["IntelliNews"]),
    ];
    // Longest forms first, so "US State Department" is one mention rather than "US".
    let mut found: Vec<(usize, String, usize, usize)> = Vec::new();
    for (index, (_, _, _, forms)) in table.iter().enumerate() {
        for document in &corpus.documents {
            for form in forms.iter() {
                for (start, _) in document.text.match_indices(form) {
                    let end = start + form.len();
                    let before = document.text[..start].chars().next_back();
                    let after = document.text[end..].chars().next();
                    if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
                        found.push((index, document.doc_id.clone(), start, end));
                    }
                }
            }
        }
    }
    found.sort_by_key(|(_, _, start, end)| std::cmp::Reverse(end - start));
    let mut taken: Vec<(usize, String, usize, usize)> = Vec::new();
    for mention in found {
        if !taken.iter().any(|(_, d, s, e)| *d == mention.1 && mention.2 < *e && *s < mention.3) {
            taken.push(mention);
        }
    }
    taken.sort_by_key(|(_, d, s, _)| (d.clone(), *s));
    table
        .iter()
        .enumerate()
        .map(|(index, (id, kind, affiliation, forms))| Actor {
            actor_id: id.to_string(),
            name: forms[0].to_string(),
            kind: *kind,
            kind_confidence: 1.0,
            aliases: Vec::new(),
            roles: Vec::new(),
            affiliation: affiliation.map(str::to_string),
            mentions: taken
                .iter()
                .filter(|(i, _, _, _)| *i == index)
                .map(|(_, doc_id, start, end)| Mention { doc_id: doc_id.clone(), start: *start, end: *end })
                .collect(),
        })
        .collect()
}
