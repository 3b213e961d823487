//! Stage 4: time expressions. Finds English temporal expressions, normalises them to TimeML
//! TIMEX3 values and resolves relative ones against the document date or the narrative time.
//!
//! The text is tokenized once ([`token`]); a rule matcher ([`recognise`]) keeps the longest
//! expression at each token, with the rule families in [`rules_date`] (month and day names,
//! holidays), [`rules_year`] (years, decades, quarters, seasons, numeric dates), [`rules_code`]
//! ("Q3 2025", "FY2024"), [`rules_rel`] ("last week", "the following day") and [`rules_amount`]
//! (durations, "two years ago", clock times, sets), all over the word lists of [`lexicon`]. Each
//! expression's meaning ([`sem`]) is then placed ([`normalise`], [`relative`], [`calendar`])
//! against an anchor chosen here: the DCT in news, the latest date the text established in
//! narrative ([`style`] tells which a document is; [`story`] tells a history's steps from the
//! dates it names in passing), with the direction the tense gives ([`anchor`]). [`dct`] dates
//! documents that have no date. Every rule looks a bounded number of tokens ahead, so tagging is
//! linear in the text's length.

mod anchor;
mod calendar;
mod dct;
mod lexicon;
mod normalise;
mod recognise;
mod relative;
mod rules_amount;
mod rules_code;
mod rules_date;
mod rules_rel;
mod rules_year;
mod sem;
mod story;
mod style;
mod token;

pub use dct::infer_dct;
pub use style::{choose_style, Style};

use lexicon::Unit;
use normalise::{AnchorTime, Resolved, Sem, Tense, YearRef};
use recognise::Candidate;
use tightrope_core::{Anchor, DateValue, Day, DayInterval, Precision, Timex, TimexType};
use token::Token;

/// What a document offers to anchor its relative expressions (a day-precise DCT, news style).
#[derive(Debug, Clone, Copy, Default)]
pub struct TimeContext {
    /// The document creation time, if known.
    pub dct: Option<Day>,
}

/// The full anchoring settings of a document: a DCT of any precision and the text's style.
#[derive(Debug, Clone, Copy)]
pub struct DocTime {
    /// The document creation time, if known; for a coarse DCT, a day inside it (its first day).
    pub dct: Option<Day>,
    /// How precisely the DCT is known: `Day`, `Month` or `Year`.
    pub dct_precision: Precision,
    pub style: Style,
}

impl Default for DocTime {
    fn default() -> DocTime {
        DocTime { dct: None, dct_precision: Precision::Day, style: Style::Auto }
    }
}

impl From<&TimeContext> for DocTime {
    fn from(context: &TimeContext) -> DocTime {
        DocTime { dct: context.dct, style: Style::News, ..DocTime::default() }
    }
}

impl DocTime {
    /// A news-style context from a day-precise DCT.
    pub fn news(dct: Day) -> DocTime {
        DocTime { dct: Some(dct), style: Style::News, ..DocTime::default() }
    }

    /// The context for a document date as corpus.toml gives it (`2025`, `2025-09`, `2025-09-24`).
    pub fn from_date(date: Option<&DateValue>, style: Style) -> DocTime {
        let dct = date.and_then(DateValue::sort_key);
        let dct_precision = date.map_or(Precision::Day, |d| d.precision);
        DocTime { dct, dct_precision, style }
    }

    fn dct_anchor(&self) -> Option<AnchorTime> {
        let day = self.dct?;
        let span = match self.dct_precision {
            Precision::Month => DayInterval::month(day.year(), day.month())?,
            Precision::Year => DayInterval::year(day.year())?,
            _ => DayInterval::day(day),
        };
        let precision = if span.earliest == span.latest { Precision::Day } else { self.dct_precision };
        Some(AnchorTime { day, span, precision, kind: Anchor::Dct })
    }
}

/// How many tokens back a date still counts as the narrative's current time in news.
const NEARBY: usize = 60;

/// How many tokens back a quarter still sets the reporting period of a business story.
const REPORTING: usize = 600;

/// Tags every time expression in `text`; offsets are byte offsets into `text`.
pub fn tag(text: &str, context: &TimeContext) -> Vec<Timex> {
    tag_doc(text, &DocTime::from(context))
}

