//! A corpus index built once per loaded corpus: events in timeline order, look-ups by id,
//! posting lists and lowered search text, all plain indices kept beside the corpus.
//!
//! The index holds no reference to the [`Corpus`]: a viewer keeps both (say in one context value
//! with an `Rc<Corpus>` and an `Rc<CorpusIndex>`) and reads the corpus at the indices queries return.
//! Every index is a position in the corpus's own vectors: an [`EventIx`] in `corpus.events`, an
//! [`ActorIx`] in `corpus.actors`, a [`DocIx`] in `corpus.documents`.

mod lists;
mod search;
mod vocab;

pub(crate) use lists::Lists;
pub(crate) use search::{lower, TextHits};
pub use vocab::{
    cameo_root_name, category_root, precision_from_label, precision_ix, CategoryRoot, QuadClass, PRECISIONS,
};

use crate::model::{ActorKind, Corpus, Event};
use search::SearchText;
use std::collections::HashMap;

/// A position in `corpus.events`.
pub type EventIx = u32;
/// A position in `corpus.actors`.
pub type ActorIx = u32;
/// A position in `corpus.documents`.
pub type DocIx = u32;
/// A position in [`CorpusIndex::roots`].
pub type RootIx = u32;
/// A position in [`CorpusIndex::publishers`].
pub type PublisherIx = u32;

/// What the facet engine reads of one event, kept in timeline order for one cache-friendly pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EventRow {
    /// Day ordinals ([`crate::Day::ordinal`]) of the earliest and latest day; meaningful when `DATED` is set.
    pub first_day: i32,
    pub last_day: i32,
    /// A position in the search text's categories (distinct code and name).
    pub category: u32,
    pub root: RootIx,
    /// One bit per position in [`ActorKind::ALL`] for the kinds of the event's actors.
    pub kinds: u8,
    /// 0 for none, else the QuadClass number 1–4.
    pub quad: u8,
    /// A position in [`PRECISIONS`].
    pub precision: u8,
    pub flags: u8,
}

impl EventRow {
    pub const REPORTED: u8 = 1;
    pub const EXPECTED: u8 = 2;
    pub const NEGATED: u8 = 4;
    pub const INHERITED: u8 = 8;
    pub const DATED: u8 = 16;
}

/// Everything the viewer looks up per render, computed once from a corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusIndex {
    timeline: Vec<EventIx>,
    rank_of: Vec<u32>,
    /// Per rank (position in `timeline`).
    rows: Vec<EventRow>,
    event_actors: Lists,
    event_documents: Lists,
    event_publishers: Lists,
    event_quotes: Lists,
    actor_ids: HashMap<String, ActorIx>,
    document_ids: HashMap<String, DocIx>,
    event_ids: HashMap<String, EventIx>,
    actor_kinds: Vec<ActorKind>,
    roots: Vec<CategoryRoot>,
    root_ids: HashMap<String, RootIx>,
    publishers: Vec<String>,
    publisher_ids: HashMap<String, PublisherIx>,
    /// Posting lists: event indices in timeline order.
    actor_postings: Lists,
    root_postings: Lists,
    quad_postings: Lists,
    document_postings: Lists,
    publisher_postings: Lists,
    search: SearchText,
}

/// The timeline's order of events: earliest possible day, then latest, then the finer precision
/// first; events with no calendar position last; ties keep corpus order. The same order as
/// [`crate::query::timeline`] gives events.
fn timeline_order(events: &[Event]) -> Vec<EventIx> {
    let mut order: Vec<EventIx> = (0..events.len() as u32).collect();
    order.sort_by_key(|&ix| {
        let date = &events[ix as usize].date.date;
        let position = date.interval.map(|i| (i.earliest, i.latest));
        (position.is_none(), position, date.precision)
    });
    order
}

/// Ids to positions; where an id repeats, the first holds it (as the corpus's linear look-ups do).
fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, u32> {
    let mut map = HashMap::new();
    for (ix, id) in ids.enumerate() {
        map.entry(id.to_string()).or_insert(ix as u32);
    }
    map
}

/// Sorted, deduplicated values.
fn distinct(mut values: Vec<u32>) -> Vec<u32> {
    values.sort_unstable();
    values.dedup();
    values
}

