//! The whole view a timeline link carries: its filter, the axis's zoom window and the selected
//! event, with their codec and the reducer the viewer dispatches to.
//!
//! `zoom=2020-01-01..2020-12-31` is the axis's window (both days shown); `event=ID` the selected
//! event. Every other parameter is the [`ViewFilter`]'s.

use super::codec::{percent_decode, percent_encode};
use super::{FilterEdit, LinkNote, ViewFilter};
use crate::index::CorpusIndex;
use crate::model::Day;
use crate::query::check_filter;

/// The longest event id a link may carry, in characters.
const MAX_EVENT_ID_CHARS: usize = 200;

/// The days the time axis shows, both included; `first <= last` always.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ZoomWindow {
    first: Day,
    last: Day,
}

impl ZoomWindow {
    /// The window between two days, in either order.
    pub fn new(a: Day, b: Day) -> ZoomWindow {
        ZoomWindow { first: a.min(b), last: a.max(b) }
    }

    /// The window between two day ordinals ([`Day::ordinal`]), in either order; `None` outside
    /// the calendar's years 1–9999.
    pub fn from_ordinals(a: i64, b: i64) -> Option<ZoomWindow> {
        Some(ZoomWindow::new(Day::from_ordinal(a)?, Day::from_ordinal(b)?))
    }

    pub fn first(self) -> Day {
        self.first
    }

    pub fn last(self) -> Day {
        self.last
    }

    /// The first and last day as day ordinals.
    pub fn ordinals(self) -> (i64, i64) {
        (self.first.ordinal(), self.last.ordinal())
    }

    /// `2020-01-01..2020-12-31`, as the link carries it.
    pub fn encode(self) -> String {
        format!("{}..{}", self.first, self.last)
    }

    /// Reads [`ZoomWindow::encode`]'s form; the two days may come in either order.
    pub fn parse(text: &str) -> Option<ZoomWindow> {
        let (first, last) = text.split_once("..")?;
        Some(ZoomWindow::new(Day::parse(first.trim())?, Day::parse(last.trim())?))
    }
}

/// The state of the timeline page: all of it lives in the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ViewState {
    pub filter: ViewFilter,
    /// The axis's window; `None` shows the whole span of the events.
    pub zoom: Option<ZoomWindow>,
    /// The selected event's id.
    pub event: Option<String>,
}

/// How a change of view enters the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry: Back returns to the view before.
    Push,
    /// The current entry changes: Back leaves the page, not the keystroke.
    Replace,
}

/// One change a reader makes to the view; [`ViewState::apply`] applies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewAction {
    Filter(FilterEdit),
    /// Zoom or pan the axis to a window, or back to the whole span.
    Zoom(Option<ZoomWindow>),
    /// Select an event (a click on its mark or row), or none.
    Select(Option<String>),
    /// Move the selection to another event by keyboard, one step at a time.
    Step(String),
}

impl ViewAction {
    /// Selecting an event pushes a history entry, so Back returns to the view before it; every
    /// other change replaces the entry (editing a filter, zooming, stepping through events).
    pub fn history(&self) -> HistoryMode {
        match self {
            ViewAction::Select(Some(_)) => HistoryMode::Push,
            _ => HistoryMode::Replace,
        }
    }
}

impl ViewState {
    /// The state after one action (a pure reducer: the viewer only dispatches).
    pub fn apply(&self, action: ViewAction) -> ViewState {
        let mut next = self.clone();
        match action {
            ViewAction::Filter(edit) => next.filter = self.filter.edit(edit),
            ViewAction::Zoom(zoom) => next.zoom = zoom,
            ViewAction::Select(event) => next.event = event.filter(|e| !e.trim().is_empty()),
            ViewAction::Step(event) => next.event = Some(event).filter(|e| !e.trim().is_empty()),
        }
        next
    }

    /// The query string, without the leading `?`: the filter's parameters, then `zoom`, then `event`.
    pub fn encode(&self) -> String {
        let mut parts = vec![self.filter.encode()];
        if let Some(zoom) = self.zoom {
            parts.push(format!("zoom={}", zoom.encode()));
        }
        if let Some(event) = &self.event {
            parts.push(format!("event={}", percent_encode(event)));
        }
        parts.retain(|p| !p.is_empty());
        parts.join("&")
    }

    /// Reads a query string; never fails. A parameter it cannot read is dropped with a note, and
    /// the rest still apply, as in [`ViewFilter::decode`].
    pub fn decode(query: &str) -> (ViewState, Vec<LinkNote>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        let mut notes = Vec::new();
        let mut rest = Vec::new();
        let (mut zoom_read, mut event_read) = (false, false);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent_decode(raw_key).unwrap_or_else(|| raw_key.to_string());
            if key != "zoom" && key != "event" {
                rest.push(pair);
                continue;
            }
            let mut note = |problem: &str| notes.push(LinkNote { parameter: key.clone(), problem: problem.into() });
            let Some(value) = percent_decode(raw_value).map(|v| v.trim().to_string()) else {
                note("its value is not valid percent-encoded UTF-8");
                continue;
            };
            if value.is_empty() {
                note("it has no value");
                continue;
            }
            let read = if key == "zoom" { &mut zoom_read } else { &mut event_read };
            if *read {
                note("given more than once; the last one applies");
            }
            if key == "zoom" {
                match ZoomWindow::parse(&value) {
                    Some(zoom) => state.zoom = Some(zoom),
                    None => {
                        note("not two calendar days in the form YYYY-MM-DD..YYYY-MM-DD");
                        continue;
                    }
                }
            } else if value.chars().count() > MAX_EVENT_ID_CHARS {
                note("its value is longer than 200 characters");
                continue;
            } else {
                state.event = Some(value);
            }
            *read = true;
        }
        let (filter, filter_notes) = ViewFilter::decode(&rest.join("&"));
        state.filter = filter;
        notes.extend(filter_notes);
        (state, notes)
    }
}

