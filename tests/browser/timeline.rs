//! The timeline in a browser: facets chosen by clicking, the URL as the view (reload, Back,
//! deep links), zoom and pan, export downloads, and a walk by keyboard alone.

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use std::path::Path;
use std::time::{Duration, Instant};
use tightrope_core::index::{CorpusIndex, QuadClass};
use tightrope_core::link::ViewFilter;
use tightrope_core::query::Facets;

use crate::harness::{
    corpus, current_hash, devtools, dist, errors, screenshot, script, serve, text_of, wait_for, wait_for_hash,
    wait_until, with_browser,
};

/// The sub-path build, served under its prefix as a project site would be.
fn sub_path_site() -> String {
    let prefix: &'static str =
        Box::leak(std::env::var("TIGHTROPE_SUB_PATH").unwrap_or_else(|_| "/tightrope/demo/".into()).into_boxed_str());
    serve(dist("TIGHTROPE_DIST_SUB"), prefix)
}

async fn summary(client: &Client) -> String {
    text_of(client, ".results .summary").await
}

/// How many events the axis draws one by one.
async fn marks(client: &Client) -> u64 {
    script(client, "return document.querySelectorAll('.axis-svg [data-ix]').length").await.as_u64().unwrap_or(0)
}

/// Waits until the hash differs from `before`; returns it.
async fn hash_change(client: &Client, before: &str) -> String {
    let started = Instant::now();
    loop {
        let hash = current_hash(client).await;
        if hash != before {
            return hash;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the URL stayed `{before}`");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn press(client: &Client, keys: &str) {
    client.active_element().await.expect("a focused element").send_keys(keys).await.expect("press keys");
}

async fn active(client: &Client, property: &str) -> serde_json::Value {
    script(client, &format!("return document.activeElement && document.activeElement.{property}")).await
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn two_actors_chosen_in_the_facets_filter_the_list_and_the_axis() {
    let base = sub_path_site();
    with_browser(|client| async move {
        client.goto(&format!("{base}#/documents")).await.expect("open the documents");
        wait_for(&client, "table.documents").await;
        client.find(Locator::LinkText("Timeline")).await.expect("link").click().await.expect("click");
        wait_for(&client, ".actor-facet li label").await;
        let (all_summary, all_marks) = (summary(&client).await, marks(&client).await);

        for n in [1, 2] {
            let before = current_hash(&client).await;
            // The chosen actors move to the top, so the next unchosen one is the n-th.
            let label =
                client.find(Locator::Css(&format!(".actor-facet li:nth-child({n}) label"))).await.expect("an actor");
            label.click().await.expect("choose the actor");
            let hash = hash_change(&client, &before).await;
            assert_eq!(hash.matches("actor=").count(), n, "{hash}");
        }
        wait_until(
            &client,
            "document.querySelectorAll('.actor-facet input[type=checkbox]:checked').length === 2",
            "two checked actors",
        )
        .await;
        let any = summary(&client).await;
        assert_ne!(any, all_summary, "the counts change");
        assert!(marks(&client).await < all_marks, "the axis draws fewer marks");
        assert_eq!(client.find_all(Locator::Css(".chips .chip")).await.expect("chips").len(), 2);

        let before = current_hash(&client).await;
        client.find(Locator::Css("label[for=actor-match-all]")).await.expect("all").click().await.expect("click");
        assert!(hash_change(&client, &before).await.contains("match=all"));
        let all_of_them = summary(&client).await;
        let chosen_hash = current_hash(&client).await;

        client.refresh().await.expect("reload");
        wait_for(&client, ".actor-facet").await;
        wait_until(
            &client,
            "document.querySelectorAll('.actor-facet input[type=checkbox]:checked').length === 2 \
             && document.getElementById('actor-match-all').checked",
            "the actors and `all` checked again",
        )
        .await;
        assert_eq!(current_hash(&client).await, chosen_hash, "reload keeps the URL");
        assert_eq!(summary(&client).await, all_of_them, "reload restores the view");

        // Selecting an event pushes a history entry: Back undoes the selection, and the filters stay.
        if client.find(Locator::Css(".event-list .row.event blockquote")).await.is_ok() {
            client
                .find(Locator::Css(".event-list .row.event blockquote"))
                .await
                .expect("a row")
                .click()
                .await
                .expect("select");
            wait_for(&client, ".selected-event").await;
            assert!(current_hash(&client).await.contains("event="));
            client.back().await.expect("back");
            wait_until(&client, "!document.querySelector('.selected-event')", "the selection undone").await;
            assert_eq!(current_hash(&client).await, chosen_hash);
        }
        // Filter edits replaced the timeline's entry: Back leaves the page.
        client.back().await.expect("back");
        wait_for(&client, "table.documents").await;
        client.forward().await.expect("forward");
        wait_for(&client, ".actor-facet").await;
        assert_eq!(current_hash(&client).await, chosen_hash, "forward returns to the filtered view");
        assert_eq!(errors(&client).await, Vec::<String>::new());
        client
    });
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn zoom_and_pan_change_the_url() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    with_browser(|client| async move {
        client.goto(&base).await.expect("open the site");
        wait_for(&client, ".axis-svg").await;
        let all_marks = marks(&client).await;
        client.find(Locator::XPath("//button[text()='1 year']")).await.expect("1 year").click().await.expect("click");
        let year = hash_change(&client, "/").await;
        assert!(year.contains("zoom="), "{year}");
        assert!(marks(&client).await < all_marks, "a year shows fewer marks");

        client.find(Locator::Css(".axis-frame")).await.expect("the axis").click().await.expect("focus the axis");
        press(&client, &Key::Left.to_string()).await;
        let earlier = hash_change(&client, &year).await;
        assert!(earlier.contains("zoom="), "{earlier}");

        // Dragging the axis to the left shows later days.
        let svg = client.find(Locator::Css(".axis-svg")).await.expect("the axis");
        let drag = MouseActions::new("mouse".into())
            .then(PointerAction::MoveToElement { element: svg, duration: None, x: 0.0, y: 0.0 })
            .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
            .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(300)), x: -250.0, y: 0.0 })
            .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
        client.perform_actions(drag).await.expect("drag the axis");
        let dragged = hash_change(&client, &earlier).await;
        let zoom = |hash: &str| {
            hash.split("zoom=").nth(1).unwrap_or_default().split('&').next().unwrap_or_default().to_string()
        };
        assert!(zoom(&dragged) > zoom(&earlier), "dragging left moves to later days: {earlier} → {dragged}");

        client.find(Locator::Css("button[aria-label='zoom in']")).await.expect("zoom in").click().await.expect("click");
        hash_change(&client, &dragged).await;
        client
            .find(Locator::XPath("//div[@class='axis-tools']/button[text()='All']"))
            .await
            .expect("all")
            .click()
            .await
            .expect("click");
        wait_until(&client, "!location.hash.includes('zoom=')", "the whole span again").await;
        screenshot(&client, "timeline-axis").await;
        assert_eq!(errors(&client).await, Vec::<String>::new());
        client
    });
}

