//! The `tightrope` command line: dump a corpus as JSON, tag time expressions, lint actors.

mod lint;
mod timex;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
tightrope: read a folder of articles the way the Tightrope viewer does

USAGE:
  tightrope corpus [DIR] [-o FILE]       write the corpus JSON the viewer embeds (DIR defaults to seeds/)
  tightrope timex FILE [--dct YYYY-MM-DD] print the time expressions of a text file as JSON
  tightrope timex DIR --out OUT          tag DIR/NAME.txt (DCT from DIR/NAME.dct) into OUT/NAME.json
  tightrope tag FILE [--dct YYYY-MM-DD]  print each sentence of a text file with its time expressions
  tightrope lint [DIR]                   list likely duplicate actors and unresolved names
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("corpus") => corpus(&args[1..]),
        Some("timex") => timex::run(&args[1..]),
        Some("tag") => tag(&args[1..]),
        Some("lint") => lint::run(&args[1..]),
        Some("-h" | "--help" | "help") | None => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads `[DIR] [-o FILE]`.
fn corpus(args: &[String]) -> Result<(), String> {
    let mut dir = PathBuf::from("seeds");
    let mut out: Option<PathBuf> = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "-o" | "--out" => out = Some(rest.next().ok_or("`-o` needs a file name")?.into()),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`\n\n{USAGE}")),
            path => dir = PathBuf::from(path),
        }
    }
    let built = tightrope_extract::build_corpus(&dir).map_err(|e| e.to_string())?;
    for warning in &built.warnings {
        eprintln!("{}: {warning}", warning.severity.as_str());
    }
    let corpus = &built.corpus;
    let summary = format!(
        "{} documents, {} actors, {} events from {}",
        corpus.documents.len(),
        corpus.actors.len(),
        corpus.events.len(),
        dir.display()
    );
    match out {
        Some(path) => {
            tightrope_extract::write_json(corpus, &path).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("{summary} -> {}", path.display());
        }
        None => {
            println!("{}", tightrope_extract::to_json(corpus));
            eprintln!("{summary}");
        }
    }
    Ok(())
}

/// Reads `FILE [--dct DAY]` for commands that take one text file.
pub fn file_and_dct(args: &[String]) -> Result<(PathBuf, Option<tightrope_core::Day>), String> {
    let mut file = None;
    let mut dct = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--dct" => {
                let value = rest.next().ok_or("`--dct` needs a date, YYYY-MM-DD")?;
                dct = Some(
                    tightrope_core::Day::parse(value)
                        .ok_or_else(|| format!("`--dct {value}` is not a calendar day YYYY-MM-DD"))?,
                );
            }
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            path => file = Some(PathBuf::from(path)),
        }
    }
    Ok((file.ok_or("name a text file")?, dct))
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn tag(args: &[String]) -> Result<(), String> {
    use tightrope_extract::{clean, segment, time};
    let (file, dct) = file_and_dct(args)?;
    let cleaned = clean::clean(&read_text(&file)?);
    let sentences = segment::segment(&cleaned.text, &cleaned.paragraphs).sentences;
    let timexes = time::tag(&cleaned.text, &time::TimeContext { dct });
    for (index, sentence) in sentences.iter().enumerate() {
        println!("[{index}] {}", &cleaned.text[sentence.start..sentence.end]);
        for timex in timexes.iter().filter(|t| t.start >= sentence.start && t.end <= sentence.end) {
            println!(
                "      {} {:?} = {} ({})",
                timex.timex_type.as_str(),
                timex.text,
                timex.value,
                timex.precision.label()
            );
        }
    }
    Ok(())
}
