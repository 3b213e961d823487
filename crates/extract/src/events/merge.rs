//! The same event reported by several sentences or documents becomes one event with all mentions.

use super::dating::{bounds, fineness};
use super::Candidate;
use std::collections::HashMap;
use tightrope_core::{Actor, ActorKind, Day, DayInterval, EventMention, Precision};

/// How many earlier reports sharing a key with a new report it is compared with, the latest
/// first. A corpus where one actor is the source of thousands of reports of one kind compares
/// each new report with the latest of them only, so that merging stays linear in the corpus.
const MAX_COMPARED_PER_KEY: usize = 64;

/// Groups candidates that report the same event: same CAMEO root, compatible dates, the same
/// source side and target side (an actor and the state or group it belongs to count as one side).
///
/// A report is compared only with earlier reports that share a key with it (see [`Key`]): every
/// pair [`compatible`] accepts shares one, so the index loses no merge the full comparison makes.
pub fn group(candidates: Vec<Candidate>, actors: &[Actor]) -> Vec<Vec<Candidate>> {
    let sides = Sides::new(actors);
    let mut order: Vec<Candidate> = candidates;
    // The best-dated report of an event founds its group; vaguer reports join it.
    order.sort_by_key(order_key);
    // Groups by number; a group merged into another is left empty, and `moved[g]` says which
    // group its members went to and at what position they start there.
    let mut groups: Vec<Vec<Candidate>> = Vec::new();
    let mut moved: Vec<Option<(usize, usize)>> = Vec::new();
    let mut postings: HashMap<Key, Vec<Filed>> = HashMap::new();
    for candidate in order {
        let span = bounds(&candidate.date);
        let mut matching: Vec<usize> = Vec::new();
        for key in lookup_keys(&candidate, &sides) {
            let Some(posting) = postings.get(&key) else { continue };
            for filed in posting.iter().rev().take(MAX_COMPARED_PER_KEY) {
                // Two reports whose dates cannot overlap never tell one event: skipped here
                // without reading the report itself.
                if let (Some((a0, a1)), Some((b0, b1))) = (filed.span, span) {
                    if a0 > b1 || b0 > a1 {
                        continue;
                    }
                }
                let (group, member) = live(&mut moved, (filed.group, filed.member));
                // A member filed under several keys may be compared more than once: a cheap repeat.
                if matching.contains(&group) {
                    continue;
                }
                if groups[group].get(member).is_some_and(|m| compatible(m, &candidate, &sides)) {
                    matching.push(group);
                }
            }
        }
        // A report that matches several groups joins them: they told of one event. The smaller
        // groups move into the largest, so that no member is copied more than a few times.
        let target = match matching.iter().copied().max_by_key(|&g| (groups[g].len(), std::cmp::Reverse(g))) {
            None => {
                groups.push(Vec::new());
                moved.push(None);
                groups.len() - 1
            }
            Some(largest) => {
                for &other in matching.iter().filter(|&&g| g != largest) {
                    let members = std::mem::take(&mut groups[other]);
                    moved[other] = Some((largest, groups[largest].len()));
                    groups[largest].extend(members);
                }
                largest
            }
        };
        let member = groups[target].len();
        for key in member_keys(&candidate, &sides) {
            postings.entry(key).or_default().push(Filed { group: target, member, span });
        }
        groups[target].push(candidate);
    }
    groups.retain(|g| !g.is_empty());
    for group in &mut groups {
        group.sort_by_key(order_key);
    }
    groups
}

/// Where a filed member is now, following the merges of its group; the path is shortened on the
/// way, so that later look-ups take one step.
fn live(moved: &mut [Option<(usize, usize)>], (group, member): (usize, usize)) -> (usize, usize) {
    let (mut root, mut shift) = (group, 0);
    while let Some((into, offset)) = moved[root] {
        (root, shift) = (into, shift + offset);
    }
    // Point every group on the path straight at the root, with its total offset there.
    let (mut at, mut left) = (group, shift);
    while let Some((into, offset)) = moved[at] {
        moved[at] = Some((root, left));
        left -= offset;
        at = into;
    }
    (root, member + shift)
}

/// A report filed under a key: its group and place there when filed, and its date's bounds.
#[derive(Debug, Clone, Copy)]
struct Filed {
    group: usize,
    member: usize,
    span: Option<(Day, Day)>,
}

