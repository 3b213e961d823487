//! The same event reported by several sentences or documents becomes one event with all mentions.

use super::dating::{bounds, fineness};
use super::Candidate;
use tightrope_core::{Actor, ActorKind, Day, DayInterval, EventMention, Precision};

/// Groups candidates that report the same event: same CAMEO root, compatible dates, the same
/// source side and target side (an actor and the state or group it belongs to count as one side).
pub fn group(candidates: Vec<Candidate>, actors: &[Actor]) -> Vec<Vec<Candidate>> {
    let mut order: Vec<Candidate> = candidates;
    // The best-dated report of an event founds its group; vaguer reports join it.
    order.sort_by_key(order_key);
    let mut groups: Vec<Vec<Candidate>> = Vec::new();
    for candidate in order {
        let matching: Vec<usize> = (0..groups.len())
            .filter(|&g| groups[g].iter().any(|member| compatible(member, &candidate, actors)))
            .collect();
        match matching.split_first() {
            None => groups.push(vec![candidate]),
            // A report that matches several groups joins them: they told of one event.
            Some((&first, others)) => {
                for &other in others.iter().rev() {
                    let moved = groups.remove(other);
                    groups[first].extend(moved);
                }
                groups[first].push(candidate);
            }
        }
    }
    for group in &mut groups {
        group.sort_by_key(order_key);
    }
    groups
}

/// Own dates before inherited ones, finer before coarser, then text order.
fn order_key(c: &Candidate) -> impl Ord {
    (c.inherited, fineness(&c.date), c.doc_index, c.sentence)
}

fn compatible(a: &Candidate, b: &Candidate, actors: &[Actor]) -> bool {
    if root(&a.code) != root(&b.code) || a.flags.negated != b.flags.negated {
        return false;
    }
    if a.doc_index == b.doc_index && a.sentence == b.sentence && a.date == b.date {
        // Two events of one sentence are distinct on purpose (one per actor, one per date).
        return false;
    }
    // "The agreement was formalized … with the presence of … Ali Larijani" and "Larijani signed
    // a security agreement": a participant of one report may be the source of the other.
    let sources = match (a.source, b.source) {
        (Some(x), Some(y)) => {
            same_side(x, y, actors)
                || a.participants.contains(&y)
                || b.participants.contains(&x)
                || unaffiliated_for_state(a, b, actors)
        }
        // "The June 25 raid on Kataib Hezbollah …" then "Counter Terrorism Forces stormed the
        // facility": a nearby report of the same act in the same document names who did it.
        (Some(_), None) | (None, Some(_)) => {
            a.doc_index == b.doc_index
                && a.sentence.abs_diff(b.sentence) <= 3
                && a.code == b.code
                && a.date.interval.is_some()
                && b.date.interval.is_some()
                && a.dct_anchor.is_none()
                && b.dct_anchor.is_none()
        }
        (None, None) => false,
    };
    let targets = a.targets.is_empty()
        || b.targets.is_empty()
        || a.targets.iter().any(|&x| b.targets.iter().any(|&y| same_side(x, y, actors)));
    let overlap = match (bounds(&a.date), bounds(&b.date)) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
        (None, Some((b0, b1))) => month_fits(&a.date.value, b0, b1),
        (Some((a0, a1)), None) => month_fits(&b.date.value, a0, a1),
        (None, None) => a.date.value == b.date.value || vague(&a.date.value) || vague(&b.date.value),
    };
    // A statement is too common an act to be matched by kind and speaker alone; an undated
    // report joins a dated one only when it names the same specific act and the same targets.
    let loose_date = |c: &Candidate| c.dct_anchor.is_some() || c.date.interval.is_none() && c.inherited;
    let strict = root(&a.code) == "01" || loose_date(a) || loose_date(b);
    let specific = a.code == b.code && !(loose_date(a) && loose_date(b));
    let anchored = near_document_date(a, b) && near_document_date(b, a);
    sources && targets && overlap && anchored && (!strict || (specific && root(&a.code) != "01"))
}

/// A value with no calendar position at all (PAST_REF, PRESENT_REF).
fn vague(value: &str) -> bool {
    !value.starts_with(|c: char| c.is_ascii_digit() || c == 'X')
}

