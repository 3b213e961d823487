//! The files build.rs splits off the corpus (document texts, actor sentences, counts): fetched
//! from the site on first need, parsed once and kept for the rest of the visit.
//!
//! Paths are relative, so they resolve against the page's `<base href>` and work under a
//! sub-path. Host tests preload the files from disk, and the same hook then reads them at once.

use serde::de::DeserializeOwned;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use tightrope_core::index::{ActorIx, DocIx};
use yew::prelude::*;

/// The data folder's name in the site, with the hash of its contents.
pub const DATA: &str = env!("TIGHTROPE_DATA");
/// The data folder on disk, for host tests.
pub const DATA_DIR: &str = env!("TIGHTROPE_DATA_DIR");

pub fn document_path(doc: DocIx) -> String {
    format!("{DATA}/docs/{doc}.json")
}

pub fn actor_path(actor: ActorIx) -> String {
    format!("{DATA}/actors/{actor}.json")
}

pub fn counts_path() -> String {
    format!("{DATA}/counts.json")
}

/// A file on its way.
#[derive(Debug)]
pub enum Fetched<T> {
    Loading,
    Ready(Rc<T>),
    Failed(String),
}

impl<T> Clone for Fetched<T> {
    fn clone(&self) -> Self {
        match self {
            Fetched::Loading => Fetched::Loading,
            Fetched::Ready(value) => Fetched::Ready(value.clone()),
            Fetched::Failed(why) => Fetched::Failed(why.clone()),
        }
    }
}

thread_local! {
    /// Parsed files by path.
    static PARSED: RefCell<HashMap<String, Rc<dyn Any>>> = RefCell::new(HashMap::new());
    /// Files read but not yet parsed (preloaded by host tests).
    static RAW: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Keeps a file's text for `path`, as if it had been fetched.
pub fn preload(path: &str, text: String) {
    RAW.with(|raw| raw.borrow_mut().insert(path.to_string(), text));
}

/// Preloads every file of the data folder build.rs wrote (host tests).
pub fn preload_data_dir() {
    fn walk(dir: &std::path::Path, prefix: &str) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let name = format!("{prefix}/{}", entry.file_name().to_string_lossy());
            if entry.path().is_dir() {
                walk(&entry.path(), &name);
            } else if let Ok(text) = std::fs::read_to_string(entry.path()) {
                preload(&name, text);
            }
        }
    }
    walk(std::path::Path::new(DATA_DIR), DATA);
}

fn parse<T: DeserializeOwned + 'static>(path: &str, text: &str) -> Fetched<T> {
    match serde_json::from_str::<T>(text) {
        Ok(value) => {
            let value = Rc::new(value);
            PARSED.with(|parsed| parsed.borrow_mut().insert(path.to_string(), value.clone() as Rc<dyn Any>));
            Fetched::Ready(value)
        }
        Err(error) => Fetched::Failed(format!("{path}: {error}")),
    }
}

/// The file at `path` if it is already here: parsed, or read and parsed now.
fn cached<T: DeserializeOwned + 'static>(path: &str) -> Fetched<T> {
    let parsed = PARSED.with(|parsed| parsed.borrow().get(path).cloned());
    if let Some(value) = parsed.and_then(|v| v.downcast::<T>().ok()) {
        return Fetched::Ready(value);
    }
    match RAW.with(|raw| raw.borrow_mut().remove(path)) {
        Some(text) => parse(path, &text),
        None => Fetched::Loading,
    }
}

/// The file at `path`, fetched the first time it is asked for and kept.
#[hook]
pub fn use_fetched<T: DeserializeOwned + 'static>(path: String) -> Fetched<T> {
    let state = use_state(|| (path.clone(), cached::<T>(&path)));
    {
        let state = state.clone();
        use_effect_with(path.clone(), move |path| {
            let now = cached::<T>(path);
            let loading = matches!(now, Fetched::Loading);
            if state.0 != *path {
                state.set((path.clone(), now));
            }
            if loading {
                fetch::<T>(path.clone(), state.setter());
            }
        });
    }
    // Until the state catches up with a new path, what the cache has for it.
    if state.0 == path {
        state.1.clone()
    } else {
        cached::<T>(&path)
    }
}

fn fetch<T: DeserializeOwned + 'static>(path: String, set: UseStateSetter<(String, Fetched<T>)>) {
    #[cfg(target_arch = "wasm32")]
    yew::platform::spawn_local(async move {
        let response = gloo::net::http::Request::get(&path).send().await;
        let outcome = match response {
            Ok(response) if response.ok() => match response.text().await {
                Ok(text) => parse::<T>(&path, &text),
                Err(error) => Fetched::Failed(format!("{path}: {error}")),
            },
            Ok(response) => Fetched::Failed(format!("{path}: HTTP {}", response.status())),
            Err(error) => Fetched::Failed(format!("{path}: {error}")),
        };
        set.set((path, outcome));
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (path, set);
}
