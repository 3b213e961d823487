//! Host render tests: pages rendered through Yew's server-side renderer at a given URL.

use tightrope_core::split::DocumentText;
use tightrope_core::Corpus;
use tightrope_viewer::store::CorpusHandle;
use tightrope_viewer::{app::StaticAppProps, StaticApp};
use yew::LocalServerRenderer;

/// The embedded corpus, with the files the browser would fetch read from disk.
fn corpus() -> CorpusHandle {
    tightrope_viewer::data::preload_data_dir();
    CorpusHandle::new(Corpus::from_json(tightrope_viewer::CORPUS_JSON).expect("the embedded corpus parses"))
}

async fn render_with(corpus: CorpusHandle, path: &str) -> String {
    let props = StaticAppProps { corpus, path: path.to_string().into() };
    LocalServerRenderer::<StaticApp>::with_props(props).hydratable(false).render().await
}

async fn render(path: &str) -> String {
    render_with(corpus(), path).await
}

/// A document's text and structure, from the file the browser would fetch.
fn document_text(doc: usize) -> DocumentText {
    let path = std::path::Path::new(tightrope_viewer::data::DATA_DIR).join(format!("docs/{doc}.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect("build.rs writes the document files"))
        .expect("a document file")
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
    let (d, doc) = (0..corpus.documents.len())
        .map(|d| (d, document_text(d)))
        .find(|(_, d)| !d.removed.is_empty())
        .expect("a seed with page chrome");
    let html = render_with(corpus.clone(), &format!("/documents/{}", corpus.documents[d].doc_id)).await;
    // The reader's text: after the document's header (its metadata quotes the date's evidence)
    // and before the list of removed lines.
    let article = html.split("</article>").next().unwrap_or_default();
    let text = article.rsplit("</header>").next().unwrap_or_default();
    for removed in &doc.removed {
        assert!(!text.contains(&format!(">{}<", escaped(&removed.text))), "chrome line {} is shown", removed.line);
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
async fn a_document_waits_for_its_text_and_pages_read_only_the_timeline_part() {
    // Without the fetched files, the reader says it is loading; with them, it shows the text.
    let html = std::thread::spawn(move || {
        let slim =
            CorpusHandle::new(Corpus::from_json(tightrope_viewer::CORPUS_JSON).expect("the embedded corpus parses"));
        assert!(slim.documents.iter().all(|d| d.sentences.is_empty()), "the embedded documents carry excerpts only");
        let doc_id = slim.documents[0].doc_id.clone();
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        runtime.block_on(render_with(slim, &format!("/documents/{doc_id}")))
    })
    .join()
    .expect("render on a thread with nothing preloaded");
    assert!(html.contains("Loading the text…"), "{html}");
    let corpus = corpus();
    let html = render_with(corpus.clone(), &format!("/documents/{}", corpus.documents[0].doc_id)).await;
    assert!(html.contains(&format!("{} sentences", document_text(0).sentences.len())));
}

#[tokio::test]
async fn the_timeline_list_holds_only_the_rows_in_view() {
    let corpus = corpus();
    let html = render_with(corpus.clone(), "/").await;
    let dated_documents = corpus.documents.iter().filter(|d| d.date.is_some()).count();
    let count = corpus.events.len() + dated_documents;
    let rows = html.matches("aria-posinset=").count();
    assert!(rows > 5 && rows < count, "{rows} of {count} rows are in the page");
    assert_eq!(html.matches(&format!("aria-setsize=\"{count}\"")).count(), rows, "each row knows the list's length");
    for position in 1..=rows {
        assert!(html.contains(&format!("aria-posinset=\"{position}\"")), "row {position} is missing");
    }
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

/// Checks that every shown (not attribute) occurrence of `needle` is text directly inside a
/// `<bdi>` (with or without attributes), so a right-to-left override in it cannot reverse what surrounds it; returns how many
/// shown occurrences there were.
fn assert_isolated(html: &str, needle: &str, page: &str) -> usize {
    let mut shown = 0;
    for (at, _) in html.match_indices(needle) {
        let before = &html[..at];
        let (open, close) = (before.rfind('<'), before.rfind('>'));
        if open > close {
            continue; // inside a tag: an attribute value, which is never laid out as text
        }
        let context = &html[at.saturating_sub(120)..at];
        let tag = &before[before.rfind('<').unwrap_or(0)..];
        assert!(
            tag.starts_with("<bdi") && tag.ends_with('>'),
            "{page}: `{needle}` is shown outside a <bdi>: …{context}"
        );
        shown += 1;
    }
    shown
}

#[tokio::test]
async fn titles_names_and_aliases_are_isolated_for_bidi() {
    const TITLE: &str = "\u{202E}A reversed title";
    const NAME: &str = "\u{202E}A reversed name";
    const ALIAS: &str = "\u{202E}A reversed alias";
    tightrope_viewer::data::preload_data_dir();
    let mut corpus = Corpus::from_json(tightrope_viewer::CORPUS_JSON).expect("the embedded corpus parses");
    let doc = corpus.documents.iter_mut().find(|d| d.date.is_some()).expect("a dated document");
    doc.title = TITLE.to_string();
    doc.publisher = Some(TITLE.to_string());
    let doc_id = doc.doc_id.clone();
    let actor = corpus.actors.iter_mut().find(|a| !a.aliases.is_empty()).expect("an actor with aliases");
    actor.name = NAME.to_string();
    actor.aliases[0].text = ALIAS.to_string();
    let actor_id = actor.actor_id.clone();
    let corpus = CorpusHandle::new(corpus);
    let pages = [
        "/".to_string(),
        format!("/?doc={doc_id}&actor={actor_id}"),
        "/documents".to_string(),
        format!("/documents/{doc_id}"),
        "/actors".to_string(),
        format!("/actors/{actor_id}"),
        format!("/documents/{TITLE}"),
        format!("/actors/{NAME}"),
    ];
    let (mut titles, mut names, mut aliases) = (0, 0, 0);
    for page in &pages {
        let html = render_with(corpus.clone(), page).await;
        titles += assert_isolated(&html, TITLE, page);
        names += assert_isolated(&html, NAME, page);
        aliases += assert_isolated(&html, ALIAS, page);
    }
    assert!(
        titles >= 6 && names >= 4 && aliases >= 1,
        "too few found: {titles} titles, {names} names, {aliases} aliases"
    );
}

#[tokio::test]
async fn the_link_selects_an_event_and_notes_unknown_ids() {
    let corpus = corpus();
    let event = &corpus.events[corpus.events.len() / 2];
    let html = render_with(corpus.clone(), &format!("/?event={}", event.event_id)).await;
    assert_eq!(html.matches("aria-current=\"true\"").count(), 1, "one selected row");
    assert!(html.contains(&format!("data-event=\"{}\"", event.event_id)));
    let html = render("/?event=no-such-event&actor=nobody&zoom=2020-01-01..2020-13-01").await;
    assert!(html.contains("ignored `event`: no event `no-such-event` in this corpus"), "{html}");
    assert!(html.contains("ignored `actor`: no actor `nobody` in this corpus"));
    assert!(html.contains("ignored `zoom`"));
    assert!(html.contains("class=\"timeline\""), "the timeline still renders");
}

#[tokio::test]
async fn facets_show_live_counts_and_chosen_actors_as_chips() {
    let corpus = corpus();
    let view = tightrope_core::query::Facets::compute(&corpus.index, &Default::default());
    let mut actors: Vec<usize> = (0..corpus.actors.len()).collect();
    actors.sort_by_key(|&a| std::cmp::Reverse(view.counts.actors[a]));
    let (a, b) = (&corpus.actors[actors[0]], &corpus.actors[actors[1]]);
    let html = render_with(corpus.clone(), "/").await;
    for legend in
        ["Actors", "QuadClass", "Action (CAMEO root)", "Actor kind", "Date precision", "Publisher", "Document"]
    {
        assert!(html.contains(&format!("<legend>{}</legend>", escaped(legend))), "no facet {legend}");
    }
    let top = format!(
        "<bdi class=\"label\">{}</bdi><span class=\"count\">{}<",
        escaped(&a.name),
        view.counts.actors[actors[0]]
    );
    assert!(html.contains(&top), "the top actor with its count: {top}");

    let query = format!("actor={}&actor={}", a.actor_id, b.actor_id);
    let html = render_with(corpus.clone(), &format!("/?{query}")).await;
    assert_eq!(html.matches("class=\"chip\"").count(), 2, "one chip per actor");
    assert_eq!(html.matches("checked").count(), 3, "two actors checked, and `any`");
    let both = tightrope_core::link::ViewFilter::decode(&query).0;
    let shown = tightrope_core::query::Facets::compute(&corpus.index, &both).events.len();
    assert!(html.contains(&format!(">{shown} events")), "the summary counts {shown} events");
    assert!(shown < corpus.events.len());
}

#[tokio::test]
async fn an_empty_result_names_the_filter_to_drop() {
    let corpus = corpus();
    let actor = (0..corpus.actors.len() as u32).max_by_key(|&a| corpus.index.actor_events(a).len()).unwrap();
    let actor = &corpus.actors[actor as usize];
    let html = render_with(corpus.clone(), &format!("/?q=zzzz-no-such-words&actor={}", actor.actor_id)).await;
    assert!(html.contains("No event matches all of these filters."), "{html}");
    assert!(html.contains("<strong>text: <bdi>“zzzz-no-such-words”</bdi></strong> emptied the list"), "{html}");
    assert!(html.contains(">Drop text</button>"));
}

#[tokio::test]
async fn the_axis_draws_each_dated_event_and_reads_its_window_from_the_link() {
    let corpus = corpus();
    let dated = (0..corpus.events.len() as u32).filter(|&e| corpus.index.event_days(e).is_some()).count();
    let html = render_with(corpus.clone(), "/").await;
    assert!(html.contains("role=\"img\""), "the axis is labelled as one image");
    assert_eq!(html.matches("data-ix=").count(), dated, "one mark per dated event");
    for label in ["verbal cooperation", "material conflict", "a day", "open-ended"] {
        assert!(html.contains(label), "the legend names {label}");
    }
    let html = render_with(corpus.clone(), "/?zoom=2025-01-01..2025-03-31").await;
    assert!(html.contains("Time axis from 2025-01-01 to 2025-03-31"), "the window comes from the link");
    assert!(html.matches("data-ix=").count() < dated, "a narrower window draws fewer marks");
}
