//! `cargo xtask fuzz`: runs each fuzz target for about N seconds in a release build and reports cases and failures.
//!
//! The targets are the proptest tests in `crates/extract/tests/fuzz.rs` and
//! `crates/core/tests/fuzz_link.rs`: every test there named `fuzz_*` and not ignored. Each target runs in
//! rounds of the test binary, each round a fresh random seed, with cases in a child process
//! (`TIGHTROPE_FUZZ_FORK=1`) so that a stack overflow or a case slower than
//! `TIGHTROPE_FUZZ_TIMEOUT_MS` (default 20 s) is a failure proptest shrinks and saves in
//! `tests/proptest-regressions/`. A round's size follows the measured pace so the last one ends
//! near the deadline. A target stops at its first failure; its whole output is kept in
//! `target/fuzz/TARGET.log`.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::bench_hardening::run_limited;
use crate::util::command;

/// The test binaries that hold fuzz targets: (package, test target).
const SUITES: &[(&str, &str)] = &[("tightrope-extract", "fuzz"), ("tightrope-core", "fuzz_link")];

/// How long shrinking a failure may add to a round before the round counts as hung.
const SHRINK_ALLOWANCE: Duration = Duration::from_secs(300);

struct Outcome {
    target: String,
    cases: u64,
    rounds: u32,
    seconds: f64,
    failure: Option<String>,
}

pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let mut seconds = 60u64;
    let mut only: Option<String> = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || rest.next().with_context(|| format!("`{arg}` needs a value"));
        match arg.as_str() {
            "--seconds" => seconds = value()?.parse().context("`--seconds` takes a whole number")?,
            "--target" => only = Some(value()?.clone()),
            other => bail!("unknown option `{other}` (fuzz takes --seconds N, --target NAME)"),
        }
    }
    let logs = root.join("target/fuzz");
    std::fs::create_dir_all(&logs)?;
    let mut outcomes = Vec::new();
    for (package, test) in SUITES {
        let binary = build(root, package, test)?;
        let dir = root.join("crates").join(package.trim_start_matches("tightrope-"));
        for target in targets(&binary)? {
            if only.as_deref().is_some_and(|o| !target.contains(o)) {
                continue;
            }
            eprintln!("fuzz: {package} {target}: {seconds} s…");
            let outcome = fuzz_target(&binary, &dir, &target, Duration::from_secs(seconds), &logs)?;
            eprintln!("fuzz: {target}: {} cases in {} rounds, {:.0} s", outcome.cases, outcome.rounds, outcome.seconds);
            outcomes.push(outcome);
        }
    }
    println!("\n| target | cases | rounds | seconds | failures |\n|---|---|---|---|---|");
    for o in &outcomes {
        println!(
            "| {} | {} | {} | {:.0} | {} |",
            o.target,
            o.cases,
            o.rounds,
            o.seconds,
            u8::from(o.failure.is_some())
        );
    }
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| o.failure.is_some()).collect();
    for o in &failed {
        println!("\n{}: {}\n(full output: target/fuzz/{}.log)", o.target, o.failure.as_deref().unwrap_or(""), o.target);
    }
    if outcomes.is_empty() {
        bail!("no fuzz target matches");
    }
    if !failed.is_empty() {
        bail!(
            "{} of {} fuzz targets failed; proptest saved each case in tests/proptest-regressions/",
            failed.len(),
            outcomes.len()
        );
    }
    Ok(())
}

/// Builds one test target in release and returns the test binary's path.
fn build(root: &Path, package: &str, test: &str) -> Result<PathBuf> {
    let output = command(root, "cargo")
        .args(["test", "--release", "--no-run", "--message-format=json", "-p", package, "--test", test])
        .stderr(Stdio::inherit())
        .output()
        .context("cannot start cargo")?;
    if !output.status.success() {
        bail!("building the {package} fuzz targets failed");
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == test)
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .with_context(|| format!("cargo built no test binary `{test}` in {package}"))
}

