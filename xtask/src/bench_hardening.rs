//! Hardening figures for `cargo xtask bench`: time and peak memory of `tightrope corpus` on big and degenerate input.
//!
//! Each input is generated here, deterministically (no benchdata text), and run as a child process
//! with a time limit, so that a stage that is still quadratic reports "timed out" instead of hanging
//! the bench. Peak RSS comes from `/usr/bin/time` (Debian package `time`); without it, from sampling
//! `VmHWM` in `/proc`, which can miss growth in the last milliseconds of a run.

use anyhow::{Context, Result};
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::bench_article::{article, without_sentence_ends};

/// How long one run may take, unless `--timeout` says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

const GNU_TIME: &str = "/usr/bin/time";
const MB: f64 = 1e6;

/// What the issue asks of an input (issue 14, "Done when").
#[derive(Clone, Copy, PartialEq)]
enum Target {
    /// The 20 MB article: ≤ 10 s and a peak RSS ≤ 5 × the text.
    BigArticle,
    /// Realistic text below 20 MB: the 20 MB pace, ≤ 0.5 s per MB.
    Pace,
    /// Degenerate text: ≤ 2 s per MB.
    Degenerate,
}

impl Target {
    fn describe(self) -> &'static str {
        match self {
            Target::BigArticle => "≤ 10 s, RSS ≤ 5×",
            Target::Pace => "≤ 0.5 s/MB",
            Target::Degenerate => "≤ 2 s/MB",
        }
    }
}

/// One input: its article files, generated on demand.
struct Input {
    label: &'static str,
    target: Target,
    files: fn() -> Vec<String>,
}

const INPUTS: &[Input] = &[
    Input { label: "article, 1 MB", target: Target::Pace, files: || vec![article(1, 1_000_000)] },
    Input { label: "article, 5 MB", target: Target::Pace, files: || vec![article(5, 5_000_000)] },
    Input { label: "article, 20 MB", target: Target::BigArticle, files: || vec![article(20, 20_000_000)] },
    Input {
        label: "200 files, 1 MB",
        target: Target::Pace,
        files: || (0..200).map(|i| article(100 + i, 5_000)).collect(),
    },
    Input {
        label: "1,000 files, 1 MB",
        target: Target::Pace,
        files: || (0..1000).map(|i| article(1000 + i, 1_000)).collect(),
    },
    Input { label: "`1/1/1…`, 400 KB", target: Target::Degenerate, files: || vec!["1/".repeat(200_000)] },
    Input { label: "`January …`, 1.6 MB", target: Target::Degenerate, files: || vec!["January ".repeat(200_000)] },
    Input {
        label: "`three years ago` × 50k",
        target: Target::Degenerate,
        files: || vec!["three years ago ".repeat(50_000)],
    },
    Input {
        label: "no sentence end, 512 KB",
        target: Target::Degenerate,
        files: || vec![without_sentence_ends(512_000)],
    },
    Input {
        label: "`the day before` × 5,000",
        target: Target::Degenerate,
        files: || vec!["the day before ".repeat(5000) + "Tuesday."],
    },
];

