//! The corpus index and the facet engine against hand-counted cases, and against the linear
//! `query::event_matches` on random corpora and filters.

mod common;

use proptest::prelude::*;
use tightrope_core::index::{CorpusIndex, QuadClass};
use tightrope_core::link::{ActorMatch, FilterKey, ViewFilter};
use tightrope_core::query::{check_filter, event_matches, timeline, Facets, FlagCounts, TimelineRow};
use tightrope_core::*;

/// Event indices of `six_events`, by name.
const E1: u32 = 0;
const E2: u32 = 1;
const E3: u32 = 2;
const E4: u32 = 3;
const E5: u32 = 4;
const E6: u32 = 5;

fn facets(corpus: &Corpus, query: &str) -> Facets {
    let (filter, notes) = ViewFilter::decode(query);
    assert!(notes.is_empty(), "{query}: {notes:?}");
    Facets::compute(&CorpusIndex::new(corpus), &filter)
}

fn flags(yes: u32, no: u32) -> FlagCounts {
    FlagCounts { yes, no }
}

#[test]
fn the_index_orders_events_and_looks_them_up() {
    let corpus = common::six_events();
    let index = CorpusIndex::new(&corpus);
    assert_eq!(index.timeline(), [E4, E2, E1, E6, E3, E5]);
    assert_eq!(index.rank(E6), Some(3));
    assert_eq!(index.actor_ix("iran"), Some(1));
    assert_eq!(index.actor_ix("ghost"), None);
    assert_eq!(index.document_ix("d3"), Some(2));
    assert_eq!(index.event_ix("e6"), Some(E6));
    assert_eq!(index.actor_events(0), [E4, E2, E1]);
    assert_eq!(index.quad_events(QuadClass::MaterialConflict), [E6, E3]);
    assert_eq!(index.quad_events(QuadClass::MaterialCooperation), [] as [u32; 0]);
    assert_eq!(index.document_events(1), [E4, E6, E3]);
    assert_eq!(index.publishers(), ["Alpha", "Beta"]);
    assert_eq!(index.publisher_events(0), [E2, E1, E3]);
    let roots: Vec<&str> = index.roots().iter().map(|r| r.code.as_str()).collect();
    assert_eq!(roots, ["04", "05", "12", "18", "19", "ELECT"]);
    assert_eq!(index.roots()[4].name, "Fight");
    assert_eq!(index.roots()[5].name, "Election");
    assert_eq!(index.root_events(index.root_ix("19").unwrap()), [E3]);
    assert_eq!(index.event_days(E5), None);
    let jan5 = Day::new(2020, 1, 5).unwrap().ordinal();
    assert_eq!(index.event_days(E1), Some((jan5, jan5)));
    let span = index.day_span().unwrap();
    assert_eq!(span, (Day::new(2019, 1, 1).unwrap().ordinal(), Day::new(2020, 2, 29).unwrap().ordinal()));
}

#[test]
fn no_filter_counts_every_value() {
    let corpus = common::six_events();
    let all = facets(&corpus, "");
    assert_eq!(all.events, [E4, E2, E1, E6, E3, E5]);
    let counts = &all.counts;
    assert_eq!(counts.actors, [3, 3, 2, 2, 1]);
    // person, state, government body, armed group, political group, organisation, media.
    assert_eq!(counts.kinds, [1, 4, 0, 2, 0, 0, 0, 0]);
    assert_eq!(counts.categories, [1, 1, 1, 1, 1, 1]);
    assert_eq!(counts.quads, [2, 0, 1, 2]);
    assert_eq!(counts.documents, [3, 3, 1]);
    assert_eq!(counts.publishers, [3, 3]);
    // day, week, month, season, quarter, year, decade, century, vague.
    assert_eq!(counts.precisions, [2, 0, 2, 0, 0, 1, 0, 0, 1]);
    assert_eq!(counts.reported, flags(1, 5));
    assert_eq!(counts.expected, flags(1, 5));
    assert_eq!(counts.negated, flags(1, 5));
    assert_eq!(counts.inherited, flags(1, 5));
    assert!(all.without.is_empty());
    assert!(all.emptied_by().is_empty());
}