/// The fuzz targets of a test binary: its tests named `fuzz_*` that are not ignored.
fn targets(binary: &Path) -> Result<Vec<String>> {
    let list = |ignored: bool| -> Result<Vec<String>> {
        let mut c = Command::new(binary);
        c.args(["--list", "--format", "terse"]);
        if ignored {
            c.arg("--ignored");
        }
        let output = c.output().with_context(|| format!("cannot list the tests of {}", binary.display()))?;
        Ok(String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|l| l.strip_suffix(": test"))
            .map(String::from)
            .collect())
    };
    let ignored = list(true)?;
    Ok(list(false)?.into_iter().filter(|t| t.starts_with("fuzz_") && !ignored.contains(t)).collect())
}

/// Runs one target in rounds until `budget` is spent or a round fails.
fn fuzz_target(binary: &Path, dir: &Path, target: &str, budget: Duration, logs: &Path) -> Result<Outcome> {
    let started = Instant::now();
    let mut outcome = Outcome { target: target.to_string(), cases: 0, rounds: 0, seconds: 0.0, failure: None };
    let mut chunk: u64 = 16;
    while started.elapsed() < budget {
        let remaining = budget - started.elapsed();
        let mut round = Command::new(binary);
        round
            .args(["--exact", target, "--nocapture", "--test-threads", "1"])
            .current_dir(dir)
            .env("TIGHTROPE_FUZZ_CASES", chunk.to_string())
            .env("TIGHTROPE_FUZZ_FORK", "1")
            .env("RUST_BACKTRACE", "1");
        let round_started = Instant::now();
        let result = run_limited(round, remaining + SHRINK_ALLOWANCE, false)?;
        outcome.rounds += 1;
        if !result.succeeded() {
            outcome.cases += successes(&result.output);
            std::fs::write(logs.join(format!("{target}.log")), &result.output)?;
            outcome.failure = Some(if result.finished() {
                summary(&result.output)
            } else {
                format!("a round did not end within {} s of its deadline", SHRINK_ALLOWANCE.as_secs())
            });
            break;
        }
        outcome.cases += chunk;
        // Aim the next round at 90 % of what is left, at most eight times bigger than this one.
        let per_case = round_started.elapsed().as_secs_f64() / chunk as f64;
        let left = budget.saturating_sub(started.elapsed()).as_secs_f64();
        chunk = ((left * 0.9 / per_case.max(1e-6)) as u64).clamp(1, chunk * 8);
    }
    outcome.seconds = started.elapsed().as_secs_f64();
    Ok(outcome)
}

/// How many cases passed before proptest found the failure, from its report.
fn successes(output: &str) -> u64 {
    output
        .lines()
        .filter_map(|l| l.trim().strip_prefix("successes: "))
        .filter_map(|n| n.trim().parse::<u64>().ok())
        .next_back()
        .unwrap_or(0)
}

/// The panic locations and messages, and the minimal failing input, from a failed round's output.
fn summary(output: &str) -> String {
    let lines: Vec<&str> = output.lines().collect();
    let mut panics: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(at) = line.find("panicked at ") {
            let location = &line[at + "panicked at ".len()..];
            let message = lines.get(i + 1).copied().unwrap_or("");
            // The proptest macro re-raises the failure at the test; the reason line says it already.
            if location.contains("proptest-") || location.contains("rusty-fork") || message.starts_with("Test failed") {
                continue;
            }
            let entry = format!("panicked at {location} {}", message.chars().take(300).collect::<String>());
            if !panics.contains(&entry) {
                panics.push(entry);
            }
        }
    }
    // A crash in a forked case leaves no panic line, only the runtime's last words.
    for line in &lines {
        if ["has overflowed its stack", "fatal runtime error", "memory allocation of", "imed out"]
            .iter()
            .any(|k| line.contains(k))
        {
            let entry = line.split_once(") ").map_or(*line, |(_, rest)| rest).trim().to_string();
            if !panics.contains(&entry) {
                panics.push(entry);
            }
        }
    }
    let input = lines
        .iter()
        .rev()
        .find_map(|l| l.split_once("minimal failing input: ").map(|(_, input)| input))
        .map(|input| input.chars().take(2000).collect::<String>());
    let reason = lines.iter().rev().find(|l| l.contains("Test failed:")).map(|l| l.trim());
    let mut text = String::new();
    if let Some(reason) = reason {
        text += reason;
        text.push('\n');
    }
    for panic in panics.iter().rev().take(3) {
        text += panic;
        text.push('\n');
    }
    match input {
        Some(input) => text + "minimal failing input: " + &input,
        None => text + "(no minimal input printed: see the log)",
    }
}
