//! Rules for relative dates, durations, clock times and recurrences.

use super::lexicon::{self, Unit};
use super::normalise::{Clock, Part, Sem, YearRef};
use super::recognise::{plain, Candidate, Cursor};
use super::token::Kind;

pub(super) fn shift(unit: Unit, by: i64, anaphoric: bool) -> Sem {
    Sem::Shift { unit, by, anaphoric }
}

/// A day reference at `i` that a clock time or part of day can attach to.
pub(super) fn day_reference(c: &Cursor, i: usize) -> Option<(Sem, usize)> {
    let sem = match c.word(i) {
        "today" | "tonight" | "yesterday" | "tomorrow" if c.titled(i) => return None,
        "today" | "tonight" => shift(Unit::Day, 0, false),
        "yesterday" => shift(Unit::Day, -1, false),
        "tomorrow" => shift(Unit::Day, 1, false),
        w => {
            let weekday = lexicon::weekday(w).filter(|_| c.capital(i) && w.len() > 4)?;
            // "Super Tuesday", "Bloody Sunday", "Cyber Monday": a day with a name of its own.
            let named = i > 0 && c.capital(i - 1) && c.is_any(i - 1, &["super", "bloody", "cyber", "giving", "holy"]);
            if named {
                return None;
            }
            Sem::Weekday { weekday, shift: None }
        }
    };
    Some((sem, i + 1))
}

