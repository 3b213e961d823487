//! Who did what to whom around one trigger: subject, object, by-phrase and noun-phrase roles,
//! and the trigger's mood (done, expected, hypothetical).

use super::clause::{self, ActorSpan, Clause, ClauseKind};
use super::dating::TimexSpan;
use super::lexicon::{Reading, Trigger, VerbForm};
use super::merge;
use super::tokens::Token;
use super::words::*;
use tightrope_core::Document;

/// Who did what to whom in one trigger's clause.
#[derive(Debug, Default)]
pub struct Roles {
    pub passive: bool,
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
    /// The actors come from the noun phrase itself ("Larijani's visit", "talks between A and B").
    pub own: bool,
    /// "a call between A and B": the noun names both sides, so the clause's date is its date.
    pub paired: bool,
}

/// Everything known about one sentence.
pub struct Sentence<'a> {
    pub tokens: Vec<Token>,
    pub spans: Vec<ActorSpan>,
    pub clauses: Vec<Clause>,
    pub triggers: Vec<Trigger>,
    pub timexes: Vec<TimexSpan>,
    pub document: &'a Document,
}

/// `None` when nothing happened (a hypothetical, or a verb that is only another's complement);
/// else whether the action is expected rather than done.
pub fn mood(tokens: &[Token], clause: &Clause, trigger: &Trigger) -> Option<bool> {
    let before = &tokens[clause.start..trigger.head];
    // "In May" is a month, not a modal.
    let modal = before.iter().any(|t| t.is_any(HYPOTHETICAL) && !t.capital);
    if modal && trigger.reading != Reading::Noun {
        return None;
    }
    let mut expected = before.iter().any(|t| t.is_any(FUTURE));
    if matches!(trigger.reading, Reading::Verb(_)) {
        if let Some(to) = clause::before_adverbs(tokens, trigger.head).filter(|&p| tokens[p].is("to")) {
            let governor = clause::before_adverbs(tokens, to).map(|g| tokens[g].lower.as_str()).unwrap_or("");
            if INTENT.contains(&governor) || expectation_subject(tokens, clause, to).is_some() {
                expected = true;
            } else if !IMPLICATIVE.contains(&governor) {
                return None;
            }
        }
    }
    Some(expected)
}

/// "analysts expect all US troops to withdraw": the noun phrase between a verb of expectation
/// and the "to" at `to` is the subject of the expected action. Its tokens, end exclusive.
pub fn expectation_subject(tokens: &[Token], clause: &Clause, to: usize) -> Option<(usize, usize)> {
    let verb = (clause.start..to).rev().take(6).find(|&i| tokens[i].is_any(EXPECT))?;
    let phrase = &tokens[verb + 1..to];
    let noun_phrase = phrase
        .iter()
        .all(|t| t.is_word() && !t.is_any(BE) && !t.is_any(HAVE) && !t.is_any(HYPOTHETICAL) && !t.is_any(PREPOSITIONS));
    (!phrase.is_empty() && noun_phrase).then_some((verb + 1, to))
}

/// "The deal, finalized on …": the subject is a definite noun of the trigger's own kind.
pub fn definite_subject(s: &Sentence, clause: &Clause, trigger: &Trigger) -> bool {
    s.triggers.iter().any(|t| {
        t.reading == Reading::Noun
            && t.head >= clause.start
            && t.head < clause.subject_end
            && merge::root(&t.code) == merge::root(&trigger.code)
            && (t.head.saturating_sub(3)..t.head)
                .any(|i| s.tokens[i].is_any(&["the", "this", "that", "these", "those"]))
    })
}

/// "companies accused of helping Iran", "militias supported by Iran": a participle that
/// describes a noun after the clause's verb; background, not an event of the sentence.
pub fn reduced_relative(tokens: &[Token], clause: &Clause, trigger: &Trigger) -> bool {
    if trigger.reading != Reading::Verb(VerbForm::Past) || trigger.head <= clause.subject_end {
        return false;
    }
    let previous = clause::before_adverbs(tokens, trigger.head).map_or("", |p| tokens[p].lower.as_str());
    let linked = BE.contains(&previous)
        || HAVE.contains(&previous)
        || FUTURE.contains(&previous)
        || HYPOTHETICAL.contains(&previous)
        || DO.contains(&previous);
    !linked && !["and", "or", ",", "but", "then", "to"].contains(&previous)
}

