//! Rules for calendar dates: month and day names, years, decades, quarters, seasons, numeric dates.

use super::lexicon::{self, Holiday};
use super::normalise::{Sem, YearRef};
use super::recognise::{plain, year_at, Candidate, Cursor};
use super::rules_code::business_code;
use super::rules_year::{era_year, numeric, spelled_year, year_forms, year_part};
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
        coordinated_day(c, i),
        leading_day(c, i),
        month_first(c, i),
        day_first(c, i),
        weekday_date(c, i),
        year_forms(c, i),
        year_part(c, i),
        business_code(c, i),
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
    // "April 480 BC", "the spring of 480 BC".
    if let Some(Candidate { sem: Sem::BeforeChrist { number, century: false }, end, .. }) = era_year(c, j) {
        return Some((YearRef::Given(super::calendar::bc_year(number)?), end));
    }
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
    // "of 1998" after a month: "March of 1998"; "August of that year" points back to a year.
    if c.is(next, "of") {
        if let Some((year, end)) = year_at(c, next + 1) {
            return plain(i, end, Sem::Cal { year: YearRef::Given(year), month: Some(month), day: None });
        }
        if c.is(next + 1, "that") && c.is(next + 2, "year") {
            return plain(i, next + 3, Sem::Cal { year: YearRef::Shift(0), month: Some(month), day: None });
        }
    }
    let word = c.word(i);
    // A bare abbreviation needs its full stop: "Jan Kavan" is a name.
    if !lexicon::is_full_month(word) && next == i + 1 {
        return None;
    }
    if lexicon::month_is_ambiguous(word) || !c.capital(i) {
        let before = if i > 0 { c.word(i - 1) } else { "" };
        // "mid-March", "late-May".
        let modified = before == "-" && i > 1 && c.is_any(i - 2, &["mid", "early", "late"]);
        if !MONTH_CONTEXT.contains(&before) && !modified {
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
    // "May 3 and June 9, 2024", and "April 24 and 25, 1999".
    let next = match month_name(c, j) {
        Some((_, next)) => day_number(c, next).map_or(next, |(_, after)| after),
        None => match day_number(c, j) {
            Some((_, after)) if c.is(after, ",") => after,
            _ => return YearRef::Open,
        },
    };
    match year_after(c, c.comma(next)) {
        Some((YearRef::Given(year), _)) => YearRef::Given(year),
        _ => YearRef::Open,
    }
}

/// A day of the month written in one or two digits alone, with no suffix read: "25".
fn bare_day(c: &Cursor, i: usize) -> Option<u64> {
    c.number(i).filter(|&n| (1..=31).contains(&n) && c.tokens[i].digits() <= 2)
}

/// "April 24 and 25", "May 3-5": a bare day after a date of the same month, and its year.
fn coordinated_day(c: &Cursor, i: usize) -> Option<Candidate> {
    let n = bare_day(c, i)?;
    if i < 3
        || !c.is_any(i - 1, &["and", "or", "to", "through", "-", "–"])
        || c.joined(i + 1) && c.kind(i + 1) == Some(Kind::Word)
    {
        return None;
    }
    // The day before the conjunction, and the month before it ("Apr." or "April").
    bare_day(c, i - 2).filter(|&d| d < n)?;
    let month_at = if c.is(i - 3, ".") { i - 4 } else { i - 3 };
    let (month, next) = month_name(c, month_at)?;
    if next != i - 2 || lexicon::month(c.word(i + 1)).is_some() {
        return None;
    }
    let (year, end) = match year_after(c, c.comma(i + 1)) {
        Some((year @ YearRef::Given(_), end)) => (year, end),
        _ => (YearRef::Open, i + 1),
    };
    plain(i, end, Sem::Cal { year, month: Some(month), day: Some(n as u32) })
}

/// "7–8 December 1941", "3 and 4 May": a bare day before a day-first date of the same month.
fn leading_day(c: &Cursor, i: usize) -> Option<Candidate> {
    let n = bare_day(c, i)?;
    if !c.is_any(i + 1, &["and", "or", "to", "-", "–"]) {
        return None;
    }
    let date = day_first(c, i + 2).filter(|d| d.first == i + 2)?;
    match date.sem {
        Sem::Cal { year, month: Some(month), day: Some(d) } if u64::from(d) > n => {
            plain(i, i + 1, Sem::Cal { year, month: Some(month), day: Some(n as u32) })
        }
        _ => None,
    }
}

/// "On the 17th": a day of the month the text speaks of.
fn day_of_month(c: &Cursor, i: usize) -> Option<Candidate> {
    if !(c.is(i, "the") && i > 0 && c.is_any(i - 1, &["on", "by", "until", "since", "till"])) {
        return None;
    }
    let n = bare_day(c, i + 1)?;
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

/// Holidays with a calendar position: "Christmas", "New Year's Day", "Easter 1916", "Memorial Day".
fn holiday(c: &Cursor, i: usize) -> Option<Candidate> {
    if !c.capital(i) || !lexicon::opens_holiday(c.word(i)) {
        return None;
    }
    let (rule, end) = lexicon::HOLIDAYS.iter().find_map(|(words, rule)| Some((*rule, holiday_words(c, i, words)?)))?;
    // "Easter week", "Christmas week": the week that holds it.
    let week = c.is(end, "week");
    let end = if week { end + 1 } else { end };
    // "the Easter Rising", "A Christmas Carol": a holiday in a name.
    if c.continues_name(end) {
        return None;
    }
    let (year, end) = match year_after(c, c.comma(end)) {
        Some((year @ YearRef::Given(_), after)) => (year, after),
        _ => (YearRef::Open, end),
    };
    let sem = match rule {
        Holiday::Fixed { month, day } => Sem::Cal { year, month: Some(month), day: Some(day) },
        rule => Sem::Holiday { rule, year },
    };
    plain(i, end, if week { Sem::WeekOf(Box::new(sem)) } else { sem })
}

/// Matches a holiday's words at `i`, each capitalized but the "s" of a possessive, skipping
/// apostrophes and full stops ("Presidents' Day", "Martin Luther King Jr. Day"); the next token.
fn holiday_words(c: &Cursor, i: usize, words: &[&str]) -> Option<usize> {
    let mut k = i;
    for (n, word) in words.iter().enumerate() {
        while n > 0 && c.is_any(k, &["'", "’", "."]) && c.joined(k) {
            k += 1;
        }
        if !c.is(k, word) || (*word != "s" && !c.capital(k)) {
            return None;
        }
        k += 1;
    }
    Some(k)
}
