//! Rules for years and their parts: years, decades, centuries, quarters, halves, seasons, numeric dates.

use super::lexicon;
use super::normalise::{Part, Sem, YearRef};
use super::recognise::{plain, year_at, year_possessive, Candidate, Cursor};
use super::rules_date::{year_after, MONTH_CONTEXT};
use super::token::Kind;

/// An era marker at `i` ("BC", "B.C.", "BCE", "AD", "A.D.", "CE"): true before Christ, and the next token.
fn era(c: &Cursor, i: usize) -> Option<(bool, usize)> {
    let t = c.token(i)?;
    if !t.capital {
        return None;
    }
    let dotted = |a: &str, b: &str| c.is(i, a) && c.is(i + 1, ".") && c.is(i + 2, b) && c.joined(i + 2);
    match t.lower.as_str() {
        "bc" | "bce" => Some((true, i + 1)),
        "ad" | "ce" => Some((false, i + 1)),
        "b" if dotted("b", "c") => Some((true, c.dot(i + 3))),
        "a" if dotted("a", "d") => Some((false, c.dot(i + 3))),
        _ => None,
    }
}

/// Years of an era: "44 BC", "AD 476", "476 A.D.", "the 5th century BC".
pub(super) fn era_year(c: &Cursor, i: usize) -> Option<Candidate> {
    let year = |k: usize| c.number(k).filter(|&n| (1..=9999).contains(&n) && c.tokens[k].digits() <= 4);
    // "AD 476".
    if let Some((false, j)) = era(c, i) {
        return plain(i, j + 1, Sem::Cal { year: YearRef::Given(year(j)? as i32), month: None, day: None });
    }
    let n = year(i)?;
    let (bc, end) = era(c, i + 1)?;
    let sem = if bc {
        Sem::BeforeChrist { number: n as u32, century: false }
    } else {
        Sem::Cal { year: YearRef::Given(n as i32), month: None, day: None }
    };
    plain(i, end, sem)
}

