//! `tightrope timex`: tags time expressions in a file or a folder and prints TimeML JSON.
//!
//! Offsets in the output are Unicode code points, end exclusive, into the exact text read, as the
//! TempEval-3 scorer expects.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;
use tightrope_core::{Anchor, DateValue, DayInterval, Timex};
use tightrope_extract::time::{self, DocTime, Style};

const USAGE: &str = "usage: tightrope timex FILE [--dct YYYY[-MM[-DD]]] [--news | --narrative] [--out FILE.json]
       tightrope timex DIR --out OUT [--news | --narrative] [--bench-repeat N]
         relative dates count from the DCT (--news) or from the latest date the text gave
         (--narrative); by default each document's own dates decide
         reads DIR/NAME.txt and DIR/NAME.dct, writes OUT/NAME.json; with --bench-repeat, then tags
         every text N more times on one thread and prints {\"bytes\", \"seconds\", \"mb_per_s\"}";

/// Runs the subcommand on the arguments after `timex`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut input: Option<PathBuf> = None;
    let mut dct: Option<String> = None;
    let mut out: Option<PathBuf> = None;
    let mut style = Style::Auto;
    let mut repeat = 0usize;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--dct" => dct = Some(rest.next().ok_or("--dct needs a date, e.g. --dct 2013-03-22")?.clone()),
            "--out" => out = Some(PathBuf::from(rest.next().ok_or("--out needs a directory")?)),
            "--narrative" => style = Style::Narrative,
            "--news" => style = Style::News,
            "--bench-repeat" => {
                let n = rest.next().ok_or("--bench-repeat needs a count, e.g. --bench-repeat 20")?;
                repeat = n.parse().map_err(|_| format!("--bench-repeat: {n:?} is not a count"))?;
            }
            "-h" | "--help" => return print(USAGE),
            other if other.starts_with('-') => return Err(format!("unknown option {other}\n{USAGE}")),
            other if input.is_none() => input = Some(PathBuf::from(other)),
            other => return Err(format!("unexpected argument {other}\n{USAGE}")),
        }
    }
    let input = input.ok_or(USAGE)?;
    if input.is_dir() {
        let out = out.ok_or_else(|| format!("{}: a directory needs --out OUT\n{USAGE}", input.display()))?;
        let documents = tag_dir(&input, &out, style)?;
        if repeat > 0 {
            print(&throughput(&documents, repeat))?;
        }
        return Ok(());
    }
    let text = fs::read_to_string(&input).map_err(|e| format!("{}: {e}", input.display()))?;
    let context = doc_time(dct.as_deref(), style).map_err(|e| format!("--dct: {e}"))?;
    let json = to_json(&text, &time::tag_doc(&text, &context));
    match out {
        Some(path) => fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display())),
        None => print(&json),
    }
}

/// Prints a line to standard output; a closed pipe (`| head`) ends the output quietly.
fn print(text: &str) -> Result<(), String> {
    use std::io::Write;
    match writeln!(std::io::stdout().lock(), "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("writing to standard output: {e}")),
        _ => Ok(()),
    }
}

/// Tags every `NAME.txt` of `dir` with the DCT in `NAME.dct`, writing `out/NAME.json`; returns
/// the texts with their contexts.
fn tag_dir(dir: &Path, out: &Path, style: Style) -> Result<Vec<(String, DocTime)>, String> {
    let mut documents = Vec::new();
    fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    for path in entries {
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let dct_path = path.with_extension("dct");
        let dct = fs::read_to_string(&dct_path).ok();
        let context = doc_time(dct.as_deref().map(str::trim).filter(|d| !d.is_empty()), style)
            .map_err(|e| format!("{}:1: {e}", dct_path.display()))?;
        let json = to_json(&text, &time::tag_doc(&text, &context));
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let target = out.join(format!("{stem}.json"));
        fs::write(&target, json).map_err(|e| format!("{}: {e}", target.display()))?;
        documents.push((text, context));
    }
    Ok(documents)
}

/// Tags the documents `repeat` times in this thread and reports the tagger's throughput.
fn throughput(documents: &[(String, DocTime)], repeat: usize) -> String {
    let bytes: usize = documents.iter().map(|(text, _)| text.len()).sum::<usize>() * repeat;
    let started = Instant::now();
    let mut found = 0usize;
    for _ in 0..repeat {
        for (text, context) in documents {
            found += time::tag_doc(text, context).len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let mb_per_s = bytes as f64 / 1e6 / seconds.max(1e-9);
    format!("{{\"bytes\": {bytes}, \"seconds\": {seconds:.4}, \"mb_per_s\": {mb_per_s:.2}, \"timexes\": {found}}}")
}

/// Reads a DCT such as `2013-03-22`, `1998-02-13T14:26:00`, `2025-09` or `2025`.
fn doc_time(dct: Option<&str>, style: Style) -> Result<DocTime, String> {
    let Some(text) = dct else {
        return Ok(DocTime { style, ..DocTime::default() });
    };
    let calendar = text.split('T').next().unwrap_or(text);
    let date = DateValue::parse_calendar(calendar)
        .ok_or_else(|| format!("{text:?} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"))?;
    Ok(DocTime::from_date(Some(&date), style))
}

/// One expression as the scorer reads it, with what else the tagger knows.
#[derive(Serialize)]
struct Item<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    timex_type: &'static str,
    value: &'a str,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<&'a str>,
    precision: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    interval: Option<DayInterval>,
    anchor: Anchor,
}

/// The JSON list the scorer reads, with code-point offsets.
fn to_json(text: &str, timexes: &[Timex]) -> String {
    // One pass maps byte offsets to code-point offsets; timexes come in text order.
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut to_chars = |target: usize| {
        if target < byte {
            return text[..target].chars().count();
        }
        chars += text[byte..target].chars().count();
        byte = target;
        chars
    };
    let items: Vec<Item> = timexes
        .iter()
        .map(|t| Item {
            start: to_chars(t.start),
            end: to_chars(t.end),
            text: &t.text,
            timex_type: t.timex_type.as_str(),
            value: &t.value,
            modifier: t.modifier.as_deref(),
            precision: t.precision.label(),
            interval: t.interval,
            anchor: t.anchor,
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string())
}
