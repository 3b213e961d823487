//! The view state carried in a URL's query string, and its codec: the filter ([`ViewFilter`]) and
//! the whole timeline view around it ([`ViewState`]: zoom window and selected event).
//!
//! Decoding never fails: a parameter it cannot read is dropped and reported as a [`LinkNote`],
//! so a bad link still opens a sensible view and tells the reader what was ignored.

mod codec;
mod view;

pub use codec::{percent_decode, percent_encode, MAX_ACTORS};
pub use view::{check_view, HistoryMode, ViewAction, ViewState, ZoomWindow};

use crate::index::QuadClass;
use crate::model::{ActorKind, Day, Precision};
use std::fmt;

/// Filters of the timeline and lists; each field is one query parameter (actors repeat theirs).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ViewFilter {
    /// Free text search (`q`).
    pub text: Option<String>,
    /// The first actor chosen (`actor`). Links from before several actors could be chosen carry
    /// just this one, and read the same.
    pub actor: Option<String>,
    /// Further actors (`actor` again, in the order chosen): empty unless `actor` is set, and never
    /// repeating an actor. [`ViewFilter::actors`] gives all of them; [`ViewFilter::with_actors`] sets them.
    pub more_actors: Vec<String>,
    /// Whether events need any or all of the chosen actors (`match=all`; any is the default).
    pub actor_match: ActorMatch,
    /// Only events involving an actor of this kind (`kind`).
    pub kind: Option<ActorKind>,
    /// Only events under this category root: a CAMEO root ("19") or one of our own codes ("ELECT")
    /// (`category`).
    pub category: Option<String>,
    /// Only events of this QuadClass (`quad`).
    pub quad: Option<QuadClass>,
    /// Only items from this document (`doc`).
    pub doc: Option<String>,
    /// Only events reported by this publisher's documents (`publisher`).
    pub publisher: Option<String>,
    /// Only events dated to this precision (`precision`).
    pub precision: Option<Precision>,
    /// Only reported speech (`reported=yes`) or none of it (`reported=no`).
    pub reported: Option<bool>,
    /// Only planned or expected events (`expected=yes`), or none of them (`expected=no`).
    pub expected: Option<bool>,
    /// Only negated events (`negated=yes`), or none of them (`negated=no`).
    pub negated: Option<bool>,
    /// Only events whose date comes from context (`inherited=yes`), or none of them (`inherited=no`).
    pub inherited: Option<bool>,
    /// Only items that may fall on or after this day (`from`).
    pub from: Option<Day>,
    /// Only items that may fall on or before this day (`to`).
    pub to: Option<Day>,
}

/// How several chosen actors combine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum ActorMatch {
    /// Events involving at least one of them.
    #[default]
    Any,
    /// Events involving every one of them.
    All,
}

/// One active filter of a [`ViewFilter`]: what a chip shows and what removing the chip drops.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FilterKey {
    Text,
    /// One chosen actor.
    Actor(String),
    /// Every chosen actor at once.
    Actors,
    Kind,
    Category,
    Quad,
    Doc,
    Publisher,
    Precision,
    Reported,
    Expected,
    Negated,
    Inherited,
    From,
    To,
}

/// A parameter the decoder dropped, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkNote {
    pub parameter: String,
    pub problem: String,
}

impl fmt::Display for LinkNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ignored `{}`: {}", self.parameter, self.problem)
    }
}

/// One edit a reader makes to the filters; [`ViewFilter::edit`] applies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterEdit {
    /// Blank text clears the search.
    Text(String),
    /// Exactly this one actor, or none.
    Actor(Option<String>),
    /// One more actor (nothing if already chosen, or if [`MAX_ACTORS`] are).
    AddActor(String),
    RemoveActor(String),
    ActorMatch(ActorMatch),
    Kind(Option<ActorKind>),
    Category(Option<String>),
    Quad(Option<QuadClass>),
    Doc(Option<String>),
    Publisher(Option<String>),
    Precision(Option<Precision>),
    Reported(Option<bool>),
    Expected(Option<bool>),
    Negated(Option<bool>),
    Inherited(Option<bool>),
    From(Option<Day>),
    To(Option<Day>),
    /// Drop one active filter (a chip's close button, or "drop the filter that emptied the list").
    Remove(FilterKey),
    ClearAll,
}