/// "1990", "1990s", "the 1990s", "'90s", "the nineties", "the 20th century", "the year 1848".
pub(super) fn year_forms(c: &Cursor, i: usize) -> Option<Candidate> {
    if let Some(found) = era_year(c, i) {
        return Some(found);
    }
    let the = c.is(i, "the");
    // "the year 1848", "the year 476 AD".
    if the && c.is(i + 1, "year") {
        if let Some(found) = era_year(c, i + 2).or_else(|| year_forms(c, i + 2)) {
            return matches!(found.sem, Sem::Cal { month: None, .. } | Sem::BeforeChrist { century: false, .. })
                .then_some(Candidate { first: i, ..found });
        }
    }
    let j = if the { i + 1 } else { i };
    if let Some((year, next)) = year_at(c, j) {
        // Decades: "1990s", "1990's", "'90s".
        let plural = if c.is(next, "s") && c.joined(next) {
            Some(next + 1)
        } else if c.is_any(next, &["'", "’"]) && c.joined(next) && c.is(next + 1, "s") && year % 10 == 0 && the {
            Some(next + 2)
        } else {
            None
        };
        if let Some(end) = plural {
            if year % 100 == 0 && c.tokens[j].kind == Kind::Number && the {
                return plain(i, end, Sem::Century(year / 100));
            }
            if year % 10 == 0 {
                return plain(i, end, Sem::Decade(year));
            }
            return None;
        }
        if the {
            return None;
        }
        // "$1990", "1990%", "No. 2000" are amounts and codes.
        if i > 0
            && (c.is_any(i - 1, &["$", "#", "€", "£", "no"])
                || (c.is(i - 1, ",") && c.joined(i) && c.number(i.saturating_sub(2)).is_some()))
        {
            return None;
        }
        // "Resolution 1441", "Flight 1549", "Windows 2000": a number in a name.
        const NUMBERED: [&str; 20] = [
            "resolution",
            "article",
            "section",
            "chapter",
            "paragraph",
            "clause",
            "flight",
            "route",
            "highway",
            "interstate",
            "room",
            "suite",
            "windows",
            "boeing",
            "airbus",
            "apollo",
            "model",
            "page",
            "item",
            "platform",
        ];
        if i > 0 && c.is_any(i - 1, &NUMBERED) {
            return None;
        }
        // "about 2000 soldiers", "more than 1500 people": a count.
        let counted = i > 0
            && c.is_any(
                i - 1,
                &["about", "some", "nearly", "almost", "roughly", "approximately", "around", "least", "than"],
            );
        let counts = c.token(next).is_some_and(|t| {
            t.kind == Kind::Word && !t.capital && (t.lower.ends_with('s') && t.lower.len() > 3 || t.lower == "people")
        });
        if counted && counts && c.unit(next).is_none() {
            return None;
        }
        if c.is(next, "%")
            || (c.is_any(next, &[",", "."]) && c.joined(next) && c.joined(next + 1) && c.number(next + 1).is_some())
        {
            return None;
        }
        return plain(i, next, Sem::Cal { year: YearRef::Given(year), month: None, day: None });
    }
    if the {
        let decade = match c.word(j) {
            "twenties" => 1920,
            "thirties" => 1930,
            "forties" => 1940,
            "fifties" => 1950,
            "sixties" => 1960,
            "seventies" => 1970,
            "eighties" => 1980,
            "nineties" => 1990,
            _ => 0,
        };
        if decade > 0 {
            return plain(i, j + 1, Sem::Decade(decade));
        }
    }
    // "the 20th century", "19th-century", "the twentieth century".
    if let Some((n, next)) = century_ordinal(c, j) {
        let k = c.hyphen(next);
        if c.is(k, "century") {
            return match era(c, k + 1) {
                Some((true, end)) => plain(i, end, Sem::BeforeChrist { number: n, century: true }),
                Some((false, end)) => plain(i, end, Sem::Century(n as i32 - 1)),
                None => plain(i, k + 1, Sem::Century(n as i32 - 1)),
            };
        }
    }
    None
}

/// A century's ordinal at `i` ("20th", "twentieth") and the next token.
fn century_ordinal(c: &Cursor, i: usize) -> Option<(u32, usize)> {
    if let Some(n) = c.number(i) {
        let ordinal = c.joined(i + 1) && lexicon::is_ordinal_suffix(c.word(i + 1));
        return (ordinal && (1..=30).contains(&n)).then_some((n as u32, i + 2));
    }
    lexicon::ordinal(c.word(i)).map(|n| (n, i + 1))
}

