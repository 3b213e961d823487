//! Browser tests: the release build in real headless Chromium, driven through ChromeDriver,
//! served by a plain static server (no rewrite rules) at the root and under a sub-path. This file
//! walks the pages; `page_safety` checks the Content-Security-Policy and hostile links,
//! `accessibility` runs axe-core over every page.
//!
//! They need the release builds, so they are ignored in a plain `cargo test`;
//! `cargo xtask test` builds both and runs them with `--ignored`.

mod accessibility;
mod harness;
mod page_safety;
mod timeline;

use fantoccini::{Client, Locator};
use harness::{
    corpus, current_hash, dist, document_text, errors, screenshot, serve, text_of, wait_for, wait_for_hash,
    with_browser,
};
use std::path::Path;
use std::time::Duration;

fn txt_files_in_seeds() -> usize {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    std::fs::read_dir(seeds)
        .expect("seeds/")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .count()
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn timeline_loads_without_console_errors() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    let corpus = corpus();
    with_browser(|client| async move {
        client.goto(&base).await.expect("open the site");
        wait_for(&client, ".timeline .row").await;
        let dated_documents = corpus.documents.iter().filter(|d| d.date.is_some()).count();
        let count = corpus.events.len() + dated_documents;
        let rows = client.find_all(Locator::Css(".timeline .row")).await.expect("rows");
        assert!(
            rows.len() > 3 && rows.len() < count,
            "only the rows in view are in the page: {} of {count}",
            rows.len()
        );
        let setsize = rows[0].attr("aria-setsize").await.expect("an attribute");
        assert_eq!(setsize, Some(count.to_string()), "every event and dated publication is in the list");
        assert_eq!(text_of(&client, ".corpus-name").await, corpus.name);
        assert_eq!(errors(&client).await, Vec::<String>::new(), "console errors on the timeline");
        screenshot(&client, "timeline").await;
        client
    });
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn navigation_reaches_every_page() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    with_browser(|client| async move {
        client.goto(&base).await.expect("open the site");
        wait_for(&client, ".timeline").await;

        client.find(Locator::LinkText("Documents")).await.expect("the Documents link").click().await.expect("click");
        wait_for_hash(&client, "/documents").await;
        wait_for(&client, "table.documents tbody tr").await;
        let rows = client.find_all(Locator::Css("table.documents tbody tr")).await.expect("rows");
        assert_eq!(rows.len(), txt_files_in_seeds(), "documents in = documents out");
        screenshot(&client, "documents").await;

        let first = client.find(Locator::Css("table.documents tbody tr td a")).await.expect("a document link");
        let title = first.text().await.expect("its title");
        first.click().await.expect("click");
        assert_eq!(text_of(&client, ".doc-header h1").await, title);
        let article = text_of(&client, "article").await;
        assert!(!article.contains("Skip to content"), "page chrome is removed from the reader");
        screenshot(&client, "document").await;

        client.find(Locator::LinkText("Actors")).await.expect("the Actors link").click().await.expect("click");
        wait_for_hash(&client, "/actors").await;
        wait_for(&client, ".actors-page h1").await;
        screenshot(&client, "actors").await;
        if let Ok(actor) = client.find(Locator::Css("table.actors tbody tr td a")).await {
            let name = actor.text().await.expect("a name");
            actor.click().await.expect("click");
            assert_eq!(text_of(&client, ".actor-page h1").await, name);
            screenshot(&client, "actor").await;
        }

        client.find(Locator::LinkText("About")).await.expect("the About link").click().await.expect("click");
        wait_for(&client, ".about-page").await;
        screenshot(&client, "about").await;
        assert_eq!(errors(&client).await, Vec::<String>::new());
        client
    });
}