impl ViewFilter {
    /// The filter after one edit (a pure reducer: the viewer only dispatches).
    pub fn edit(&self, edit: FilterEdit) -> ViewFilter {
        let mut next = self.clone();
        match edit {
            FilterEdit::Text(text) => {
                let text = text.trim();
                next.text = (!text.is_empty()).then(|| text.to_string());
            }
            FilterEdit::Actor(actor) => next = next.with_actors(actor),
            FilterEdit::AddActor(actor) => {
                let mut actors = self.actors_owned();
                if actors.len() < MAX_ACTORS {
                    actors.push(actor);
                }
                next = next.with_actors(actors);
            }
            FilterEdit::RemoveActor(actor) => {
                next = next.with_actors(self.actors().into_iter().filter(|a| *a != actor).map(String::from))
            }
            FilterEdit::ActorMatch(actor_match) => next.actor_match = actor_match,
            FilterEdit::Kind(kind) => next.kind = kind,
            FilterEdit::Category(category) => next.category = category,
            FilterEdit::Quad(quad) => next.quad = quad,
            FilterEdit::Doc(doc) => next.doc = doc,
            FilterEdit::Publisher(publisher) => next.publisher = publisher,
            FilterEdit::Precision(precision) => next.precision = precision,
            FilterEdit::Reported(reported) => next.reported = reported,
            FilterEdit::Expected(expected) => next.expected = expected,
            FilterEdit::Negated(negated) => next.negated = negated,
            FilterEdit::Inherited(inherited) => next.inherited = inherited,
            FilterEdit::From(from) => next.from = from,
            FilterEdit::To(to) => next.to = to,
            FilterEdit::Remove(key) => next = self.without(&key),
            FilterEdit::ClearAll => next = ViewFilter::default(),
        }
        next
    }

    /// Every chosen actor, first chosen first.
    pub fn actors(&self) -> Vec<&str> {
        self.actor.iter().chain(&self.more_actors).map(String::as_str).collect()
    }

    fn actors_owned(&self) -> Vec<String> {
        self.actors().into_iter().map(String::from).collect()
    }

    /// This filter with these actors, in this order, each once (blank ids dropped).
    pub fn with_actors(&self, actors: impl IntoIterator<Item = String>) -> ViewFilter {
        let mut chosen: Vec<String> = Vec::new();
        for actor in actors {
            if !actor.trim().is_empty() && !chosen.contains(&actor) {
                chosen.push(actor);
            }
        }
        let mut rest = chosen.into_iter();
        ViewFilter { actor: rest.next(), more_actors: rest.collect(), ..self.clone() }
    }

    /// The active filters, in the order of the query string: one chip each.
    pub fn active(&self) -> Vec<FilterKey> {
        let mut keys = Vec::new();
        if self.text.is_some() {
            keys.push(FilterKey::Text);
        }
        keys.extend(self.actors().into_iter().map(|a| FilterKey::Actor(a.to_string())));
        let set = [
            (self.kind.is_some(), FilterKey::Kind),
            (self.category.is_some(), FilterKey::Category),
            (self.quad.is_some(), FilterKey::Quad),
            (self.doc.is_some(), FilterKey::Doc),
            (self.publisher.is_some(), FilterKey::Publisher),
            (self.precision.is_some(), FilterKey::Precision),
            (self.reported.is_some(), FilterKey::Reported),
            (self.expected.is_some(), FilterKey::Expected),
            (self.negated.is_some(), FilterKey::Negated),
            (self.inherited.is_some(), FilterKey::Inherited),
            (self.from.is_some(), FilterKey::From),
            (self.to.is_some(), FilterKey::To),
        ];
        keys.extend(set.into_iter().filter(|(active, _)| *active).map(|(_, key)| key));
        keys
    }