/// Quarters, halves and seasons: "the third quarter", "third-quarter", "1989's first half",
/// "the fiscal first quarter", "summer 2025", "last fall".
pub(super) fn year_part(c: &Cursor, i: usize) -> Option<Candidate> {
    let mut j = i;
    let the = c.is(j, "the");
    if the {
        j += 1;
    }
    let mut year = YearRef::Open;
    if let Some((y, next)) = year_possessive(c, j) {
        year = y;
        j = next;
        // "last year's quarter", "1988's period": the reporting quarter in that year.
        if c.is_any(j, &["quarter", "period"]) {
            return match year {
                YearRef::Shift(by) if by < 0 => plain(i, j + 1, Sem::Reporting { years_back: -by }),
                YearRef::Given(y) => plain(i, j + 1, Sem::ReportingYear(y)),
                _ => None,
            };
        }
    }
    if let Some((y, next)) = year_at(c, j).filter(|_| the) {
        if c.is_any(next, &["quarter", "period"]) {
            return plain(i, next + 1, Sem::ReportingYear(y));
        }
        if lexicon::ordinal(c.word(next)).is_some() {
            year = YearRef::Given(y);
            j = next;
        }
    }
    if c.is(j, "fiscal") {
        j += 1;
    }
    // A season.
    if let Some((code, first)) = lexicon::season(c.word(j)) {
        let end = j + 1;
        // "the Winter War", "the Arab Spring", "Summer Olympics": a season in a name.
        let named_before = j > 0 && c.capital(j - 1) && !c.tokens[j - 1].sentence_start;
        if c.capital(j) && (named_before || c.continues_name(end)) {
            return None;
        }
        let k = c.comma(end);
        if let Some((y, after)) = year_after(c, k).or_else(|| c.is(end, "of").then(|| year_after(c, end + 1)).flatten())
        {
            return plain(i, after, Sem::YearPart { year: y, part: Part::Season(code, first) });
        }
        let before = if i > 0 { c.word(i - 1) } else { "" };
        // "the fall of the regime" is no season.
        if c.is(end, "of") {
            return None;
        }
        let licensed = the || year != YearRef::Open || MONTH_CONTEXT.contains(&before);
        if !licensed || (c.word(j) == "fall" && !the && year == YearRef::Open) {
            return None;
        }
        return plain(i, end, Sem::YearPart { year, part: Part::Season(code, first) });
    }
    // "the last half of 1989", "the first two quarters of 1990": halves said another way.
    let other_half = match (c.word(j), c.word(j + 1), c.word(j + 2)) {
        ("last" | "latter", "half", _) => Some((2, j + 1)),
        ("first", "two", "quarters") => Some((1, j + 2)),
        ("last", "two", "quarters") => Some((2, j + 2)),
        _ => None,
    };
    let (part, next, k) = if let Some((h, k)) = other_half {
        (Part::Half(h), k, k)
    } else {
        let (n, next) = if let Some(n) = lexicon::ordinal(c.word(j)) {
            (n, j + 1)
        } else if let Some(n) = c.number(j).filter(|_| c.joined(j + 1) && lexicon::is_ordinal_suffix(c.word(j + 1))) {
            (n as u32, j + 2)
        } else {
            return None;
        };
        let k = c.hyphen(next);
        let k = if c.is(k, "fiscal") { k + 1 } else { k };
        let part = match c.word(k) {
            "quarter" if (1..=4).contains(&n) => Part::Quarter(n),
            "half" if (1..=2).contains(&n) => Part::Half(n),
            _ => return None,
        };
        (part, next, k)
    };
    let mut end = k + 1;
    if c.is(end, "of") {
        if let Some((y, after)) = year_at(c, end + 1) {
            year = YearRef::Given(y);
            end = after;
        } else if c.is_any(end + 1, &["this", "last", "next"]) && c.is(end + 2, "year") {
            let shift = match c.word(end + 1) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            year = YearRef::Shift(shift);
            end += 3;
        } else if c.is(end + 1, "the") && c.is(end + 2, "year") && !(c.is(end + 3, "-") && c.joined(end + 3)) {
            // "the second half of the year": of the year the text speaks of.
            year = YearRef::Shift(0);
            end += 3;
        }
    } else if let Some((y, after)) = year_at(c, end) {
        year = YearRef::Given(y);
        end = after;
    }
    if other_half.is_some() && year == YearRef::Open {
        return None;
    }
    // "the third-quarter loss": the article belongs to the noun, not to the adjective.
    let hyphenated = c.is(next, "-");
    let first = if the && hyphenated && year == YearRef::Open && !c.is(i + 1, "fiscal") { i + 1 } else { i };
    plain(first, end, Sem::YearPart { year, part })
}

