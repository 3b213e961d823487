//! The curator's optional `actors.toml`: merge, split, rename, retype, add roles to, ignore or add actors.

use super::resolve::Entity;
use super::token::phrase_key;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tightrope_core::{ActorKind, DateValue};
use toml::Spanned;

use crate::diagnostic::{line_of, Diagnostic};

/// The overrides file's name inside a corpus folder.
pub const OVERRIDES_FILE: &str = "actors.toml";

/// Everything wrong with an overrides file, with the line to fix.
#[derive(Debug, thiserror::Error)]
pub enum OverridesError {
    #[error("{file}: cannot read the file: {source}")]
    Read { file: PathBuf, source: std::io::Error },
    #[error("{file}:{line}: {message}")]
    Invalid { file: PathBuf, line: usize, message: String },
}

/// A curator's corrections; empty when the corpus has no `actors.toml`.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub(super) file: PathBuf,
    pub(super) text: String,
    pub(super) parsed: FileEntries,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileEntries {
    #[serde(default)]
    pub(super) ignore: Vec<Spanned<Ignore>>,
    #[serde(default)]
    pub(super) merge: Vec<Spanned<Merge>>,
    #[serde(default)]
    pub(super) split: Vec<Spanned<Split>>,
    #[serde(default)]
    pub(super) rename: Vec<Spanned<Rename>>,
    #[serde(default)]
    pub(super) retype: Vec<Spanned<Retype>>,
    #[serde(default)]
    pub(super) role: Vec<Spanned<RoleEntry>>,
    #[serde(default)]
    pub(super) add: Vec<Spanned<Add>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Ignore {
    /// Actor ids or surface forms.
    pub(super) names: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Merge {
    /// Actor ids or names; all merge into the first.
    pub(super) actors: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Split {
    pub(super) actor: String,
    pub(super) alias: String,
    pub(super) name: Option<String>,
    pub(super) kind: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Rename {
    pub(super) actor: String,
    pub(super) name: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Retype {
    pub(super) actor: String,
    pub(super) kind: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RoleEntry {
    pub(super) actor: String,
    pub(super) title: String,
    pub(super) date: Option<String>,
    pub(super) doc: String,
    pub(super) quote: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Add {
    pub(super) name: String,
    pub(super) kind: String,
    #[serde(default)]
    pub(super) aliases: Vec<String>,
}

pub(super) fn kind_of(slug: &str) -> Option<ActorKind> {
    ActorKind::from_slug(slug)
}

/// Reads `DIR/actors.toml`; no file means no overrides.
pub fn load_overrides(dir: &Path) -> Result<Overrides, OverridesError> {
    let file = dir.join(OVERRIDES_FILE);
    if !file.exists() {
        return Ok(Overrides::default());
    }
    let bytes = std::fs::read(&file).map_err(|source| OverridesError::Read { file: file.clone(), source })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        OverridesError::Invalid {
            line: 1 + valid.iter().filter(|&&b| b == b'\n').count(),
            file: file.clone(),
            message: "the file is not valid UTF-8; re-save it as UTF-8".into(),
        }
    })?;
    parse(&file, &text)
}

fn parse(file: &Path, text: &str) -> Result<Overrides, OverridesError> {
    let invalid = |offset: usize, message: String| OverridesError::Invalid {
        file: file.to_path_buf(),
        line: line_of(text, offset),
        message,
    };
    let parsed: FileEntries = toml::from_str(text).map_err(|e| {
        let message = format!(
            "{} (sections: [[ignore]], [[merge]], [[split]], [[rename]], [[retype]], [[role]], [[add]])",
            e.message().trim()
        );
        invalid(e.span().map_or(0, |s| s.start), message)
    })?;
    let kinds = || ActorKind::ALL.iter().map(|k| k.slug()).collect::<Vec<_>>().join(", ");
    for entry in &parsed.retype {
        if kind_of(&entry.get_ref().kind).is_none() {
            return Err(invalid(
                entry.span().start,
                format!("kind `{}` is not one of: {}", entry.get_ref().kind, kinds()),
            ));
        }
    }
    for entry in &parsed.add {
        if kind_of(&entry.get_ref().kind).is_none() {
            return Err(invalid(
                entry.span().start,
                format!("kind `{}` is not one of: {}", entry.get_ref().kind, kinds()),
            ));
        }
    }
    for entry in &parsed.split {
        if let Some(kind) = entry.get_ref().kind.as_deref().filter(|k| kind_of(k).is_none()) {
            return Err(invalid(entry.span().start, format!("kind `{kind}` is not one of: {}", kinds())));
        }
    }
    if let Some((offset, field)) = empty_field(&parsed) {
        return Err(invalid(offset, format!("`{field}` is empty; write a name, or remove the entry")));
    }
    for entry in &parsed.merge {
        if entry.get_ref().actors.len() < 2 {
            return Err(invalid(entry.span().start, "a merge needs at least two actors: the one to keep first".into()));
        }
    }
    for entry in &parsed.role {
        if let Some(date) = entry.get_ref().date.as_deref().filter(|d| DateValue::parse_calendar(d).is_none()) {
            return Err(invalid(
                entry.span().start,
                format!("date `{date}` is not a calendar date: write YYYY, YYYY-MM or YYYY-MM-DD"),
            ));
        }
    }
    Ok(Overrides { file: file.to_path_buf(), text: text.to_string(), parsed })
}

/// The first entry with an empty name, title or quote, and which field it is: an empty name
/// would make an actor without an id, an empty quote would match every sentence.
fn empty_field(parsed: &FileEntries) -> Option<(usize, &'static str)> {
    fn first<T>(
        entries: &[Spanned<T>],
        fields: impl Fn(&T) -> Vec<(&'static str, &str)>,
    ) -> Option<(usize, &'static str)> {
        entries.iter().find_map(|entry| {
            let (field, _) = fields(entry.get_ref()).into_iter().find(|(_, value)| value.trim().is_empty())?;
            Some((entry.span().start, field))
        })
    }
    fn all<'a>(field: &'static str, values: &'a [String]) -> Vec<(&'static str, &'a str)> {
        values.iter().map(|v| (field, v.as_str())).collect()
    }
    first(&parsed.ignore, |e| all("names", &e.names))
        .or_else(|| first(&parsed.merge, |e| all("actors", &e.actors)))
        .or_else(|| {
            first(&parsed.split, |e| {
                let mut fields = vec![("actor", e.actor.as_str()), ("alias", e.alias.as_str())];
                fields.extend(e.name.as_deref().map(|n| ("name", n)));
                fields
            })
        })
        .or_else(|| first(&parsed.rename, |e| vec![("actor", e.actor.as_str()), ("name", e.name.as_str())]))
        .or_else(|| first(&parsed.retype, |e| vec![("actor", e.actor.as_str())]))
        .or_else(|| {
            first(&parsed.role, |e| {
                vec![("actor", &e.actor), ("title", &e.title), ("doc", &e.doc), ("quote", &e.quote)]
                    .into_iter()
                    .map(|(f, v)| (f, v.as_str()))
                    .collect()
            })
        })
        .or_else(|| {
            first(&parsed.add, |e| {
                let mut fields = vec![("name", e.name.as_str())];
                fields.extend(all("aliases", &e.aliases));
                fields
            })
        })
}

impl Overrides {
    pub(super) fn warn(&self, warnings: &mut Vec<Diagnostic>, offset: usize, message: String) {
        warnings.push(Diagnostic::warning(&self.file, Some(line_of(&self.text, offset)), message));
    }

    /// Actors the curator adds by name, matched like discovered ones.
    pub fn added_entities(&self) -> Vec<Entity> {
        self.parsed
            .add
            .iter()
            .map(|entry| {
                let add = entry.get_ref();
                let forms: BTreeSet<String> =
                    std::iter::once(&add.name).chain(&add.aliases).map(|n| phrase_key(n)).collect();
                Entity {
                    name: add.name.clone(),
                    kind: kind_of(&add.kind).unwrap_or(ActorKind::Organisation),
                    confidence: 1.0,
                    forms,
                    affiliation: None,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line_and_the_fix() {
        let file = Path::new("seeds/actors.toml");
        let err = parse(file, "[[retype]]\nactor = \"hezbollah\"\nkind = \"militia\"\n").unwrap_err().to_string();
        assert!(err.starts_with("seeds/actors.toml:1: kind `militia` is not one of: person, state"), "{err}");
        let err = parse(file, "\n[[merge]]\nactors = [\"x\"]\n").unwrap_err().to_string();
        assert!(err.starts_with("seeds/actors.toml:2: a merge needs at least two actors"), "{err}");
        let err = parse(file, "[[rename]]\nactor = \"x\"\nnmae = \"y\"\n").unwrap_err().to_string();
        assert!(err.contains("actors.toml:3:") && err.contains("unknown field `nmae`"), "{err}");
    }
}
