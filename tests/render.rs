//! Host render tests: pages rendered through Yew's server-side renderer at a given URL.

use std::rc::Rc;
use tightrope_core::Corpus;
use tightrope_viewer::store::CorpusHandle;
use tightrope_viewer::{app::StaticAppProps, StaticApp};
use yew::LocalServerRenderer;

fn corpus() -> CorpusHandle {
    CorpusHandle(Rc::new(Corpus::from_json(tightrope_viewer::CORPUS_JSON).expect("the embedded corpus parses")))
}

async fn render_with(corpus: CorpusHandle, path: &str) -> String {
    let props = StaticAppProps { corpus, path: path.to_string().into() };
    LocalServerRenderer::<StaticApp>::with_props(props).hydratable(false).render().await
}

async fn render(path: &str) -> String {
    render_with(corpus(), path).await
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[tokio::test]
async fn documents_page_lists_every_document() {
    let corpus = corpus();
    let html = render_with(corpus.clone(), "/documents").await;
    assert!(html.contains(&format!("{} documents", corpus.documents.len())));
    for doc in &corpus.documents {
        assert!(html.contains(&escaped(&doc.title)), "missing {}", doc.title);
    }
    assert!(html.contains("aria-current=\"page\""), "the current section is marked");
}

#[tokio::test]
async fn reader_shows_clean_text_and_addressable_sentences() {
    let corpus = corpus();
    let doc = corpus.documents.iter().find(|d| !d.removed.is_empty()).expect("a seed with page chrome");
    let html = render_with(corpus.clone(), &format!("/documents/{}", doc.doc_id)).await;
    for removed in &doc.removed {
        assert!(!html.contains(&format!(">{}<", escaped(&removed.text))), "chrome line {} is shown", removed.line);
    }
    assert!(html.contains("lines of page chrome removed"));
    for number in 1..=doc.sentences.len() {
        assert!(html.contains(&format!("id=\"s{number}\"")), "sentence {number} has no anchor");
    }
    assert!(!html.contains("sentence selected"), "no sentence is selected without a sentence link");
}

#[tokio::test]
async fn a_sentence_link_selects_that_sentence() {
    let corpus = corpus();
    let doc = &corpus.documents[0];
    let html = render_with(corpus.clone(), &format!("/documents/{}/2", doc.doc_id)).await;
    assert_eq!(html.matches("sentence selected").count(), 1);
    assert!(html.contains("id=\"s2\" class=\"sentence selected\""), "{html}");
    let html = render_with(corpus.clone(), &format!("/documents/{}/9999", doc.doc_id)).await;
    assert!(html.contains("there is no sentence 9999"));
}

#[tokio::test]
async fn timeline_lists_dated_publications_in_order() {
    let corpus = corpus();
    let html = render_with(corpus.clone(), "/").await;
    let mut dated: Vec<_> =
        corpus.documents.iter().filter_map(|d| d.date.as_ref().map(|date| (date.date.sort_key(), d))).collect();
    dated.sort_by_key(|(key, _)| *key);
    let positions: Vec<usize> = dated
        .iter()
        .map(|(_, d)| {
            html.find(&format!(">{}<", escaped(&d.title)))
                .unwrap_or_else(|| panic!("{} is not on the timeline", d.title))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "publications are out of order: {positions:?}");
}

#[tokio::test]
async fn bad_link_parameters_give_a_visible_note() {
    let html = render("/?from=2025-02-30&actor=").await;
    assert!(html.contains("Part of this link could not be used"));
    assert!(html.contains("ignored `from`: not a calendar day"));
    assert!(html.contains("class=\"timeline\""), "the timeline still renders");
}

#[tokio::test]
async fn unknown_pages_and_ids_say_so() {
    assert!(render("/nothing/here").await.contains("No such page"));
    assert!(render("/documents/nope").await.contains("No such document"));
    assert!(render("/actors/nobody").await.contains("No such actor"));
}

#[tokio::test]
async fn actors_page_lists_actors_with_kinds() {
    let corpus = corpus();
    let html = render_with(corpus.clone(), "/actors").await;
    assert!(html.contains(&format!("{} of {} actors", corpus.actors.len(), corpus.actors.len())));
    if let Some(actor) = corpus.actors.first() {
        let page = render_with(corpus.clone(), &format!("/actors/{}", actor.actor_id)).await;
        assert!(page.contains(&escaped(&actor.name)));
        assert!(page.contains("Mentioned in"));
    }
}
