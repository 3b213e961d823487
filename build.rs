//! Runs the Tightrope pipeline over the corpus and splits its JSON: the timeline's part embedded
//! in the viewer, document texts and actor sentences as static files fetched on first need.
//!
//! The corpus is `seeds/`, or `TIGHTROPE_CORPUS` when set: a folder of articles, or a corpus JSON
//! file (`cargo xtask gen-corpus` writes one; other tools can too), embedded as it is. Bad input
//! fails the build with the file, the line and what to fix.
//!
//! The fetched files go to `target/tightrope-site/<target>-<profile>/data-<hash>/`, named by a hash
//! of their contents so that a browser never keeps a stale one; `current` beside it names the
//! folder, and Trunk.toml's post-build hook copies that folder into the site. The viewer reads the
//! folder's name from `TIGHTROPE_DATA` and, in host tests, its path from `TIGHTROPE_DATA_DIR`.

use std::path::{Path, PathBuf};
use tightrope_core::split::{split_corpus, SplitCorpus};
use tightrope_core::Corpus;

fn fail(message: String) -> ! {
    eprintln!("\nerror: {message}\n");
    println!("cargo:warning={message}");
    std::process::exit(1);
}

fn env_path(name: &str) -> PathBuf {
    PathBuf::from(std::env::var(name).unwrap_or_else(|_| panic!("cargo sets {name}")))
}

fn main() {
    println!("cargo:rerun-if-env-changed=TIGHTROPE_CORPUS");
    let manifest_dir = env_path("CARGO_MANIFEST_DIR");
    let source = match std::env::var("TIGHTROPE_CORPUS") {
        Ok(dir) if !dir.trim().is_empty() => manifest_dir.join(dir.trim()),
        _ => manifest_dir.join("seeds"),
    };
    // A directory here makes cargo rescan every file in it for changes.
    println!("cargo:rerun-if-changed={}", source.display());
    let corpus = if source.is_file() { read_json(&source) } else { build(&source) };
    println!(
        "cargo:warning=corpus `{}`: {} documents, {} actors, {} events",
        corpus.name,
        corpus.documents.len(),
        corpus.actors.len(),
        corpus.events.len()
    );
    let split = split_corpus(&corpus);
    let out = env_path("OUT_DIR").join("corpus.json");
    if let Err(error) = tightrope_extract::write_json(&split.timeline, &out) {
        fail(format!("cannot write {}: {error}", out.display()));
    }
    write_data(&manifest_dir, &split);
}

/// A corpus JSON file, embedded as it is once it reads as this viewer's schema.
fn read_json(path: &Path) -> Corpus {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(format!("cannot read {}: {e}", path.display())));
    Corpus::from_json(&text).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())))
}

/// The pipeline over a folder of articles.
fn build(dir: &Path) -> Corpus {
    let built = tightrope_extract::build_corpus(dir)
        .unwrap_or_else(|error| fail(format!("the corpus cannot be built\n  {error}")));
    for warning in &built.warnings {
        println!("cargo:warning={warning}");
    }
    println!("cargo:warning={} documents in, {} documents out", built.files_read, built.corpus.documents.len());
    built.corpus
}

/// FNV-1a, 64 bits: enough to tell two builds' files apart.
fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// Compact JSON: serialising the split's parts, plain data types, cannot fail.
fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Writes the fetched files, unless a folder with the same contents is already there.
fn write_data(manifest_dir: &Path, split: &SplitCorpus) {
    let mut files: Vec<(String, String)> = Vec::new();
    for (ix, doc) in split.documents.iter().enumerate() {
        files.push((format!("docs/{ix}.json"), json(doc)));
    }
    for (ix, actor) in split.actors.iter().enumerate() {
        files.push((format!("actors/{ix}.json"), json(actor)));
    }
    files.push(("counts.json".to_string(), json(&split.counts)));
    let hash =
        files.iter().fold(0xcbf2_9ce4_8422_2325, |h, (name, text)| fnv(fnv(h, name.as_bytes()), text.as_bytes()));
    let folder = format!("data-{hash:016x}");

    let target_dir = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| manifest_dir.join("target"), PathBuf::from);
    let profile = std::env::var("PROFILE").unwrap_or_default();
    let target = std::env::var("TARGET").unwrap_or_default();
    let site = target_dir.join("tightrope-site").join(format!("{target}-{profile}"));
    let data = site.join(&folder);
    let pointer = site.join("current");
    // Deleting either makes cargo run this script again.
    println!("cargo:rerun-if-changed={}", pointer.display());
    println!("cargo:rerun-if-changed={}", data.display());
    if !data.join("counts.json").exists() {
        let staging = site.join(format!("{folder}.partial"));
        let _ = std::fs::remove_dir_all(&staging);
        for (name, text) in &files {
            let path = staging.join(name);
            let written =
                path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|_| std::fs::write(&path, text));
            if let Err(error) = written {
                fail(format!("cannot write {}: {error}", path.display()));
            }
        }
        let _ = std::fs::remove_dir_all(&data);
        if let Err(error) = std::fs::rename(&staging, &data) {
            fail(format!("cannot move {} to {}: {error}", staging.display(), data.display()));
        }
    }
    // Older builds' folders go; this build's stays.
    if let Ok(entries) = std::fs::read_dir(&site) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("data-") && name != folder {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    if let Err(error) = std::fs::write(&pointer, &folder) {
        fail(format!("cannot write {}: {error}", pointer.display()));
    }
    println!("cargo:rustc-env=TIGHTROPE_DATA={folder}");
    println!("cargo:rustc-env=TIGHTROPE_DATA_DIR={}", data.display());
}
