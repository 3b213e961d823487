//! Rules for amounts of time and clock times: durations, "two years ago", "10 p.m.", "every week".

use super::lexicon::{self, Unit};
use super::normalise::{duration_value, Clock, Sem};
use super::recognise::{plain, Candidate, Cursor};
use super::rules_rel::{day_reference, shift};
use super::token::Kind;

/// Durations and amount-based dates: "two days", "three-day", "the past two months",
/// "a year ago", "more than four decades ago", "two weeks later", "several years ago", "$5 a year".
pub fn amount_expression(c: &Cursor, i: usize) -> Option<Candidate> {
    let mut j = i;
    let words = [c.word(i), c.word(i + 1), c.word(i + 2)];
    let mut modifier = None;
    // Approximators ("about", "nearly") set the modifier but stay outside the span, as in
    // TimeBank; bounds ("more than", "less than") are part of it.
    let mut first = i;
    if let Some((len, m)) = lexicon::amount_modifier(&words) {
        modifier = Some(m);
        j += len;
        if c.is(i, "about") {
            first = j;
        }
    }
    let mut with_the = false;
    let mut direction = 0i64;
    if c.is(j, "the") {
        with_the = true;
        j += 1;
    }
    match c.word(j) {
        "past" | "last" | "previous" | "recent" if with_the || c.word(j) == "past" => {
            direction = -1;
            j += 1;
        }
        "next" | "coming" | "following" if with_the || c.word(j) == "next" => {
            direction = 1;
            j += 1;
        }
        "first" | "latest" if with_the => j += 1,
        _ => {}
    }
    // The amount: digits, number words, "a few", "several".
    let (amount, after) = match c.word(j) {
        "few" | "several" | "many" | "some" => (None, j + 1),
        "a" if c.is(j + 1, "few") => (None, j + 2),
        "a" if c.is(j + 1, "couple") && c.is(j + 2, "of") => (Some(2.0), j + 3),
        _ => match c.amount(j) {
            // A year is not an amount: "1988 second quarter".
            Some(_) if c.number(j).is_some() && c.tokens[j].digits() >= 4 => return None,
            Some((n, next)) => (Some(n), next),
            None if direction != 0 && c.unit(j).is_some_and(|(_, plural)| !plural) => (Some(1.0), j),
            None => return None,
        },
    };
    let after = if c.is_any(after, &["more", "additional", "further", "extra"]) && c.unit(after + 1).is_some() {
        after + 1
    } else {
        after
    };
    let k = c.hyphen(after);
    let (unit, plural) = c.unit(k)?;
    let first_word = c.word(j);
    let is_article = matches!(first_word, "a" | "an") && after == j + 1;
    // "a second term": singular "second" needs digits; "a years" is no amount.
    if (unit == Unit::Second && !plural && c.number(j).is_none()) || (is_article && plural) {
        return None;
    }
    // A bare "the" with no direction only opens "the nine months" and the like.
    if with_the && direction == 0 && (amount.is_none() || !plural) && !c.is_any(i + 1, &["first", "latest"]) {
        return None;
    }
    let mut end = k + 1;
    let mut amount = amount;
    // "a minute and a half".
    if c.is(end, "and") && matches!(c.word(end + 1), "a" | "an") && c.is(end + 2, "half") {
        amount = amount.map(|a| a + 0.5);
        end += 3;
    }
    // Ages ("52 years old", "a two-year-old") and fractions ("three-quarters of") are no times.
    let hyphen_old = c.is(end, "-") && c.is(end + 1, "old");
    if hyphen_old || c.is(end, "old") || (unit == Unit::Quarter && c.is(end, "of")) {
        return None;
    }
    // "a year-earlier quarter": the article belongs to the compound, which another rule reads.
    if c.is(end, "-") && c.is_any(end + 1, &["earlier", "ago"]) && c.joined(end + 1) {
        return None;
    }
    // "a week or so ago": the hedge makes the amount approximate.
    let hedged = c.is(end, "or") && c.is(end + 1, "so");
    if hedged && c.is_any(end + 2, &["ago", "earlier", "later", "back"]) {
        end += 2;
        modifier = modifier.or(Some("APPROX"));
    }
    let tail = c.word(end);
    if let (0, Some(n), "before" | "after") = (direction, amount, tail) {
        if let Some(found) = super::rules_rel::offset(c, first, end, unit, n as i64).filter(|_| n.fract() == 0.0) {
            return Some(Candidate { modifier, ..found });
        }
    }
    if direction == 0 && matches!(tail, "ago" | "earlier" | "later" | "hence" | "back" | "before" | "from") {
        let sign = match tail {
            "ago" | "earlier" | "back" | "before" => -1,
            _ => 1,
        };
        let anaphoric = matches!(tail, "earlier" | "later" | "before");
        let closes = tail != "from" || c.is(end + 1, "now");
        let closes = closes && (tail != "before" || c.is_any(end + 1, &[".", ",", ";", "\"", "”"]));
        if closes {
            end += if tail == "from" { 2 } else { 1 };
            let sem = match amount {
                // "a decade ago" is ten years back, not the decade before this one (the 2010s).
                Some(n) if n.fract() == 0.0 && unit == Unit::Decade => {
                    shift(Unit::Year, sign * 10 * n as i64, anaphoric)
                }
                Some(n) if n.fract() == 0.0 => shift(unit, sign * n as i64, anaphoric),
                _ => Sem::Reference(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }),
            };
            return Some(Candidate { first, end, sem, modifier, direction: None });
        }
    }
    // "$5 a year", "700 seats a week", "three times a week": a rate, which TimeBank leaves out.
    if is_article && modifier.is_none() && !with_the && i > 0 {
        let before = c.token(i - 1)?;
        if before.kind == Kind::Number
            || (before.kind == Kind::Word && before.lower.ends_with('s') && before.lower.len() > 3)
            || matches!(before.lower.as_str(), "%" | "million" | "billion" | "percent" | "once" | "twice")
        {
            return None;
        }
    }
    if !plural && amount.is_none() {
        return None;
    }
    Some(Candidate { first, end, sem: Sem::Duration { amount, unit }, modifier, direction: None })
}

