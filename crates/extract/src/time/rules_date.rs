//! Rules for calendar dates: month and day names, years, decades, quarters, seasons, numeric dates.

use super::lexicon;
use super::normalise::{Sem, YearRef};
use super::recognise::{plain, year_at, Candidate, Cursor};
use super::rules_year::{numeric, spelled_year, year_forms, year_part};
use super::token::Kind;

/// Words before a bare month or season name that make it a date ("in May", "since March").
pub(super) const MONTH_CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "during",
    "early",
    "late",
    "mid",
    "of",
    "last",
    "next",
    "this",
    "from",
    "through",
    "before",
    "after",
    "between",
    "and",
    "to",
    "or",
    "on",
    "each",
    "every",
    "that",
    "the",
    "for",
    "around",
    "throughout",
    "past",
    "into",
];

/// Any calendar expression starting at token `i`.
pub(super) fn calendar(c: &Cursor, i: usize) -> Option<Candidate> {
    let mut best: Option<Candidate> = None;
    for candidate in [
        holiday(c, i),
        day_of_month(c, i),
        month_first(c, i),
        day_first(c, i),
        weekday_date(c, i),
        year_forms(c, i),
        year_part(c, i),
        numeric(c, i),
        spelled_year(c, i),
    ]
    .into_iter()
    .flatten()
    {
        if best.as_ref().is_none_or(|b| candidate.end > b.end) {
            best = Some(candidate);
        }
    }
    best
}

/// A month name at `i` that may stand as a date here: its number and the next token.
fn month_name(c: &Cursor, i: usize) -> Option<(u32, usize)> {
    let t = c.token(i)?;
    let month = lexicon::month(&t.lower)?;
    let full = lexicon::is_full_month(&t.lower);
    let abbreviated_dot = !full && c.is(i + 1, ".") && c.joined(i + 1);
    if !t.capital && (!full || lexicon::month_is_ambiguous(&t.lower)) {
        return None;
    }
    if !full && !abbreviated_dot && !t.capital {
        return None;
    }
    let next = if abbreviated_dot { i + 2 } else { i + 1 };
    Some((month, next))
}

/// A day of the month at `i` ("21", "21st", "twenty-first"), and the next token.
fn day_number(c: &Cursor, i: usize) -> Option<(u32, usize)> {
    if let Some(n) = c.number(i) {
        if c.tokens[i].digits() > 2 || !(1..=31).contains(&n) {
            return None;
        }
        let mut next = i + 1;
        if c.joined(next) && lexicon::is_ordinal_suffix(c.word(next)) {
            next += 1;
        } else if c.joined(next) && c.kind(next) == Some(Kind::Word) {
            return None;
        }
        // "7:30" and "7.5" are not days.
        if c.joined(next) && c.is_any(next, &[":", "."]) && c.number(next + 1).is_some() {
            return None;
        }
        return Some((n as u32, next));
    }
    let n = lexicon::ordinal(c.word(i))?;
    Some((n, i + 1))
}

/// A year after a month or season: "2020", "'98", "nineteen ninety-six", "this year", "last year".
pub(super) fn year_after(c: &Cursor, j: usize) -> Option<(YearRef, usize)> {
    if let Some((year, end)) = year_at(c, j) {
        return Some((YearRef::Given(year), end));
    }
    if c.is(j + 1, "year") {
        let shift = match c.word(j) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        return Some((YearRef::Shift(shift), j + 2));
    }
    let spelled = spelled_year(c, j)?;
    match spelled.sem {
        Sem::Cal { year, .. } if spelled.first == j => Some((year, spelled.end)),
        _ => None,
    }
}

/// "Sept. 30", "August 11th", "May 7, 2020", "March 2023", "in March", "July 21", "July last year".
fn month_first(c: &Cursor, i: usize) -> Option<Candidate> {
    let (month, next) = month_name(c, i)?;
    if let Some((day, after_day)) = day_number(c, next) {
        let j = c.comma(after_day);
        if let Some((year, end)) = year_after(c, j) {
            return plain(i, end, Sem::Cal { year, month: Some(month), day: Some(day) });
        }
        return plain(i, after_day, Sem::Cal { year: shared_year(c, after_day), month: Some(month), day: Some(day) });
    }
    let j = c.comma(next);
    if let Some((year, end)) = year_after(c, j) {
        return plain(i, end, Sem::Cal { year, month: Some(month), day: None });
    }
    // "of 1998" after a month: "March of 1998".
    if c.is(next, "of") {
        if let Some((year, end)) = year_at(c, next + 1) {
            return plain(i, end, Sem::Cal { year: YearRef::Given(year), month: Some(month), day: None });
        }
    }
    let word = c.word(i);
    // A bare abbreviation needs its full stop: "Jan Kavan" is a name.
    if !lexicon::is_full_month(word) && next == i + 1 {
        return None;
    }
    if lexicon::month_is_ambiguous(word) || !c.capital(i) {
        let before = if i > 0 { c.word(i - 1) } else { "" };
        if !MONTH_CONTEXT.contains(&before) {
            return None;
        }
        // "May" after "in" is still a modal in "in May be"; require no verb-like word after it.
        if word == "may" && c.is_any(next, &["be", "have", "not", "also", "well", "still", "never"]) {
            return None;
        }
    }
    plain(i, next, Sem::Cal { year: shared_year(c, next), month: Some(month), day: None })
}

