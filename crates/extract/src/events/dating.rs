//! When an event happened: its own time expression, else the one it inherits from context.

use super::clause::{Clause, ClauseKind};
use super::lexicon::Trigger;
use super::tokens::Token;
use tightrope_core::{DateValue, Day, DayInterval, Document, Precision, Timex, TimexType};

/// A usable time expression of the sentence, in token indices (end exclusive).
#[derive(Debug, Clone, PartialEq)]
pub struct TimexSpan {
    pub timex: usize,
    pub first: usize,
    pub end: usize,
}

/// Words before a time expression that make it a bound rather than the time of the action.
const BOUNDS: &[&str] = &["by", "until", "till", "before", "after", "since", "through"];

/// Date and time expressions of the sentence (durations and sets say when nothing happened).
pub fn sentence_timexes(document: &Document, tokens: &[Token]) -> Vec<TimexSpan> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Vec::new();
    };
    // The document's time expressions are in text order: the sentence's are one run of them.
    let timexes = &document.timexes;
    let from = timexes.partition_point(|t| t.start < first.start);
    let to = from + timexes[from..].partition_point(|t| t.start < last.end);
    (from..to)
        .map(|index| (index, &timexes[index]))
        .filter(|(_, t)| t.end <= last.end && usable(t))
        .filter_map(|(index, t)| {
            let from = tokens.partition_point(|k| k.end <= t.start);
            let end = tokens.partition_point(|k| k.start < t.end);
            if from >= end {
                return None;
            }
            // A number inside a word ("1400-kilometer") is no date.
            if tokens[from].start != t.start || tokens[end - 1].end > t.end + 2 {
                return None;
            }
            Some(TimexSpan { timex: index, first: from, end })
        })
        .collect()
}

fn usable(timex: &Timex) -> bool {
    matches!(timex.timex_type, TimexType::Date | TimexType::Time) && !timex.value.starts_with('P')
}

/// The time expressions that date a verb trigger: the nearest in its clause, else a fronted
/// one of the sentence ("In February, …") or, for a relative or "when" clause, the clause before.
pub fn for_verb(
    trigger: &Trigger,
    index: usize,
    clauses: &[Clause],
    timexes: &[TimexSpan],
    tokens: &[Token],
) -> Vec<usize> {
    let clause = &clauses[index];
    fn within<'a>(c: &'a Clause, timexes: &'a [TimexSpan]) -> impl Iterator<Item = &'a TimexSpan> + 'a {
        timexes.iter().filter(move |t| t.first >= c.start && t.end <= c.end)
    }
    let cost = |t: &TimexSpan| {
        let distance = if t.end <= trigger.head { trigger.head - t.end } else { t.first.saturating_sub(trigger.end) };
        let bound = bounded(t, tokens);
        distance + if bound { 12 } else { 0 }
    };
    if let Some(best) = within(clause, timexes).min_by_key(|t| cost(t)) {
        return coordinated(best, timexes, tokens);
    }
    if index > 0 && matches!(clause.kind, ClauseKind::Relative | ClauseKind::Subordinate) {
        if let Some(best) = within(&clauses[index - 1], timexes).last() {
            let opener = tokens[clause.start].lower.as_str();
            if clause.kind == ClauseKind::Relative || ["when", "where", "and"].contains(&opener) {
                return coordinated(best, timexes, tokens);
            }
        }
    }
    // "A said on May 4 that B attacked C": the report dates what it reports.
    if index > 0 && clause.kind == ClauseKind::Reported {
        if let Some(best) = within(&clauses[index - 1], timexes).last() {
            return coordinated(best, timexes, tokens);
        }
    }
    let fronted = timexes.iter().find(|t| t.end <= clauses[0].subject_end && t.first < clauses[0].end);
    if clause.kind != ClauseKind::Reported {
        if let Some(best) = fronted {
            return coordinated(best, timexes, tokens);
        }
    }
    Vec::new()
}

/// Verbs that make the noun after them the consequence of what precedes: "which led to protests".
const CAUSES: &[&str] = &[
    "led",
    "leads",
    "lead",
    "leading",
    "sparked",
    "sparks",
    "sparking",
    "triggered",
    "triggers",
    "triggering",
    "prompted",
    "prompts",
    "prompting",
    "caused",
    "causes",
    "causing",
    "provoked",
    "provokes",
    "provoking",
    "ignited",
    "ignites",
    "igniting",
    "fuelled",
    "fueled",
    "fuelling",
    "fueling",
    "unleashed",
];

