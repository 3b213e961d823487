//! Time-tagger scores on the TempEval-3 dev set (TimeBank + AQUAINT) and on history texts
//! (WikiWars dev), and the tagger's throughput.

use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// The dev set's folders of TimeML files, inside `../shared/benchdata`.
const DEV_SETS: &[&str] = &["te3/TBAQ-cleaned/TimeBank", "te3/TBAQ-cleaned/AQUAINT"];

/// The history texts: WikiWars documents 01–16 in TimeML, inside `../shared/benchdata`.
const HISTORY_SET: &str = "wikiwars-dev";

/// The scorer's lines for the four measures, and how the tables name them.
const MEASURES: [(&str, &str); 4] =
    [("strict span", "Strict match"), ("relaxed span", "Relaxed match"), ("value", "Value"), ("type", "Type")];

/// How many times the throughput run tags the whole dev set, to measure more than start-up.
const REPEAT: &str = "20";

/// Scores the tagger on the dev set and measures its speed; a Markdown section for BENCHMARKS.md.
pub fn run(root: &Path, binary: &Path) -> Result<String> {
    let benchdata = root.join("../shared/benchdata");
    let scorer = benchdata.join("score_timex.py");
    let mut md = String::from("## Time tagger\n\n");
    if !scorer.is_file() {
        md.push_str(
            "Skipped: `../shared/benchdata` (the TempEval-3 data and `score_timex.py`) is not beside this clone.\n\n",
        );
        return Ok(md);
    }
    let work = std::env::temp_dir().join(format!("tightrope-bench-time-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let gold = work.join("gold");
    std::fs::create_dir_all(&gold).with_context(|| format!("creating {}", gold.display()))?;
    let mut documents = 0;
    for set in DEV_SETS {
        let dir = benchdata.join(set);
        for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
            let path = entry?.path();
            if path.extension().is_some_and(|x| x == "tml") {
                std::fs::copy(&path, gold.join(path.file_name().unwrap_or_default()))?;
                documents += 1;
            }
        }
    }
    let text = work.join("text");
    let out = work.join("out");
    python(&scorer, &[gold.as_os_str(), "--dump-text".as_ref(), text.as_os_str()])?;

    // Best of three runs: a shared machine only ever slows a run down.
    let mut mb_per_s = 0f64;
    let mut bytes = 0f64;
    for _ in 0..3 {
        let speed = output(
            Command::new(binary).arg("timex").arg(&text).arg("--out").arg(&out).args(["--bench-repeat", REPEAT]),
        )?;
        mb_per_s = mb_per_s.max(json_number(&speed, "mb_per_s").unwrap_or(0.0));
        bytes = json_number(&speed, "bytes").unwrap_or(0.0) / REPEAT.parse::<f64>().unwrap_or(1.0);
    }

    let report =
        python(&scorer, &[gold.as_os_str(), out.as_os_str(), "--quiet-warnings".as_ref(), "--errors".as_ref()])?;
    let _ = writeln!(
        md,
        "TempEval-3 measures (micro-averaged, `score_timex.py`) on TimeBank + AQUAINT ({documents} documents, {:.0} KB of text), style chosen per document, DCT from each document:\n",
        bytes / 1e3
    );
    md.push_str("| measure | F1 | P | R |\n|---|---|---|---|\n");
    for (label, line) in MEASURES {
        let numbers = measure(&report, line);
        let _ = writeln!(md, "| {label} | {} | {} | {} |", cell(&numbers, 0), cell(&numbers, 1), cell(&numbers, 2));
    }
    let _ = writeln!(
        md,
        "\nThroughput: {mb_per_s:.2} MB/s on one core (best of 3 runs, each tagging the dev set {REPEAT} times in one process, release build).\n"
    );
    md.push_str(&linearity(binary, &work)?);
    md.push_str(&error_kinds(&report));
    let gold_json = work.join("gold-json");
    python(&scorer, &[gold.as_os_str(), "--dump-gold".as_ref(), gold_json.as_os_str()])?;
    md.push_str(&annotation_conflicts(&report, &gold_json)?);
    md.push_str(&history(&benchdata, &scorer, binary, &work)?);
    let _ = std::fs::remove_dir_all(&work);
    Ok(md)
}

/// A measure's number as the tables print it, `?` when the scorer gave none.
fn cell(numbers: &[f64], i: usize) -> String {
    numbers.get(i).map_or("?".to_string(), |n| format!("{n:.2}"))
}

/// Scores the history texts twice: with the style the tagger chooses for each document, and
/// with `--narrative` forced. Each WikiWars document's DCT is the day the article was taken from
/// Wikipedia (2009-12-19 for all sixteen), long after the wars it tells: a tagger that counts
/// "the following year" from it goes wrong, so the style choice is part of what is measured.
fn history(benchdata: &Path, scorer: &Path, binary: &Path, work: &Path) -> Result<String> {
    let gold = benchdata.join(HISTORY_SET);
    let mut md = String::from("### History texts (WikiWars dev)\n\n");
    if !gold.is_dir() {
        let _ = writeln!(md, "Skipped: `../shared/benchdata/{HISTORY_SET}` is not beside this clone.\n");
        return Ok(md);
    }
    let documents = std::fs::read_dir(&gold)?
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().extension().is_some_and(|x| x == "tml")))
        .count();
    let text = work.join("history-text");
    python(scorer, &[gold.as_os_str(), "--dump-text".as_ref(), text.as_os_str()])?;
    let mut reports = Vec::new();
    for (name, style) in [("auto", None), ("narrative", Some("--narrative"))] {
        let out = work.join(format!("history-{name}"));
        output(Command::new(binary).arg("timex").arg(&text).arg("--out").arg(&out).args(style))?;
        reports.push(python(
            scorer,
            &[gold.as_os_str(), out.as_os_str(), "--quiet-warnings".as_ref(), "--errors".as_ref()],
        )?);
    }
    let _ = writeln!(
        md,
        "The same measures on the {documents} WikiWars development documents (Wikipedia articles on wars; each \
         document's DCT is the day it was taken from Wikipedia, 2009-12-19), with the style the tagger chooses \
         per document and with `--narrative` forced. HeidelTime 2.2.1 in its narrative mode: strict 85.45, \
         relaxed 92.01, value 83.76, type 83.61.\n"
    );
    md.push_str("| measure | F1 | P | R | F1, `--narrative` |\n|---|---|---|---|---|\n");
    for (label, line) in MEASURES {
        let (chosen, narrative) = (measure(&reports[0], line), measure(&reports[1], line));
        let _ = writeln!(
            md,
            "| {label} | {} | {} | {} | {} |",
            cell(&chosen, 0),
            cell(&chosen, 1),
            cell(&chosen, 2),
            cell(&narrative, 0)
        );
    }
    md.push('\n');
    md.push_str(&error_kinds(&reports[0]));
    Ok(md)
}

