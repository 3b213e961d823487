//! axe-core over every page, in light and dark: no violation of WCAG 2.2 at level AA.

use fantoccini::Client;
use std::path::PathBuf;
use std::time::Duration;

use crate::harness::{corpus, dist, document_text, errors, prefer_dark, screenshot, serve, wait_for, with_browser};

/// axe-core's tags for the success criteria of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
const WCAG_22_AA: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// The axe-core script `cargo xtask setup` installs, pinned, into `.tools/`.
fn axe_script() -> String {
    let path = std::env::var_os("TIGHTROPE_AXE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".tools/node_modules/axe-core/axe.min.js"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; `cargo xtask setup` installs axe-core", path.display()))
}

/// Runs axe-core on the current page; returns one line per rule broken, naming the elements
/// (the first five) and what is wrong with the first.
async fn axe_violations(client: &Client, axe: &str) -> Vec<String> {
    // Scripts run through WebDriver are not subject to the page's Content-Security-Policy.
    let loaded = client.execute("return typeof window.axe === 'object'", vec![]).await.expect("run a script");
    if loaded != serde_json::json!(true) {
        client.execute(axe, vec![]).await.expect("inject axe-core");
    }
    let result = client
        .execute_async(
            r#"
            const [tags, done] = arguments;
            axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
                .then((results) => done(results.violations.map((v) => {
                    const targets = v.nodes.slice(0, 5).map((n) => `\`${n.target.join(" ")}\``).join(", ");
                    const why = (v.nodes[0]?.failureSummary ?? "").replace(/\s+/g, " ");
                    return `${v.id} (${v.impact}, ${v.nodes.length} elements): ${v.help}: ${targets}: ${why}`;
                })))
                .catch((e) => done([`axe-core failed: ${e}`]));
            "#,
            vec![serde_json::json!(WCAG_22_AA)],
        )
        .await
        .expect("run axe-core");
    serde_json::from_value(result).expect("a list of violations")
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn every_page_passes_axe_in_light_and_dark() {
    let axe = axe_script();
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    let corpus = corpus();
    let actor = corpus.actors.iter().max_by_key(|a| a.mentions.len()).expect("an actor");
    let (d, sentences) = (0..corpus.documents.len())
        .map(|d| (d, document_text(d).sentences.len()))
        .max_by_key(|(_, n)| *n)
        .expect("a document");
    let doc = &corpus.documents[d];
    let event = &corpus.events[corpus.events.len() / 2];
    let pages = [
        ("timeline", "#/".to_string(), ".timeline .row"),
        ("filtered-timeline", format!("#/?actor={}&q=the", actor.actor_id), ".chips"),
        (
            "selected-event",
            format!("#/?quad=verbal_cooperation&zoom=2025-01-01..2025-06-30&event={}", event.event_id),
            ".selected-event",
        ),
        ("empty-timeline", format!("#/?actor={}&q=zzzz-nothing", actor.actor_id), ".empty.note"),
        ("actors", "#/actors".to_string(), "table.actors tbody tr"),
        ("actor", format!("#/actors/{}", actor.actor_id), ".actor-page .mentions"),
        ("documents", "#/documents".to_string(), "table.documents tbody tr"),
        ("document", format!("#/documents/{}/{}", doc.doc_id, sentences / 2), ".sentence.selected"),
        ("about", "#/about".to_string(), ".about-page"),
        ("not-found", "#/no/such/page".to_string(), "main h1"),
    ];
    with_browser(|client| async move {
        client.goto(&base).await.expect("open the site");
        wait_for(&client, ".timeline").await;
        let mut found = Vec::new();
        for dark in [false, true] {
            prefer_dark(&client, dark).await;
            let mode = if dark { "dark" } else { "light" };
            for (name, hash, ready) in &pages {
                client.goto(&format!("{base}{hash}")).await.expect("open the page");
                wait_for(&client, ready).await;
                // Let the selected sentence's highlight finish fading in before colours are read.
                tokio::time::sleep(Duration::from_millis(500)).await;
                let violations = axe_violations(&client, &axe).await;
                found.extend(violations.iter().map(|v| format!("{mode} {name}: {v}")));
                if dark {
                    screenshot(&client, &format!("{name}-dark")).await;
                }
            }
        }
        assert!(found.is_empty(), "axe-core found {} violations of WCAG 2.2 AA:\n{}", found.len(), found.join("\n"));
        assert_eq!(errors(&client).await, Vec::<String>::new());
        client
    });
}
