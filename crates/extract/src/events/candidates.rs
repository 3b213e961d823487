//! One document's event reports, sentence by sentence: triggers, roles, date, attribution; then
//! inherited dates and actorless reports resolved against earlier ones.

use super::clause::{self, ClauseKind};
use super::lexicon::{Lexicon, Reading, Trigger, VerbForm};
use super::roles::{definite_subject, mood, noun_roles, reduced_relative, verb_roles, Sentence};
use super::spans::{actor_mentions, actor_spans};
use super::tokens::tokenize;
use super::words::*;
use super::{attribution, dating, merge, triggers, Candidate};
use tightrope_core::{Actor, DateValue, Document, EventFlags, EventMention};

/// What a report is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    Event,
    /// An undated noun with its own actors: only an antecedent for a later "the deal".
    Antecedent,
    /// No actors of its own, but a definite noun of its kind as subject ("The deal, finalized on").
    Anaphoric,
}

/// The event reports of one document, in sentence order, with inherited dates filled in and
/// actorless reports resolved to an earlier report of the same kind ("The deal, finalized on …").
pub fn document_candidates(
    doc_index: usize,
    document: &Document,
    mentions: Vec<(usize, usize, usize)>,
    actors: &[Actor],
    lexicon: &Lexicon,
) -> Vec<Candidate> {
    let mentions = actor_mentions(mentions);
    let dct = document.date.as_ref().map(|d| d.date.clone());
    let mut candidates: Vec<(Candidate, Use)> = Vec::new();
    let mut inherited: Option<(usize, DateValue)> = None;
    for (index, sentence) in document.sentences.iter().enumerate() {
        let paragraph = sentence.paragraph;
        if document.paragraphs.get(paragraph).is_some_and(|p| p.heading) {
            continue;
        }
        let tokens = tokenize(document.slice(sentence.start, sentence.end), sentence.start);
        if tokens.is_empty() {
            continue;
        }
        let spans = actor_spans(&tokens, &mentions, actors, document, index);
        let mut clauses = clause::segment(&tokens, lexicon);
        let found = triggers::find(&tokens, &clauses, &spans, lexicon);
        clause::find_subjects(&mut clauses, &tokens, &found, lexicon);
        let timexes = dating::sentence_timexes(document, &tokens);
        let s = Sentence { tokens, spans, clauses, triggers: found, timexes, document };
        let context = inherited.as_ref().filter(|(p, _)| *p == paragraph).map(|(_, d)| d.clone());
        for trigger in s.triggers.iter().filter(|t| !told_by_relative_verb(&s, t)) {
            candidates.extend(trigger_candidates(&s, trigger, doc_index, index, context.as_ref(), dct.as_ref()));
        }
        let last = s.timexes.last().map(|t| &document.timexes[t.timex]);
        if let Some(timex) = last {
            inherited = Some((paragraph, timex.date_value()));
        }
    }
    resolve_anaphora(&mut candidates);
    candidates
        .into_iter()
        // Undated noun reports only served as antecedents.
        .filter(|(c, usage)| {
            *usage == Use::Event
                && (c.source.is_some() || !c.targets.is_empty() || merge::root(&c.code) == c.code || !c.inherited)
        })
        .map(|(c, _)| c)
        .collect()
}

/// "U.S. strikes in January that killed X": a conflict noun whose relative clause tells, with a
/// conflict verb, what the act did is one action, coded once by the verb (which takes the noun's
/// date and actors through the relative clause), not a second event under the noun's category.
fn told_by_relative_verb(s: &Sentence, noun: &Trigger) -> bool {
    let conflict = |t: &Trigger| super::quad(&t.code) == Some(4);
    if noun.reading != Reading::Noun || !conflict(noun) {
        return false;
    }
    s.clauses.iter().any(|clause| {
        clause.kind == ClauseKind::Relative
            && clause.start >= noun.end
            && clause.start - noun.end <= 4
            && s.triggers.iter().any(|verb| {
                matches!(verb.reading, Reading::Verb(_))
                    && conflict(verb)
                    && clause.start <= verb.head
                    && verb.head < clause.end
            })
    })
}

