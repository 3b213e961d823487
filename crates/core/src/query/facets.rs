//! Facets: the events a filter leaves, how many each facet value would leave, and which filters
//! emptied the list.
//!
//! One pass over the index's events in timeline order. Each event gets a bit per active filter it
//! fails; it is shown when no bit is set. A facet's counts are taken over the events that fail no
//! filter but (at most) that facet's own: the usual facet semantics, where a value's count is what
//! choosing it would leave. An event failing exactly one filter also tells what removing that
//! filter alone would give.

use crate::index::{lower, CorpusIndex, EventIx, EventRow, TextHits, PRECISIONS};
use crate::link::{ActorMatch, FilterKey, LinkNote, ViewFilter};
use crate::model::ActorKind;

const TEXT: u32 = 0;
const KIND: u32 = 1;
const CATEGORY: u32 = 2;
const QUAD: u32 = 3;
const DOC: u32 = 4;
const PUBLISHER: u32 = 5;
const PRECISION: u32 = 6;
const REPORTED: u32 = 7;
const EXPECTED: u32 = 8;
const NEGATED: u32 = 9;
const INHERITED: u32 = 10;
const FROM: u32 = 11;
const TO: u32 = 12;
/// The actor filter as a whole, when any chosen actor will do.
const ACTORS: u32 = 13;
/// The first of one bit per chosen actor, when all are needed.
const FIRST_ACTOR: u32 = 14;
const BITS: usize = FIRST_ACTOR as usize + crate::link::MAX_ACTORS;

/// How many events a flag facet's two values would leave.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FlagCounts {
    /// Events with the flag (`…=yes`).
    pub yes: u32,
    /// Events without it (`…=no`).
    pub no: u32,
}

/// For each facet value, how many events choosing it would leave, with every other filter applied.
///
/// With several actors that must all be present, an actor's count is how many shown events also
/// involve it (what adding it would leave); with any actor, the actor filter is left out of the
/// actor counts, like any other facet's own filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// By actor index (`corpus.actors`).
    pub actors: Vec<u32>,
    /// By position in [`ActorKind::ALL`].
    pub kinds: [u32; ActorKind::ALL.len()],
    /// By position in [`CorpusIndex::roots`].
    pub categories: Vec<u32>,
    /// By position in [`crate::index::QuadClass::ALL`].
    pub quads: [u32; 4],
    /// By document index (`corpus.documents`).
    pub documents: Vec<u32>,
    /// By position in [`CorpusIndex::publishers`].
    pub publishers: Vec<u32>,
    /// By position in [`PRECISIONS`].
    pub precisions: [u32; 9],
    pub reported: FlagCounts,
    pub expected: FlagCounts,
    pub negated: FlagCounts,
    /// Events whose date comes from context (`yes`) or from their own sentence (`no`).
    pub inherited: FlagCounts,
}

/// What a filter leaves: memoise it on (corpus, filter); it holds indices, never events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// The events shown, as indices into `corpus.events`, in timeline order.
    pub events: Vec<EventIx>,
    pub counts: FacetCounts,
    /// For each active filter (as [`ViewFilter::active`] lists them, then [`FilterKey::Actors`]
    /// where several actors are chosen), how many events removing it alone would leave.
    pub without: Vec<(FilterKey, u32)>,
}

impl Facets {
    /// The filters whose removal alone would bring events back: non-empty only when no event is shown
    /// and some single filter is to blame (otherwise only clearing several helps).
    pub fn emptied_by(&self) -> Vec<&FilterKey> {
        if !self.events.is_empty() {
            return Vec::new();
        }
        self.without.iter().filter(|(_, count)| *count > 0).map(|(key, _)| key).collect()
    }

    /// The events `filter` leaves, with facet counts; unknown ids match nothing (run
    /// [`check_filter`] first to drop them with a note).
    pub fn compute(index: &CorpusIndex, filter: &ViewFilter) -> Facets {
        Plan::new(index, filter).run(index)
    }
}