/// What two reports that may tell one event have in common: always the CAMEO root and negation,
/// then one of a source side, a participant, a sentence neighbourhood or a dated dyad.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    root: String,
    negated: bool,
    link: Link,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Link {
    /// The report's source.
    Source(usize),
    /// An actor the report's source belongs to (its state, its group …).
    Above(usize),
    /// A participant named in the report's clause.
    Participant(usize),
    /// The report's document, sentence and exact code, for reports one of which names no source.
    Near(usize, usize, String),
    /// A dated report by a person of no known allegiance, or by a state, by code and targets.
    Dyad(bool, String, Vec<usize>),
}

/// The keys a report is filed under once it is in a group.
fn member_keys(c: &Candidate, sides: &Sides) -> Vec<Key> {
    let mut links = Vec::new();
    if let Some(source) = c.source {
        links.push(Link::Source(source));
        links.extend(sides.above(source).map(Link::Above));
        if let Some(person) = sides.dyad_side(c) {
            links.push(Link::Dyad(person, c.code.clone(), c.targets.clone()));
        }
    }
    links.extend(c.participants.iter().map(|&p| Link::Participant(p)));
    links.push(Link::Near(c.doc_index, c.sentence, c.code.clone()));
    keyed(c, links)
}

/// The keys under which the reports a new report may join are filed.
fn lookup_keys(c: &Candidate, sides: &Sides) -> Vec<Key> {
    let mut links = Vec::new();
    if let Some(source) = c.source {
        // The same source, a source it belongs to, or a source that belongs to it.
        links.push(Link::Source(source));
        links.extend(sides.above(source).map(Link::Source));
        links.push(Link::Above(source));
        // A report naming this source as a participant, or one whose source is a participant here.
        links.push(Link::Participant(source));
        if let Some(person) = sides.dyad_side(c) {
            links.push(Link::Dyad(!person, c.code.clone(), c.targets.clone()));
        }
    }
    links.extend(c.participants.iter().map(|&p| Link::Source(p)));
    // A nearby report of the same act, one of the two naming no source.
    for sentence in c.sentence.saturating_sub(3)..=c.sentence + 3 {
        links.push(Link::Near(c.doc_index, sentence, c.code.clone()));
    }
    keyed(c, links)
}

fn keyed(c: &Candidate, links: Vec<Link>) -> Vec<Key> {
    let root = root(&c.code).to_string();
    links.into_iter().map(|link| Key { root: root.clone(), negated: c.flags.negated, link }).collect()
}

/// The actors with their affiliations as indices, looked up once.
struct Sides<'a> {
    actors: &'a [Actor],
    parent: Vec<Option<usize>>,
}

impl<'a> Sides<'a> {
    fn new(actors: &'a [Actor]) -> Self {
        let by_id: HashMap<&str, usize> = actors.iter().enumerate().map(|(i, a)| (a.actor_id.as_str(), i)).collect();
        let parent = actors.iter().map(|a| a.affiliation.as_deref().and_then(|up| by_id.get(up).copied())).collect();
        Sides { actors, parent }
    }

    /// The actors `member` belongs to through its chain of affiliations (Larijani → the
    /// Supreme National Security Council → Iran), at most four steps up.
    fn above(&self, member: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.parent[member], |&up| self.parent[up]).take(4)
    }

    /// For a report [`unaffiliated_for_state`] may pair: true for a person of no known allegiance,
    /// false for a state; `None` for any other report.
    fn dyad_side(&self, c: &Candidate) -> Option<bool> {
        let actor = &self.actors[c.source?];
        let dated = !c.inherited && c.date.precision <= Precision::Month && !c.targets.is_empty();
        match actor.kind {
            ActorKind::Person if dated && actor.affiliation.is_none() => Some(true),
            ActorKind::State if dated => Some(false),
            _ => None,
        }
    }
}

/// Own dates before inherited ones, finer before coarser, then text order.
fn order_key(c: &Candidate) -> impl Ord {
    (c.inherited, fineness(&c.date), c.doc_index, c.sentence)
}