/// "the death of A in September 2022, which led to widespread protests": an undated noun that
/// a causal verb makes the consequence of a dated cause. The cause's date is the one in the
/// causal verb's clause before it, or, for a relative clause, the last one of the clause it
/// refers back to. Returns that time expression.
pub fn consequence(
    trigger: &Trigger,
    index: usize,
    clauses: &[Clause],
    timexes: &[TimexSpan],
    tokens: &[Token],
) -> Option<usize> {
    let clause = &clauses[index];
    // The causal verb, then at most four words of the noun phrase ("to a wave of").
    let cause = (clause.start..trigger.head).rev().take(6).find(|&i| tokens[i].is_any(CAUSES))?;
    let after = if tokens.get(cause + 1).is_some_and(|t| t.is("to")) { cause + 2 } else { cause + 1 };
    let phrase = &tokens[after.min(trigger.head)..trigger.head];
    let plain = |t: &Token| {
        t.is_word() && !t.capital && (t.is("of") || !super::words::PREPOSITIONS.contains(&t.lower.as_str()))
    };
    if after > trigger.head || phrase.len() > 4 || !phrase.iter().all(plain) {
        return None;
    }
    let relative = clause.kind == ClauseKind::Relative && tokens[clause.start].is_any(&["which", "that"]);
    linked_timex(index, clauses, timexes, tokens, cause, relative)
}

/// "has weakened in the past year following the fall of the regime": an undated noun after
/// "following" or "after" came before the dated action it is the cause of. That action's date
/// is the one in the clause before the preposition, or, for a clause the preposition opens, the
/// last one of the clause before. Returns that time expression.
pub fn cause(
    trigger: &Trigger,
    index: usize,
    clauses: &[Clause],
    timexes: &[TimexSpan],
    tokens: &[Token],
) -> Option<usize> {
    let clause = &clauses[index];
    let preposition =
        (clause.start..trigger.head).rev().take(4).find(|&i| tokens[i].is_any(&["following", "after"]))?;
    let phrase = &tokens[preposition + 1..trigger.head];
    if !phrase.iter().all(|t| t.is_word() && !super::words::PREPOSITIONS.contains(&t.lower.as_str())) {
        return None;
    }
    linked_timex(index, clauses, timexes, tokens, preposition, preposition == clause.start)
}

/// The date a linked noun borrows: the last time expression of its clause before the linking
/// word at `link`, else, where `from_previous` allows, the last of the clause before; never one
/// after a bounding word ("by", "until", "since" …), which bounds a time instead of placing it.
fn linked_timex(
    index: usize,
    clauses: &[Clause],
    timexes: &[TimexSpan],
    tokens: &[Token],
    link: usize,
    from_previous: bool,
) -> Option<usize> {
    let chosen = match last_within(timexes, clauses[index].start, link) {
        Some(t) => t,
        None if from_previous && index > 0 => last_within(timexes, clauses[index - 1].start, clauses[index - 1].end)?,
        None => return None,
    };
    (!bounded(chosen, tokens)).then_some(chosen.timex)
}

/// Whether a bounding word ("by", "until", "since" …) introduces the time expression.
fn bounded(timex: &TimexSpan, tokens: &[Token]) -> bool {
    timex.first > 0 && tokens[timex.first - 1].is_any(BOUNDS)
}

/// The last time expression within tokens `from..to`.
fn last_within(timexes: &[TimexSpan], from: usize, to: usize) -> Option<&TimexSpan> {
    timexes.iter().rev().find(|t| t.first >= from && t.end <= to)
}

/// The date of a cause of something dated `effect`: on or before it (`None` when the effect is
/// itself only bounded from below).
pub fn on_or_before(effect: DateValue) -> Option<DateValue> {
    match effect.modifier.as_deref() {
        Some("AFTER" | "ON_OR_AFTER" | "MORE_THAN" | "EQUAL_OR_MORE") => None,
        Some("BEFORE") => Some(effect),
        _ => Some(DateValue { modifier: Some("ON_OR_BEFORE".to_string()), ..effect }),
    }
}

/// The date of a consequence of something dated `cause`: on or after it (`None` when the cause
/// is itself only bounded from above, which says nothing of when the consequence came).
pub fn on_or_after(cause: DateValue) -> Option<DateValue> {
    match cause.modifier.as_deref() {
        Some("BEFORE" | "ON_OR_BEFORE" | "LESS_THAN" | "EQUAL_OR_LESS") => None,
        Some("AFTER") => Some(cause),
        _ => Some(DateValue { modifier: Some("ON_OR_AFTER".to_string()), ..cause }),
    }
}