/// Whether a value without a year ("XXXX-08-11") can fall between two days; vague values can.
fn month_fits(value: &str, earliest: Day, latest: Day) -> bool {
    let Some(rest) = value.strip_prefix("XXXX-") else {
        return vague(value);
    };
    let Some(month) = rest.get(..2).and_then(|m| m.parse::<u32>().ok()) else {
        return true;
    };
    (earliest.year()..=latest.year().min(earliest.year() + 10))
        .any(|year| DayInterval::month(year, month).is_some_and(|m| m.earliest <= latest && earliest <= m.latest))
}

/// A report dated only by its document's date may join an event of the three months before that
/// date, and only when the document date is known to the month: "on or before 2025" could be
/// any event of the year.
fn near_document_date(a: &Candidate, b: &Candidate) -> bool {
    let Some(dct) = &a.dct_anchor else {
        return true;
    };
    let (Some(interval), Some(other)) = (dct.interval, b.date.interval) else {
        return false;
    };
    if dct.precision > Precision::Month {
        return false;
    }
    let open_end = dct.modifier.as_deref().is_some_and(|m| m.contains("AFTER"));
    let earliest = interval.earliest.add_days(-92).unwrap_or(interval.earliest);
    other.latest >= earliest && (open_end || other.earliest <= interval.latest)
}

/// "The Trump administration revoked the waiver" and "Washington terminated the waiver": a person
/// whose allegiance the actors stage could not tell may act for a state, when both reports date
/// the very same act against the very same targets from their own text.
fn unaffiliated_for_state(a: &Candidate, b: &Candidate, actors: &[Actor]) -> bool {
    let (Some(x), Some(y)) = (a.source, b.source) else {
        return false;
    };
    let pair =
        |p: &Actor, q: &Actor| p.kind == ActorKind::Person && p.affiliation.is_none() && q.kind == ActorKind::State;
    let dated = |c: &Candidate| !c.inherited && c.date.precision <= Precision::Month;
    (pair(&actors[x], &actors[y]) || pair(&actors[y], &actors[x]))
        && a.code == b.code
        && !a.targets.is_empty()
        && a.targets == b.targets
        && dated(a)
        && dated(b)
}

/// An actor and the state or group it belongs to are one side (Larijani and Iran); two members
/// of one state are not (the State Department and the Treasury act apart).
fn same_side(x: usize, y: usize, actors: &[Actor]) -> bool {
    x == y || belongs(x, y, actors) || belongs(y, x, actors)
}

/// Whether `member` belongs to `whole` through its chain of affiliations (Larijani → the
/// Supreme National Security Council → Iran), at most four steps up.
fn belongs(member: usize, whole: usize, actors: &[Actor]) -> bool {
    let target = actors[whole].actor_id.as_str();
    let mut current = &actors[member];
    for _ in 0..4 {
        let Some(up) = current.affiliation.as_deref() else {
            return false;
        };
        if up == target {
            return true;
        }
        match actors.iter().find(|a| a.actor_id == up) {
            Some(next) => current = next,
            None => return false,
        }
    }
    false
}

/// The CAMEO root of a code ("163" → "16"); our own categories are their own root.
pub fn root(code: &str) -> &str {
    if code.len() >= 2 && code.bytes().all(|b| b.is_ascii_digit()) {
        &code[..2]
    } else {
        code
    }
}

/// The group's mentions, in document order, one per sentence.
pub fn mentions(group: &[Candidate]) -> Vec<EventMention> {
    let mut sorted: Vec<&Candidate> = group.iter().collect();
    sorted.sort_by_key(|c| (c.doc_index, c.sentence));
    sorted.dedup_by_key(|c| (c.doc_index, c.sentence));
    sorted.iter().map(|c| c.mention.clone()).collect()
}

/// A stable id: FNV-1a of the date value, category, source and first mention.
pub fn event_id(date: &str, code: &str, source: &str, doc_id: &str, sentence: usize) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in format!("{date}|{code}|{source}|{doc_id}|{sentence}").bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("ev-{:012x}", hash >> 16)
}
