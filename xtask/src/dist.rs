//! `cargo xtask serve` and `cargo xtask dist`: trunk builds of the viewer.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::util::{command, elapsed, run as run_command};
use crate::Options;

/// Serves the app with live rebuild on 127.0.0.1.
pub fn serve(root: &Path, options: &Options) -> Result<()> {
    crate::setup::run(root)?;
    let port = options.port.unwrap_or(8080).to_string();
    let mut trunk = command(root, "trunk");
    // Trunk's reload script is inline, which the page's Content-Security-Policy refuses: trunk
    // rebuilds on every change, and a reload of the page shows the result.
    trunk.args(["serve", "--address", "127.0.0.1", "--port", &port, "--no-autoreload"]);
    // Watch the sources and the corpus, wherever it lives.
    for watched in
        ["src", "style", "index.html", "start.js", "favicon.svg", "crates", "seeds", "build.rs", "Cargo.toml"]
    {
        trunk.args(["--watch", watched]);
    }
    if let Some(corpus) = &options.corpus {
        trunk.env("TIGHTROPE_CORPUS", corpus).arg("--watch").arg(corpus);
        println!("serve: corpus {}", corpus.display());
    }
    println!("serve: http://127.0.0.1:{port}/ (reload the page after a rebuild; Ctrl-C to stop)");
    run_command(trunk)
}

/// Writes a release build; returns the folder.
pub fn dist(root: &Path, options: &Options) -> Result<PathBuf> {
    crate::setup::run(root)?;
    build(root, options)
}

/// The release build without setup (the caller made sure the tools are there).
pub fn build(root: &Path, options: &Options) -> Result<PathBuf> {
    let started = Instant::now();
    let dist = options.dist_dir.clone().unwrap_or_else(|| root.join("dist"));
    let public_url = options.public_url.clone().unwrap_or_else(|| "/".to_string());
    let mut trunk = command(root, "trunk");
    trunk.args(["build", "--release", "--public-url", &public_url, "--dist"]).arg(&dist);
    match &options.corpus {
        Some(corpus) => trunk.env("TIGHTROPE_CORPUS", corpus),
        None => trunk.env_remove("TIGHTROPE_CORPUS"),
    };
    run_command(trunk).context("trunk build failed; the corpus errors, if any, are printed above")?;
    println!("dist: {} for public URL {public_url} in {}", dist.display(), elapsed(started));
    print_sizes(&dist)?;
    Ok(dist)
}

/// Prints each file's size, raw and gzip-compressed.
fn print_sizes(dist: &Path) -> Result<()> {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dist)?.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    entries.sort();
    let (mut raw_total, mut gzip_total) = (0, 0);
    for path in entries {
        let bytes = std::fs::read(&path)?;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&bytes)?;
        let gzip = encoder.finish()?.len();
        raw_total += bytes.len();
        gzip_total += gzip;
        println!(
            "  {:<48} {:>9} B  {:>9} B gzip",
            path.file_name().unwrap_or_default().to_string_lossy(),
            bytes.len(),
            gzip
        );
    }
    println!("  {:<48} {:>9} B  {:>9} B gzip", "total", raw_total, gzip_total);
    Ok(())
}