/// A filter resolved against the index: ids turned into positions, text into hits.
struct Plan {
    text: Option<TextHits>,
    /// The chosen actors' ids, and their indices (`None` for an id the corpus lacks).
    actor_ids: Vec<String>,
    actors: Vec<Option<u32>>,
    all_actors: bool,
    kind_bit: Option<u8>,
    /// `Some(None)`: filtered on a value the corpus lacks, so nothing passes.
    root: Option<Option<u32>>,
    quad: Option<u8>,
    doc: Option<Option<u32>>,
    publisher: Option<Option<u32>>,
    precision: Option<u8>,
    flags: [(u32, u8, Option<bool>); 4],
    from: Option<i32>,
    to: Option<i32>,
}

impl Plan {
    fn new(index: &CorpusIndex, filter: &ViewFilter) -> Plan {
        Plan {
            text: filter.text.as_ref().map(|text| index.text_hits(&lower(text))),
            actor_ids: filter.actors().into_iter().map(String::from).collect(),
            actors: filter.actors().into_iter().map(|a| index.actor_ix(a)).collect(),
            all_actors: filter.actor_match == ActorMatch::All,
            kind_bit: filter.kind.map(|kind| 1 << ActorKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)),
            root: filter.category.as_ref().map(|code| index.root_ix(code)),
            quad: filter.quad.map(|quad| quad.number()),
            doc: filter.doc.as_ref().map(|doc| index.document_ix(doc)),
            publisher: filter.publisher.as_ref().map(|publisher| index.publisher_ix(publisher)),
            precision: filter.precision.map(|p| crate::index::precision_ix(p) as u8),
            flags: [
                (REPORTED, EventRow::REPORTED, filter.reported),
                (EXPECTED, EventRow::EXPECTED, filter.expected),
                (NEGATED, EventRow::NEGATED, filter.negated),
                (INHERITED, EventRow::INHERITED, filter.inherited),
            ],
            from: filter.from.map(|day| day.ordinal() as i32),
            to: filter.to.map(|day| day.ordinal() as i32),
        }
    }

    /// The filters the event at `rank` fails, one bit each.
    fn failures(&self, index: &CorpusIndex, rank: usize, row: &EventRow) -> u64 {
        let mut mask = 0u64;
        let mut fail = |bit: u32, failed: bool| {
            if failed {
                mask |= 1 << bit;
            }
        };
        let dated = row.flags & EventRow::DATED != 0;
        if let Some(from) = self.from {
            fail(FROM, !dated || row.last_day < from);
        }
        if let Some(to) = self.to {
            fail(TO, !dated || row.first_day > to);
        }
        if let Some(kind_bit) = self.kind_bit {
            fail(KIND, row.kinds & kind_bit == 0);
        }
        if let Some(root) = self.root {
            fail(CATEGORY, root != Some(row.root));
        }
        if let Some(quad) = self.quad {
            fail(QUAD, row.quad != quad);
        }
        if let Some(precision) = self.precision {
            fail(PRECISION, row.precision != precision);
        }
        for (bit, flag, wanted) in self.flags {
            if let Some(wanted) = wanted {
                fail(bit, (row.flags & flag != 0) != wanted);
            }
        }
        // Whether a sorted list holds a value the corpus has.
        let holds = |list: &[u32], value: Option<u32>| value.is_some_and(|v| list.binary_search(&v).is_ok());
        if let Some(doc) = self.doc {
            fail(DOC, !holds(index.documents_at(rank), doc));
        }
        if let Some(publisher) = self.publisher {
            fail(PUBLISHER, !holds(index.publishers_at(rank), publisher));
        }
        if !self.actors.is_empty() {
            let actors = index.actors_at(rank);
            let has = |actor: &Option<u32>| holds(actors, *actor);
            if self.all_actors {
                for (j, actor) in self.actors.iter().enumerate() {
                    fail(FIRST_ACTOR + j as u32, !has(actor));
                }
            } else {
                fail(ACTORS, !self.actors.iter().any(has));
            }
        }
        if let Some(hits) = &self.text {
            let found = hits.categories[row.category as usize]
                || index.quotes_at(rank).iter().any(|&q| hits.quotes[q as usize])
                || index.actors_at(rank).iter().any(|&a| hits.actors[a as usize]);
            fail(TEXT, !found);
        }
        mask
    }

    fn run(&self, index: &CorpusIndex) -> Facets {
        let mut counts = FacetCounts {
            actors: vec![0; index.actor_count()],
            categories: vec![0; index.roots().len()],
            documents: vec![0; index.document_count()],
            publishers: vec![0; index.publishers().len()],
            ..FacetCounts::default()
        };
        let mut events = Vec::new();
        // Events failing exactly this one filter.
        let mut alone = [0u32; BITS];
        // With all actors needed: events failing only on actors (some of them).
        let mut only_actors = 0u32;
        // With any actor: shown events where this chosen actor is the only one present.
        let mut sole = vec![0u32; self.actors.len()];
        let actor_bits: u64 = ((1u64 << self.actors.len()) - 1) << FIRST_ACTOR;
        // The actor facet leaves out the actor filter only when any actor will do.
        let actor_facet = if self.all_actors { None } else { Some(ACTORS) };

        for (rank, row) in index.rows().iter().enumerate() {
            let mask = self.failures(index, rank, row);
            if mask != 0 && self.all_actors && mask & !actor_bits == 0 {
                only_actors += 1;
            }
            let single = match mask {
                0 => None,
                _ if mask.is_power_of_two() => Some(mask.trailing_zeros()),
                _ => continue,
            };
            let counted = |bit: Option<u32>| mask == 0 || (single.is_some() && single == bit);
            match single {
                None => {
                    events.push(index.timeline()[rank]);
                    if !self.all_actors && self.actors.len() > 1 {
                        let actors = index.actors_at(rank);
                        let mut present = self
                            .actors
                            .iter()
                            .enumerate()
                            .filter(|(_, a)| a.is_some_and(|a| actors.binary_search(&a).is_ok()));
                        if let (Some((j, _)), None) = (present.next(), present.next()) {
                            sole[j] += 1;
                        }
                    }
                }
                Some(bit) => alone[bit as usize] += 1,
            }
            if counted(actor_facet) {
                for &actor in index.actors_at(rank) {
                    counts.actors[actor as usize] += 1;
                }
            }
            if counted(Some(KIND)) {
                for (k, count) in counts.kinds.iter_mut().enumerate() {
                    *count += u32::from(row.kinds >> k & 1);
                }
            }
            if counted(Some(CATEGORY)) {
                counts.categories[row.root as usize] += 1;
            }
            if counted(Some(QUAD)) && row.quad > 0 {
                counts.quads[usize::from(row.quad) - 1] += 1;
            }
            if counted(Some(DOC)) {
                for &doc in index.documents_at(rank) {
                    counts.documents[doc as usize] += 1;
                }
            }
            if counted(Some(PUBLISHER)) {
                for &publisher in index.publishers_at(rank) {
                    counts.publishers[publisher as usize] += 1;
                }
            }
            if counted(Some(PRECISION)) {
                counts.precisions[usize::from(row.precision).min(PRECISIONS.len() - 1)] += 1;
            }
            let flag_counts = [
                (REPORTED, EventRow::REPORTED, &mut counts.reported),
                (EXPECTED, EventRow::EXPECTED, &mut counts.expected),
                (NEGATED, EventRow::NEGATED, &mut counts.negated),
                (INHERITED, EventRow::INHERITED, &mut counts.inherited),
            ];
            for (bit, flag, count) in flag_counts {
                if counted(Some(bit)) {
                    if row.flags & flag != 0 {
                        count.yes += 1;
                    } else {
                        count.no += 1;
                    }
                }
            }
        }

        let shown = events.len() as u32;
        let chosen = self.actors.len();
        let mut without = Vec::new();
        for key in self.active_keys() {
            let count = match &key {
                FilterKey::Actor(id) => {
                    let j = self.actor_ids.iter().position(|a| a == id).unwrap_or(0);
                    match (self.all_actors, chosen) {
                        (true, _) => shown + alone[(FIRST_ACTOR + j as u32) as usize],
                        (false, 1) => shown + alone[ACTORS as usize],
                        (false, _) => shown - sole[j],
                    }
                }
                FilterKey::Actors if self.all_actors => shown + only_actors,
                FilterKey::Actors => shown + alone[ACTORS as usize],
                other => shown + alone[bit_of(other) as usize],
            };
            without.push((key, count));
        }
        Facets { events, counts, without }
    }

    /// The active filters in [`ViewFilter::active`]'s order, then the actors as a group where several are chosen.
    fn active_keys(&self) -> Vec<FilterKey> {
        // Rebuilt from the plan's own fields so that the keys and the bits cannot disagree.
        let mut keys = Vec::new();
        if self.text.is_some() {
            keys.push(FilterKey::Text);
        }
        keys.extend(self.actor_ids.iter().map(|id| FilterKey::Actor(id.clone())));
        let set = [
            (self.kind_bit.is_some(), FilterKey::Kind),
            (self.root.is_some(), FilterKey::Category),
            (self.quad.is_some(), FilterKey::Quad),
            (self.doc.is_some(), FilterKey::Doc),
            (self.publisher.is_some(), FilterKey::Publisher),
            (self.precision.is_some(), FilterKey::Precision),
            (self.flags[0].2.is_some(), FilterKey::Reported),
            (self.flags[1].2.is_some(), FilterKey::Expected),
            (self.flags[2].2.is_some(), FilterKey::Negated),
            (self.flags[3].2.is_some(), FilterKey::Inherited),
            (self.from.is_some(), FilterKey::From),
            (self.to.is_some(), FilterKey::To),
        ];
        keys.extend(set.into_iter().filter(|(active, _)| *active).map(|(_, key)| key));
        if self.actors.len() > 1 {
            keys.push(FilterKey::Actors);
        }
        keys
    }
}