async fn check_sentence_deep_link(client: &Client, base: &str) {
    let corpus = corpus();
    let (d, text) = (0..corpus.documents.len())
        .map(|d| (d, document_text(d)))
        .max_by_key(|(_, t)| t.sentences.len())
        .expect("a document");
    let doc = text.restore(&corpus.documents[d]);
    let index = doc.sentences.len() * 2 / 3;
    let url = format!("{base}#/documents/{}/{}", doc.doc_id, index + 1);
    client.goto(&url).await.expect("open the deep link");
    let selected = wait_for(client, ".sentence.selected").await;
    assert_eq!(selected.attr("id").await.expect("an id"), Some(format!("s{}", index + 1)));
    let text = selected.text().await.expect("text");
    let expected = doc.sentence_text(index);
    assert!(text.starts_with(&expected[..expected.len().min(40)]), "selected `{text}` is not `{expected}`");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let visible = client
        .execute("const r = document.querySelector('.sentence.selected').getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", vec![])
        .await
        .expect("run a script");
    assert_eq!(visible, serde_json::json!(true), "the linked sentence is scrolled into view");
    assert_eq!(errors(client).await, Vec::<String>::new());
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn deep_link_to_a_sentence_loads_directly() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    with_browser(|client| async move {
        check_sentence_deep_link(&client, &base).await;
        screenshot(&client, "sentence").await;
        client
    });
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn deep_link_works_under_a_sub_path() {
    let prefix: &'static str =
        Box::leak(std::env::var("TIGHTROPE_SUB_PATH").unwrap_or_else(|_| "/tightrope/demo/".into()).into_boxed_str());
    let base = serve(dist("TIGHTROPE_DIST_SUB"), prefix);
    with_browser(|client| async move {
        check_sentence_deep_link(&client, &base).await;
        client.find(Locator::LinkText("Documents")).await.expect("the Documents link").click().await.expect("click");
        wait_for(&client, "table.documents").await;
        let url = client.current_url().await.expect("a URL");
        assert!(url.path().starts_with(prefix), "navigation stays under {prefix}: {url}");
        client
    });
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn back_and_forward_restore_pages() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    with_browser(|client| async move {
        client.goto(&base).await.expect("open the site");
        wait_for(&client, ".timeline").await;
        client.find(Locator::LinkText("Documents")).await.expect("link").click().await.expect("click");
        wait_for(&client, "table.documents tbody tr").await;
        client
            .find(Locator::Css("table.documents tbody tr td a"))
            .await
            .expect("a document")
            .click()
            .await
            .expect("click");
        wait_for(&client, ".document-page").await;

        client.back().await.expect("back");
        wait_for_hash(&client, "/documents").await;
        wait_for(&client, "table.documents").await;
        assert_eq!(current_hash(&client).await, "/documents");
        client.back().await.expect("back");
        wait_for(&client, ".timeline-page").await;
        client.forward().await.expect("forward");
        wait_for(&client, "table.documents").await;
        client.forward().await.expect("forward");
        wait_for(&client, ".document-page").await;
        client
    });
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn a_search_replaces_the_history_entry() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    with_browser(|client| async move {
        client.goto(&format!("{base}#/documents")).await.expect("open documents");
        wait_for(&client, "table.documents").await;
        client.find(Locator::LinkText("Timeline")).await.expect("link").click().await.expect("click");
        wait_for(&client, ".timeline-page").await;
        let before = client.find_all(Locator::Css(".timeline .row")).await.expect("rows").len();
        let search = wait_for(&client, "input[type=search]").await;
        search.send_keys("zzzz-no-such-words").await.expect("type");
        client
            .find(Locator::Css(".search-box button[type=submit]"))
            .await
            .expect("button")
            .click()
            .await
            .expect("submit");
        wait_for_hash(&client, "/?q=zzzz-no-such-words").await;
        wait_for(&client, ".timeline-page .empty").await;
        // The empty list keeps no rows, and says which filter emptied it.
        assert!(text_of(&client, ".empty").await.contains("text: “zzzz-no-such-words”"));
        let after = client.find_all(Locator::Css(".timeline .row")).await.expect("rows").len();
        assert!(before > 0 && after == 0, "the search filters the rows ({before} → {after})");
        client.back().await.expect("back");
        wait_for(&client, "table.documents").await;
        client
    });
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn bad_links_show_a_note_and_a_sensible_page() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    with_browser(|client| async move {
        client.goto(&format!("{base}#/?from=2025-02-30&kind=dragon")).await.expect("open a bad link");
        let note = text_of(&client, ".link-notes").await;
        assert!(note.contains("ignored `from`") && note.contains("ignored `kind`"), "{note}");
        wait_for(&client, ".timeline .row").await;
        screenshot(&client, "bad-link").await;

        client.goto(&format!("{base}#/no/such/page")).await.expect("open an unknown page");
        assert_eq!(text_of(&client, "main h1").await, "No such page");
        client.goto(&format!("{base}#/documents/no-such-doc/3")).await.expect("open an unknown document");
        assert_eq!(text_of(&client, "main h1").await, "No such document");
        assert_eq!(errors(&client).await, Vec::<String>::new());
        client
    });
}
