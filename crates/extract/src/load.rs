//! Stage 1: load. Reads every `*.txt` of a corpus folder as UTF-8 and the optional `corpus.toml`
//! that gives documents their metadata. Every error names the file, the line and what to fix.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tightrope_core::{DateValue, Evidence};
use toml::Spanned;

use crate::diagnostic::{line_of, Diagnostic};

/// The metadata file's name inside a corpus folder.
pub const METADATA_FILE: &str = "corpus.toml";

/// Everything wrong with a corpus folder that stops the build.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{dir}: cannot read the corpus folder: {source}")]
    Folder { dir: PathBuf, source: std::io::Error },
    #[error("{dir}: the corpus is empty: add at least one UTF-8 `.txt` article to the folder")]
    Empty { dir: PathBuf },
    #[error("{file}: cannot read the file: {source}")]
    Read { file: PathBuf, source: std::io::Error },
    #[error("{file}:{line}: the file is not valid UTF-8 (byte {byte} of that line); re-save it as UTF-8")]
    NotUtf8 { file: PathBuf, line: usize, byte: usize },
    #[error("{file}:{line}: {message}")]
    Metadata { file: PathBuf, line: usize, message: String },
}

/// A corpus folder as read from disk.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub name: String,
    pub description: String,
    /// In file-name order.
    pub sources: Vec<Source>,
    pub warnings: Vec<Diagnostic>,
}

/// One article file and the metadata corpus.toml gives it.
#[derive(Debug, Clone)]
pub struct Source {
    pub doc_id: String,
    pub file: String,
    pub raw: String,
    pub meta: Option<SourceMeta>,
}

/// Metadata for one document, checked against its text.
#[derive(Debug, Clone, Default)]
pub struct SourceMeta {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub date: Option<DateValue>,
    pub evidence: Vec<Evidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetadataFile {
    name: Option<String>,
    #[serde(default)]
    description: String,
    #[serde(default, rename = "document")]
    documents: Vec<Spanned<DocumentEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentEntry {
    file: Spanned<String>,
    title: Option<String>,
    publisher: Option<String>,
    author: Option<String>,
    date: Option<Spanned<String>>,
    date_modifier: Option<Spanned<String>>,
    #[serde(default)]
    evidence: Vec<Spanned<EvidenceEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EvidenceEntry {
    line: usize,
    quote: String,
}

const MODIFIERS: [&str; 12] = [
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
];

/// Reads a corpus folder.
pub fn load(dir: &Path) -> Result<Loaded, LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|source| LoadError::Folder { dir: dir.to_path_buf(), source })?;
    let mut files: Vec<PathBuf> = Vec::new();
    let mut skipped: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| LoadError::Folder { dir: dir.to_path_buf(), source })?;
        let path = entry.path();
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if !path.is_file() || KNOWN_FILES.contains(&file_name.as_str()) {
            continue;
        }
        // "a.TXT" and "b.Txt" are articles too; hidden files (".a.txt", macOS "._a.txt") are not.
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) && !file_name.starts_with('.') {
            files.push(path);
        } else {
            skipped.push(file_name);
        }
    }
    files.sort();
    skipped.sort();
    if files.is_empty() {
        return Err(LoadError::Empty { dir: dir.to_path_buf() });
    }
    let mut warnings = Vec::new();
    if !skipped.is_empty() {
        warnings.push(Diagnostic::warning(
            dir,
            None,
            format!(
                "{} file(s) skipped, hidden or not `.txt`: {}; save articles as UTF-8 `.txt` to include them",
                skipped.len(),
                skipped.join(", ")
            ),
        ));
    }
    let mut sources: Vec<Source> = Vec::with_capacity(files.len());
    let mut ids_taken: BTreeMap<String, String> = BTreeMap::new();
    for path in &files {
        let bytes = std::fs::read(path).map_err(|source| LoadError::Read { file: path.clone(), source })?;
        let raw = decode_utf8(path, bytes)?;
        let (raw, old_mac) = normalise_line_ends(raw);
        if old_mac {
            warnings.push(Diagnostic::warning(
                path,
                None,
                "lines end with a lone carriage return (CR); read as line breaks",
            ));
        }
        let file = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let doc_id =
            unique_doc_id(&file, &mut ids_taken, |message| warnings.push(Diagnostic::warning(path, None, message)));
        sources.push(Source { doc_id, file, raw, meta: None });
    }

    let metadata_path = dir.join(METADATA_FILE);
    let mut name = None;
    let mut description = String::new();
    if metadata_path.exists() {
        let text = std::fs::read(&metadata_path)
            .map_err(|source| LoadError::Read { file: metadata_path.clone(), source })
            .and_then(|bytes| decode_utf8(&metadata_path, bytes))?;
        let parsed = read_metadata(&metadata_path, &text, &mut sources)?;
        name = parsed.0;
        description = parsed.1;
    }
    for source in &sources {
        if source.meta.is_none() {
            warnings.push(Diagnostic::warning(
                dir.join(&source.file),
                None,
                format!(
                    "no entry in {METADATA_FILE}: title taken from its first line, date to be inferred from the text"
                ),
            ));
        }
    }
    let name = name.unwrap_or_else(|| {
        let folder = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        folder.file_name().map_or_else(|| "Corpus".to_string(), |n| n.to_string_lossy().into_owned())
    });
    Ok(Loaded { name, description, sources, warnings })
}