impl CorpusIndex {
    pub fn new(corpus: &Corpus) -> CorpusIndex {
        let timeline = timeline_order(&corpus.events);
        let mut rank_of = vec![0; timeline.len()];
        for (rank, &ix) in timeline.iter().enumerate() {
            rank_of[ix as usize] = rank as u32;
        }
        let actor_ids = positions(corpus.actors.iter().map(|a| a.actor_id.as_str()));
        let document_ids = positions(corpus.documents.iter().map(|d| d.doc_id.as_str()));
        let event_ids = positions(corpus.events.iter().map(|e| e.event_id.as_str()));

        let mut publishers: Vec<String> = corpus.documents.iter().filter_map(|d| d.publisher.clone()).collect();
        publishers.sort();
        publishers.dedup();
        let publisher_ids = positions(publishers.iter().map(String::as_str));
        let document_publisher: Vec<Option<PublisherIx>> =
            corpus.documents.iter().map(|d| d.publisher.as_ref().map(|p| publisher_ids[p])).collect();

        let mut roots: Vec<CategoryRoot> = Vec::new();
        for event in &corpus.events {
            let code = category_root(&event.category.code);
            if !roots.iter().any(|r| r.code == code) {
                let name = cameo_root_name(code).map_or_else(|| event.category.name.clone(), str::to_string);
                roots.push(CategoryRoot { code: code.to_string(), name });
            }
        }
        roots.sort_by(|a, b| a.code.cmp(&b.code));
        let root_ids = positions(roots.iter().map(|r| r.code.as_str()));

        let mut search = SearchText::default();
        for actor in &corpus.actors {
            let aliases = actor.aliases.iter().map(|a| a.text.as_str()).filter(|a| *a != actor.name);
            search.push_actor(std::iter::once(actor.name.as_str()).chain(aliases));
        }
        let mut categories: HashMap<(&str, &str), u32> = HashMap::new();
        let mut quotes: HashMap<(DocIx, usize, usize), u32> = HashMap::new();

        let mut rows = Vec::with_capacity(timeline.len());
        let mut event_actors = Lists::default();
        let mut event_documents = Lists::default();
        let mut event_publishers = Lists::default();
        let mut event_quotes = Lists::default();
        for &ix in &timeline {
            let event = &corpus.events[ix as usize];
            let actors = distinct(event.actors.iter().filter_map(|a| actor_ids.get(a).copied()).collect());
            let documents =
                distinct(event.mentions.iter().filter_map(|m| document_ids.get(&m.doc_id).copied()).collect());
            let event_pubs = distinct(documents.iter().filter_map(|&d| document_publisher[d as usize]).collect());
            let mut event_quote_ixs = Vec::with_capacity(event.mentions.len());
            for mention in &event.mentions {
                let Some(&doc) = document_ids.get(&mention.doc_id) else { continue };
                let next = quotes.len() as u32;
                let quote = *quotes.entry((doc, mention.start, mention.end)).or_insert_with(|| {
                    search.push_quote(corpus.documents[doc as usize].slice(mention.start, mention.end));
                    next
                });
                event_quote_ixs.push(quote);
            }
            let next = categories.len() as u32;
            let category = *categories.entry((&event.category.code, &event.category.name)).or_insert_with(|| {
                search.push_category(&event.category.name);
                next
            });
            let kinds = actors.iter().fold(0u8, |bits, &a| {
                let kind = corpus.actors[a as usize].kind;
                bits | 1 << ActorKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
            });
            let date = &event.date;
            let flags = [
                (event.flags.reported, EventRow::REPORTED),
                (event.flags.expected, EventRow::EXPECTED),
                (event.flags.negated, EventRow::NEGATED),
                (date.inherited, EventRow::INHERITED),
                (date.date.interval.is_some(), EventRow::DATED),
            ]
            .iter()
            .fold(0, |bits, &(set, bit)| if set { bits | bit } else { bits });
            let (first_day, last_day) =
                date.date.interval.map_or((0, 0), |i| (i.earliest.ordinal() as i32, i.latest.ordinal() as i32));
            rows.push(EventRow {
                first_day,
                last_day,
                category,
                root: root_ids[category_root(&event.category.code)],
                kinds,
                quad: QuadClass::of(event).map_or(0, QuadClass::number),
                precision: precision_ix(date.date.precision) as u8,
                flags,
            });
            event_actors.push_row(actors);
            event_documents.push_row(documents);
            event_publishers.push_row(event_pubs);
            event_quotes.push_row(distinct(event_quote_ixs));
        }

        let postings = |count: usize, values: &dyn Fn(usize) -> Vec<u32>| {
            let mut lists = vec![Vec::new(); count];
            for (rank, &ix) in timeline.iter().enumerate() {
                for value in values(rank) {
                    lists[value as usize].push(ix);
                }
            }
            Lists::from_rows(lists)
        };
        let actor_postings = postings(corpus.actors.len(), &|rank| event_actors.row(rank).to_vec());
        let root_postings = postings(roots.len(), &|rank| vec![rows[rank].root]);
        let quad_postings = postings(QuadClass::ALL.len(), &|rank| match rows[rank].quad {
            0 => vec![],
            quad => vec![u32::from(quad) - 1],
        });
        let document_postings = postings(corpus.documents.len(), &|rank| event_documents.row(rank).to_vec());
        let publisher_postings = postings(publishers.len(), &|rank| event_publishers.row(rank).to_vec());

        CorpusIndex {
            timeline,
            rank_of,
            rows,
            event_actors,
            event_documents,
            event_publishers,
            event_quotes,
            actor_ids,
            document_ids,
            event_ids,
            actor_kinds: corpus.actors.iter().map(|a| a.kind).collect(),
            roots,
            root_ids,
            publishers,
            publisher_ids,
            actor_postings,
            root_postings,
            quad_postings,
            document_postings,
            publisher_postings,
            search,
        }
    }

