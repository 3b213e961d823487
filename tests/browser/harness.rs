//! What every browser test shares: the release build on a plain static server, one headless
//! Chromium session at a time, waits, the browser's log, DevTools commands and screenshots.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tightrope_core::split::DocumentText;
use tightrope_core::Corpus;

/// One browser at a time: the machines have two cores.
static BROWSER: Mutex<()> = Mutex::new(());

pub fn dist(var: &str) -> PathBuf {
    let dir =
        std::env::var(var).unwrap_or_else(|_| panic!("{var} is not set: run these tests through `cargo xtask test`"));
    let dir = PathBuf::from(dir);
    assert!(dir.join("index.html").exists(), "{} has no index.html: the release build is missing", dir.display());
    dir
}

/// The embedded corpus: the timeline's part, documents carrying only quoted excerpts.
pub fn corpus() -> Corpus {
    Corpus::from_json(tightrope_viewer::CORPUS_JSON).expect("the embedded corpus parses")
}

/// A document's text and sentences, from the file the app fetches.
pub fn document_text(doc: usize) -> DocumentText {
    let path = Path::new(tightrope_viewer::data::DATA_DIR).join(format!("docs/{doc}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("a document file")
}

/// Runs a script in the page and returns its value.
pub async fn script(client: &Client, body: &str) -> serde_json::Value {
    client.execute(body, vec![]).await.unwrap_or_else(|e| panic!("script `{body}`: {e}"))
}

/// Waits until a script returns true.
pub async fn wait_until(client: &Client, condition: &str, what: &str) {
    let started = Instant::now();
    loop {
        if script(client, &format!("return !!({condition})")).await == serde_json::json!(true) {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "waited in vain for {what} (`{condition}`)");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A static file server on 127.0.0.1 that answers only under `prefix`, with no fallback page.
pub fn serve(dir: PathBuf, prefix: &'static str) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("bind a free port");
    let port = server.server_addr().to_ip().expect("an IP address").port();
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            // Each answer on a thread of its own: a browser's parallel requests (a preload and
            // the fetch it serves) must not wait on one another.
            let dir = dir.clone();
            std::thread::spawn(move || respond(request, &dir, prefix));
        }
    });
    format!("http://127.0.0.1:{port}{prefix}")
}

/// Answers one request with the file under `prefix`, or 404.
fn respond(request: tiny_http::Request, dir: &Path, prefix: &str) {
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
                Some("svg") => "image/svg+xml",
                Some("json") => "application/json",
                _ => "application/octet-stream",
            };
            let header = tiny_http::Header::from_bytes("Content-Type", kind).expect("a valid header");
            tiny_http::Response::from_data(bytes).with_header(header).boxed()
        }
        None => tiny_http::Response::from_string("not found").with_status_code(404).boxed(),
    };
    let _ = request.respond(response);
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
/// The session keeps the browser's log (console errors, uncaught exceptions, refused loads),
/// which [`errors`] reads: the page itself carries no test instrumentation.
pub fn with_browser<F, Fut>(test: F)
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
            },
            "goog:loggingPrefs": { "browser": "ALL" }
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

/// Waits for an element; on a timeout, says what the page showed and logged instead.
pub async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    match client.wait().at_most(Duration::from_secs(20)).for_element(Locator::Css(css)).await {
        Ok(element) => element,
        Err(error) => {
            let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
            let shown = client
                .execute(
                    "return document.body.innerText.slice(0, 600) + ' | loaded: ' + performance.getEntriesByType('resource').map(e => e.name.split('/').pop() + ' ' + Math.round(e.duration) + 'ms ' + e.responseStatus).join(', ')",
                    vec![],
                )
                .await
                .unwrap_or_default();
            let log = browser_log(client).await;
            panic!("`{css}` never appeared at {url}: {error}\npage: {shown}\nlog: {log:#?}")
        }
    }
}

pub async fn text_of(client: &Client, css: &str) -> String {
    wait_for(client, css).await.text().await.expect("element text")
}

/// A ChromeDriver command under the session's URL that fantoccini has no method for.
#[derive(Debug)]
struct SessionCommand {
    path: &'static str,
    body: serde_json::Value,
}

impl WebDriverCompatibleCommand for SessionCommand {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/{}", session_id.unwrap_or_default(), self.path))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// The browser log's entries since the last read, as `LEVEL message`.
pub async fn browser_log(client: &Client) -> Vec<String> {
    let command = SessionCommand { path: "se/log", body: serde_json::json!({ "type": "browser" }) };
    let entries = client.issue_cmd(command).await.expect("read the browser log");
    let entries = entries.as_array().cloned().unwrap_or_default();
    entries
        .iter()
        .map(|entry| {
            let field = |name: &str| entry.get(name).and_then(|v| v.as_str()).unwrap_or_default().to_string();
            format!("{} {}", field("level"), field("message"))
        })
        .collect()
}

/// The errors the browser logged since the last read: console errors, uncaught exceptions
/// and panics, refused or failed loads, Content-Security-Policy violations.
pub async fn errors(client: &Client) -> Vec<String> {
    browser_log(client).await.into_iter().filter(|line| line.starts_with("SEVERE ")).collect()
}

/// Sends a Chrome DevTools Protocol command through ChromeDriver.
pub async fn devtools(client: &Client, cmd: &str, params: serde_json::Value) -> serde_json::Value {
    let command =
        SessionCommand { path: "goog/cdp/execute", body: serde_json::json!({ "cmd": cmd, "params": params }) };
    client.issue_cmd(command).await.unwrap_or_else(|e| panic!("DevTools command {cmd}: {e}"))
}

/// Makes the pages see `prefers-color-scheme: dark` (or light) from now on.
pub async fn prefer_dark(client: &Client, dark: bool) {
    let scheme = if dark { "dark" } else { "light" };
    let features = serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] });
    devtools(client, "Emulation.setEmulatedMedia", features).await;
    let seen = client
        .execute("return matchMedia('(prefers-color-scheme: dark)').matches", vec![])
        .await
        .expect("run a script");
    assert_eq!(seen, serde_json::json!(dark), "the page does not see the {scheme} colour scheme");
}

pub async fn current_hash(client: &Client) -> String {
    client.current_url().await.expect("the current URL").fragment().unwrap_or("").to_string()
}

/// Waits until the hash route starts with `prefix`.
pub async fn wait_for_hash(client: &Client, prefix: &str) {
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
pub async fn screenshot(client: &Client, name: &str) {
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