/// Where a list that runs to the end of clause `ci` ends: past ", and" clauses without a verb
/// ("Israel, Iran, Turkey, and the United States").
fn list_end(s: &Sentence, ci: usize) -> usize {
    let mut end = s.clauses[ci].end;
    for next in &s.clauses[ci + 1..] {
        let verbless = next.subject_end == next.end && s.tokens[next.start].is_any(&["and", "or"]);
        if !verbless || next.start != end {
            break;
        }
        end = next.end;
    }
    end
}

pub fn verb_roles(s: &Sentence, ci: usize, trigger: &Trigger) -> Roles {
    let clause = &s.clauses[ci];
    let tokens = &s.tokens;
    let next_verb = s
        .triggers
        .iter()
        .filter(|t| t.head >= trigger.end && matches!(t.reading, Reading::Verb(_)))
        .map(|t| t.head)
        .next()
        .unwrap_or(clause.end)
        .min(clause.end);
    let to = clause::before_adverbs(tokens, trigger.head).filter(|&p| p > clause.start && tokens[p].is("to"));
    let subject = match to.and_then(|to| expectation_subject(tokens, clause, to)) {
        // "analysts expect US troops to withdraw": the troops, not the analysts.
        Some((from, end)) => clause::head_actors(&s.spans, tokens, from, end),
        None => clause::subject_actors(&s.clauses, ci, tokens, &s.spans),
    };
    if clause::passive(tokens, trigger) {
        let under_be = clause::before_adverbs(tokens, trigger.head).is_some_and(|b| tokens[b].is_any(BE));
        // "measures, demanded by protesters": the participle describes the noun before it.
        let targets = if under_be {
            subject
        } else {
            let before =
                clause::before_adverbs(tokens, trigger.head).map_or(0, |b| b + usize::from(!tokens[b].is(",")));
            s.spans.iter().filter(|sp| sp.end == before && !sp.modifier).map(|sp| sp.actor).collect()
        };
        let sources = clause::agent_actor(&s.spans, tokens, trigger.end, next_verb).into_iter().collect();
        return Roles { sources, targets, passive: true, ..Roles::default() };
    }
    // "…, said the minister": a speaker after the verb.
    let inverted = trigger.code.starts_with("01") && trigger.head > 0 && tokens[trigger.head - 1].is(",");
    let last_word = tokens.iter().rposition(Token::is_word).unwrap_or(0);
    let speaker = s
        .spans
        .iter()
        .find(|sp| inverted && sp.first > trigger.head && sp.first <= trigger.end + 1 && sp.end == last_word + 1);
    if let Some(speaker) = speaker {
        return Roles { sources: vec![speaker.actor], ..Roles::default() };
    }
    if tokens[clause.start].is("whom") && ci > 0 {
        let targets: Vec<usize> = clause::antecedent(clause, &s.clauses[ci - 1], &s.spans).into_iter().collect();
        return Roles { sources: subject, targets, ..Roles::default() };
    }
    let object_end = if next_verb == clause.end { list_end(s, ci) } else { next_verb };
    let mut targets = clause::object_actors(&s.spans, tokens, trigger.head + 1, object_end);
    let following = s.clauses.get(ci + 1).filter(|_| targets.is_empty() && next_verb == clause.end);
    // "terminated the waiver that allowed Iraq to buy …": the object's relative clause names it.
    if let Some(relative) = following.filter(|c| c.kind == ClauseKind::Relative && tokens[c.start].is("that")) {
        targets = clause::object_actors(&s.spans, tokens, relative.start + 1, relative.end);
    }
    // "designated four militias as terrorist organisations — A, B, C and D": a list after a dash.
    let dash = clause.end < tokens.len() && tokens[clause.end].is_any(&["—", "–", ":"]);
    if let Some(list) = following.filter(|c| dash && c.start == clause.end + 1) {
        targets = clause::object_actors(&s.spans, tokens, list.start, list_end(s, ci + 1));
    }
    // "sanctions on several Iraq-based individuals": where the object is named only by its base.
    if targets.is_empty() {
        targets = s
            .spans
            .iter()
            .filter(|sp| sp.modifier && sp.first > trigger.head && sp.end <= next_verb)
            .filter(|sp| tokens[sp.end - 1].lower.ends_with("-based"))
            .map(|sp| sp.actor)
            .take(1)
            .collect();
    }
    let statement = trigger.code.starts_with("01");
    if statement && !s.spans.iter().any(|sp| sp.first == trigger.end && targets.contains(&sp.actor)) {
        targets.clear();
    }
    Roles { sources: subject, targets, ..Roles::default() }
}