fn compatible(a: &Candidate, b: &Candidate, sides: &Sides) -> bool {
    let actors = sides.actors;
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
            sides.same(x, y)
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
        || a.targets.iter().any(|&x| b.targets.iter().any(|&y| sides.same(x, y)));
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

impl Sides<'_> {
    /// An actor and the state or group it belongs to are one side (Larijani and Iran); two members
    /// of one state are not (the State Department and the Treasury act apart).
    fn same(&self, x: usize, y: usize) -> bool {
        x == y || self.above(x).any(|up| up == y) || self.above(y).any(|up| up == x)
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tightrope_core::{DateValue, EventFlags, EventMention};

    /// Five actors: a state, a body of it, a person of that body, another state, an unaffiliated person.
    fn actors() -> Vec<Actor> {
        let actor = |id: &str, kind: ActorKind, affiliation: Option<&str>| Actor {
            actor_id: id.into(),
            name: id.into(),
            kind,
            kind_confidence: 1.0,
            aliases: vec![],
            roles: vec![],
            affiliation: affiliation.map(Into::into),
            mentions: vec![],
        };
        vec![
            actor("iran", ActorKind::State, None),
            actor("council", ActorKind::GovernmentBody, Some("iran")),
            actor("larijani", ActorKind::Person, Some("council")),
            actor("iraq", ActorKind::State, None),
            actor("savaya", ActorKind::Person, None),
        ]
    }

    type Raw = (usize, usize, u8, Option<usize>, Vec<usize>, Vec<usize>, u8, bool, bool);

    fn candidate(id: usize, raw: &Raw) -> Candidate {
        let (doc, sentence, code, source, targets, participants, date, inherited, from_dct) = raw.clone();
        let value = ["2020-07-21", "2020-07", "2020", "2021-01-02", "PAST_REF", "XXXX-07-21"][usize::from(date) % 6];
        let date = DateValue::parse_calendar(value).unwrap_or(DateValue {
            value: value.into(),
            precision: Precision::Day,
            modifier: None,
            interval: None,
        });
        Candidate {
            doc_index: doc,
            sentence,
            code: ["010", "036", "042", "043", "163", "190"][usize::from(code) % 6].into(),
            source,
            targets,
            participants,
            dct_anchor: from_dct.then(|| DateValue::parse_calendar("2020-08").expect("a month")),
            date,
            inherited,
            flags: EventFlags::default(),
            mention: EventMention { doc_id: "d".into(), sentence, start: id, end: id + 1, attribution: None },
        }
    }

    /// The grouping the index replaces: every report compared with every earlier group.
    fn by_full_comparison(candidates: Vec<Candidate>, actors: &[Actor]) -> Vec<Vec<Candidate>> {
        let sides = Sides::new(actors);
        let mut order = candidates;
        order.sort_by_key(order_key);
        let mut groups: Vec<Vec<Candidate>> = Vec::new();
        for candidate in order {
            let matching: Vec<usize> = (0..groups.len())
                .filter(|&g| groups[g].iter().any(|member| compatible(member, &candidate, &sides)))
                .collect();
            match matching.split_first() {
                None => groups.push(vec![candidate]),
                Some((&first, others)) => {
                    for &other in others.iter().rev() {
                        let moved = groups.remove(other);
                        groups[first].extend(moved);
                    }
                    groups[first].push(candidate);
                }
            }
        }
        groups
    }

    fn partition(groups: &[Vec<Candidate>]) -> Vec<Vec<usize>> {
        let mut ids: Vec<Vec<usize>> = groups
            .iter()
            .map(|g| {
                let mut ids: Vec<usize> = g.iter().map(|c| c.mention.start).collect();
                ids.sort_unstable();
                ids
            })
            .collect();
        ids.sort();
        ids
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// The keyed index merges exactly what comparing every pair merges.
        #[test]
        fn the_index_loses_no_merge(raws in prop::collection::vec((
            0..2usize, 0..8usize, 0..6u8, prop::option::of(0..5usize),
            prop::collection::vec(0..5usize, 0..2), prop::collection::vec(0..5usize, 0..2),
            0..6u8, any::<bool>(), any::<bool>(),
        ), 0..40)) {
            let actors = actors();
            let candidates: Vec<Candidate> = raws.iter().enumerate().map(|(i, raw)| candidate(i, raw)).collect();
            let indexed = partition(&group(candidates.clone(), &actors));
            let full = partition(&by_full_comparison(candidates, &actors));
            prop_assert_eq!(indexed, full);
        }
    }
}