#[test]
fn any_of_several_actors_widens_and_all_narrows() {
    let corpus = common::six_events();
    let any = facets(&corpus, "actor=iraq&actor=usa");
    assert_eq!(any.events, [E4, E2, E1, E6]);
    // The actor facet leaves its own filter out: each actor's count is what choosing it would add.
    assert_eq!(any.counts.actors, [3, 3, 2, 2, 1]);
    assert_eq!(any.counts.kinds, [0, 4, 0, 1, 0, 0, 0, 0]);
    assert_eq!(
        any.without,
        [(FilterKey::Actor("iraq".into()), 2), (FilterKey::Actor("usa".into()), 3), (FilterKey::Actors, 6)]
    );

    let all = facets(&corpus, "actor=iraq&actor=usa&match=all");
    assert_eq!(all.events, [E4]);
    // With all needed, an actor's count is what adding it would leave.
    assert_eq!(all.counts.actors, [1, 1, 1, 0, 0]);
    assert_eq!(
        all.without,
        [(FilterKey::Actor("iraq".into()), 2), (FilterKey::Actor("usa".into()), 3), (FilterKey::Actors, 6)]
    );
}

#[test]
fn an_empty_result_names_the_filters_that_emptied_it() {
    let corpus = common::six_events();
    let empty = facets(&corpus, "quad=material_conflict&precision=year");
    assert!(empty.events.is_empty());
    assert_eq!(empty.emptied_by(), [&FilterKey::Quad, &FilterKey::Precision]);
    assert_eq!(empty.without, [(FilterKey::Quad, 1), (FilterKey::Precision, 2)]);
    // Each facet's counts keep the other filter: quads among year-dated events, precisions among
    // material-conflict ones.
    assert_eq!(empty.counts.quads, [1, 0, 0, 0]);
    assert_eq!(empty.counts.precisions, [1, 0, 1, 0, 0, 0, 0, 0, 0]);

    // Three filters where no single one is to blame: only clearing two brings events back.
    let stuck = facets(&corpus, "quad=material_conflict&precision=year&kind=person");
    assert!(stuck.events.is_empty());
    assert!(stuck.emptied_by().is_empty());
}

#[test]
fn text_searches_quotes_categories_and_actor_names() {
    let corpus = common::six_events();
    assert_eq!(facets(&corpus, "q=TROOPS").events, [E3]);
    assert_eq!(facets(&corpus, "q=consult").events, [E1]);
    assert_eq!(facets(&corpus, "q=hashd").events, [E6, E3]);
    assert_eq!(facets(&corpus, "q=iran").events, [E4, E2, E1, E6, E3]);
    let nothing = facets(&corpus, "q=zebra&kind=state");
    assert!(nothing.events.is_empty());
    assert_eq!(nothing.emptied_by(), [&FilterKey::Text]);
}

#[test]
fn dates_flags_and_sources_filter() {
    let corpus = common::six_events();
    assert_eq!(facets(&corpus, "from=2020-01-10").events, [E2, E3]);
    assert_eq!(facets(&corpus, "to=2019-12-31").events, [E4]);
    assert_eq!(facets(&corpus, "from=2020-01-10&to=2020-01-31").events, [E2]);
    assert_eq!(facets(&corpus, "inherited=no").events, [E2, E1, E6, E3, E5]);
    assert_eq!(facets(&corpus, "reported=yes").events, [E2]);
    assert_eq!(facets(&corpus, "negated=no&expected=no").events, [E4, E2, E1, E6]);
    assert_eq!(facets(&corpus, "publisher=Beta").events, [E4, E6, E3]);
    assert_eq!(facets(&corpus, "doc=d3").events, [E5]);
    assert_eq!(facets(&corpus, "category=ELECT").events, [E5]);
    let fights = facets(&corpus, "category=19");
    assert_eq!(fights.events, [E3]);
    assert_eq!(fights.counts.categories, [1, 1, 1, 1, 1, 1]);
    assert_eq!(fights.counts.documents, [1, 1, 0]);
    assert_eq!(fights.counts.negated, flags(1, 0));
}

#[test]
fn unknown_ids_are_dropped_with_notes() {
    let corpus = common::six_events();
    let index = CorpusIndex::new(&corpus);
    let (filter, _) = ViewFilter::decode("actor=iraq&actor=ghost&doc=nope&publisher=Gamma&category=21&q=x");
    // Unchecked, an unknown id matches nothing.
    assert!(Facets::compute(&index, &filter.without(&FilterKey::Text)).events.is_empty());
    let (checked, notes) = check_filter(&index, &filter);
    assert_eq!(checked.actors(), ["iraq"]);
    assert_eq!((checked.doc.as_ref(), checked.publisher.as_ref(), checked.category.as_ref()), (None, None, None));
    assert_eq!(checked.text.as_deref(), Some("x"));
    let parameters: Vec<&str> = notes.iter().map(|n| n.parameter.as_str()).collect();
    assert_eq!(parameters, ["actor", "doc", "publisher", "category"]);
    assert_eq!(notes[0].to_string(), "ignored `actor`: no actor `ghost` in this corpus");
}