pub fn noun_roles(s: &Sentence, ci: usize, trigger: &Trigger) -> Roles {
    let tokens = &s.tokens;
    let clause = &s.clauses[ci];
    let head = trigger.head;
    let word = |i: usize| tokens.get(i).map_or("", |t| t.lower.as_str());
    let mut roles = Roles::default();
    // "Larijani's visit", "his first official state visit", "U.S. strikes".
    let premodifier = s.spans.iter().rev().find(|sp| {
        sp.end <= head
            && sp.first >= clause.start
            && (head - sp.end <= 1
                || (head - sp.end <= 4 && tokens[sp.end - 1].possessive())
                || (head - sp.end <= 4 && word(sp.first) == "his" || word(sp.first) == "her"))
    });
    let after = |offset: usize| word(trigger.end + offset);
    if let Some(span) = premodifier.filter(|sp| !sp.modifier || tokens[sp.end - 1].possessive()) {
        roles.sources.push(span.actor);
    } else if after(0) == "between" {
        let pair = clause::object_actors(&s.spans, tokens, trigger.end + 1, clause.end);
        roles.sources.extend(pair.first());
        roles.targets.extend(pair.iter().skip(1));
        roles.paired = pair.len() > 1;
    } else if let Some(agent) = clause::agent_actor(&s.spans, tokens, trigger.end, (trigger.end + 2).min(clause.end)) {
        roles.sources.push(agent);
    }
    // "the fall of the old regime in Ruritania": a regime is its country's.
    let place = trigger.code == "REGIME" && after(0) == "in";
    if roles.targets.is_empty() && (place || ["on", "against", "with", "to", "into", "over", "of"].contains(&after(0)))
    {
        roles.targets = clause::object_actors(&s.spans, tokens, trigger.end + 1, clause.end);
    }
    roles.own = !roles.sources.is_empty();
    let introduced = (head.saturating_sub(4)..head).any(|i| tokens[i].is_any(&["in", "during", "at"]));
    if roles.sources.is_empty() && introduced && head < clause.subject_end {
        roles.sources = clause::subject_actors(&s.clauses, ci, tokens, &s.spans)
            .into_iter()
            .filter(|a| !roles.targets.contains(a))
            .collect();
        roles.own = !roles.sources.is_empty();
        roles.paired = roles.own;
    }
    // "Kadhimi made Iran the destination for his first visit": the subject acts the noun, so
    // the noun takes the clause's date, and the clause's other actor is its target.
    let subject = clause::subject_actors(&s.clauses, ci, tokens, &s.spans);
    if !roles.paired && head > clause.subject_end && roles.sources.iter().any(|a| subject.contains(a)) {
        roles.paired = true;
        if roles.targets.is_empty() {
            roles.targets = clause::object_actors(&s.spans, tokens, clause.subject_end + 1, head)
                .into_iter()
                .filter(|a| !roles.sources.contains(a))
                .take(1)
                .collect();
        }
    }
    roles.targets.retain(|t| !roles.sources.contains(t));
    roles
}