/// A bare plural unit after a preposition or article: "for weeks", "in the days before".
pub fn bare_units(c: &Cursor, i: usize) -> Option<Candidate> {
    let (unit, true) = c.unit(i)? else {
        return None;
    };
    let before = if i > 0 { c.word(i - 1) } else { "" };
    if !matches!(before, "for" | "within" | "in" | "the" | "over" | "follows")
        || matches!(unit, Unit::Second | Unit::Weekend)
    {
        return None;
    }
    plain(i, i + 1, Sem::Duration { amount: None, unit })
}

/// "10 p.m. Wednesday", "3:30 p.m.", "noon", "mid afternoon".
pub fn clock(c: &Cursor, i: usize) -> Option<Candidate> {
    let w = c.word(i);
    let (hour, minute, mut end) = match w {
        "noon" | "midday" if !c.titled(i) => (12, 0, i + 1),
        // ISO 8601's end of day: "midnight Friday" closes Friday.
        "midnight" => (24, 0, i + 1),
        _ if c.kind(i) == Some(Kind::Number) => {
            let h = c.number(i)? as u32;
            // "10:35", and "6.30" as British writers put it.
            let separated = c.is_any(i + 1, &[":", "."]) && c.joined(i + 1) && c.joined(i + 2);
            let (m, next) = if separated && c.tokens.get(i + 2)?.digits() == 2 {
                (c.number(i + 2)? as u32, i + 3)
            } else {
                (0, i + 1)
            };
            let Some((pm, after)) = meridiem(c, next) else {
                return twenty_four_hour(c, i, next);
            };
            if !(1..=12).contains(&h) || m > 59 {
                return None;
            }
            let hour = match (pm, h) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
            (hour, m, after)
        }
        _ => {
            // A bare part of day only after "early", "mid" or "late".
            let part = lexicon::day_part(w)?;
            let before = if i > 0 { c.word(i - 1) } else { "" };
            if !matches!(before, "mid" | "early" | "late" | "-") {
                return None;
            }
            let (day, end) = day_reference(c, i + 1).unwrap_or((shift(Unit::Day, 0, true), i + 1));
            return plain(i, end, Sem::Time { day: Box::new(day), clock: Clock::Part(part) });
        }
    };
    end = zone(c, end).unwrap_or(end);
    on_day(c, i, end, hour, minute)
}

/// A time zone after a clock time ("GMT", "EST", "local time"), and the next token.
fn zone(c: &Cursor, i: usize) -> Option<usize> {
    const ZONES: [&str; 16] = [
        "est", "edt", "gmt", "utc", "cst", "cdt", "pst", "pdt", "et", "mst", "mdt", "bst", "cet", "cest", "eet", "ast",
    ];
    if c.is_any(i, &ZONES) && c.capital(i) {
        return Some(i + 1);
    }
    (c.is(i, "local") && c.is(i + 1, "time")).then_some(i + 2)
}

/// A clock time without a.m. or p.m.: "13:00 GMT", "at 09:15", "0735 GMT", "1300 hours". Without
/// a zone or "hours" after it, only "10:30" after a word of time ("at", "until", "from") is one:
/// "3:16" and "2:1" alone are verses and scores.
fn twenty_four_hour(c: &Cursor, i: usize, next: usize) -> Option<Candidate> {
    let digits = c.tokens[i].digits();
    let n = c.number(i)?;
    let (hour, minute) =
        if next == i + 3 { (n as u32, c.number(i + 2)? as u32) } else { ((n / 100) as u32, (n % 100) as u32) };
    let colon = next == i + 3 && c.is(i + 1, ":");
    if hour > 23 || minute > 59 || !(colon && digits <= 2 || next == i + 1 && digits == 4) {
        return None;
    }
    if c.joined(next) && matches!(c.kind(next), Some(Kind::Word | Kind::Number)) {
        return None;
    }
    // "10:35 a.m. (0735 GMT)": the same moment in another zone, a gloss and not a new time.
    let gloss = i >= 2 && c.is(i - 1, "(") && (c.is_any(i - 2, &["m", "am", "pm"]) || zone(c, i - 2).is_some())
        || i >= 3 && c.is(i - 1, "(") && c.is(i - 2, ".") && c.is(i - 3, "m");
    if gloss {
        return None;
    }
    let end = zone(c, next).or_else(|| c.is_any(next, &["hours", "hrs", "h"]).then_some(next + 1));
    let cue = i > 0
        && c.is_any(i - 1, &["at", "around", "about", "from", "until", "till", "by", "before", "after", "since", "to"]);
    let end = match end {
        Some(end) => end,
        None if colon && cue => next,
        None => return None,
    };
    on_day(c, i, end, hour, minute)
}