/// "2025-09-24", "9/24/2025", "24.09.2025", "19-Nov-12".
pub(super) fn numeric(c: &Cursor, i: usize) -> Option<Candidate> {
    let a = c.number(i)?;
    let sep = c.word(i + 1);
    if !matches!(sep, "-" | "/" | ".") || !c.joined(i + 1) || !c.joined(i + 2) {
        return None;
    }
    let tail_ok = |k: usize| {
        !(c.joined(k) && matches!(c.kind(k), Some(Kind::Number | Kind::Word))
            || c.joined(k) && c.is(k, sep) && c.joined(k + 1) && c.number(k + 1).is_some())
    };
    let two_digit_year = |y: u64| {
        if y < 50 {
            2000 + y as i32
        } else {
            1900 + y as i32
        }
    };
    // Day-Mon-Year: "19-Nov-12".
    if let Some(month) = lexicon::month(c.word(i + 2)) {
        if c.is(i + 3, sep) && c.joined(i + 3) && c.joined(i + 4) {
            let y = c.number(i + 4)?;
            let year = match c.tokens[i + 4].digits() {
                2 => two_digit_year(y),
                4 => y as i32,
                _ => return None,
            };
            if tail_ok(i + 5) && (1..=31).contains(&a) {
                return plain(
                    i,
                    i + 5,
                    Sem::Cal { year: YearRef::Given(year), month: Some(month), day: Some(a as u32) },
                );
            }
        }
        return None;
    }
    let b = c.number(i + 2)?;
    if !(c.is(i + 3, sep) && c.joined(i + 3) && c.joined(i + 4)) {
        // "2025-09" (ISO month).
        if sep == "-"
            && c.tokens[i].digits() == 4
            && c.tokens[i + 2].digits() == 2
            && tail_ok(i + 3)
            && (1000..2100).contains(&a)
            && (1..=12).contains(&b)
        {
            return plain(i, i + 3, Sem::Cal { year: YearRef::Given(a as i32), month: Some(b as u32), day: None });
        }
        return None;
    }
    let d = c.number(i + 4)?;
    if !tail_ok(i + 5) {
        return None;
    }
    let (da, db, dd) = (c.tokens[i].digits(), c.tokens[i + 2].digits(), c.tokens[i + 4].digits());
    let (year, month, day) = if da == 4 && db <= 2 && dd <= 2 {
        (a as i32, b, d)
    } else if da <= 2 && db <= 2 && (dd == 4 || dd == 2) {
        let year = if dd == 4 { d as i32 } else { two_digit_year(d) };
        // Month first as in American usage unless the first number cannot be a month.
        if a > 12 || (sep == "." && b <= 12) {
            (year, b, a)
        } else {
            (year, a, b)
        }
    } else {
        return None;
    };
    if !(1000..2100).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    plain(i, i + 5, Sem::Cal { year: YearRef::Given(year), month: Some(month as u32), day: Some(day as u32) })
}

/// Years in words: "nineteen ninety-six", "the year two thousand".
pub(super) fn spelled_year(c: &Cursor, i: usize) -> Option<Candidate> {
    let start = i;
    let i = if c.is(i, "the") && c.is(i + 1, "year") { i + 2 } else { i };
    if c.is(i, "two") && c.is(i + 1, "thousand") {
        let mut end = i + 2;
        let mut year = 2000;
        let k = if c.is(end, "and") { end + 1 } else { end };
        if let Some((n, after)) = c.amount(k).filter(|(n, _)| *n >= 1.0 && *n < 100.0 && c.number(k).is_none()) {
            year += n as i32;
            end = after;
        }
        if start == i && end == i + 2 && !c.capital(i) {
            return None;
        }
        return plain(start, end, Sem::Cal { year: YearRef::Given(year), month: None, day: None });
    }
    let century = match c.word(i) {
        "nineteen" => 1900,
        "eighteen" => 1800,
        "twenty" if c.number(i).is_none() && !c.is(c.hyphen(i + 1), "one") => 2000,
        _ => return None,
    };
    let (rest, end) = c.amount(i + 1).filter(|(n, _)| *n >= 10.0 && *n < 100.0 && c.number(i + 1).is_none())?;
    if c.unit(end).is_some() {
        return None;
    }
    plain(start, end, Sem::Cal { year: YearRef::Given(century + rest as i32), month: None, day: None })
}
