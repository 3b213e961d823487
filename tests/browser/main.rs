//! Browser tests: the release build in real headless Chromium, driven through ChromeDriver,
//! served by a plain static server (no rewrite rules) at the root and under a sub-path.
//!
//! They need the release builds, so they are ignored in a plain `cargo test`;
//! `cargo xtask test` builds both and runs them with `--ignored`.

use fantoccini::{Client, ClientBuilder, Locator};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tightrope_core::Corpus;

/// One browser at a time: the machines have two cores.
static BROWSER: Mutex<()> = Mutex::new(());

fn dist(var: &str) -> PathBuf {
    let dir =
        std::env::var(var).unwrap_or_else(|_| panic!("{var} is not set: run these tests through `cargo xtask test`"));
    let dir = PathBuf::from(dir);
    assert!(dir.join("index.html").exists(), "{} has no index.html: the release build is missing", dir.display());
    dir
}

fn corpus() -> Corpus {
    Corpus::from_json(tightrope_viewer::CORPUS_JSON).expect("the embedded corpus parses")
}

/// A static file server on 127.0.0.1 that answers only under `prefix`, with no fallback page.
fn serve(dir: PathBuf, prefix: &'static str) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("bind a free port");
    let port = server.server_addr().to_ip().expect("an IP address").port();
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let path = request.url().split(['?', '#']).next().unwrap_or("/").to_string();
            let file = path.strip_prefix(prefix).map(|rest| {
                if rest.is_empty() || rest.ends_with('/') {
                    format!("{rest}index.html")
                } else {
                    rest.to_string()
                }
            });
            let file = file.filter(|f| !f.split('/').any(|part| part == "..")).map(|f| dir.join(f));
            let response = match file.and_then(|f| std::fs::read(&f).ok().map(|bytes| (f, bytes))) {
                Some((file, bytes)) => {
                    let kind = match file.extension().and_then(|e| e.to_str()) {
                        Some("html") => "text/html; charset=utf-8",
                        Some("js") => "text/javascript",
                        Some("wasm") => "application/wasm",
                        Some("css") => "text/css",
                        _ => "application/octet-stream",
                    };
                    let header = tiny_http::Header::from_bytes("Content-Type", kind).expect("a valid header");
                    tiny_http::Response::from_data(bytes).with_header(header).boxed()
                }
                None => tiny_http::Response::from_string("not found").with_status_code(404).boxed(),
            };
            let _ = request.respond(response);
        }
    });
    format!("http://127.0.0.1:{port}{prefix}")
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}

/// Starts ChromeDriver and a headless Chromium session, runs `test`, and always closes both.
fn with_browser<F, Fut>(test: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = Client>,
{
    let _guard = BROWSER.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let profile = target.join(format!("chromium-profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let port = free_port();
    let driver = Driver(
        Command::new("/usr/bin/chromedriver")
            .arg(format!("--port={port}"))
            .env("XDG_CONFIG_HOME", target.join("xdg-config"))
            .env("XDG_CACHE_HOME", target.join("xdg-cache"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start /usr/bin/chromedriver (cargo xtask setup installs it)"),
    );
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime");
    runtime.block_on(async {
        let capabilities = serde_json::json!({
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900", format!("--user-data-dir={}", profile.display())]
            }
        });
        let capabilities = capabilities.as_object().expect("an object").clone();
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session with headless Chromium");
        let client = test(client).await;
        client.close().await.expect("close the session");
    });
    drop(driver);
    let _ = std::fs::remove_dir_all(&profile);
}

async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("`{css}` never appeared: {e}"))
}

async fn text_of(client: &Client, css: &str) -> String {
    wait_for(client, css).await.text().await.expect("element text")
}

async fn errors(client: &Client) -> Vec<String> {
    let value = client.execute("return window.__tightropeErrors || []", vec![]).await.expect("run a script");
    serde_json::from_value(value).expect("a list of strings")
}

async fn current_hash(client: &Client) -> String {
    client.current_url().await.expect("the current URL").fragment().unwrap_or("").to_string()
}

/// Waits until the hash route starts with `prefix`.
async fn wait_for_hash(client: &Client, prefix: &str) {
    let started = Instant::now();
    loop {
        let hash = current_hash(client).await;
        if hash.starts_with(prefix) {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the URL hash stayed `{hash}`, expected `{prefix}…`");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Saves desktop and phone screenshots of the current page under target/screenshots/.
async fn screenshot(client: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("create target/screenshots");
    for (label, width, height) in [("desktop", 1280, 900), ("phone", 390, 844)] {
        client.set_window_size(width, height).await.expect("resize the window");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let png = client.screenshot().await.expect("a screenshot");
        std::fs::write(dir.join(format!("{name}-{label}.png")), png).expect("write the screenshot");
    }
    client.set_window_size(1280, 900).await.expect("resize the window");
}

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
        let rows = client.find_all(Locator::Css(".timeline .row")).await.expect("rows");
        let dated_documents = corpus.documents.iter().filter(|d| d.date.is_some()).count();
        assert_eq!(rows.len(), corpus.events.len() + dated_documents, "every event and dated publication is a row");
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
    let doc = corpus.documents.iter().max_by_key(|d| d.sentences.len()).expect("a document");
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
            .find(Locator::Css(".filter-bar button[type=submit]"))
            .await
            .expect("button")
            .click()
            .await
            .expect("submit");
        wait_for_hash(&client, "/?q=zzzz-no-such-words").await;
        wait_for(&client, ".timeline-page .empty").await;
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