/// Files of a corpus folder that are not articles and need no mention.
const KNOWN_FILES: &[&str] = &[METADATA_FILE, crate::actors::OVERRIDES_FILE];

/// A document id from a file name: the stem, lower-cased, anything but `[a-z0-9_-]` made `-`.
pub fn doc_id_from_file(file: &str) -> String {
    let stem = match file.len().checked_sub(4).filter(|&cut| file.is_char_boundary(cut)) {
        Some(cut) if file[cut..].eq_ignore_ascii_case(".txt") => &file[..cut],
        _ => file,
    };
    stem.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c.to_ascii_lowercase() } else { '-' })
        .collect()
}

/// The file's document id, made unique: a file whose name slugs like an earlier one's
/// ("dup one.txt", "dup-one.txt") gets the first free `-2`, `-3` … suffix, and a warning.
fn unique_doc_id(file: &str, taken: &mut BTreeMap<String, String>, mut warn: impl FnMut(String)) -> String {
    let base = doc_id_from_file(file);
    let base = if base.is_empty() { "document".to_string() } else { base };
    let mut doc_id = base.clone();
    let mut n = 2;
    while taken.contains_key(&doc_id) {
        doc_id = format!("{base}-{n}");
        n += 1;
    }
    if doc_id != base {
        warn(format!("its id `{base}` is already `{}`'s; this document's id is `{doc_id}`", taken[&base]));
    }
    taken.insert(doc_id.clone(), file.to_string());
    doc_id
}

/// The text with CRLF and lone CR line ends made LF, and whether any lone CR was there.
fn normalise_line_ends(raw: String) -> (String, bool) {
    if !raw.contains('\r') {
        return (raw, false);
    }
    let crlf = raw.replace("\r\n", "\n");
    let old_mac = crlf.contains('\r');
    (if old_mac { crlf.replace('\r', "\n") } else { crlf }, old_mac)
}

fn decode_utf8(path: &Path, bytes: Vec<u8>) -> Result<String, LoadError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = 1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count();
        let line_start = bytes[..valid].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        LoadError::NotUtf8 { file: path.to_path_buf(), line, byte: valid - line_start + 1 }
    })
}