// ---- Random corpora against the linear engine ----

const WORDS: [&str; 8] = ["oil", "talks", "troops", "border", "deal", "Iraq", "sanctions", "ÉLAN"];
const CODES: [(&str, &str); 7] = [
    ("040", "Consult"),
    ("057", "Sign formal agreement"),
    ("125", "Reject"),
    ("183", "Assault"),
    ("190", "Fight"),
    ("ELECT", "Election"),
    ("LAW", "Pass a law"),
];
const KINDS: [ActorKind; 3] = [ActorKind::State, ActorKind::Person, ActorKind::ArmedGroup];

fn arb_corpus() -> impl Strategy<Value = Corpus> {
    let sentence = prop::collection::vec(prop::sample::select(WORDS.to_vec()), 1..5).prop_map(|w| w.join(" ") + ".");
    let doc = (prop::collection::vec(sentence, 1..4), prop::option::of(prop::sample::select(vec!["Alpha", "Beta"])));
    let when = prop_oneof![
        (2018u32..2022, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (2018u32..2022, 1u32..13).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (2018u32..2022).prop_map(|y| y.to_string()),
        Just("PAST_REF".to_string()),
    ];
    let event = (
        when,
        prop::collection::vec(0usize..5, 0..4),
        0..CODES.len(),
        prop::collection::vec((0usize..3, 0usize..3), 1..3),
        prop::array::uniform4(any::<bool>()),
    );
    (
        prop::collection::vec(doc, 1..4),
        prop::collection::vec(prop::sample::select(KINDS.to_vec()), 5),
        prop::collection::vec(event, 0..25),
    )
        .prop_map(|(docs, kinds, events)| {
            let documents: Vec<Document> = docs
                .iter()
                .enumerate()
                .map(|(i, (sentences, publisher))| {
                    let sentences: Vec<&str> = sentences.iter().map(String::as_str).collect();
                    common::document(&format!("d{i}"), *publisher, &sentences)
                })
                .collect();
            let names = ["Iraq", "Iran", "Border Guard", "Talks Council", "Élan Party"];
            let actors = (0..5).map(|i| common::actor(&format!("a{i}"), names[i], kinds[i])).collect();
            let events = events
                .into_iter()
                .enumerate()
                .map(|(i, (when, actors, code, mentions, [reported, expected, negated, inherited]))| {
                    let ids: Vec<String> = actors.iter().map(|a| format!("a{a}")).collect();
                    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                    let (code, name) = CODES[code];
                    let mut event = common::event(&format!("e{i}"), &when, &ids, code, name);
                    event.mentions = mentions
                        .iter()
                        .map(|&(d, s)| {
                            let doc = &documents[d % documents.len()];
                            common::mention(doc, s % doc.sentences.len())
                        })
                        .collect();
                    event.flags = EventFlags { reported, expected, negated };
                    event.date.inherited = inherited;
                    event
                })
                .collect();
            common::corpus(documents, actors, events)
        })
}

fn arb_filter() -> impl Strategy<Value = ViewFilter> {
    let id = |prefix: &'static str, n: usize| {
        prop::option::of((0..=n).prop_map(move |i| if i == n { "ghost".to_string() } else { format!("{prefix}{i}") }))
    };
    let flag = || prop::option::of(any::<bool>());
    (
        (
            prop::option::of(prop::sample::select(vec!["oil", "IRAQ", "élan", "fight", "council", "s t", "zzz"])),
            prop::collection::vec(id("a", 5).prop_map(|a| a.unwrap_or_else(|| "a0".into())), 0..4),
            any::<bool>(),
            prop::option::of(prop::sample::select(KINDS.to_vec())),
            prop::option::of(prop::sample::select(vec!["04", "05", "12", "18", "19", "ELECT", "LAW", "99"])),
            prop::option::of(prop::sample::select(QuadClass::ALL.to_vec())),
        ),
        (
            id("d", 3),
            prop::option::of(prop::sample::select(vec!["Alpha", "Beta", "Gamma"])),
            prop::option::of(prop::sample::select(vec![
                Precision::Day,
                Precision::Month,
                Precision::Year,
                Precision::Vague,
            ])),
            [flag(), flag(), flag(), flag()],
            prop::option::of((2018i32..2022, 1u32..13)),
            prop::option::of((2018i32..2022, 1u32..13)),
        ),
    )
        .prop_map(|((text, actors, all, kind, category, quad), (doc, publisher, precision, flags, from, to))| {
            let [reported, expected, negated, inherited] = flags;
            ViewFilter {
                text: text.map(String::from),
                actor_match: if all { ActorMatch::All } else { ActorMatch::Any },
                kind,
                category: category.map(String::from),
                quad,
                doc,
                publisher: publisher.map(String::from),
                precision,
                reported,
                expected,
                negated,
                inherited,
                from: from.and_then(|(y, m)| Day::new(y, m, 1)),
                to: to.and_then(|(y, m)| Day::last_of_month(y, m)),
                ..ViewFilter::default()
            }
            .with_actors(actors)
        })
}