/// "today", "now", "last week", "next March", "Friday night", "the following day", "the quarter".
pub fn relative(c: &Cursor, i: usize) -> Option<Candidate> {
    let w = c.word(i);
    if let Some((sem, next)) = day_reference(c, i) {
        // "Monday next week", "Friday last week": that weekday of the week named.
        if let (Sem::Weekday { weekday, .. }, true) = (&sem, c.is(next + 1, "week")) {
            let by = match c.word(next) {
                "next" => 7,
                "last" => -7,
                "this" => 0,
                _ => i64::MAX,
            };
            if by != i64::MAX {
                let base = Box::new(Sem::Weekday { weekday: *weekday, shift: Some(0) });
                return plain(i, next + 2, Sem::Offset { base, unit: Unit::Day, by });
            }
        }
        if let Some(part) = lexicon::day_part(c.word(next)) {
            return plain(i, next + 1, Sem::Time { day: Box::new(sem), clock: Clock::Part(part) });
        }
        if w == "tonight" {
            return plain(i, next, Sem::Time { day: Box::new(sem), clock: Clock::Part("NI") });
        }
        return plain(i, next, sem);
    }
    if let Some(value) = lexicon::reference_word(w) {
        // "recent years" is one expression; "current" before a unit is a shift ("current year").
        if matches!(w, "current" | "recent") {
            if let Some((unit, true)) = c.unit(i + 1) {
                return plain(i, i + 2, Sem::Duration { amount: None, unit });
            }
            // "the recent sale" is not annotated consistently enough to count; "current" is.
            if c.unit(i + 1).is_some() || c.is(i + 1, "fiscal") || (w == "recent" && c.kind(i + 1) == Some(Kind::Word))
            {
                return None;
            }
        }
        let first = if w == "now" && i > 0 && c.is(i - 1, "right") { i - 1 } else { i };
        return plain(first, i + 1, Sem::Reference(value));
    }
    if matches!(w, "coming" | "future" | "upcoming") {
        if let Some((unit, true)) = c.unit(i + 1) {
            return plain(i, i + 2, Sem::Duration { amount: None, unit });
        }
    }
    if w == "the" {
        return the_phrase(c, i);
    }
    match w {
        "overnight" => {
            return plain(i, i + 1, Sem::Time { day: Box::new(shift(Unit::Day, 0, false)), clock: Clock::Part("NI") })
        }
        "last" if c.is(i + 1, "night") => {
            return plain(i, i + 2, Sem::Time { day: Box::new(shift(Unit::Day, -1, false)), clock: Clock::Part("NI") })
        }
        "these" if c.is(i + 1, "days") => return plain(i, i + 2, Sem::Reference("PRESENT_REF")),
        "a" if c.is(i + 1, "later") && c.is(i + 2, "date") => return plain(i, i + 3, Sem::Reference("FUTURE_REF")),
        // "by year-end", "at year end": the end of the current year.
        "year" if c.is(i + 1, "-") && c.is(i + 2, "end") && c.joined(i + 2) => return year_end(i, i + 3),
        // "by year's end".
        "year" if c.possessive(i + 1) && c.is(i + 3, "end") => return year_end(i, i + 4),
        "year"
            if c.is(i + 1, "end") && i > 0 && c.is_any(i - 1, &["by", "at", "around", "before", "until", "till"]) =>
        {
            return year_end(i, i + 2)
        }
        _ => {}
    }
    if matches!(w, "earlier" | "later") && c.is_any(i + 1, &["this", "that"]) {
        let (unit, _) = c.unit(i + 2).filter(|(_, plural)| !plural)?;
        return plain(i, i + 3, shift(unit, 0, c.is(i + 1, "that")));
    }
    // "earlier in the day", "later in the year": of the day or year the text speaks of.
    if matches!(w, "earlier" | "later") && c.is(i + 1, "in") && c.is(i + 2, "the") {
        let (unit, _) = c.unit(i + 3).filter(|(u, plural)| !plural && *u != Unit::Weekend)?;
        return plain(i, i + 4, shift(unit, 0, true));
    }
    if w == "this" && c.is(i + 1, "past") {
        let (unit, false) = c.unit(i + 2)? else {
            return None;
        };
        return plain(i, i + 3, shift(unit, -1, false));
    }
    let by = match w {
        "this" => 0,
        "last" => -1,
        "next" | "coming" => 1,
        "that" => 0,
        _ => return year_ago(c, i),
    };
    let anaphoric = w == "that";
    let target = c.word(i + 1);
    if let Some((unit, false)) = c.unit(i + 1).filter(|_| !c.titled(i + 1)) {
        let by = if unit == Unit::Weekend && by == 0 { 1 } else { by };
        return plain(i, i + 2, shift(unit, by, anaphoric));
    }
    if let Some(weekday) = lexicon::weekday(target).filter(|_| c.capital(i + 1) && !anaphoric) {
        let day = Sem::Weekday { weekday, shift: Some(by) };
        if let Some(part) = lexicon::day_part(c.word(i + 2)) {
            return plain(i, i + 3, Sem::Time { day: Box::new(day), clock: Clock::Part(part) });
        }
        return plain(i, i + 2, day);
    }
    if let Some(part) = lexicon::day_part(target).filter(|_| by == 0) {
        let day = Box::new(shift(Unit::Day, 0, false));
        return plain(i, i + 2, Sem::Time { day, clock: Clock::Part(part) });
    }
    if let Some(month) = lexicon::month(target).filter(|_| c.capital(i + 1) && target.len() >= 3) {
        let end = if lexicon::is_full_month(target) { i + 2 } else { c.dot(i + 2) };
        // "last Oct. 23": the date is "Oct. 23", in the direction "last" gives.
        if c.number(end).is_some_and(|d| (1..=31).contains(&d)) && c.tokens[end].digits() <= 2 {
            let mut date = super::rules_date::calendar(c, i + 1)?;
            if matches!(date.sem, Sem::Cal { year: YearRef::Open, .. }) && by != 0 {
                date.direction = Some(by as i8);
            }
            return Some(date);
        }
        let (year, direction) = if by == 0 { (YearRef::Shift(0), None) } else { (YearRef::Open, Some(by as i8)) };
        return Some(Candidate {
            first: i,
            end,
            sem: Sem::Cal { year, month: Some(month), day: None },
            modifier: None,
            direction,
        });
    }
    if let Some((code, first)) = lexicon::season(target) {
        let (year, direction) = if by == 0 { (YearRef::Shift(0), None) } else { (YearRef::Open, Some(by as i8)) };
        let sem = Sem::YearPart { year, part: Part::Season(code, first) };
        return Some(Candidate { first: i, end: i + 2, sem, modifier: None, direction });
    }
    None
}

/// "year-earlier", "year-ago": the reporting quarter a year back.
fn year_ago(c: &Cursor, i: usize) -> Option<Candidate> {
    if c.is(i, "year") && c.is(i + 1, "-") && c.is_any(i + 2, &["earlier", "ago"]) && c.joined(i + 2) {
        let k = i + 3;
        // "year-earlier quarter", "year-ago third quarter", "year-earlier nine months".
        if c.is_any(k, &["quarter", "period"]) {
            return plain(i, k + 1, Sem::Reporting { years_back: 1 });
        }
        if let Some(q) = lexicon::ordinal(c.word(k)).filter(|q| (1..=4).contains(q) && c.is(k + 1, "quarter")) {
            return plain(i, k + 2, Sem::YearPart { year: YearRef::Shift(-1), part: Part::Quarter(q) });
        }
        if let Some((n, after)) = c.amount(k).filter(|_| c.is(k + 1, "months") || c.is(k + 2, "months")) {
            if c.is(after, "months") {
                return plain(i, after + 1, Sem::Duration { amount: Some(n), unit: Unit::Month });
            }
        }
        return plain(i, k, Sem::Reporting { years_back: 1 });
    }
    None
}

