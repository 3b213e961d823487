//! `cargo xtask`: the project's commands, the ones the README gives.
//!
//! - `setup`: install what is missing, pinned, from package registries only (idempotent).
//! - `serve [--corpus DIR] [--port N]`: build and serve with live rebuild on 127.0.0.1.
//! - `dist [--public-url /sub/path/] [--corpus DIR]`: a release `dist/` for any static host.
//! - `test`: fmt, clippy, host tests, release builds, browser tests in headless Chromium.
//! - `bench [--only hardening] [--timeout S]`: time-tagger scores and throughput, pipeline speed,
//!   hardening figures (big and degenerate input); writes BENCHMARKS.md.
//! - `fuzz [--seconds N] [--target NAME]`: each fuzz target for about N seconds, release build.
//! - `gen-corpus --events N --out FILE [--seed S]`: a synthetic corpus JSON for scale tests.

mod bench;
mod bench_article;
mod bench_hardening;
mod bench_time;
mod dist;
mod fuzz;
mod gen_corpus;
mod gen_corpus_text;
mod setup;
mod test;
mod util;

use anyhow::{bail, Result};
use std::path::PathBuf;

const USAGE: &str = "\
cargo xtask <command>

  setup                                        install the pinned toolchain (idempotent)
  serve [--corpus DIR] [--port 8080]           serve the app with live rebuild
  dist  [--public-url /sub/path/] [--corpus DIR]  write a release build to dist/
  test                                         run every check, as CI does
  bench [--only hardening] [--timeout 120]     measure speed and scores, write BENCHMARKS.md
  fuzz  [--seconds 60] [--target NAME]         run each fuzz target for about N seconds
  gen-corpus --events N --out FILE [--seed 1]  write a synthetic corpus JSON (about N/10 documents)
";

fn main() {
    if let Err(error) = run() {
        eprintln!("xtask: error: {error:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = util::repo_root();
    std::env::set_current_dir(&root)?;
    let rest = &args[args.len().min(1)..];
    match args.first().map(String::as_str) {
        Some("setup") => setup::run(&root).map(|_| ()),
        Some("serve") => dist::serve(&root, &Options::parse(rest)?),
        Some("dist") => dist::dist(&root, &Options::parse(rest)?).map(|_| ()),
        Some("test") => test::run(&root),
        Some("bench") => bench::run(&root, rest),
        Some("fuzz") => fuzz::run(&root, rest),
        Some("gen-corpus") => gen_corpus::run(rest),
        Some("-h" | "--help" | "help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}

/// Options shared by `serve` and `dist`.
#[derive(Debug, Default, Clone)]
pub struct Options {
    pub corpus: Option<PathBuf>,
    pub public_url: Option<String>,
    pub port: Option<u16>,
    pub dist_dir: Option<PathBuf>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options::default();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let mut value = || rest.next().cloned().ok_or_else(|| anyhow::anyhow!("`{arg}` needs a value"));
            match arg.as_str() {
                "--corpus" => {
                    let dir = PathBuf::from(value()?);
                    let dir =
                        std::fs::canonicalize(&dir).map_err(|e| anyhow::anyhow!("--corpus {}: {e}", dir.display()))?;
                    options.corpus = Some(dir);
                }
                "--public-url" => {
                    let mut url = value()?;
                    if !url.starts_with('/') {
                        bail!("--public-url must be an absolute path such as /tightrope/ (a relative one breaks deep links)");
                    }
                    if !url.ends_with('/') {
                        url.push('/');
                    }
                    options.public_url = Some(url);
                }
                "--port" => options.port = Some(value()?.parse()?),
                "--dist" => options.dist_dir = Some(PathBuf::from(value()?)),
                other => bail!("unknown option `{other}`\n\n{USAGE}"),
            }
        }
        Ok(options)
    }
}