/// The failure bit of a filter other than the actors.
fn bit_of(key: &FilterKey) -> u32 {
    match key {
        FilterKey::Text => TEXT,
        FilterKey::Kind => KIND,
        FilterKey::Category => CATEGORY,
        FilterKey::Quad => QUAD,
        FilterKey::Doc => DOC,
        FilterKey::Publisher => PUBLISHER,
        FilterKey::Precision => PRECISION,
        FilterKey::Reported => REPORTED,
        FilterKey::Expected => EXPECTED,
        FilterKey::Negated => NEGATED,
        FilterKey::Inherited => INHERITED,
        FilterKey::From => FROM,
        FilterKey::To => TO,
        FilterKey::Actor(_) | FilterKey::Actors => ACTORS,
    }
}

/// The filter with every id the corpus lacks dropped, each with a note: a link naming an actor,
/// document, publisher or category this corpus does not have still opens, and says so.
pub fn check_filter(index: &CorpusIndex, filter: &ViewFilter) -> (ViewFilter, Vec<LinkNote>) {
    let mut notes = Vec::new();
    let mut note = |parameter: &str, problem: String| notes.push(LinkNote { parameter: parameter.into(), problem });
    let mut checked = filter.clone();
    let actors: Vec<String> = filter
        .actors()
        .into_iter()
        .filter(|id| {
            let known = index.actor_ix(id).is_some();
            if !known {
                note("actor", format!("no actor `{id}` in this corpus"));
            }
            known
        })
        .map(String::from)
        .collect();
    checked = checked.with_actors(actors);
    if checked.doc.as_ref().is_some_and(|doc| index.document_ix(doc).is_none()) {
        note("doc", format!("no document `{}` in this corpus", checked.doc.take().unwrap_or_default()));
    }
    if checked.publisher.as_ref().is_some_and(|p| index.publisher_ix(p).is_none()) {
        note("publisher", format!("no publisher `{}` in this corpus", checked.publisher.take().unwrap_or_default()));
    }
    if checked.category.as_ref().is_some_and(|c| index.root_ix(c).is_none()) {
        note("category", format!("no events under category `{}`", checked.category.take().unwrap_or_default()));
    }
    (checked, notes)
}
