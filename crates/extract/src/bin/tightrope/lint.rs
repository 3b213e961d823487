//! `tightrope lint`: likely duplicate actors and frequent unresolved names, so a curator knows what to
//! write in the corpus folder's `actors.toml`.

use std::fmt::Write;
use std::path::PathBuf;
use tightrope_core::{Actor, ActorKind};
use tightrope_extract::actors::{self, Analysis};

/// How many unresolved names to list.
const SHOWN: usize = 40;

pub fn run(args: &[String]) -> Result<(), String> {
    let mut dir = PathBuf::from("seeds");
    for arg in args {
        match arg.as_str() {
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option `{flag}`: usage is `tightrope lint [DIR]`"))
            }
            path => dir = PathBuf::from(path),
        }
    }
    let built = tightrope_extract::build_corpus(&dir).map_err(|e| e.to_string())?;
    let overrides = actors::load_overrides(&dir).map_err(|e| e.to_string())?;
    let analysis = actors::analyse(&built.corpus.documents, &overrides);
    print!("{}", report(&analysis, &dir));
    Ok(())
}

/// The lint's text: overrides that did not apply, likely duplicates, doubtful kinds, unresolved names.
pub fn report(analysis: &Analysis, dir: &std::path::Path) -> String {
    let mut out = String::new();
    let file = dir.join(actors::OVERRIDES_FILE);
    let _ = writeln!(out, "{} actors; corrections go in {}", analysis.actors.len(), file.display());
    if !analysis.warnings.is_empty() {
        let _ = writeln!(out, "\noverrides that did not apply:");
        for warning in &analysis.warnings {
            let _ = writeln!(out, "  {warning}");
        }
    }

    let pairs = duplicates(&analysis.actors);
    let _ = writeln!(out, "\nlikely duplicates ({}):", pairs.len());
    for (a, b, why) in &pairs {
        let _ = writeln!(
            out,
            "  {} ({}, {}) ~ {} ({}, {}): {why}",
            a.name,
            a.actor_id,
            mentions(a),
            b.name,
            b.actor_id,
            mentions(b)
        );
        let _ = writeln!(out, "    if one: [[merge]] actors = [{:?}, {:?}]", a.actor_id, b.actor_id);
    }

    let doubtful: Vec<&Actor> = analysis.actors.iter().filter(|a| a.kind_confidence < 0.5).collect();
    let _ = writeln!(out, "\nkinds guessed from context only ({}):", doubtful.len());
    for actor in doubtful {
        let _ = writeln!(
            out,
            "  {} ({}): {} ({:.1}); to correct: [[retype]] actor = {:?}, kind = \"…\"",
            actor.name,
            actor.actor_id,
            actor.kind.label(),
            actor.kind_confidence,
            actor.actor_id
        );
    }

    let mut unresolved = analysis.unresolved.clone();
    unresolved.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    let _ = writeln!(out, "\nunresolved names, most frequent first ({} in all):", unresolved.len());
    for name in unresolved.iter().take(SHOWN) {
        let _ = writeln!(out, "  {:>3}× {}: {}", name.count, name.name, name.reason);
    }
    if unresolved.iter().any(|u| u.count >= 2) {
        let _ = writeln!(out, "  to make one an actor: [[add]] name = \"…\", kind = \"person|state|government_body|armed_group|political_group|organisation|media\"");
    }
    out
}

fn mentions(actor: &Actor) -> String {
    match actor.mentions.len() {
        1 => "1 mention".to_string(),
        n => format!("{n} mentions"),
    }
}

/// Words of a name that say which one it is: lower-case, without generic institution words.
fn words_of(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| {
            !matches!(
                w.as_str(),
                "al" | "el" | "the" | "of" | "and" | "department" | "ministry" | "office" | "forces" | "service"
            )
        })
        .collect()
}

/// Pairs of actors that may be one: shared distinctive words, the same surname, near-identical spelling.
fn duplicates(actors: &[Actor]) -> Vec<(&Actor, &Actor, String)> {
    let mut pairs = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        for b in &actors[i + 1..] {
            if a.kind == ActorKind::State && b.kind == ActorKind::State {
                continue;
            }
            let (wa, wb) = (words_of(&a.name), words_of(&b.name));
            let shared: Vec<&String> = wa.iter().filter(|w| wb.contains(w)).collect();
            let union = wa.len() + wb.len() - shared.len();
            let why = if a.kind == ActorKind::Person
                && b.kind == ActorKind::Person
                && wa.last().is_some()
                && wa.last() == wb.last()
            {
                Some(format!("same surname `{}`", wa.last().map_or("", String::as_str)))
            } else if !shared.is_empty() && shared.len() * 2 >= union && a.kind == b.kind {
                Some(format!("share {}", shared.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")))
            } else if similarity(&wa.join(" "), &wb.join(" ")) >= 0.8 {
                Some("spelt almost alike".to_string())
            } else {
                None
            };
            if let Some(why) = why {
                pairs.push((a, b, why));
            }
        }
    }
    pairs
}

/// 1 minus the edit distance over the longer length.
fn similarity(a: &str, b: &str) -> f32 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    1.0 - row[b.len()] as f32 / a.len().max(b.len()) as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn lint_on_the_seeds() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let built = tightrope_extract::build_corpus(&dir).expect("the seeds build");
        let analysis = actors::analyse(&built.corpus.documents, &actors::Overrides::default());
        let text = report(&analysis, Path::new("seeds"));
        insta::with_settings!({ snapshot_path => "../../../tests/snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("actors_lint_seeds", text);
        });
    }

    #[test]
    fn near_spellings_are_similar() {
        assert!(similarity("esmail ghaani", "esmail qaani") >= 0.8);
        assert!(similarity("kataib hezbollah", "hezbollah") < 0.8);
    }
}