/// A clock time at `first..end`, with the day that may follow it ("10 p.m. Wednesday").
fn on_day(c: &Cursor, i: usize, end: usize, hour: u32, minute: u32) -> Option<Candidate> {
    let date = super::rules_date::calendar(c, c.comma(end)).filter(|d| matches!(d.sem, Sem::Cal { day: Some(_), .. }));
    let (day, after) = match (day_reference(c, end), date) {
        (Some((day, after)), _) => (day, after),
        (None, Some(date)) => (date.sem, date.end),
        // "10:35 a.m. (0735 GMT) Friday": the day after a gloss in brackets is the time's day,
        // though the expression ends before the bracket and the day is tagged on its own.
        _ => match (0..6).map(|k| end + k).find(|&k| c.is(k, ")")).filter(|_| c.is(end, "(")) {
            Some(close) => (day_reference(c, close + 1).map_or(shift(Unit::Day, 0, true), |(day, _)| day), end),
            None => (shift(Unit::Day, 0, true), end),
        },
    };
    plain(i, after, Sem::Time { day: Box::new(day), clock: Clock::At(hour, minute) })
}

/// "a.m.", "p.m.", "am", "pm" at `i`: true for p.m., and the next token.
fn meridiem(c: &Cursor, i: usize) -> Option<(bool, usize)> {
    match c.word(i) {
        "am" | "pm" => Some((c.is(i, "pm"), c.dot(i + 1))),
        "a" | "p" if c.is(i + 1, ".") && c.is(i + 2, "m") && c.joined(i + 2) => Some((c.is(i, "p"), c.dot(i + 3))),
        _ => None,
    }
}

/// "daily", "every week", "each Thursday", "on Fridays".
pub fn set(c: &Cursor, i: usize) -> Option<Candidate> {
    let w = c.word(i);
    // "rise 8.5% annually", "average daily volume": a rate, as with "$5 a year".
    let rate = i > 0 && (c.is_any(i - 1, &["%", "percent", "average"]));
    if rate && matches!(w, "daily" | "nightly" | "weekly" | "monthly" | "annually" | "yearly" | "hourly") {
        return None;
    }
    let value = match w {
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",
        "annually" | "yearly" | "annual" if w != "annual" => "P1Y",
        "hourly" => "PT1H",
        // "twice a week", "three times a year", "once per month": so often in each unit.
        _ if frequency(c, i).is_some() => {
            let (unit, end) = frequency(c, i)?;
            return plain(i, end, Sem::Set(duration_value(Some(1.0), unit)));
        }
        "every" | "each" => {
            let (j, step) = if c.is(i + 1, "other") { (i + 2, 2.0) } else { (i + 1, 1.0) };
            if let Some(weekday) = lexicon::weekday(c.word(j)).filter(|_| c.capital(j)) {
                return plain(i, j + 1, Sem::Set(format!("XXXX-WXX-{weekday}")));
            }
            if let Some(month) = lexicon::month(c.word(j)).filter(|_| c.capital(j) && lexicon::is_full_month(c.word(j)))
            {
                return plain(i, j + 1, Sem::Set(format!("XXXX-{month:02}")));
            }
            let (unit, false) = c.unit(j)? else {
                return None;
            };
            return plain(i, j + 1, Sem::Set(duration_value(Some(step), unit)));
        }
        _ => {
            let weekday = lexicon::weekday_plural(w).filter(|_| c.capital(i) && i > 0 && c.is(i - 1, "on"))?;
            return plain(i, i + 1, Sem::Set(format!("XXXX-WXX-{weekday}")));
        }
    };
    plain(i, i + 1, Sem::Set(value.to_string()))
}

/// "once a", "twice a", "three times a", "4 times per" at `i`, then a unit: the unit and the next token.
fn frequency(c: &Cursor, i: usize) -> Option<(Unit, usize)> {
    let k = match c.word(i) {
        "once" | "twice" | "thrice" => i + 1,
        _ => {
            let (n, next) = c.amount(i)?;
            (n >= 2.0 && n.fract() == 0.0 && c.is(next, "times")).then_some(next + 1)?
        }
    };
    let k = match c.word(k) {
        "a" | "an" | "per" | "each" | "every" => k + 1,
        _ => return None,
    };
    match c.unit(k)? {
        (unit, false) if !matches!(unit, Unit::Decade | Unit::Century) => Some((unit, k + 1)),
        _ => None,
    }
}