/// Reports with no actors at all take those of the nearest earlier report of the same kind
/// within three sentences: "A recent agreement between Iran and Iraq … The deal, finalized on …".
fn resolve_anaphora(candidates: &mut [(Candidate, Use)]) {
    for i in 0..candidates.len() {
        let (candidate, usage) = &candidates[i];
        if *usage != Use::Anaphoric {
            continue;
        }
        // Reports are in sentence order: the walk back stops three sentences up.
        let antecedent = candidates[..i]
            .iter()
            .rev()
            .take_while(|(c, _)| candidate.sentence.saturating_sub(c.sentence) <= 3)
            .find(|(c, _)| merge::root(&c.code) == merge::root(&candidate.code) && c.source.is_some());
        if let Some((found, _)) = antecedent {
            let (source, targets) = (found.source, found.targets.clone());
            candidates[i].0.source = source;
            candidates[i].0.targets = targets;
            candidates[i].1 = Use::Event;
        }
    }
}

fn trigger_candidates(
    s: &Sentence,
    trigger: &Trigger,
    doc_index: usize,
    index: usize,
    context: Option<&DateValue>,
    dct: Option<&DateValue>,
) -> Vec<(Candidate, Use)> {
    let Some(ci) = s.clauses.iter().position(|c| c.start <= trigger.head && trigger.head < c.end) else {
        return Vec::new();
    };
    let clause = &s.clauses[ci];
    let tokens = &s.tokens;
    if clause.kind == ClauseKind::Conditional {
        return Vec::new();
    }
    let noun = trigger.reading == Reading::Noun;
    let same_root_verb = |t: &Trigger| {
        matches!(t.reading, Reading::Verb(_))
            && clause.start <= t.head
            && t.head < clause.end
            && merge::root(&t.code) == merge::root(&trigger.code)
    };
    if noun && s.triggers.iter().any(same_root_verb) {
        return Vec::new();
    }
    let Some(expected) = mood(tokens, clause, trigger) else {
        return Vec::new();
    };
    if reduced_relative(tokens, clause, trigger) {
        return Vec::new();
    }
    let negated = tokens[clause.subject_end.min(trigger.head)..trigger.head]
        .iter()
        .any(|t| t.is_any(NEGATION) || t.is_any(&["refrain", "refrained", "failed", "fail"]));
    let roles = if noun { noun_roles(s, ci, trigger) } else { verb_roles(s, ci, trigger) };
    let timexes = if noun {
        let attached = dating::for_noun(trigger, &s.timexes, tokens);
        if attached.is_empty() && roles.paired {
            dating::for_verb(trigger, ci, &s.clauses, &s.timexes, tokens)
        } else {
            attached
        }
    } else {
        dating::for_verb(trigger, ci, &s.clauses, &s.timexes, tokens)
    };
    let own_date = |t: usize| {
        let date = s.document.timexes[t].date_value();
        s.timexes.iter().find(|span| span.timex == t).map_or(date.clone(), |span| dating::deadline(date, span, tokens))
    };
    let mut dates: Vec<(DateValue, bool)> = timexes.iter().map(|&t| (own_date(t), false)).collect();
    // "…, which led to widespread protests": the consequence of a dated cause, on or after it.
    if noun && dates.is_empty() && !roles.paired {
        let cause = dating::consequence(trigger, ci, &s.clauses, &s.timexes, tokens);
        dates.extend(cause.and_then(|t| dating::on_or_after(s.document.timexes[t].date_value())).map(|d| (d, false)));
    }
    // "…, following the fall of the regime": the cause of a dated action, on or before it.
    if noun && dates.is_empty() && !roles.paired {
        let effect = dating::cause(trigger, ci, &s.clauses, &s.timexes, tokens);
        dates.extend(effect.and_then(|t| dating::on_or_before(s.document.timexes[t].date_value())).map(|d| (d, false)));
    }
    let shadow = noun && dates.is_empty() && !roles.paired;
    let mut dct_anchor = None;
    let mut force_antecedent = false;
    if dates.is_empty() {
        let past_progressive =
            clause::before_adverbs(tokens, trigger.head).is_some_and(|b| tokens[b].is_any(&["was", "were", "been"]));
        let present = matches!(trigger.reading, Reading::Verb(VerbForm::Base | VerbForm::Third | VerbForm::Ing))
            && !past_progressive;
        let fallback = match context {
            Some(date) => Some((date.clone(), None)),
            None => dct.map(|d| (dating::from_dct(d, present, expected), Some(d.clone()))),
        };
        match fallback {
            Some((date, anchor)) => {
                dates.push((date, true));
                dct_anchor = anchor;
            }
            // An undated noun can still be the antecedent of a dated "the deal".
            None if noun => {
                dates.push((dating::vague_past(), true));
                force_antecedent = true;
            }
            None => return Vec::new(),
        }
    }
    if shadow && !roles.own {
        return Vec::new();
    }
    let anaphoric =
        !noun && roles.sources.is_empty() && roles.targets.is_empty() && definite_subject(s, clause, trigger);
    let own_category = merge::root(&trigger.code) == trigger.code;
    // An active verb with no named agent says little; it stays only when the sentence dates it.
    let undated = dates.iter().all(|(_, inherited)| *inherited);
    if !noun && !roles.passive && roles.sources.is_empty() && !anaphoric && !own_category && undated {
        return Vec::new();
    }
    let usage = if shadow || force_antecedent {
        Use::Antecedent
    } else if anaphoric {
        Use::Anaphoric
    } else {
        Use::Event
    };
    let attribution = attribution::find(tokens, &s.document.text);
    let reported = clause.kind == ClauseKind::Reported || attribution.is_some() || attribution::reported_cue(tokens);
    let sentence = &s.document.sentences[index];
    let mention = EventMention {
        doc_id: s.document.doc_id.clone(),
        sentence: index,
        start: sentence.start,
        end: sentence.end,
        attribution,
    };
    let dct_day = dct.and_then(|d| d.interval).map(|i| i.latest);
    let mut out = Vec::new();
    let sources: Vec<Option<usize>> =
        if roles.sources.is_empty() { vec![None] } else { roles.sources.iter().copied().map(Some).collect() };
    for (date, inherited) in dates {
        for source in &sources {
            let mut targets: Vec<usize> = roles.targets.iter().copied().filter(|t| Some(*t) != *source).collect();
            let symmetric = ["03", "04", "05", "06"].contains(&merge::root(&trigger.code));
            if symmetric && roles.sources.len() > 1 {
                targets = roles.sources.iter().copied().filter(|t| Some(*t) != *source).collect();
            }
            let flags = EventFlags { expected: expected || dating::after(&date, dct_day), negated, reported };
            let participants: Vec<usize> = s
                .spans
                .iter()
                .filter(|sp| sp.first >= clause.start && sp.end <= clause.end && !sp.modifier)
                .map(|sp| sp.actor)
                .filter(|a| Some(*a) != *source && !targets.contains(a))
                .fold(Vec::new(), |mut all, a| {
                    if !all.contains(&a) {
                        all.push(a);
                    }
                    all
                });
            let candidate = Candidate {
                doc_index,
                sentence: index,
                code: trigger.code.clone(),
                source: *source,
                targets,
                participants,
                date: date.clone(),
                inherited,
                dct_anchor: dct_anchor.clone(),
                flags,
                mention: mention.clone(),
            };
            out.push((candidate, usage));
        }
    }
    out
}
