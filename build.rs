//! Runs the Tightrope pipeline over the corpus folder and embeds its JSON in the viewer.
//!
//! The folder is `seeds/`, or `TIGHTROPE_CORPUS` when set. Any change in it rebuilds the app;
//! bad input fails the build with the file, the line and what to fix.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=TIGHTROPE_CORPUS");
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let corpus_dir = match std::env::var("TIGHTROPE_CORPUS") {
        Ok(dir) if !dir.trim().is_empty() => manifest_dir.join(dir.trim()),
        _ => manifest_dir.join("seeds"),
    };
    // A directory here makes cargo rescan every file in it for changes.
    println!("cargo:rerun-if-changed={}", corpus_dir.display());

    let built = match tightrope_extract::build_corpus(&corpus_dir) {
        Ok(built) => built,
        Err(error) => {
            eprintln!("\nerror: the corpus cannot be built\n  {error}\n");
            println!("cargo:warning=corpus error: {error}");
            std::process::exit(1);
        }
    };
    for warning in &built.warnings {
        println!("cargo:warning={warning}");
    }
    let corpus = &built.corpus;
    println!(
        "cargo:warning=corpus `{}`: {} documents in, {} documents out, {} actors, {} events",
        corpus.name,
        built.files_read,
        corpus.documents.len(),
        corpus.actors.len(),
        corpus.events.len()
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.json");
    if let Err(error) = tightrope_extract::write_json(corpus, &out) {
        eprintln!("\nerror: cannot write {}: {error}\n", out.display());
        std::process::exit(1);
    }
}