/// Runs every input and returns the BENCHMARKS.md section.
pub fn run(binary: &Path, timeout: Duration) -> Result<String> {
    let work = std::env::temp_dir().join(format!("tightrope-bench-hardening-{}", std::process::id()));
    let memory = if Path::new(GNU_TIME).is_file() {
        "peak RSS from `/usr/bin/time`"
    } else {
        "peak RSS sampled from `/proc/PID/status` (install the Debian package `time` for an exact figure)"
    };
    let mut md = String::from("## Hardening\n\n");
    let _ = writeln!(
        md,
        "`tightrope corpus DIR -o out.json` (release build, one process, process start included) on generated news-like \
         articles and on degenerate text; each run stopped after {} s; {memory}. Targets from issue 14: a 20 MB article \
         in ≤ 10 s and ≤ 5 × its size in memory, degenerate input ≤ 2 s per MB, JSON ≤ 4 × the text.\n",
        timeout.as_secs()
    );
    md.push_str("| input | text | time | s/MB | peak RSS | RSS ÷ text | JSON ÷ text | target | met |\n");
    md.push_str("|---|---|---|---|---|---|---|---|---|\n");
    let mut pace = Vec::new();
    for input in INPUTS {
        let dir = work.join(input.label.chars().filter(char::is_ascii_alphanumeric).collect::<String>());
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let files = (input.files)();
        let text_bytes: usize = files.iter().map(String::len).sum();
        for (i, text) in files.iter().enumerate() {
            std::fs::write(dir.join(format!("{i:04}.txt")), text)?;
        }
        drop(files);
        let out = work.join("out.json");
        let _ = std::fs::remove_file(&out);
        let mut command = Command::new(binary);
        command.arg("corpus").arg(&dir).arg("-o").arg(&out);
        eprintln!("bench: hardening: {} ({:.2} MB)…", input.label, text_bytes as f64 / MB);
        let run = run_limited(command, timeout, true)?;
        let row = Row::new(input, text_bytes, &run, std::fs::metadata(&out).ok().map(|m| m.len()));
        if input.target != Target::Degenerate && run.finished() {
            pace.push((input.label, row.seconds / (text_bytes as f64 / MB)));
        }
        md.push_str(&row.markdown(timeout));
        if !run.finished() || !run.succeeded() {
            let tail: Vec<&str> = run.output.lines().rev().take(3).collect();
            eprintln!("bench: hardening: {}: {}", input.label, tail.into_iter().rev().collect::<Vec<_>>().join(" / "));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    let _ = std::fs::remove_dir_all(&work);
    if let (Some(first), Some(last)) =
        (pace.iter().find(|p| p.0.contains("1 MB")), pace.iter().find(|p| p.0.contains("20 MB")))
    {
        let _ = writeln!(
            md,
            "\nLinearity: {:.2} s/MB at 20 MB against {:.2} s/MB at 1 MB (ratio {:.1}; 1.0 is linear).",
            last.1,
            first.1,
            last.1 / first.1.max(1e-9)
        );
    }
    md.push('\n');
    Ok(md)
}

/// One line of the table, with the figures the targets are judged on.
struct Row<'a> {
    input: &'a Input,
    text_bytes: usize,
    seconds: f64,
    finished: bool,
    failure: Option<String>,
    peak_rss: Option<u64>,
    json_bytes: Option<u64>,
}

impl<'a> Row<'a> {
    fn new(input: &'a Input, text_bytes: usize, run: &Limited, json_bytes: Option<u64>) -> Row<'a> {
        let failure = (run.finished() && !run.succeeded()).then(|| match run.status.and_then(|s| s.code()) {
            Some(code) => format!("exit {code}"),
            None => "killed by a signal".to_string(),
        });
        Row {
            input,
            text_bytes,
            seconds: run.seconds,
            finished: run.finished(),
            failure,
            peak_rss: run.peak_rss,
            json_bytes: json_bytes.filter(|_| run.succeeded()),
        }
    }

    fn markdown(&self, timeout: Duration) -> String {
        let megabytes = self.text_bytes as f64 / MB;
        let at_least = if self.finished { "" } else { "≥ " };
        let time = match (&self.failure, self.finished) {
            (Some(failure), _) => format!("failed ({failure}) at {:.2} s", self.seconds),
            (None, true) => format!("{:.2} s", self.seconds),
            (None, false) => format!("timed out ({} s)", timeout.as_secs()),
        };
        let per_mb = self.seconds / megabytes;
        let rss = self.peak_rss.map_or("?".into(), |r| format!("{at_least}{:.0} MB", r as f64 / MB));
        let rss_ratio =
            self.peak_rss.map_or("?".into(), |r| format!("{at_least}{:.1}×", r as f64 / self.text_bytes as f64));
        let json_ratio = self.json_bytes.map_or("–".into(), |j| format!("{:.2}×", j as f64 / self.text_bytes as f64));
        let json_met = self.json_bytes.is_some_and(|j| j as f64 <= 4.0 * self.text_bytes as f64);
        let met = self.finished
            && self.failure.is_none()
            && json_met
            && match self.input.target {
                Target::BigArticle => {
                    self.seconds <= 10.0 && self.peak_rss.is_some_and(|r| r as f64 <= 5.0 * self.text_bytes as f64)
                }
                Target::Pace => per_mb <= 0.5,
                Target::Degenerate => per_mb <= 2.0,
            };
        format!(
            "| {} | {megabytes:.2} MB | {time} | {at_least}{per_mb:.2} | {rss} | {rss_ratio} | {json_ratio} | {}, JSON ≤ 4× | {} |\n",
            self.input.label,
            self.input.target.describe(),
            if met { "yes" } else { "**no**" }
        )
    }
}

/// A child process that ran to its end, or was stopped at the time limit.
pub struct Limited {
    pub seconds: f64,
    /// `None` when the run was stopped at the time limit.
    pub status: Option<ExitStatus>,
    /// Peak resident set size in bytes, where measured (up to the stop, for a stopped run).
    pub peak_rss: Option<u64>,
    /// Standard output and standard error, interleaved.
    pub output: String,
}

impl Limited {
    pub fn finished(&self) -> bool {
        self.status.is_some()
    }

    pub fn succeeded(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }
}

/// Runs `command` in a process group of its own, killing the group at `limit`; with `memory`, measures
/// its peak RSS (under `/usr/bin/time` where present, stopping only the measured process so that
/// `time` still reports).
pub fn run_limited(command: Command, limit: Duration, memory: bool) -> Result<Limited> {
    use std::os::unix::process::CommandExt as _;
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let stem = std::env::temp_dir().join(format!(
        "tightrope-limited-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let (log_path, time_path) = (stem.with_extension("log"), stem.with_extension("time"));
    let wrapped = memory && Path::new(GNU_TIME).is_file();
    let mut command = if wrapped { under_time(&command, &time_path) } else { command };
    let log = std::fs::File::create(&log_path).with_context(|| format!("creating {}", log_path.display()))?;
    command.stdin(Stdio::null()).stdout(log.try_clone()?).stderr(log).process_group(0);
    let shown = format!("{command:?}");
    let started = Instant::now();
    let mut child = command.spawn().with_context(|| format!("cannot start {shown}"))?;
    let mut sampled = 0u64;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if memory && !wrapped {
            sampled = sampled.max(vm_hwm(child.id()).unwrap_or(0));
        }
        if started.elapsed() >= limit {
            stop(child.id(), wrapped);
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(if started.elapsed() < Duration::from_secs(1) { 2 } else { 20 }));
    };
    let mut seconds = started.elapsed().as_secs_f64();
    let mut peak_rss = (memory && !wrapped && sampled > 0).then_some(sampled);
    if wrapped {
        // The last line is "%e %M"; a line before it may say how the command ended.
        let report = std::fs::read_to_string(&time_path).unwrap_or_default();
        let mut fields = report.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").split_whitespace();
        if let (Some(elapsed), Some(kilobytes)) = (fields.next(), fields.next()) {
            if status.is_some() {
                seconds = elapsed.parse().unwrap_or(seconds);
            }
            peak_rss = kilobytes.parse::<u64>().ok().map(|kb| kb * 1024);
        }
    }
    let output = String::from_utf8_lossy(&std::fs::read(&log_path).unwrap_or_default()).into_owned();
    let _ = std::fs::remove_file(&log_path);
    let _ = std::fs::remove_file(&time_path);
    Ok(Limited { seconds, status, peak_rss, output })
}

/// The same command under `/usr/bin/time`, writing "elapsed seconds, peak RSS in KB" to `report`.
fn under_time(command: &Command, report: &Path) -> Command {
    let mut timed = Command::new(GNU_TIME);
    timed.arg("-f").arg("%e %M").arg("-o").arg(report).arg(command.get_program()).args(command.get_args());
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => timed.env(key, value),
            None => timed.env_remove(key),
        };
    }
    if let Some(dir) = command.get_current_dir() {
        timed.current_dir(dir);
    }
    timed
}

/// Stops a run: under `time`, only its child, so that `time` still reports; then the whole group.
fn stop(pid: u32, wrapped: bool) {
    let kill = |target: String| {
        let _ = Command::new("kill").args(["-KILL", "--", &target]).stderr(Stdio::null()).status();
    };
    if wrapped {
        let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
        for child in children.split_whitespace() {
            kill(child.to_string());
        }
        // Give `time` a moment to reap its child and write the report.
        std::thread::sleep(Duration::from_millis(200));
    }
    kill(format!("-{pid}"));
}

/// The peak resident set size of a running process, from `/proc/PID/status`.
fn vm_hwm(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kb| kb * 1024)
}

/// The BENCHMARKS.md text with its hardening section replaced by `section` (or added at the end).
pub fn replace_section(markdown: &str, section: &str) -> String {
    let Some(start) = markdown.find("## Hardening") else {
        return format!("{}\n\n{section}", markdown.trim_end());
    };
    let end = markdown[start + 2..].find("\n## ").map_or(markdown.len(), |i| start + 2 + i + 1);
    format!("{}{section}{}", &markdown[..start], &markdown[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hardening_section_is_replaced_in_place() {
        let md = "# B\n\n## Pipeline\n\nx\n\n## Hardening\n\nold\n\n## Time tagger\n\ny\n";
        assert_eq!(
            replace_section(md, "## Hardening\n\nnew\n\n"),
            "# B\n\n## Pipeline\n\nx\n\n## Hardening\n\nnew\n\n## Time tagger\n\ny\n"
        );
        assert_eq!(replace_section("# B\n", "## Hardening\n\nnew\n"), "# B\n\n## Hardening\n\nnew\n");
    }
}
