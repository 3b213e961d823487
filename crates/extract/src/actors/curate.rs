//! Applying a curator's overrides to built actors: ignore, merge, split, rename, retype, add roles.

use super::ids::slug;
use super::overrides::{kind_of, Overrides};
use tightrope_core::{Actor, Alias, DateValue, Document, Mention, Role};

/// The index of the actor an entry names: by id, name or alias, case-insensitively.
fn lookup(actors: &[Actor], reference: &str) -> Option<usize> {
    let lower = reference.to_lowercase();
    actors.iter().position(|a| a.actor_id == reference).or_else(|| {
        actors
            .iter()
            .position(|a| a.name.to_lowercase() == lower || a.aliases.iter().any(|al| al.text.to_lowercase() == lower))
    })
}

impl Overrides {
    /// Applies the corrections to built actors; what cannot be applied becomes a warning.
    pub fn apply(&self, documents: &[Document], actors: &mut Vec<Actor>, warnings: &mut Vec<crate::Diagnostic>) {
        let p = &self.parsed;
        for entry in &p.ignore {
            for name in &entry.get_ref().names {
                let lower = name.to_lowercase();
                match lookup(actors, name) {
                    Some(i) if actors[i].actor_id == *name || actors[i].name.to_lowercase() == lower => {
                        actors.remove(i);
                    }
                    Some(i) => {
                        let doc_text = |m: &Mention| {
                            documents
                                .iter()
                                .find(|d| d.doc_id == m.doc_id)
                                .map(|d| d.slice(m.start, m.end).to_lowercase())
                        };
                        actors[i].mentions.retain(|m| doc_text(m).as_deref() != Some(lower.as_str()));
                        actors[i].aliases.retain(|a| a.text.to_lowercase() != lower);
                    }
                    None => self.warn(warnings, entry.span().start, format!("ignore: no actor or alias `{name}`")),
                }
            }
        }
        for entry in &p.merge {
            let names = &entry.get_ref().actors;
            let Some(keep) = lookup(actors, &names[0]) else {
                self.warn(warnings, entry.span().start, format!("merge: no actor `{}`", names[0]));
                continue;
            };
            let keep_id = actors[keep].actor_id.clone();
            for name in &names[1..] {
                match lookup(actors, name).filter(|&i| actors[i].actor_id != keep_id) {
                    Some(i) => {
                        let gone = actors.remove(i);
                        let gone_id = gone.actor_id.clone();
                        let keep = actors.iter().position(|a| a.actor_id == keep_id).unwrap_or(0);
                        absorb(&mut actors[keep], gone);
                        for actor in actors.iter_mut() {
                            if actor.affiliation.as_deref() == Some(gone_id.as_str()) {
                                actor.affiliation = Some(keep_id.clone());
                            }
                        }
                    }
                    None => self.warn(warnings, entry.span().start, format!("merge: no other actor `{name}`")),
                }
            }
        }
        for entry in &p.split {
            let split = entry.get_ref();
            let Some(i) = lookup(actors, &split.actor) else {
                self.warn(warnings, entry.span().start, format!("split: no actor `{}`", split.actor));
                continue;
            };
            let lower = split.alias.to_lowercase();
            let text = |m: &Mention| {
                documents.iter().find(|d| d.doc_id == m.doc_id).map(|d| d.slice(m.start, m.end).to_lowercase())
            };
            let (moved, kept): (Vec<Mention>, Vec<Mention>) =
                actors[i].mentions.drain(..).partition(|m| text(m).as_deref() == Some(lower.as_str()));
            actors[i].mentions = kept;
            actors[i].aliases.retain(|a| a.text.to_lowercase() != lower);
            if moved.is_empty() {
                self.warn(
                    warnings,
                    entry.span().start,
                    format!("split: `{}` has no mention written `{}`", split.actor, split.alias),
                );
                continue;
            }
            let name = split.name.clone().unwrap_or_else(|| split.alias.clone());
            let kind = split.kind.as_deref().and_then(kind_of).unwrap_or(actors[i].kind);
            actors.push(Actor {
                actor_id: slug(&name),
                name,
                kind,
                kind_confidence: 1.0,
                aliases: vec![Alias { text: split.alias.clone(), count: moved.len() }],
                roles: Vec::new(),
                affiliation: None,
                mentions: moved,
            });
        }
        for entry in &p.rename {
            match lookup(actors, &entry.get_ref().actor) {
                Some(i) => {
                    let old_id = std::mem::replace(&mut actors[i].actor_id, slug(&entry.get_ref().name));
                    actors[i].name.clone_from(&entry.get_ref().name);
                    let new_id = actors[i].actor_id.clone();
                    for actor in actors.iter_mut().filter(|a| a.affiliation.as_deref() == Some(old_id.as_str())) {
                        actor.affiliation = Some(new_id.clone());
                    }
                }
                None => {
                    self.warn(warnings, entry.span().start, format!("rename: no actor `{}`", entry.get_ref().actor))
                }
            }
        }
        for entry in &p.retype {
            match (lookup(actors, &entry.get_ref().actor), kind_of(&entry.get_ref().kind)) {
                (Some(i), Some(kind)) => {
                    actors[i].kind = kind;
                    actors[i].kind_confidence = 1.0;
                }
                _ => self.warn(warnings, entry.span().start, format!("retype: no actor `{}`", entry.get_ref().actor)),
            }
        }
        for entry in &p.role {
            let role = entry.get_ref();
            let Some(i) = lookup(actors, &role.actor) else {
                self.warn(warnings, entry.span().start, format!("role: no actor `{}`", role.actor));
                continue;
            };
            let found =
                documents.iter().find(|d| d.doc_id == role.doc).and_then(|d| d.text.find(&role.quote).map(|s| (d, s)));
            let Some((document, start)) = found else {
                self.warn(
                    warnings,
                    entry.span().start,
                    format!("role: quote {:?} is not in document `{}`; quote the text exactly", role.quote, role.doc),
                );
                continue;
            };
            let evidence = Mention { doc_id: document.doc_id.clone(), start, end: start + role.quote.len() };
            let during = role.date.as_deref().and_then(DateValue::parse_calendar);
            actors[i].roles.insert(0, Role { title: role.title.clone(), during, evidence });
        }
    }
}

/// Moves one actor's mentions, aliases and roles into another.
fn absorb(keep: &mut Actor, gone: Actor) {
    keep.mentions.extend(gone.mentions);
    for alias in gone.aliases {
        match keep.aliases.iter_mut().find(|a| a.text == alias.text) {
            Some(existing) => existing.count += alias.count,
            None => keep.aliases.push(alias),
        }
    }
    keep.aliases.sort_by(|a, b| b.count.cmp(&a.count).then(a.text.cmp(&b.text)));
    keep.roles.extend(gone.roles);
    keep.affiliation = keep.affiliation.take().or(gone.affiliation);
}