fn read_metadata(path: &Path, text: &str, sources: &mut [Source]) -> Result<(Option<String>, String), LoadError> {
    let error = |offset: usize, message: String| LoadError::Metadata {
        file: path.to_path_buf(),
        line: line_of(text, offset),
        message,
    };
    let parsed: MetadataFile = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        error(offset, format!("{} (see seeds/corpus.toml for the format)", e.message().trim()))
    })?;
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for entry in parsed.documents {
        let entry = entry.into_inner();
        let file_offset = entry.file.span().start;
        let file = entry.file.into_inner();
        if let Some(first) = seen.insert(file.clone(), line_of(text, file_offset)) {
            return Err(error(
                file_offset,
                format!("`{file}` is described twice (first on line {first}); keep one entry"),
            ));
        }
        let Some(source) = sources.iter_mut().find(|s| s.file == file) else {
            let known: Vec<&str> = sources.iter().map(|s| s.file.as_str()).collect();
            return Err(error(
                file_offset,
                format!(
                    "`{file}` is not a .txt file in this folder; fix the name or remove the entry (files: {})",
                    known.join(", ")
                ),
            ));
        };
        let mut date = match entry.date {
            Some(date) => {
                let offset = date.span().start;
                let value = date.into_inner();
                Some(DateValue::parse_calendar(&value).ok_or_else(|| {
                    error(offset, format!("date `{value}` is not a calendar date: write YYYY, YYYY-MM or YYYY-MM-DD"))
                })?)
            }
            None => None,
        };
        if let Some(modifier) = entry.date_modifier {
            let offset = modifier.span().start;
            let modifier = modifier.into_inner();
            if !MODIFIERS.contains(&modifier.as_str()) {
                return Err(error(
                    offset,
                    format!("date_modifier `{modifier}` is not a TimeML modifier ({})", MODIFIERS.join(", ")),
                ));
            }
            match date.as_mut() {
                Some(date) => date.modifier = Some(modifier),
                None => return Err(error(offset, "date_modifier needs a date".to_string())),
            }
        }
        let mut evidence = Vec::new();
        for item in entry.evidence {
            let offset = item.span().start;
            let item = item.into_inner();
            if item.quote.trim().is_empty() {
                return Err(error(offset, "evidence quote is empty; quote the words that give the date".into()));
            }
            let Some(line) = source.raw.lines().nth(item.line.wrapping_sub(1)) else {
                return Err(error(offset, format!("evidence line {} is past the end of `{file}`", item.line)));
            };
            if !line.contains(item.quote.as_str()) {
                return Err(error(
                    offset,
                    format!(
                        "evidence quote {:?} is not on line {} of `{file}`; quote the text exactly",
                        item.quote, item.line
                    ),
                ));
            }
            evidence.push(Evidence { line: item.line, quote: item.quote });
        }
        source.meta =
            Some(SourceMeta { title: entry.title, publisher: entry.publisher, author: entry.author, date, evidence });
    }
    Ok((parsed.name, parsed.description))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: &[(&str, &[u8])]) -> PathBuf {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "tightrope-load-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in files {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        dir
    }

    #[test]
    fn an_empty_folder_is_an_error() {
        let dir = folder(&[("notes.md", b"not an article")]);
        let message = load(&dir).unwrap_err().to_string();
        assert!(message.contains("the corpus is empty"), "{message}");
    }

    #[test]
    fn non_utf8_names_file_and_line() {
        let dir = folder(&[("a.txt", b"fine\nalso fine\nbad \xff byte\n")]);
        let message = load(&dir).unwrap_err().to_string();
        assert!(
            message.ends_with("a.txt:3: the file is not valid UTF-8 (byte 5 of that line); re-save it as UTF-8"),
            "{message}"
        );
    }

    #[test]
    fn an_entry_for_a_missing_file_names_its_line() {
        let dir = folder(&[("a.txt", b"Text."), ("corpus.toml", b"name = \"x\"\n\n[[document]]\nfile = \"b.txt\"\n")]);
        let message = load(&dir).unwrap_err().to_string();
        assert!(message.contains("corpus.toml:4: `b.txt` is not a .txt file in this folder"), "{message}");
    }

    #[test]
    fn malformed_toml_names_its_line() {
        let dir = folder(&[("a.txt", b"Text."), ("corpus.toml", b"name = \"x\"\n[[document]]\nfile = \n")]);
        let message = load(&dir).unwrap_err().to_string();
        assert!(message.contains("corpus.toml:3:"), "{message}");
    }

    #[test]
    fn unknown_fields_and_bad_dates_are_refused() {
        let dir = folder(&[("a.txt", b"Text."), ("corpus.toml", b"[[document]]\nfile = \"a.txt\"\ntitel = \"x\"\n")]);
        assert!(load(&dir).unwrap_err().to_string().contains("unknown field `titel`"));
        let dir =
            folder(&[("a.txt", b"Text."), ("corpus.toml", b"[[document]]\nfile = \"a.txt\"\ndate = \"2025-02-30\"\n")]);
        let message = load(&dir).unwrap_err().to_string();
        assert!(message.contains("corpus.toml:3: date `2025-02-30` is not a calendar date"), "{message}");
    }

    #[test]
    fn evidence_must_quote_the_line() {
        let toml = b"[[document]]\nfile = \"a.txt\"\nevidence = [{ line = 2, quote = \"May 7\" }]\n";
        let dir = folder(&[("a.txt", b"Title\nHe took office on May 8."), ("corpus.toml", toml)]);
        let message = load(&dir).unwrap_err().to_string();
        assert!(message.contains("corpus.toml:3: evidence quote \"May 7\" is not on line 2"), "{message}");
    }

    #[test]
    fn an_empty_evidence_quote_is_refused() {
        let toml = b"[[document]]\nfile = \"a.txt\"\nevidence = [{ line = 1, quote = \"\" }]\n";
        let dir = folder(&[("a.txt", b"Title"), ("corpus.toml", toml)]);
        let message = load(&dir).unwrap_err().to_string();
        assert!(message.contains("corpus.toml:3: evidence quote is empty"), "{message}");
    }

    #[test]
    fn ids_that_slug_alike_are_made_unique() {
        let dir = folder(&[("dup one.txt", b"One."), ("dup-one.txt", b"Two."), ("A_B.txt", b"x"), ("a_b.txt", b"y")]);
        let loaded = load(&dir).unwrap();
        let ids: Vec<&str> = loaded.sources.iter().map(|s| s.doc_id.as_str()).collect();
        assert_eq!(ids, ["a_b", "a_b-2", "dup-one", "dup-one-2"]);
        let said: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
        assert!(
            said.iter().any(|w| w.contains("dup-one.txt: its id `dup-one` is already `dup one.txt`'s")),
            "{said:?}"
        );
    }

    #[test]
    fn upper_case_extensions_are_read_and_other_files_named() {
        let dir = folder(&[
            ("a.TXT", b"One."),
            ("b.txt", b"Two."),
            ("notes.md", b"x"),
            (".a.txt", b"x"),
            ("corpus.toml", b""),
        ]);
        let loaded = load(&dir).unwrap();
        let ids: Vec<&str> = loaded.sources.iter().map(|s| s.doc_id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        let said: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
        assert!(
            said.iter().any(|w| w.contains("2 file(s) skipped, hidden or not `.txt`: .a.txt, notes.md")),
            "{said:?}"
        );
    }

    #[test]
    fn lone_carriage_returns_are_line_breaks() {
        let dir = folder(&[("a.txt", b"Title\rFirst paragraph.\r\rSecond.\r\n")]);
        let loaded = load(&dir).unwrap();
        assert_eq!(loaded.sources[0].raw, "Title\nFirst paragraph.\n\nSecond.\n");
        assert!(loaded.warnings.iter().any(|w| w.message.contains("lone carriage return")));
    }

    #[test]
    fn files_without_metadata_come_in_with_a_warning() {
        let dir = folder(&[("b.txt", b"Second."), ("a.txt", b"First.")]);
        let loaded = load(&dir).unwrap();
        let files: Vec<&str> = loaded.sources.iter().map(|s| s.file.as_str()).collect();
        assert_eq!(files, ["a.txt", "b.txt"]);
        assert_eq!(loaded.warnings.len(), 2);
    }
}
