//! `cargo xtask bench`: measured speed and scores, written to BENCHMARKS.md with machine and date.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::util::{command, run as run_command};

/// `cargo xtask bench [--only hardening] [--timeout SECONDS]`: every section, or one section replaced in place.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let mut only_hardening = false;
    let mut timeout = crate::bench_hardening::DEFAULT_TIMEOUT;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || rest.next().with_context(|| format!("`{arg}` needs a value"));
        match arg.as_str() {
            "--only" => match value()?.as_str() {
                "hardening" => only_hardening = true,
                other => anyhow::bail!("`--only` takes: hardening (not `{other}`)"),
            },
            "--timeout" => {
                timeout = std::time::Duration::from_secs(value()?.parse().context("`--timeout` takes seconds")?)
            }
            other => anyhow::bail!("unknown option `{other}` (bench takes --only hardening, --timeout SECONDS)"),
        }
    }
    let binary = build_cli(root)?;
    if only_hardening {
        // Run alone, the section says when and where it was measured, under its own heading.
        let section = crate::bench_hardening::run(&binary, timeout)?.replacen(
            "## Hardening\n\n",
            &format!("## Hardening\n\n{}", machine(root)),
            1,
        );
        let path = root.join("BENCHMARKS.md");
        let markdown = std::fs::read_to_string(&path).unwrap_or_default();
        std::fs::write(&path, crate::bench_hardening::replace_section(&markdown, &section))
            .context("writing BENCHMARKS.md")?;
        println!("{section}");
        println!("bench: wrote the hardening section of BENCHMARKS.md");
        return Ok(());
    }
    let mut report = String::from(
        "# Benchmarks\n\nWritten by `cargo xtask bench`; numbers are measurements, never test assertions.\n\n",
    );
    report.push_str(&machine(root));
    report.push_str(&pipeline(root, &binary)?);
    report.push_str(&crate::bench_time::run(root, &binary)?);
    report.push_str(&crate::bench_hardening::run(&binary, timeout)?);
    std::fs::write(root.join("BENCHMARKS.md"), &report).context("writing BENCHMARKS.md")?;
    println!("{report}");
    println!("bench: wrote BENCHMARKS.md");
    Ok(())
}

/// Builds the release CLI once for every section; returns its path (CARGO_TARGET_DIR honoured).
pub fn build_cli(root: &Path) -> Result<PathBuf> {
    run_command({
        let mut c = command(root, "cargo");
        c.args(["build", "--release", "--quiet", "-p", "tightrope-extract", "--bin", "tightrope"]);
        c
    })?;
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    Ok(target.join("release/tightrope"))
}

fn machine(root: &Path) -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let date = command(root, "date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let rustc = crate::util::output_line(root, "rustc", &["--version"]).unwrap_or_default();
    format!("Machine: {cpu}, {cores} cores; {rustc}; measured {date}.\n\n")
}

/// The whole pipeline over seeds/, best of five runs of the release CLI.
fn pipeline(root: &Path, binary: &Path) -> Result<String> {
    let out = std::env::temp_dir().join("tightrope-bench-corpus.json");
    let bytes: u64 = std::fs::read_dir(root.join("seeds"))?
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| e.metadata().map_or(0, |m| m.len()))
        .sum();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let started = Instant::now();
        run_command({
            let mut c = command(root, &binary.to_string_lossy());
            c.args(["corpus", "seeds", "-o"]).arg(&out).stderr(std::process::Stdio::null());
            c
        })?;
        best = best.min(started.elapsed().as_secs_f64());
    }
    Ok(format!(
        "## Pipeline\n\nThe whole pipeline (load → clean → segment → time → actors → events → JSON) over `seeds/` ({bytes} bytes of text), process start included: best of 5 = {:.1} ms ({:.2} MB/s).\n\n",
        best * 1000.0,
        bytes as f64 / best / 1e6
    ))
}