/// "out by late 2026": a time expression after "by" is a deadline, on or before which the action falls.
pub fn deadline(date: DateValue, span: &TimexSpan, tokens: &[Token]) -> DateValue {
    if span.first > 0 && tokens[span.first - 1].is("by") && date.interval.is_some() {
        DateValue { modifier: Some("ON_OR_BEFORE".to_string()), ..date }
    } else {
        date
    }
}

/// The time expressions attached to a noun: "the June 25 raid", "strikes in January".
pub fn for_noun(trigger: &Trigger, timexes: &[TimexSpan], tokens: &[Token]) -> Vec<usize> {
    // "the June 25 raid", but not "in the past year following the fall" nor "in May, prompting
    // protests": a preposition, a comma or a causal verb between makes the date another's.
    let before = timexes.iter().find(|t| {
        t.end <= trigger.head
            && trigger.head - t.end <= 2
            && !tokens[t.end..trigger.head]
                .iter()
                .any(|k| k.is_any(&["following", "after", "before", ","]) || k.is_any(CAUSES))
    });
    let after = timexes.iter().find(|t| {
        t.first >= trigger.end
            && t.first - trigger.end <= 2
            && tokens[trigger.end..t.first].iter().all(|k| k.is_any(&["in", "on", "of", "during", "last", "this"]))
    });
    before.or(after).map(|t| coordinated(t, timexes, tokens)).unwrap_or_default()
}

/// A time expression with those coordinated with it: "in February and October 2025" gives two.
fn coordinated(chosen: &TimexSpan, timexes: &[TimexSpan], tokens: &[Token]) -> Vec<usize> {
    let mut group = vec![chosen];
    let joins = |a: &TimexSpan, b: &TimexSpan| {
        b.first >= a.end
            && b.first - a.end <= 2
            && tokens[a.end..b.first].iter().all(|k| k.is_any(&["and", ",", "or"]))
            && b.first > a.end
    };
    while let Some(next) = timexes.iter().find(|t| joins(group[group.len() - 1], t)) {
        group.push(next);
    }
    while let Some(previous) = timexes.iter().find(|t| joins(t, group[0])) {
        group.insert(0, previous);
    }
    group.iter().map(|t| t.timex).collect()
}

/// The date an undated sentence inherits from the document date: the document date itself for
/// present actions; on or before it for past ones, or "some time before" (PAST_REF) when the
/// document date is itself open-ended; after it for expected ones.
pub fn from_dct(dct: &DateValue, present: bool, expected: bool) -> DateValue {
    let open = dct.modifier.is_some();
    let modifier = match (expected, present, open) {
        (true, _, false) => Some("AFTER".to_string()),
        (false, false, false) => Some("ON_OR_BEFORE".to_string()),
        _ => dct.modifier.clone(),
    };
    if !expected && !present && open {
        return DateValue {
            value: "PAST_REF".to_string(),
            precision: Precision::Vague,
            modifier: None,
            interval: None,
        };
    }
    DateValue { modifier, ..dct.clone() }
}

/// Some time before the document: the date of an undated report in an undated document.
pub fn vague_past() -> DateValue {
    DateValue { value: "PAST_REF".to_string(), precision: Precision::Vague, modifier: None, interval: None }
}

/// Whether a date lies wholly after the document date.
pub fn after(date: &DateValue, dct: Option<Day>) -> bool {
    match (date.interval, dct) {
        (Some(interval), Some(day)) => interval.earliest > day,
        _ => date.value == "FUTURE_REF",
    }
}

/// The days a date may fall on, open where a modifier leaves it open.
pub fn bounds(date: &DateValue) -> Option<(Day, Day)> {
    let DayInterval { earliest, latest } = date.interval?;
    let open_start = Day::new(1, 1, 1)?;
    let open_end = Day::new(9999, 12, 31)?;
    Some(match date.modifier.as_deref() {
        Some("BEFORE" | "ON_OR_BEFORE") => (open_start, latest),
        Some("AFTER" | "ON_OR_AFTER") => (earliest, open_end),
        _ => (earliest, latest),
    })
}

/// A finer date sorts first: day before month before year before vague.
pub fn fineness(date: &DateValue) -> (u8, Precision) {
    let open = date.modifier.as_deref().is_some_and(|m| m.contains("BEFORE") || m.contains("AFTER"));
    (u8::from(date.interval.is_none()) * 2 + u8::from(open), date.precision)
}