    /// How many events the corpus has.
    pub fn event_count(&self) -> usize {
        self.timeline.len()
    }

    /// Every event, in timeline order.
    pub fn timeline(&self) -> &[EventIx] {
        &self.timeline
    }

    /// An event's position in [`CorpusIndex::timeline`].
    pub fn rank(&self, event: EventIx) -> Option<usize> {
        self.rank_of.get(event as usize).map(|&rank| rank as usize)
    }

    pub fn actor_ix(&self, actor_id: &str) -> Option<ActorIx> {
        self.actor_ids.get(actor_id).copied()
    }

    pub fn document_ix(&self, doc_id: &str) -> Option<DocIx> {
        self.document_ids.get(doc_id).copied()
    }

    pub fn event_ix(&self, event_id: &str) -> Option<EventIx> {
        self.event_ids.get(event_id).copied()
    }

    pub fn actor_kind(&self, actor: ActorIx) -> Option<ActorKind> {
        self.actor_kinds.get(actor as usize).copied()
    }

    /// The category roots events fall under, by code: CAMEO roots "01" … "20", then our own categories.
    pub fn roots(&self) -> &[CategoryRoot] {
        &self.roots
    }

    pub fn root_ix(&self, code: &str) -> Option<RootIx> {
        self.root_ids.get(code).copied()
    }

    /// The documents' distinct publishers, sorted.
    pub fn publishers(&self) -> &[String] {
        &self.publishers
    }

    pub fn publisher_ix(&self, publisher: &str) -> Option<PublisherIx> {
        self.publisher_ids.get(publisher).copied()
    }

    /// Events involving an actor, in timeline order.
    pub fn actor_events(&self, actor: ActorIx) -> &[EventIx] {
        self.actor_postings.row(actor as usize)
    }

    /// Events under a category root, in timeline order.
    pub fn root_events(&self, root: RootIx) -> &[EventIx] {
        self.root_postings.row(root as usize)
    }

    /// Events of a QuadClass, in timeline order.
    pub fn quad_events(&self, quad: QuadClass) -> &[EventIx] {
        self.quad_postings.row(usize::from(quad.number()) - 1)
    }

    /// Events a document reports, in timeline order.
    pub fn document_events(&self, doc: DocIx) -> &[EventIx] {
        self.document_postings.row(doc as usize)
    }

    /// Events reported by a publisher's documents, in timeline order.
    pub fn publisher_events(&self, publisher: PublisherIx) -> &[EventIx] {
        self.publisher_postings.row(publisher as usize)
    }

    /// The event's earliest and latest possible day as day ordinals ([`crate::Day::ordinal`]);
    /// `None` for a date with no calendar position.
    pub fn event_days(&self, event: EventIx) -> Option<(i64, i64)> {
        let row = self.rows.get(*self.rank_of.get(event as usize)? as usize)?;
        (row.flags & EventRow::DATED != 0).then_some((i64::from(row.first_day), i64::from(row.last_day)))
    }

    pub fn quad_of(&self, event: EventIx) -> Option<QuadClass> {
        let row = self.rows.get(*self.rank_of.get(event as usize)? as usize)?;
        QuadClass::from_number(row.quad)
    }

    /// The first and last day any event may fall on, as day ordinals; `None` when no event is dated.
    pub fn day_span(&self) -> Option<(i64, i64)> {
        let dated = self.rows.iter().filter(|r| r.flags & EventRow::DATED != 0);
        let first = dated.clone().map(|r| r.first_day).min()?;
        let last = dated.map(|r| r.last_day).max()?;
        Some((i64::from(first), i64::from(last)))
    }

    pub(crate) fn rows(&self) -> &[EventRow] {
        &self.rows
    }

    pub(crate) fn actor_count(&self) -> usize {
        self.actor_kinds.len()
    }

    pub(crate) fn document_count(&self) -> usize {
        self.document_postings.len()
    }

    /// The actors of the event at a rank, sorted.
    pub(crate) fn actors_at(&self, rank: usize) -> &[ActorIx] {
        self.event_actors.row(rank)
    }

    pub(crate) fn documents_at(&self, rank: usize) -> &[DocIx] {
        self.event_documents.row(rank)
    }

    pub(crate) fn publishers_at(&self, rank: usize) -> &[PublisherIx] {
        self.event_publishers.row(rank)
    }

    pub(crate) fn quotes_at(&self, rank: usize) -> &[u32] {
        self.event_quotes.row(rank)
    }

    /// The pieces of search text containing `needle`, already lowered with [`lower`].
    pub(crate) fn text_hits(&self, needle: &str) -> TextHits {
        self.search.hits(needle)
    }
}