/// The year a coordinated date gives its yearless partner: "in February and October 2025",
/// "between May 3 and June 9, 2024".
fn shared_year(c: &Cursor, i: usize) -> YearRef {
    let j = if c.is_any(i, &["and", "or", "to", "through", "until", "-", "–"]) {
        i + 1
    } else {
        return YearRef::Open;
    };
    let Some((_, next)) = month_name(c, j) else {
        return YearRef::Open;
    };
    let next = day_number(c, next).map_or(next, |(_, after)| after);
    match year_after(c, c.comma(next)) {
        Some((YearRef::Given(year), _)) => YearRef::Given(year),
        _ => YearRef::Open,
    }
}

/// "On the 17th": a day of the month the text speaks of.
fn day_of_month(c: &Cursor, i: usize) -> Option<Candidate> {
    if !(c.is(i, "the") && i > 0 && c.is_any(i - 1, &["on", "by", "until", "since", "till"])) {
        return None;
    }
    let n = c.number(i + 1).filter(|&n| (1..=31).contains(&n) && c.tokens[i + 1].digits() <= 2)?;
    if !(c.joined(i + 2) && lexicon::is_ordinal_suffix(c.word(i + 2))) {
        return None;
    }
    // "on the 17th floor", "the 21st of July" are other things.
    if c.kind(i + 3) == Some(Kind::Word) {
        return None;
    }
    plain(i, i + 3, Sem::Cal { year: YearRef::Open, month: None, day: Some(n as u32) })
}

/// "21 July 2020", "the 21st of July".
fn day_first(c: &Cursor, i: usize) -> Option<Candidate> {
    let start = i;
    let i = if c.is(i, "the") && lexicon::ordinal(c.word(i + 1)).is_some()
        || (c.is(i, "the") && c.number(i + 1).is_some())
    {
        i + 1
    } else {
        i
    };
    let (day, next) = day_number(c, i)?;
    let next = if c.is(next, "of") { next + 1 } else { next };
    let (month, after) = month_name(c, next)?;
    let j = c.comma(after);
    if let Some((year, end)) = year_at(c, j) {
        return plain(start, end, Sem::Cal { year: YearRef::Given(year), month: Some(month), day: Some(day) });
    }
    plain(start, after, Sem::Cal { year: YearRef::Open, month: Some(month), day: Some(day) })
}

/// "Friday, Oct. 23", "Thursday, April 6, 2000": a weekday before a full date.
fn weekday_date(c: &Cursor, i: usize) -> Option<Candidate> {
    lexicon::weekday(c.word(i)).filter(|_| c.capital(i))?;
    let j = c.comma(c.dot(i + 1));
    let weekday = lexicon::weekday(c.word(i))?;
    let mut inner = month_first(c, j).or_else(|| day_first(c, j))?;
    match &mut inner.sem {
        Sem::Cal { year: year @ YearRef::Open, day: Some(_), .. } => *year = YearRef::Weekday(weekday),
        Sem::Cal { day: Some(_), .. } => {}
        _ => return None,
    }
    Some(Candidate { first: i, ..inner })
}

/// Holidays with a calendar position: "Christmas", "New Year's Day", "Thanksgiving Day".
fn holiday(c: &Cursor, i: usize) -> Option<Candidate> {
    if !c.capital(i) {
        return None;
    }
    let w = c.word(i);
    let possessive = |k: usize| c.is_any(k, &["'", "’"]) && c.is(k + 1, "s");
    let (sem, end) = match w {
        "christmas" if c.is(i + 1, "eve") => (fixed(12, 24), i + 2),
        "christmas" => (fixed(12, 25), if c.is(i + 1, "day") { i + 2 } else { i + 1 }),
        "halloween" => (fixed(10, 31), i + 1),
        "thanksgiving" => {
            let sem = Sem::NthWeekday { month: 11, weekday: 4, nth: 4 };
            (sem, if c.is(i + 1, "day") { i + 2 } else { i + 1 })
        }
        "new" if c.is(i + 1, "year") && possessive(i + 2) && c.is_any(i + 4, &["day", "eve"]) => {
            let sem = if c.is(i + 4, "day") { fixed(1, 1) } else { fixed(12, 31) };
            (sem, i + 5)
        }
        "valentine" if possessive(i + 1) && c.is(i + 3, "day") => (fixed(2, 14), i + 4),
        "independence" if c.is(i + 1, "day") && c.capital(i + 1) => (fixed(7, 4), i + 2),
        _ => return None,
    };
    plain(i, end, sem)
}

fn fixed(month: u32, day: u32) -> Sem {
    Sem::Cal { year: YearRef::Open, month: Some(month), day: Some(day) }
}