fn python(scorer: &Path, args: &[&std::ffi::OsStr]) -> Result<String> {
    output(Command::new("python3").arg(scorer).args(args))
}

/// Runs a command and returns its standard output, failing with its name and standard error.
fn output(command: &mut Command) -> Result<String> {
    let shown = format!("{command:?}");
    let result = command.output().with_context(|| format!("cannot start {shown}"))?;
    if !result.status.success() {
        bail!("{shown} failed with {}: {}", result.status, String::from_utf8_lossy(&result.stderr));
    }
    Ok(String::from_utf8_lossy(&result.stdout).into_owned())
}

/// A number from a flat one-line JSON object such as `{"mb_per_s": 12.5}`.
fn json_number(json: &str, key: &str) -> Option<f64> {
    let rest = &json[json.find(&format!("\"{key}\""))? + key.len() + 2..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// The F1, P and R the scorer prints on the line starting with `label`.
fn measure(report: &str, label: &str) -> Vec<f64> {
    report
        .lines()
        .find(|l| l.starts_with(label))
        .map(|l| l[label.len()..].split_whitespace().take(3).filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_default()
}

/// Times the CLI on 1 MB and 10 MB of adversarial text: runs of digits, month names and punctuation.
fn linearity(binary: &Path, work: &Path) -> Result<String> {
    let pieces = [
        "1999",
        "May",
        "2025-01-31",
        ",",
        ".",
        "Sept.",
        "30",
        "1/2",
        "the",
        "last",
        "two",
        "years",
        "ago",
        "12:30",
        "p.m.",
        "December",
        "31st",
        "00000000000000000000",
        "--",
        "....",
        "'98",
        "mid-",
        "early",
        "Friday",
        "of",
    ];
    let mut seconds = Vec::new();
    for megabytes in [1usize, 10] {
        let mut text = String::with_capacity(megabytes * 1_000_000 + 32);
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        while text.len() < megabytes * 1_000_000 {
            // A small xorshift keeps the mix deterministic without a dependency.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            text.push(' ');
        }
        let input = work.join(format!("adversarial-{megabytes}mb.txt"));
        std::fs::write(&input, &text)?;
        let started = Instant::now();
        output(
            Command::new(binary)
                .arg("timex")
                .arg(&input)
                .args(["--dct", "2025-01-01", "--out"])
                .arg(work.join("adversarial.json")),
        )?;
        seconds.push(started.elapsed().as_secs_f64());
    }
    Ok(format!(
        "Linearity: adversarial text (digit runs, month names, punctuation), whole CLI run with JSON output: 1 MB in {:.2} s, 10 MB in {:.2} s (ratio {:.1}).\n\n",
        seconds[0],
        seconds[1],
        seconds[1] / seconds[0].max(1e-9)
    ))
}

/// The most frequent errors left, by kind and expression, from the scorer's `--errors` listing.
fn error_kinds(report: &str) -> String {
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_text: BTreeMap<(String, String), usize> = BTreeMap::new();
    for line in report.lines() {
        let fields: Vec<&str> = line.split(" | ").collect();
        if fields.len() != 4 || !matches!(fields[0].trim(), "MISSED" | "SPURIOUS" | "EXTENT" | "VALUE" | "TYPE") {
            continue;
        }
        let kind = fields[0].trim().to_string();
        *by_kind.entry(kind.clone()).or_default() += 1;
        let side = if kind == "SPURIOUS" { fields[3] } else { fields[2] };
        let text = error_side(side).map_or_else(String::new, |(text, _, _)| text);
        *by_text.entry((kind, text)).or_default() += 1;
    }
    let mut md = String::from("Errors left by kind: ");
    md.push_str(&by_kind.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", "));
    md.push_str(".\n\nMost frequent errors (kind, gold expression or, for spurious ones, the system's):\n\n");
    let mut ranked: Vec<_> = by_text.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for ((kind, text), n) in ranked.into_iter().take(10) {
        let _ = writeln!(md, "- {kind} \"{text}\": {n}");
    }
    md.push('\n');
    md
}

/// A value's shape, digits masked: `1989-W43` and `1998-W07` are both `9999-W99`.
fn shape(value: &str) -> String {
    value.chars().map(|c| if c.is_ascii_digit() { '9' } else { c }).collect()
}

/// `[186:212] 'the last week' DATE 1998-W12` from a scorer error line: text, type, value.
fn error_side(side: &str) -> Option<(String, String, String)> {
    let rest = side.trim().split_once("] ")?.1;
    let mut parts = rest.rsplitn(3, ' ');
    let value = parts.next()?.to_string();
    let kind = parts.next()?.to_string();
    let quoted = parts.next()?;
    let text = quoted.get(1..quoted.len().checked_sub(1)?)?.to_lowercase();
    Some((text, kind, value))
}

/// How many value errors give the same words a form the gold itself gives them elsewhere in
/// the dev set: "last week" is `1989-WXX` in some documents and `1989-W43` in others. No rule can
/// agree with both, so these bound what any consistent tagger can score.
fn annotation_conflicts(report: &str, gold_json: &Path) -> Result<String> {
    let mut forms: std::collections::HashSet<(String, String, String)> = std::collections::HashSet::new();
    for entry in std::fs::read_dir(gold_json).with_context(|| format!("reading {}", gold_json.display()))? {
        let path = entry?.path();
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
        let field = |t: &serde_json::Value, key: &str| t[key].as_str().unwrap_or_default().to_string();
        for t in json.as_array().into_iter().flatten() {
            forms.insert((field(t, "text").trim().to_lowercase(), field(t, "type"), shape(&field(t, "value"))));
        }
    }
    let (mut errors, mut conflicts) = (0usize, 0usize);
    for line in report.lines().filter(|l| l.starts_with("VALUE")) {
        let fields: Vec<&str> = line.split(" | ").collect();
        let (Some((text, kind, gold)), Some((_, _, ours))) =
            (fields.get(2).and_then(|s| error_side(s)), fields.get(3).and_then(|s| error_side(s)))
        else {
            continue;
        };
        errors += 1;
        if shape(&gold) != shape(&ours) && forms.contains(&(text, kind, shape(&ours))) {
            conflicts += 1;
        }
    }
    Ok(format!(
        "Of the {errors} value errors, {conflicts} give the words a form that the dev-set gold itself gives the same words \
         elsewhere (\"last week\" is `1989-WXX` in some documents and `1989-W43` in others; \"a year ago\" in a quarterly \
         report is `1988`, `1988-QX`, a day or `1988-Q3`): no consistent rule can match both readings.\n\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Prints this section alone, from the release CLI already built, without the slower
    /// sections: `cargo test -p xtask --release -- --ignored time_section --nocapture`.
    #[test]
    #[ignore]
    fn time_section() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let binary = root.join("target/release/tightrope");
        println!("{}", run(&root, &binary).expect("the time section"));
    }

    #[test]
    fn reads_both_sides_of_a_scorer_error_line() {
        let line = "VALUE    | wsj_0340 | [10:19] 'last week' DATE 1989-WXX | [10:19] \"year's end\" DATE 1989-W43";
        let fields: Vec<&str> = line.split(" | ").collect();
        assert_eq!(error_side(fields[2]), Some(("last week".into(), "DATE".into(), "1989-WXX".into())));
        assert_eq!(error_side(fields[3]).map(|s| s.0), Some("year's end".into()));
        assert_eq!(shape("1989-W43"), "9999-W99");
    }
}
