//! One diagnostic for everything the pipeline tells its user: the loader's, the curator's
//! overrides', the stages' and the build's warnings and errors, each with its file and line.

use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a diagnostic is: a warning lets the build go on, an error stops it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What to fix and where: `file:line: message`, the line where one is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based line of `file`, where the diagnostic concerns one line.
    pub line: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn warning(file: impl AsRef<Path>, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic { file: file.as_ref().to_path_buf(), line, severity: Severity::Warning, message: message.into() }
    }

    pub fn error(file: impl AsRef<Path>, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic { file: file.as_ref().to_path_buf(), line, severity: Severity::Error, message: message.into() }
    }
}

/// `file:line: message`, as compilers write it; the severity is for the reader to prefix.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// The 1-based line of a byte offset in a text.
pub fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostics_read_as_file_line_message() {
        let d = Diagnostic::warning("corpus/actors.toml", Some(3), "rename: no actor `x`");
        assert_eq!(d.to_string(), "corpus/actors.toml:3: rename: no actor `x`");
        assert_eq!(Diagnostic::error("corpus", None, "empty").to_string(), "corpus: empty");
        assert_eq!(line_of("a\nb\nc", 4), 3);
        assert_eq!(line_of("a", 99), 1);
    }
}
