//! The page holds against hostile input: its Content-Security-Policy refuses what an injected
//! script would try, and every URL hash, however broken, opens a page without an error.

use fantoccini::Client;
use std::time::{Duration, Instant};

use crate::harness::{dist, errors, serve, text_of, wait_for, with_browser};

/// The policy in the built page's `<meta http-equiv="Content-Security-Policy">`.
fn built_policy(html: &str) -> String {
    let meta = html
        .split('<')
        .find(|tag| tag.starts_with("meta") && tag.contains("http-equiv=\"Content-Security-Policy\""))
        .expect("index.html has a Content-Security-Policy meta tag");
    let content = meta.split("content=\"").nth(1).expect("the policy has a content attribute");
    content.split('"').next().unwrap_or_default().to_string()
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn the_content_security_policy_holds() {
    let dir = dist("TIGHTROPE_DIST_ROOT");
    let html = std::fs::read_to_string(dir.join("index.html")).expect("read the built index.html");
    let policy = built_policy(&html);
    for directive in
        ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "base-uri 'self'"]
    {
        assert!(policy.split(';').any(|d| d.trim() == directive), "the policy lacks `{directive}`: {policy}");
    }
    let sources: Vec<&str> = policy.split([';', ' ']).collect();
    for loose in ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "http:", "https:", "data:", "blob:", "*"] {
        assert!(!sources.contains(&loose), "the policy allows `{loose}`: {policy}");
    }
    let scripts: Vec<&str> = html.split("<script").skip(1).collect();
    assert!(!scripts.is_empty(), "the built page loads no script");
    for script in scripts {
        let (tag, body) = script.split_once('>').expect("a closed script tag");
        assert!(tag.contains(" src=\""), "the built page has an inline script: <script{tag}>");
        assert!(body.trim_start().starts_with("</script"), "a script tag with a body: <script{script}");
    }

    let base = serve(dir.clone(), "/");
    // Another origin that would answer: a refusal below is the policy's, not a network error.
    let elsewhere = serve(dir, "/");
    with_browser(|client| async move {
        client.goto(&base).await.expect("open the site");
        wait_for(&client, ".timeline .row").await;
        assert_eq!(errors(&client).await, Vec::<String>::new(), "the app loads with nothing refused or failing");

        let outcome = client
            .execute_async(
                r#"
                const [elsewhere, done] = arguments;
                const refused = [];
                document.addEventListener("securitypolicyviolation", (e) => refused.push(`${e.effectiveDirective} ${e.blockedURI}`));
                const inline = document.createElement("script");
                inline.textContent = "window.inlineRan = true";
                document.head.append(inline);
                const remote = document.createElement("script");
                remote.src = elsewhere + "start.js";
                document.head.append(remote);
                const style = document.createElement("style");
                style.textContent = "body { display: none }";
                document.head.append(style);
                const button = document.createElement("button");
                button.setAttribute("onclick", "window.handlerRan = true");
                document.body.append(button);
                button.click();
                button.remove();
                fetch(elsewhere + "index.html").then(() => "answered", () => "refused").then((fetched) =>
                    setTimeout(() => done({
                        refused: refused.sort(),
                        fetched,
                        inlineRan: window.inlineRan === true,
                        handlerRan: window.handlerRan === true,
                        hidden: getComputedStyle(document.body).display === "none",
                    }), 500));
                "#,
                vec![serde_json::json!(elsewhere)],
            )
            .await
            .expect("run the injection script");
        let refused: Vec<String> = serde_json::from_value(outcome["refused"].clone()).expect("a list");
        let mut expected = vec![
            format!("connect-src {elsewhere}index.html"),
            "script-src-attr inline".to_string(),
            "script-src-elem inline".to_string(),
            format!("script-src-elem {elsewhere}start.js"),
            "style-src-elem inline".to_string(),
        ];
        expected.sort();
        assert_eq!(refused, expected, "the policy refuses each injection: {outcome}");
        assert_eq!(outcome["fetched"], "refused", "{outcome}");
        for ran in ["inlineRan", "handlerRan", "hidden"] {
            assert_eq!(outcome[ran], false, "{ran}: {outcome}");
        }
        let logged = errors(&client).await;
        assert!(
            logged.len() >= expected.len() && logged.iter().all(|e| e.contains("Content Security Policy")),
            "the log holds the refusals and nothing else: {logged:#?}"
        );
        client
    });
}

/// Waits until the page's heading reads `expected`.
async fn wait_for_heading(client: &Client, expected: &str, hash: &str) {
    let started = Instant::now();
    loop {
        let heading = text_of(client, "main h1").await;
        if heading == expected {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "`{hash}` shows `{heading}`, expected `{expected}`");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn every_hash_opens_a_page() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    let hashes = [
        ("#//", "Timeline"),
        ("#///", "Timeline"),
        ("#//actors", "Actors"),
        ("#/\\", "Timeline"),
        ("#actors", "Actors"),
        ("#", "Timeline"),
        ("#?q=%", "Timeline"),
        ("#/?from=%&kind=%ZZ&actor=%E0%A4", "Timeline"),
        ("#/%", "No such page"),
        ("#/actors/%ZZ", "No such actor"),
        ("#/actors/%E2%80%AE", "No such actor"),
        ("#/documents/x/%", "No such page"),
        ("#/documents/x/99999999999999999999999", "No such page"),
        ("#/documents/%00/1", "No such document"),
    ];
    with_browser(|client| async move {
        // Each hash as a fresh load, then as a change to the open page (the router's listener).
        for (hash, heading) in hashes {
            client.goto("about:blank").await.expect("leave the site");
            client.goto(&format!("{base}{hash}")).await.expect("open the hash");
            wait_for_heading(&client, heading, hash).await;
            assert_eq!(errors(&client).await, Vec::<String>::new(), "loading `{hash}`");
        }
        client.goto(&format!("{base}#/about")).await.expect("open the site");
        wait_for(&client, ".about-page").await;
        client.execute("window.samePage = true", vec![]).await.expect("mark the page");
        for (hash, heading) in hashes.iter().filter(|(hash, _)| *hash != "#") {
            client.goto(&format!("{base}{hash}")).await.expect("change the hash");
            wait_for_heading(&client, heading, hash).await;
            let same = client.execute("return window.samePage === true", vec![]).await.expect("run a script");
            assert_eq!(same, serde_json::json!(true), "`{hash}` reloaded the page instead of changing its hash");
            assert_eq!(errors(&client).await, Vec::<String>::new(), "changing the hash to `{hash}`");
            client.goto(&format!("{base}#/about")).await.expect("back to about");
            wait_for(&client, ".about-page").await;
        }
        client
    });
}
