//! `cargo xtask test`: every check CI runs, in the order a failure is cheapest to find.
//!
//! setup → fmt → clippy (host and wasm) → host tests → release builds at the root and under a
//! sub-path → browser tests in headless Chromium. Ends with the test runners' summary lines.

use anyhow::{bail, Context, Result};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::Instant;

use crate::util::{command, elapsed, run as run_command};
use crate::Options;

/// The sub-path the browser tests host the second build under, as a GitHub Pages project site would.
pub const SUB_PATH: &str = "/tightrope/demo/";

pub fn run(root: &Path) -> Result<()> {
    let started = Instant::now();
    crate::setup::run(root)?;

    stage("cargo fmt --check");
    run_command({
        let mut c = command(root, "cargo");
        c.args(["fmt", "--all", "--check"]);
        c
    })
    .context("code is not formatted: run `cargo fmt --all`")?;

    stage("clippy, warnings denied (host and wasm32)");
    run_command({
        let mut c = command(root, "cargo");
        c.args(["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"]);
        c
    })?;
    run_command({
        let mut c = command(root, "cargo");
        c.args([
            "clippy",
            "-p",
            "tightrope-viewer",
            "--target",
            "wasm32-unknown-unknown",
            "--quiet",
            "--",
            "-D",
            "warnings",
        ]);
        c
    })?;

    let mut summaries = Vec::new();
    stage("host tests");
    cargo_test(root, &["test", "--workspace"], &[], &mut summaries)?;

    stage("release builds (root and sub-path)");
    let dist_root = root.join("target/dist/root");
    let dist_sub = root.join("target/dist/sub");
    crate::dist::build(root, &Options { dist_dir: Some(dist_root.clone()), ..Options::default() })?;
    crate::dist::build(
        root,
        &Options { dist_dir: Some(dist_sub.clone()), public_url: Some(SUB_PATH.into()), ..Options::default() },
    )?;

    stage("browser tests (headless Chromium)");
    let env = [
        ("TIGHTROPE_DIST_ROOT", dist_root.to_string_lossy().into_owned()),
        ("TIGHTROPE_DIST_SUB", dist_sub.to_string_lossy().into_owned()),
        ("TIGHTROPE_SUB_PATH", SUB_PATH.to_string()),
        ("TIGHTROPE_AXE", crate::setup::axe_core_script(root).to_string_lossy().into_owned()),
    ];
    cargo_test(
        root,
        &["test", "-p", "tightrope-viewer", "--test", "browser", "--", "--ignored", "--test-threads=1"],
        &env,
        &mut summaries,
    )?;

    let (passed, failed, ignored) = totals(&summaries);
    println!("\n== summary ({}) ==", elapsed(started));
    for line in &summaries {
        println!("{line}");
    }
    println!("screenshots: target/screenshots/");
    if failed > 0 {
        bail!("{failed} tests failed");
    }
    // Ignored host tests are the browser tests, which ran in the second pass.
    println!(
        "total: {passed} passed, {failed} failed ({ignored} browser tests deferred from the host pass and run above)"
    );
    println!("{passed} passed, {failed} failed");
    Ok(())
}

fn stage(name: &str) {
    println!("\n== {name} ==");
}

/// Runs cargo test, echoing its output and keeping its `test result:` lines.
fn cargo_test(root: &Path, args: &[&str], env: &[(&str, String)], summaries: &mut Vec<String>) -> Result<()> {
    let mut cargo = command(root, "cargo");
    cargo.args(args).stdout(Stdio::piped());
    for (key, value) in env {
        cargo.env(key, value);
    }
    let mut child = cargo.spawn().context("cannot start cargo test")?;
    let stdout = child.stdout.take().context("cargo test has no stdout")?;
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        println!("{line}");
        if line.starts_with("test result:") {
            summaries.push(line);
        }
    }
    let status = child.wait()?;
    if !status.success() {
        bail!("`cargo {}` failed", args.join(" "));
    }
    Ok(())
}

/// Sums "test result: ok. 3 passed; 0 failed; 1 ignored; …" lines.
fn totals(summaries: &[String]) -> (usize, usize, usize) {
    let count = |line: &str, word: &str| -> usize {
        line.split(';')
            .find_map(|part| part.trim().strip_suffix(word).and_then(|n| n.trim().rsplit(' ').next()?.parse().ok()))
            .unwrap_or(0)
    };
    summaries.iter().fold((0, 0, 0), |(p, f, i), line| {
        (p + count(line, "passed"), f + count(line, "failed"), i + count(line, "ignored"))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn totals_add_up_runner_lines() {
        let lines = vec![
            "test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s".to_string(),
            "test result: FAILED. 10 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.00s"
                .to_string(),
        ];
        assert_eq!(super::totals(&lines), (13, 2, 1));
    }
}