/// An event with at least two actors and a QuadClass, and the link that filters on all three,
/// zooms around it and selects it.
fn deep_link() -> (String, String, usize) {
    let corpus = corpus();
    let (ix, event) = corpus
        .events
        .iter()
        .enumerate()
        .find(|(_, e)| e.actors.len() >= 2 && e.quad.is_some() && e.date.date.interval.is_some())
        .expect("an event with two actors and a QuadClass");
    let quad = QuadClass::of(event).expect("a QuadClass").slug();
    let day = event.date.date.interval.expect("a date").earliest;
    let (first, last) = (day.add_days(-200).expect("a day"), day.add_days(200).expect("a day"));
    let query = format!(
        "actor={}&actor={}&match=all&quad={quad}&zoom={first}..{last}&event={}",
        event.actors[0], event.actors[1], event.event_id
    );
    (query, event.category.name.clone(), ix)
}

async fn check_deep_link(client: &Client, base: &str) {
    let (query, action, ix) = deep_link();
    client.goto(&format!("{base}#/?{query}")).await.expect("open the deep link");
    let selected = text_of(client, ".selected-event h2").await;
    assert!(selected.contains(&action), "the selected event is shown: {selected}");
    let row = wait_for(client, &format!("#event-{ix}")).await;
    assert_eq!(row.attr("aria-current").await.expect("an attribute"), Some("true".into()));
    wait_until(
        client,
        &format!(
            "(() => {{ const r = document.getElementById('event-{ix}').getBoundingClientRect(); \
             const l = document.querySelector('.event-list').getBoundingClientRect(); \
             return r.top >= l.top - 1 && r.bottom <= l.bottom + 1; }})()"
        ),
        "the selected row in the list's view",
    )
    .await;
    assert_eq!(
        client.find_all(Locator::Css(".chips .chip")).await.expect("chips").len(),
        3,
        "two actors and a QuadClass"
    );
    assert!(
        script(client, "return !!document.querySelector('.selection-ring, .selection-band')").await
            == serde_json::json!(true),
        "the axis marks the selection"
    );
    assert!(current_hash(client).await.contains(&query), "the link stays as it was");
    assert_eq!(errors(client).await, Vec::<String>::new());
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn a_deep_link_with_filters_and_an_event_shows_that_event() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    let sub = sub_path_site();
    with_browser(|client| async move {
        check_deep_link(&client, &base).await;
        screenshot(&client, "timeline-selected").await;
        check_deep_link(&client, &sub).await;
        // The reader's text comes from a file fetched under the sub-path.
        let link = client.find(Locator::Css(".selected-event .source a")).await.expect("the source link");
        link.click().await.expect("open the sentence");
        wait_for(&client, ".sentence.selected").await;
        assert_eq!(errors(&client).await, Vec::<String>::new());
        client
    });
}