/// How many events the linear engine lets through a filter.
fn brute(corpus: &Corpus, filter: &ViewFilter) -> u32 {
    corpus.events.iter().filter(|e| event_matches(corpus, e, filter)).count() as u32
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn facets_agree_with_the_linear_engine(corpus in arb_corpus(), filter in arb_filter()) {
        let index = CorpusIndex::new(&corpus);
        let facets = Facets::compute(&index, &filter);
        let expected: Vec<u32> = timeline(&corpus, &filter)
            .into_iter()
            .filter_map(|row| match row {
                TimelineRow::Event(e) => corpus.events.iter().position(|x| std::ptr::eq(x, e)).map(|i| i as u32),
                TimelineRow::Publication(_) => None,
            })
            .collect();
        prop_assert_eq!(&facets.events, &expected);

        let counts = &facets.counts;
        for (a, actor) in corpus.actors.iter().enumerate() {
            let mut chosen: Vec<String> = match filter.actor_match {
                ActorMatch::Any => vec![],
                ActorMatch::All => filter.actors().into_iter().map(String::from).collect(),
            };
            chosen.push(actor.actor_id.clone());
            prop_assert_eq!(counts.actors[a], brute(&corpus, &filter.with_actors(chosen)), "actor {}", a);
        }
        for (k, kind) in ActorKind::ALL.into_iter().enumerate() {
            prop_assert_eq!(counts.kinds[k], brute(&corpus, &ViewFilter { kind: Some(kind), ..filter.clone() }));
        }
        for (r, root) in index.roots().iter().enumerate() {
            let category = Some(root.code.clone());
            prop_assert_eq!(counts.categories[r], brute(&corpus, &ViewFilter { category, ..filter.clone() }));
        }
        for (q, quad) in QuadClass::ALL.into_iter().enumerate() {
            prop_assert_eq!(counts.quads[q], brute(&corpus, &ViewFilter { quad: Some(quad), ..filter.clone() }));
        }
        for (d, doc) in corpus.documents.iter().enumerate() {
            let doc = Some(doc.doc_id.clone());
            prop_assert_eq!(counts.documents[d], brute(&corpus, &ViewFilter { doc, ..filter.clone() }));
        }
        for (p, publisher) in index.publishers().iter().enumerate() {
            let publisher = Some(publisher.clone());
            prop_assert_eq!(counts.publishers[p], brute(&corpus, &ViewFilter { publisher, ..filter.clone() }));
        }
        for (p, precision) in tightrope_core::index::PRECISIONS.into_iter().enumerate() {
            let precision = Some(precision);
            prop_assert_eq!(counts.precisions[p], brute(&corpus, &ViewFilter { precision, ..filter.clone() }));
        }
        for wanted in [true, false] {
            let pick = |c: FlagCounts| if wanted { c.yes } else { c.no };
            let w = Some(wanted);
            prop_assert_eq!(pick(counts.reported), brute(&corpus, &ViewFilter { reported: w, ..filter.clone() }));
            prop_assert_eq!(pick(counts.expected), brute(&corpus, &ViewFilter { expected: w, ..filter.clone() }));
            prop_assert_eq!(pick(counts.negated), brute(&corpus, &ViewFilter { negated: w, ..filter.clone() }));
            prop_assert_eq!(pick(counts.inherited), brute(&corpus, &ViewFilter { inherited: w, ..filter.clone() }));
        }

        let mut keys: Vec<FilterKey> = filter.active();
        if filter.actors().len() > 1 {
            keys.push(FilterKey::Actors);
        }
        prop_assert_eq!(facets.without.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>(), keys);
        for (key, count) in &facets.without {
            prop_assert_eq!(*count, brute(&corpus, &filter.without(key)), "without {:?}", key);
        }
    }
}