/// The state with every id the corpus lacks dropped, each with a note ([`check_filter`] for the
/// filter's ids, and the selected event's).
pub fn check_view(index: &CorpusIndex, state: &ViewState) -> (ViewState, Vec<LinkNote>) {
    let (filter, mut notes) = check_filter(index, &state.filter);
    let mut checked = ViewState { filter, ..state.clone() };
    if let Some(event) = checked.event.take_if(|e| index.event_ix(e).is_none()) {
        notes.push(LinkNote { parameter: "event".into(), problem: format!("no event `{event}` in this corpus") });
    }
    (checked, notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn arb_state() -> impl Strategy<Value = ViewState> {
        let filter = "(q=[a-z ]{1,10}&)?(actor=[a-z]{1,5}&)?(actor=[0-9]{1,5}&)?(match=all&)?(kind=state&)?(from=2020-01-0[1-9])?";
        let days = proptest::option::of((0i64..3_000_000, 0i64..3_000_000));
        let event = proptest::option::of(
            "[A-Za-z0-9 ._~%/&=?#-]{1,40}".prop_filter("not blank", |s: &String| !s.trim().is_empty() && s.trim() == s),
        );
        (filter, days, event).prop_map(|(query, days, event)| ViewState {
            filter: ViewFilter::decode(&query).0,
            zoom: days.and_then(|(a, b)| ZoomWindow::from_ordinals(a, b)),
            event,
        })
    }

    proptest! {
        #[test]
        fn decode_inverts_encode(state in arb_state()) {
            let (decoded, notes) = ViewState::decode(&state.encode());
            prop_assert!(notes.is_empty(), "{notes:?}");
            prop_assert_eq!(decoded, state);
        }

        #[test]
        fn any_query_decodes_without_panic(query in "\\PC{0,120}") {
            let (state, _) = ViewState::decode(&query);
            let (again, notes) = ViewState::decode(&state.encode());
            prop_assert!(notes.is_empty(), "{query:?} re-encodes with notes {notes:?}");
            prop_assert_eq!(again, state);
        }
    }

    #[test]
    fn zoom_and_event_sit_after_the_filter() {
        let state = ViewState {
            filter: ViewFilter::decode("actor=iraq&actor=iran&match=all").0,
            zoom: Some(ZoomWindow::new(day("2020-12-31"), day("2020-01-01"))),
            event: Some("ev 1/2".into()),
        };
        assert_eq!(state.encode(), "actor=iraq&actor=iran&match=all&zoom=2020-01-01..2020-12-31&event=ev%201%2F2");
        assert_eq!(ViewState::default().encode(), "");
        let (only_zoom, notes) = ViewState::decode("?zoom=2021-03-01..2020-03-01");
        assert!(notes.is_empty());
        assert_eq!(only_zoom.zoom.unwrap().encode(), "2020-03-01..2021-03-01");
    }

    #[test]
    fn hostile_zoom_and_event_values_open_with_notes() {
        let cases = [
            ("zoom=2020-01-01", "zoom"),
            ("zoom=2020-01-01..", "zoom"),
            ("zoom=..2020-01-01", "zoom"),
            ("zoom=2020-02-30..2020-03-01", "zoom"),
            ("zoom=2020-01-01...2020-02-01", "zoom"),
            ("zoom=%E0%A4", "zoom"),
            ("zoom=", "zoom"),
            ("event=", "event"),
            ("event=%", "event"),
            ("zoom=0000-01-01..2020-01-01", "zoom"),
        ];
        for (query, parameter) in cases {
            let (state, notes) = ViewState::decode(query);
            assert_eq!(notes.len(), 1, "{query}: {notes:?}");
            assert_eq!(notes[0].parameter, parameter, "{query}");
            assert_eq!(state, ViewState::default(), "{query}");
        }
        let long = format!("event={}", "x".repeat(201));
        assert_eq!(ViewState::decode(&long).1.len(), 1);
        let (state, notes) = ViewState::decode("event=a&event=b&zoom=2020-01-01..2020-01-02&kind=dragon");
        assert_eq!(state.event.as_deref(), Some("b"));
        assert!(state.zoom.is_some());
        assert_eq!(notes.len(), 2, "{notes:?}");
    }

    #[test]
    fn selecting_pushes_and_everything_else_replaces() {
        let state = ViewState::default();
        let selected = state.apply(ViewAction::Select(Some("e1".into())));
        assert_eq!(selected.event.as_deref(), Some("e1"));
        assert_eq!(ViewAction::Select(Some("e1".into())).history(), HistoryMode::Push);
        assert_eq!(ViewAction::Select(None).history(), HistoryMode::Replace);
        assert_eq!(ViewAction::Step("e2".into()).history(), HistoryMode::Replace);
        assert_eq!(ViewAction::Zoom(None).history(), HistoryMode::Replace);
        assert_eq!(ViewAction::Filter(FilterEdit::ClearAll).history(), HistoryMode::Replace);
        let filtered = selected.apply(ViewAction::Filter(FilterEdit::Text("oil".into())));
        assert_eq!(filtered.event.as_deref(), Some("e1"), "a filter edit keeps the selection");
        assert_eq!(filtered.filter.text.as_deref(), Some("oil"));
        let zoom = ZoomWindow::new(day("2020-01-01"), day("2020-02-01"));
        assert_eq!(filtered.apply(ViewAction::Zoom(Some(zoom))).zoom, Some(zoom));
        assert_eq!(filtered.apply(ViewAction::Select(None)).event, None);
    }
}