/// Phrases opening with "the": "the past", "the future", "the following day", "the weekend",
/// "the quarter", "the latest period", "the year-earlier quarter", "the day before yesterday".
fn the_phrase(c: &Cursor, i: usize) -> Option<Candidate> {
    let w = c.word(i + 1);
    let unit_after = |k: usize| c.unit(k).filter(|(_, plural)| !plural).map(|(u, _)| u);
    match w {
        "past" if c.unit(i + 2).is_none() && c.amount(i + 2).is_none() => plain(i, i + 2, Sem::Reference("PAST_REF")),
        // "the past year", "the last week": valued as TimeBank does, as the period before the
        // current one ("the past year" in 1998 is 1997), with an interval reaching to now; "the
        // last week of March" is another expression.
        "past" | "last" if unit_after(i + 2).is_some() && !c.is(i + 3, "of") => {
            let unit = unit_after(i + 2)?;
            if !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year) {
                // "over the past century", "the past hour": a stretch of time reaching to now.
                return plain(i, i + 3, Sem::Duration { amount: Some(1.0), unit });
            }
            plain(i, i + 3, Sem::PastPeriod { unit })
        }
        "present" => plain(i, i + 2, Sem::Reference("PRESENT_REF")),
        "future" => plain(i, i + 2, Sem::Reference("FUTURE_REF")),
        "near" | "foreseeable" | "distant" if c.is(i + 2, "future") => plain(i, i + 3, Sem::Reference("FUTURE_REF")),
        "near" | "short" | "long" if c.is(i + 2, "term") => plain(i, i + 3, Sem::Reference("FUTURE_REF")),
        "weekend" => plain(i, i + 2, shift(Unit::Weekend, -1, false)),
        // "for the year", "results for the full year", "the fiscal year": the year the story is
        // about, a date; "the year ended Sept. 30" is a twelve-month period, as is "the entire year".
        "year" | "full" | "fiscal" | "entire" | "whole"
            if (w == "year" && !c.is(i + 2, "-")) || (w != "year" && c.is(i + 2, "year")) =>
        {
            let end = if w == "year" { i + 2 } else { i + 3 };
            let period = matches!(w, "entire" | "whole")
                || c.is_any(end, &["ended", "ending", "before", "after", "earlier", "later", "since"]);
            if period {
                return plain(i, end, Sem::Duration { amount: Some(1.0), unit: Unit::Year });
            }
            plain(i, end, shift(Unit::Year, 0, true))
        }
        "day" if c.is(i + 2, "before") && c.is(i + 3, "yesterday") => plain(i, i + 4, shift(Unit::Day, -2, false)),
        "day" if c.is(i + 2, "after") && c.is(i + 3, "tomorrow") => plain(i, i + 4, shift(Unit::Day, 2, false)),
        "day" | "week" | "month" | "year" if c.is_any(i + 2, &["before", "after"]) => {
            let (unit, _) = c.unit(i + 1)?;
            offset(c, i, i + 2, unit, 1)
        }
        // "the following spring", "the previous summer": the season after or before the one
        // the text speaks of.
        "following" | "next" | "previous" | "preceding" | "prior" if lexicon::season(c.word(i + 2)).is_some() => {
            let (code, first) = lexicon::season(c.word(i + 2))?;
            let sem = Sem::YearPart { year: YearRef::Open, part: Part::Season(code, first) };
            let direction = Some(if w == "following" || w == "next" { 1 } else { -1 });
            Some(Candidate { first: i, end: i + 3, sem, modifier: None, direction })
        }
        "previous" | "prior" | "preceding" => {
            if let Some(weekday) = lexicon::weekday(c.word(i + 2)).filter(|_| c.capital(i + 2)) {
                return plain(i, i + 3, Sem::Weekday { weekday, shift: Some(-1) });
            }
            plain(i, i + 3, shift(unit_after(i + 2)?, -1, true))
        }
        "following" | "next" if lexicon::weekday(c.word(i + 2)).is_some() && c.capital(i + 2) => {
            let weekday = lexicon::weekday(c.word(i + 2))?;
            plain(i, i + 3, Sem::Weekday { weekday, shift: Some(1) })
        }
        "following" | "next" if lexicon::day_part(c.word(i + 2)).is_some() => {
            let part = lexicon::day_part(c.word(i + 2))?;
            plain(i, i + 3, Sem::Time { day: Box::new(shift(Unit::Day, 1, true)), clock: Clock::Part(part) })
        }
        "following" | "next" => plain(i, i + 3, shift(unit_after(i + 2)?, 1, true)),
        // "the night of April 18, 1775", "the morning of 31 January": that part of that day.
        _ if lexicon::day_part(w).is_some() && c.is(i + 2, "of") => {
            let part = lexicon::day_part(w)?;
            let date = super::rules_date::calendar(c, i + 3)?;
            if !matches!(date.sem, Sem::Cal { day: Some(_), .. }) || date.first != i + 3 {
                return None;
            }
            Some(Candidate { first: i, sem: Sem::Time { day: Box::new(date.sem), clock: Clock::Part(part) }, ..date })
        }
        "week" if c.is(i + 2, "of") => {
            let date = super::rules_date::calendar(c, i + 3)?;
            if !matches!(date.sem, Sem::Cal { day: Some(_), .. }) {
                return None;
            }
            Some(Candidate { first: i, sem: Sem::WeekOf(Box::new(date.sem)), ..date })
        }
        // "the corresponding period last year": the reporting quarter a year back.
        "corresponding" | "comparable" | "same" if c.is_any(i + 2, &["period", "quarter"]) && c.is(i + 3, "last") => {
            c.is(i + 4, "year").then_some(())?;
            plain(i, i + 5, Sem::Reporting { years_back: 1 })
        }
        "quarter" if c.is(i + 2, "a") && c.is(i + 3, "year") && c.is_any(i + 4, &["ago", "earlier"]) => {
            plain(i, i + 5, Sem::Reporting { years_back: 1 })
        }
        "same" => plain(i, i + 3, shift(unit_after(i + 2)?, 0, true)),
        // "the quarter ended Sept. 30": the quarter that date closes.
        "quarter" if c.is_any(i + 2, CLOSING) => {
            let sem =
                closing_day(c, i + 2).map_or(Sem::Reporting { years_back: 0 }, |d| Sem::QuarterEnding(Box::new(d)));
            plain(i, i + 2, sem)
        }
        "quarter" => plain(i, i + 2, Sem::Reporting { years_back: 0 }),
        "latest" | "current" | "most" => {
            let k = if w == "most" && c.is(i + 2, "recent") { i + 3 } else { i + 2 };
            match c.word(k) {
                "quarter" | "period" if w != "current" => plain(i, k + 1, Sem::Reporting { years_back: 0 }),
                _ if w == "current" => {
                    let k = if c.is(k, "fiscal") { k + 1 } else { k };
                    plain(i, k + 1, shift(unit_after(k)?, 0, false))
                }
                _ => None,
            }
        }
        "comparable" | "year" => {
            let k = if w == "comparable" { i + 2 } else { i + 1 };
            let inner = year_ago(c, k)?;
            // "the" belongs to the expression only when the expression is a noun phrase.
            if inner.end == k + 3 {
                return None;
            }
            plain(i, inner.end, inner.sem)
        }
        _ => None,
    }
}