/// Tags every time expression in `text` with full anchoring settings; byte offsets.
pub fn tag_doc(text: &str, context: &DocTime) -> Vec<Timex> {
    let tokens = token::tokenize(text);
    let candidates = recognise::recognise(&tokens);
    let dct = context.dct_anchor();
    let style = match context.style {
        Style::Auto => choose_style(&tokens, &candidates, dct),
        style => style,
    };
    let context = &DocTime { style, ..*context };
    let mut narrative: Option<(AnchorTime, usize)> = None;
    // The date the text named last, an aside included: what "that year" points back to.
    let mut named: Option<(AnchorTime, usize)> = None;
    let mut quarter: Option<(AnchorTime, usize)> = None;
    let mut out = Vec::with_capacity(candidates.len());
    let mut cues = anchor::Cues::new(&tokens);
    let cursor = recognise::Cursor::new(&tokens);
    let line = story::StoryLine::new(&tokens, &candidates);
    for (k, candidate) in candidates.into_iter().enumerate() {
        let candidate = day_of_a_part(&tokens, candidate, style);
        let Some(timex) =
            place(text, &tokens, &mut cues, &candidate, context, Times { dct, narrative, named, quarter })
        else {
            continue;
        };
        if let (Some(interval), Anchor::Absolute | Anchor::Dct | Anchor::Narrative) = (timex.interval, timex.anchor) {
            // "In mid-1943", "by 1815" still move the story to that year.
            // "the night of 20 June 1791" moves the story to that day too.
            let day_part = timex.timex_type == TimexType::Time && timex.anchor == Anchor::Absolute;
            if (timex.timex_type == TimexType::Date || day_part) && timex.precision <= Precision::Year {
                let anchor = AnchorTime {
                    day: interval.earliest,
                    span: interval,
                    precision: timex.precision,
                    kind: Anchor::Narrative,
                };
                // A date the text names, or one counted from the story's time, moves the story
                // there; of those counted from the DCT, only named days and months do ("on
                // Tuesday … the next day"), not "a year ago".
                let looks_back = matches!(candidate.sem, Sem::Reporting { .. } | Sem::Shift { by: ..0, .. });
                // "will be closed over the next year": a stretch the text looks across, not a time
                // it moves to.
                let across = candidate.first > 0
                    && matches!(
                        tokens[candidate.first - 1].lower.as_str(),
                        "over" | "during" | "within" | "through" | "throughout" | "for"
                    )
                    && matches!(candidate.sem, Sem::Shift { anaphoric: true, .. });
                let moves = !across
                    && match timex.anchor {
                        Anchor::Absolute => match (context.style, narrative) {
                            (Style::Narrative, Some((story, _))) => {
                                !line.aside(&tokens, &candidate, k, story, interval)
                            }
                            _ => true,
                        },
                        Anchor::Narrative => context.style == Style::Narrative || !looks_back,
                        // A history never moves to the day it was written: "today" is an aside.
                        _ => {
                            context.style != Style::Narrative
                                && matches!(candidate.sem, Sem::Weekday { .. } | Sem::Cal { .. } | Sem::Offset { .. })
                        }
                    };
                if moves {
                    narrative = Some((anchor, candidate.first));
                }
                if !across {
                    named = Some((anchor, candidate.first));
                }
                // Only a quarter named as such sets the reporting period; "a year ago" does not.
                let names_quarter = matches!(
                    candidate.sem,
                    Sem::YearPart { part: normalise::Part::Quarter(_), .. }
                        | Sem::Reporting { years_back: 0 }
                        | Sem::QuarterEnding(_)
                );
                // A story reports on a quarter that has ended, or one it says was reported (a
                // fiscal quarter); "will result in a fourth-quarter charge" is an outlook, and
                // "the latest quarter" stays the one reported.
                // An earlier quarter named after the reported one is a comparison ("after a flat
                // second quarter"): the reporting period stays; a fiscal quarter starts a new report.
                let fiscal = tokens[candidate.first..candidate.end].iter().any(|t| t.lower == "fiscal")
                    || cursor.is_any(candidate.end, rules_rel::CLOSING);
                // A quarter still under way is reported only as a fiscal one, or in the past tense
                // ("reported a decline in fourth-quarter earnings"); "the impact on fourth-quarter
                // results", said in October, looks ahead.
                let ended = dct.is_none_or(|d| interval.latest < d.span.earliest);
                let mut reported = || {
                    let tense = anchor::tense_at(&tokens, &mut cues, candidate.first, candidate.end);
                    ended || tense == Tense::Past || fiscal && tense != Tense::Future
                };
                let comparison = !fiscal
                    && quarter.is_some_and(|(q, at)| {
                        candidate.first.saturating_sub(at) < REPORTING && interval.earliest < q.span.earliest
                    });
                if timex.precision == Precision::Quarter && names_quarter && !comparison && reported() {
                    // The story's other quarters ("the year-earlier quarter") count by its number.
                    let by_number =
                        labelled_quarter(&timex.value).map(|span| AnchorTime { day: span.earliest, span, ..anchor });
                    quarter = Some((by_number.unwrap_or(anchor), candidate.first));
                }
            }
        }
        out.push(before_christ(timex));
    }
    out
}