    /// This filter with one filter dropped.
    pub fn without(&self, key: &FilterKey) -> ViewFilter {
        let mut next = self.clone();
        match key {
            FilterKey::Text => next.text = None,
            FilterKey::Actor(actor) => return self.edit(FilterEdit::RemoveActor(actor.clone())),
            FilterKey::Actors => next = next.with_actors([]),
            FilterKey::Kind => next.kind = None,
            FilterKey::Category => next.category = None,
            FilterKey::Quad => next.quad = None,
            FilterKey::Doc => next.doc = None,
            FilterKey::Publisher => next.publisher = None,
            FilterKey::Precision => next.precision = None,
            FilterKey::Reported => next.reported = None,
            FilterKey::Expected => next.expected = None,
            FilterKey::Negated => next.negated = None,
            FilterKey::Inherited => next.inherited = None,
            FilterKey::From => next.from = None,
            FilterKey::To => next.to = None,
        }
        next
    }

    /// True when nothing is filtered (whether several actors would need to be all present or any
    /// is a preference, not a filter).
    pub fn is_empty(&self) -> bool {
        self.active().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_set_and_clear_one_field() {
        let filter = ViewFilter::default().edit(FilterEdit::Text("  banks ".into()));
        assert_eq!(filter.text.as_deref(), Some("banks"));
        let filter = filter.edit(FilterEdit::Kind(Some(ActorKind::ArmedGroup)));
        assert_eq!(filter.encode(), "q=banks&kind=armed_group");
        assert_eq!(filter.edit(FilterEdit::Text(" ".into())).text, None);
        assert!(filter.edit(FilterEdit::ClearAll).is_empty());
    }

    #[test]
    fn actors_are_added_once_and_removed_in_any_order() {
        let filter = ViewFilter::default()
            .edit(FilterEdit::AddActor("iraq".into()))
            .edit(FilterEdit::AddActor("iran".into()))
            .edit(FilterEdit::AddActor("iraq".into()))
            .edit(FilterEdit::AddActor("usa".into()));
        assert_eq!(filter.actors(), ["iraq", "iran", "usa"]);
        assert_eq!(filter.encode(), "actor=iraq&actor=iran&actor=usa");
        // Removing the first promotes the next, so `actor` is set whenever any actor is.
        let filter = filter.edit(FilterEdit::RemoveActor("iraq".into()));
        assert_eq!(filter.actor.as_deref(), Some("iran"));
        assert_eq!(filter.more_actors, ["usa"]);
        // The old single-actor edit still means "only this one".
        assert_eq!(filter.edit(FilterEdit::Actor(Some("x".into()))).actors(), ["x"]);
        assert!(filter.edit(FilterEdit::Actor(None)).actors().is_empty());
        assert!(filter.without(&FilterKey::Actors).is_empty());
    }

    #[test]
    fn every_active_filter_is_a_chip_that_removes_itself() {
        let (filter, notes) = ViewFilter::decode(
            "q=x&actor=a&actor=b&match=all&kind=state&category=19&quad=material_conflict&doc=d&publisher=P\
             &precision=day&reported=yes&expected=no&negated=no&inherited=no&from=2020-01-01&to=2021-01-01",
        );
        assert!(notes.is_empty(), "{notes:?}");
        let keys = filter.active();
        assert_eq!(keys.len(), 15);
        for key in &keys {
            let without = filter.without(key);
            assert_eq!(without.active().len(), 14, "{key:?}");
            assert!(!without.active().contains(key), "{key:?}");
        }
        let cleared = keys.iter().fold(filter, |f, key| f.edit(FilterEdit::Remove(key.clone())));
        assert!(cleared.is_empty());
        // The match preference is kept, but alone it filters nothing.
        assert_eq!(cleared.actor_match, ActorMatch::All);
    }
}