/// The end of the current year: value the year, modifier END.
fn year_end(first: usize, end: usize) -> Option<Candidate> {
    Some(Candidate { first, end, sem: shift(Unit::Year, 0, false), modifier: Some("END"), direction: None })
}

/// "the day before last Tuesday", "two weeks after Christmas": `amount` units on the far side of
/// the date after the word at `k` ("before" or "after"), when that date names a day.
pub(super) fn offset(c: &Cursor, first: usize, k: usize, unit: Unit, amount: i64) -> Option<Candidate> {
    let sign = if c.is(k, "before") { -1 } else { 1 };
    let date = super::recognise::core(c, k + 1)?;
    let day_named = matches!(
        &date.sem,
        Sem::Cal { day: Some(_), .. } | Sem::Weekday { .. } | Sem::Holiday { .. } | Sem::Shift { unit: Unit::Day, .. }
    );
    if !day_named || date.first != k + 1 {
        return None;
    }
    let sem = Sem::Offset { base: Box::new(date.sem), unit, by: sign * amount };
    Some(Candidate { first, end: date.end, sem, modifier: None, direction: date.direction })
}

/// The words that close a period on its last day: "the quarter ended Sept. 30".
pub(super) const CLOSING: &[&str] = &["ended", "ending"];

/// The day named after "ended" or "ending" at `k`, if one is: "… quarter ended Sept. 30".
pub(super) fn closing_day(c: &Cursor, k: usize) -> Option<Sem> {
    if !c.is_any(k, CLOSING) {
        return None;
    }
    let date = super::rules_date::calendar(c, k + 1)?;
    matches!(date.sem, Sem::Cal { day: Some(_), .. }).then_some(date.sem)
}