/// "the night of Oct. 23": news (TimeBank) dates the day alone, a history (WikiWars) keeps the
/// part of the day, so outside a history only the date after "of" is the expression.
fn day_of_a_part(tokens: &[Token], candidate: Candidate, style: Style) -> Candidate {
    let opens = |k: usize, word: &str| tokens.get(candidate.first + k).is_some_and(|t| t.lower == word);
    match candidate.sem {
        Sem::Time { day, clock: normalise::Clock::Part(_) }
            if style != Style::Narrative && opens(0, "the") && opens(2, "of") =>
        {
            Candidate { first: candidate.first + 3, sem: *day, ..candidate }
        }
        sem => Candidate { sem, ..candidate },
    }
}

/// A date counted in the years before Christ (see `calendar::bc_year`) written as TimeML writes
/// it, `BC0480-04`, without an interval: days are counted from AD 1.
fn before_christ(timex: Timex) -> Timex {
    match calendar::bc_value(&timex.value) {
        Some(value) => Timex { value, interval: None, ..timex },
        None if timex.value.starts_with("BC") => Timex { interval: None, ..timex },
        None => timex,
    }
}

/// The calendar quarter a value like "1989-Q4" names.
fn labelled_quarter(value: &str) -> Option<DayInterval> {
    let (year, q) = value.split_once("-Q")?;
    let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    calendar::quarter(year.parse().ok()?, q)
}

/// The times an expression may count from: the DCT, and the latest date and quarter the text
/// named, each with the token where it was named.
#[derive(Clone, Copy)]
struct Times {
    dct: Option<AnchorTime>,
    narrative: Option<(AnchorTime, usize)>,
    named: Option<(AnchorTime, usize)>,
    quarter: Option<(AnchorTime, usize)>,
}

