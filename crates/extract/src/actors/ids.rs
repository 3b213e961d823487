//! Actor ids: stable slugs of canonical names, made unique, with affiliations that point somewhere.

use std::collections::BTreeSet;
use tightrope_core::Actor;

/// A stable slug of a name: lower-case ASCII letters and digits joined by single hyphens.
pub fn slug(name: &str) -> String {
    // Spelling variants of one name give one slug: "Mobilisation" and "Mobilization", "al Shuhada" and "al-Shuhada".
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            let w: String = w.chars().flat_map(super::token::fold).collect();
            match w.find("isation") {
                Some(i) => format!("{}ization{}", &w[..i], &w[i + "isation".len()..]),
                None => w,
            }
        })
        .collect();
    let mut joined = words.join(" ");
    for particle in ["al", "el"] {
        joined = joined.replace(&format!(" {particle} "), &format!(" {particle}-"));
    }
    let mut out = String::new();
    for c in joined.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Sorts actors by id, makes ids unique and drops affiliations that point nowhere.
pub fn finish(actors: &mut [Actor]) {
    actors.sort_by(|a, b| a.actor_id.cmp(&b.actor_id).then(b.mentions.len().cmp(&a.mentions.len())));
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for actor in actors.iter_mut() {
        if !seen.insert(actor.actor_id.clone()) {
            let mut id = format!("{}-{}", actor.actor_id, actor.kind.slug().replace('_', "-"));
            let mut n = 2;
            while seen.contains(&id) {
                id = format!("{}-{n}", actor.actor_id);
                n += 1;
            }
            seen.insert(id.clone());
            actor.actor_id = id;
        }
        actor.mentions.sort_by(|a, b| a.doc_id.cmp(&b.doc_id).then(a.start.cmp(&b.start)));
    }
    actors.sort_by(|a, b| a.actor_id.cmp(&b.actor_id));
    for actor in actors.iter_mut() {
        let dangling = actor.affiliation.as_ref().is_some_and(|a| !seen.contains(a) || *a == actor.actor_id);
        if dangling {
            actor.affiliation = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable() {
        assert_eq!(slug("Mohammed Shia al-Sudani"), "mohammed-shia-al-sudani");
        assert_eq!(slug("United States"), "united-states");
        assert_eq!(slug("Türkiye"), "turkiye");
        assert_eq!(slug("Caliber.Az"), "caliber-az");
        assert_eq!(slug("Popular Mobilisation Forces"), slug("Popular Mobilization Forces"));
        assert_eq!(slug("Kataib Sayyid al Shuhada"), slug("Kataib Sayyid al-Shuhada"));
    }
}
