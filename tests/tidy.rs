//! Tidy checks over the source tree: every Rust file states its purpose, and stays one idea.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() && !matches!(name, "target" | "dist" | ".tools" | "node_modules" | ".git" | "snapshots") {
            rust_files(&path, out);
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

fn all_rust_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates", "xtask", "tests"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.push(root.join("build.rs"));
    files.sort();
    files
}

#[test]
fn every_rust_file_opens_with_a_purpose_line() {
    let files = all_rust_files();
    assert!(files.len() > 20, "the walk found only {} files", files.len());
    let missing: Vec<String> = files
        .iter()
        .filter(|f| !std::fs::read_to_string(f).unwrap_or_default().starts_with("//! "))
        .map(|f| f.display().to_string())
        .collect();
    assert!(missing.is_empty(), "files without a `//!` purpose line: {missing:#?}");
}

#[test]
fn no_rust_file_grows_past_600_lines() {
    let long: Vec<String> = all_rust_files()
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).unwrap_or_default().lines().count();
            (lines > 600).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these files by idea: {long:#?}");
}