/// Waits for a downloaded file to be complete.
async fn downloaded(dir: &Path, name: &str) -> String {
    let started = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(dir.join(name)) {
            if !text.is_empty() {
                return text;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(15), "{name} was not downloaded to {}", dir.display());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn export_downloads_the_events_of_the_list() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    let downloads = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/downloads-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&downloads);
    std::fs::create_dir_all(&downloads).expect("a downloads folder");
    let corpus = corpus();
    let query = "quad=verbal_cooperation";
    let expected: Vec<String> = Facets::compute(&CorpusIndex::new(&corpus), &ViewFilter::decode(query).0)
        .events
        .iter()
        .map(|&e| corpus.events[e as usize].event_id.clone())
        .collect();
    let dir = downloads.clone();
    with_browser(|client| async move {
        let behaviour = serde_json::json!({ "behavior": "allow", "downloadPath": dir.to_string_lossy() });
        devtools(&client, "Browser.setDownloadBehavior", behaviour).await;
        client.goto(&format!("{base}#/?{query}")).await.expect("open a filtered timeline");
        wait_for(&client, ".event-list .row").await;
        client.find(Locator::Css(".export button[title='CSV']")).await.expect("CSV").click().await.expect("click");
        let csv = downloaded(&dir, "tightrope-events.csv").await;
        let ids: Vec<String> = csv
            .split("\r\n")
            .skip(1)
            .filter_map(|line| line.split(',').next())
            .filter(|id| expected.contains(&id.to_string()))
            .map(String::from)
            .collect();
        assert_eq!(ids, expected, "one CSV row per event shown, in list order");
        let listed = script(
            &client,
            "return [...document.querySelectorAll('.event-list .row.event')].map(r => r.dataset.event)",
        )
        .await;
        let listed: Vec<String> = serde_json::from_value(listed).expect("ids");
        assert_eq!(listed[..], expected[..listed.len()], "the rows in view are the file's first rows");

        client.find(Locator::Css(".export button[title='JSON']")).await.expect("JSON").click().await.expect("click");
        let json: serde_json::Value =
            serde_json::from_str(&downloaded(&dir, "tightrope-events.json").await).expect("JSON");
        assert_eq!(json["events"].as_array().map(Vec::len), Some(expected.len()));
        client
            .find(Locator::Css(".export button[title='TimelineJS JSON']"))
            .await
            .expect("TimelineJS")
            .click()
            .await
            .expect("click");
        let timeline: serde_json::Value =
            serde_json::from_str(&downloaded(&dir, "tightrope-timelinejs.json").await).expect("JSON");
        assert!(timeline["events"].as_array().is_some_and(|e| !e.is_empty()), "TimelineJS slides");
        assert_eq!(errors(&client).await, Vec::<String>::new(), "the downloads need nothing the policy refuses");
        client
    });
    let _ = std::fs::remove_dir_all(&downloads);
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn the_timeline_can_be_walked_by_keyboard_alone() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    with_browser(|client| async move {
        client.goto(&base).await.expect("open the site");
        wait_for(&client, ".event-list .row").await;
        // `/` goes to the search box.
        press(&client, "/").await;
        assert_eq!(active(&client, "id").await, serde_json::json!("search"));
        press(&client, &("Iran".to_string() + &Key::Enter.to_string())).await;
        let searched = hash_change(&client, "/").await;
        assert!(searched.contains("q=Iran"), "{searched}");

        // Tab to a facet value and choose it with Enter.
        for _ in 0..60 {
            press(&client, &Key::Tab.to_string()).await;
            if script(&client, "return document.activeElement.matches('fieldset:not(.actor-facet) .facet-value')").await
                == serde_json::json!(true)
            {
                break;
            }
        }
        assert_eq!(
            script(&client, "return document.activeElement.matches('.facet-value')").await,
            serde_json::json!(true),
            "Tab reaches the facets"
        );
        assert_ne!(
            script(&client, "return getComputedStyle(document.activeElement).outlineStyle").await,
            serde_json::json!("none"),
            "focus is visible"
        );
        press(&client, &Key::Enter.to_string()).await;
        let faceted = hash_change(&client, &searched).await;

        // j selects the first event and moves the focus to its row; j, ↓ and k step.
        press(&client, "j").await;
        let first = hash_change(&client, &faceted).await;
        assert!(first.contains("event="), "{first}");
        wait_until(&client, "document.activeElement.id.startsWith('event-')", "the focus on the selected row").await;
        press(&client, "j").await;
        let second = hash_change(&client, &first).await;
        press(&client, &Key::Down.to_string()).await;
        let third = hash_change(&client, &second).await;
        press(&client, "k").await;
        assert_eq!(hash_change(&client, &third).await, second, "k steps back");

        // Back up to the axis: + zooms in, ← pans.
        for _ in 0..80 {
            press(&client, &(Key::Shift + &Key::Tab.to_string())).await;
            if script(&client, "return document.activeElement.classList.contains('axis-frame')").await
                == serde_json::json!(true)
            {
                break;
            }
        }
        assert_eq!(active(&client, "className").await, serde_json::json!("axis-frame"), "Shift+Tab reaches the axis");
        let before = current_hash(&client).await;
        press(&client, "+").await;
        let zoomed = hash_change(&client, &before).await;
        assert!(zoomed.contains("zoom="), "{zoomed}");
        press(&client, &Key::Left.to_string()).await;
        hash_change(&client, &zoomed).await;
        screenshot(&client, "timeline-keyboard").await;
        assert_eq!(errors(&client).await, Vec::<String>::new());
        client
    });
}

#[test]
#[ignore = "needs the release builds: run `cargo xtask test`"]
fn bad_view_values_open_the_timeline_with_notes() {
    let base = serve(dist("TIGHTROPE_DIST_ROOT"), "/");
    with_browser(|client| async move {
        client.goto(&format!("{base}#/?event=no-such-event&zoom=2020-13-01..x&actor=nobody")).await.expect("open");
        let note = text_of(&client, ".link-notes").await;
        for part in ["ignored `event`", "ignored `zoom`", "ignored `actor`"] {
            assert!(note.contains(part), "{note}");
        }
        wait_for(&client, ".event-list .row").await;
        wait_for_hash(&client, "/?event=no-such-event").await;
        assert_eq!(errors(&client).await, Vec::<String>::new());
        client
    });
}