fn place(
    text: &str,
    tokens: &[Token],
    cues: &mut anchor::Cues,
    candidate: &Candidate,
    context: &DocTime,
    times: Times,
) -> Option<Timex> {
    let Times { dct, narrative, named, quarter } = times;
    let cursor = recognise::Cursor::new(tokens);
    let first = candidate.first;
    let before = first.checked_sub(1).map_or("", |k| tokens[k].lower.as_str());
    // A fronted "Until Thursday, they had not …" takes the tense of the clause it opens, which
    // must not count "until" itself, a cue of the future; "postponed until Tuesday" looks ahead.
    let fronted = matches!(before, "by" | "until" | "till") && first > 0 && tokens[first - 1].sentence_start;
    let mut tense = match candidate.direction {
        Some(d) if d < 0 => Tense::Before,
        Some(d) if d > 0 => Tense::After,
        _ if fronted => anchor::tense_at(tokens, cues, first - 1, candidate.end),
        _ => anchor::tense_at(tokens, cues, first, candidate.end),
    };
    let mut modifier = candidate.modifier;
    match before {
        "by" | "until" | "till" | "through" if !matches!(tense, Tense::Before | Tense::After) => {
            // A deadline lies ahead unless the clause is in the past: then the nearest date wins.
            tense = if tense == Tense::Past { Tense::Unknown } else { Tense::Future };
            if before == "by" && modifier.is_none() && recognise::is_calendar(&candidate.sem) {
                modifier = Some("ON_OR_BEFORE");
            }
        }
        // "since October 7" is behind us, however near October 7 is.
        "since" => tense = Tense::Before,
        _ => {}
    }
    let mut sem = candidate.sem.clone();
    // "'99" in a history of the 1890s is 1899: the story's century, nearest its year.
    if let (Sem::Cal { year: YearRef::Given(y), .. }, Some((story, _)), Style::Narrative) =
        (&mut sem, narrative, context.style)
    {
        if matches!(tokens[first].lower.as_str(), "'" | "’") {
            let at = story.day.year();
            let nearest = [at / 100 * 100 - 100, at / 100 * 100].map(|c| c + y.rem_euclid(100));
            *y = nearest.into_iter().min_by_key(|c| (c - at).abs()).unwrap_or(*y);
        }
    }
    // "this day", "this year" in a history are the story's: "Ludendorff called this day the Black
    // Day"; only "today" and "ago" still count from the day of writing.
    if let Sem::Shift { by: 0, anaphoric: anaphoric @ false, .. } = &mut sem {
        *anaphoric = context.style == Style::Narrative && tokens[first].lower == "this";
    }
    // "a year ago" in a report about a quarter means that quarter a year before.
    let counted = matches!(tokens[first].lower.as_str(), "a" | "an" | "one");
    if let (Sem::Shift { unit: Unit::Year, by, .. }, Some((_, at)), true) = (&sem, quarter, counted) {
        if *by < 0 && first.saturating_sub(at) < REPORTING {
            sem = Sem::Reporting { years_back: -by };
        }
    }
    let reporting = quarter.filter(|(_, at)| first.saturating_sub(*at) < REPORTING);
    // "This quarter's loss includes …", in a story reporting an ended quarter, is that quarter;
    // "expects a loss this quarter" still looks at the one under way.
    if let (Sem::Shift { unit: Unit::Quarter, by: 0, .. }, Some(_)) = (&sem, reporting) {
        if tokens[first].lower == "this" && (cursor.possessive(candidate.end) || tense == Tense::Past) {
            sem = Sem::Reporting { years_back: 0 };
        }
    }
    // Once a story has named its quarter ("the fiscal first quarter"), "the quarter ended Sept. 30"
    // is that one, by its fiscal name.
    if matches!(sem, Sem::QuarterEnding(_)) && reporting.is_some() {
        sem = Sem::Reporting { years_back: 0 };
    }
    let nearby =
        |n: Option<(AnchorTime, usize)>| n.filter(|(_, at)| first.saturating_sub(*at) < NEARBY).map(|(a, _)| a);
    // "that summer", "that March": the time the text is speaking of.
    // "August of that year" points back too.
    let of_that =
        candidate.end >= 3 && tokens[candidate.end - 3].lower == "of" && tokens[candidate.end - 2].lower == "that";
    let demonstrative = tokens[first].lower == "that" || of_that;
    // What a demonstrative points back to: the date named last, even in passing ("stalemated by
    // 1940. In August of that year").
    let pointed = named.or(narrative);
    // A weekday needs a day to count from: a narrative time of a month or a year cannot place it.
    let day_precise = narrative.filter(|(a, _)| a.precision == Precision::Day);
    let anchor = match &sem {
        // "the previous Friday", "the following Monday": counted from the day the text speaks of.
        Sem::Weekday { shift: Some(_), .. } if tokens[first].lower == "the" => day_precise.map(|(a, _)| a).or(dct),
        // "the following spring", "the previous year": counted from the time the text speaks of,
        // however far back it was named.
        _ if tokens[first].lower == "the"
            && tokens.get(first + 1).is_some_and(|t| {
                matches!(t.lower.as_str(), "following" | "next" | "previous" | "preceding" | "prior")
            }) =>
        {
            narrative.map(|(a, _)| a).or(dct)
        }
        // "on the 17th": of the month the text speaks of.
        Sem::Cal { year: YearRef::Open, month: None, .. } => narrative.map(|(a, _)| a).or(dct),
        // "that evening", "that night": the day the text speaks of.
        Sem::Time { .. } if demonstrative => day_precise.or(pointed).map(|(a, _)| a).or(dct),
        // "at 10 p.m." with no day named: the day the text has just spoken of, else the DCT.
        // A history gives no clock time of the day it is written: "at 10:57" is on the story's day.
        Sem::Time { day, .. } if matches!(**day, Sem::Shift { unit: Unit::Day, by: 0, anaphoric: true }) => {
            match context.style {
                Style::Narrative => day_precise.or(narrative).map(|(a, _)| a).or(dct),
                _ => nearby(day_precise).or(dct),
            }
        }
        _ if demonstrative && !matches!(sem, Sem::Shift { anaphoric: false, .. }) => pointed.map(|(a, _)| a).or(dct),
        Sem::Weekday { shift: None, .. } if context.style == Style::Narrative => {
            day_precise.map(|(a, _)| a).or(dct).or(narrative.map(|(a, _)| a))
        }
        // "today", "two centuries ago": the time of writing, in a history too.
        Sem::Shift { anaphoric: false, .. } | Sem::Reference(_) => dct.or(narrative.map(|(a, _)| a)),
        Sem::Shift { anaphoric: true, .. } => match context.style {
            Style::Narrative => narrative.map(|(a, _)| a).or(dct),
            Style::News | Style::Auto => nearby(narrative).or(dct),
        },
        Sem::Reporting { .. } | Sem::ReportingYear(_) => reporting.map(|(a, _)| a).or(dct),
        Sem::Cal { year: YearRef::Open, .. }
        | Sem::Weekday { shift: None, .. }
        | Sem::YearPart { year: YearRef::Open, .. } => match context.style {
            Style::Narrative => narrative.map(|(a, _)| a).or(dct),
            // News returns to its own time after a look back ("… dating to 1994. In January, …"),
            // so a yearless date counts from the DCT even right after an older year.
            Style::News | Style::Auto => dct.or(narrative.map(|(a, _)| a)),
        },
        _ => match context.style {
            Style::Narrative if !matches!(sem, Sem::Reference(_)) => narrative.map(|(a, _)| a).or(dct),
            _ => dct.or(narrative.map(|(a, _)| a)),
        },
    };
    // A history told in the past moves forward: "On Sunday, 3 September … On Tuesday" is the
    // Tuesday after, though both are in the past tense.
    let storytelling = context.style == Style::Narrative && anchor.is_some_and(|a| a.kind == Anchor::Narrative);
    if storytelling && matches!(sem, Sem::Weekday { shift: None, .. }) && !matches!(tense, Tense::Before | Tense::After)
    {
        tense = Tense::Future;
    }
    let resolved = normalise::resolve(&sem, anchor, tense)?;
    let Resolved { timex_type, value, precision, mut interval, anchor: placed_by } = resolved;
    // A quarter the text closes with a date ("its fourth quarter ended Sept. 30") keeps the
    // company's own number as its value, as annotators write it, but spans the three months
    // that date ends: fiscal quarters are not calendar ones.
    if precision == Precision::Quarter {
        let closing = rules_rel::closing_day(&cursor, candidate.end)
            .and_then(|day| normalise::resolve(&Sem::QuarterEnding(Box::new(day)), anchor, tense));
        if let Some(closing) = closing {
            interval = closing.interval;
        }
    }
    if let (Some(found), Some(m)) = (interval, modifier) {
        interval = Some(match m {
            "START" | "MID" | "END" => calendar::narrow(found, precision, m),
            // "by December": from the time the text speaks of, up to the end of December.
            "ON_OR_BEFORE" => match nearby(narrative).or(anchor) {
                Some(a) if a.day < found.earliest => DayInterval { earliest: a.day, latest: found.latest },
                _ => found,
            },
            _ => found,
        });
    }
    // "earlier this year" runs up to the time the text speaks from, "later this month" from it.
    if let (Some(found), Some(a), Sem::Shift { by: 0, .. }) = (interval, anchor, &sem) {
        let inside = a.precision == Precision::Day && found.earliest <= a.day && a.day <= found.latest;
        interval = match tokens[first].lower.as_str() {
            "earlier" if inside => Some(DayInterval { latest: a.day, ..found }),
            "later" if inside => Some(DayInterval { earliest: a.day, ..found }),
            _ => interval,
        };
    }
    let start = tokens[first].start;
    let end = tokens[candidate.end - 1].end;
    Some(Timex {
        start,
        end,
        text: text[start..end].to_string(),
        timex_type,
        value,
        modifier: modifier.map(str::to_string),
        precision,
        interval,
        anchor: placed_by,
    })
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_history;
