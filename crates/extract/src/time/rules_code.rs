//! Rules for the shorthand of business and government writing: "Q3 2025", "3Q25", "H1 2025", "FY2024".

use super::normalise::{Part, Sem, YearRef};
use super::recognise::{plain, year_at, Candidate, Cursor};
use super::token::Kind;

/// Business shorthand for quarters, halves and fiscal years: "Q3 2025", "Q3-25", "2025 Q3",
/// "3Q 2025", "3Q25", "H1 2025", "1H25", "FY2024", "FY 2024", "FY24", "Q3 FY2025".
pub(super) fn business_code(c: &Cursor, i: usize) -> Option<Candidate> {
    // "2025 Q3", "2025-Q3": the year first.
    if let Some((y, next)) = year_at(c, i) {
        let k = if c.is(next, "-") && c.joined(next) { next + 1 } else { next };
        let (part, end) = part_code(c, k)?;
        let joined_code = k > next || !c.joined(k);
        return joined_code.then(|| plain(i, end, Sem::YearPart { year: YearRef::Given(y), part })).flatten();
    }
    if let Some(y) = fiscal_code(c, i) {
        return plain(i, y.1, Sem::Cal { year: YearRef::Given(y.0), month: None, day: None });
    }
    let (part, next) = part_code(c, i)?;
    // A capitalized word before "Q3" makes it a name ("Audi Q3").
    if i > 0 && c.capital(i - 1) && !c.tokens[i - 1].sentence_start && c.kind(i - 1) == Some(Kind::Word) {
        return None;
    }
    if let Some((y, end)) = code_year(c, next) {
        return plain(i, end, Sem::YearPart { year: YearRef::Given(y), part });
    }
    // Without a year, only a quarter in either order ("Q3", "3Q") or a half written number
    // first ("1H") is a date: "H1" alone is a heading, a visa or a gene as often.
    let letter_first = c.kind(i) == Some(Kind::Word);
    if letter_first && matches!(part, Part::Half(_)) {
        return None;
    }
    plain(i, next, Sem::YearPart { year: YearRef::Open, part })
}

/// "Q3", "3Q", "H1", "1H" at `i`: the part of the year and the next token. The code must stand
/// alone: "Q3X", "H1N1" and "3Q2" (a model, a virus, a grid cell) are not dates.
fn part_code(c: &Cursor, i: usize) -> Option<(Part, usize)> {
    let (letter, n) = match (c.kind(i)?, c.kind(i + 1)) {
        (Kind::Word, Some(Kind::Number)) if c.capital(i) => (c.word(i), c.number(i + 1)?),
        (Kind::Number, Some(Kind::Word)) if c.capital(i + 1) => (c.word(i + 1), c.number(i)?),
        _ => return None,
    };
    if !c.joined(i + 1) || c.tokens.get(i + 1).is_some_and(|t| t.end - t.start > 1 && t.kind == Kind::Number) {
        return None;
    }
    if c.kind(i) == Some(Kind::Number) && c.tokens[i].digits() != 1 {
        return None;
    }
    let part = match letter {
        "q" if (1..=4).contains(&n) => Part::Quarter(n as u32),
        "h" if (1..=2).contains(&n) => Part::Half(n as u32),
        _ => return None,
    };
    let end = i + 2;
    // A two-digit year may follow joined ("3Q25"); anything else joined ends it.
    let tail = c.token(end).filter(|t| t.joined);
    if tail.is_some_and(|t| t.kind == Kind::Word) {
        return None;
    }
    if tail.is_some_and(|t| t.kind == Kind::Number && t.digits() != 2) {
        return None;
    }
    Some((part, end))
}

/// The year after a quarter or half code: " 2025", "-2025", "-25", "25" joined, "'25", " FY2025".
fn code_year(c: &Cursor, i: usize) -> Option<(i32, usize)> {
    let two_digit = |n: u64| if n < 50 { 2000 + n as i32 } else { 1900 + n as i32 };
    // "3Q25".
    if c.joined(i) && c.kind(i) == Some(Kind::Number) && c.tokens[i].digits() == 2 {
        return Some((two_digit(c.number(i)?), i + 1));
    }
    let k = if c.is_any(i, &["-", "'", "’"]) && c.joined(i) && c.joined(i + 1) { i + 1 } else { i };
    if k > i && c.kind(k) == Some(Kind::Number) && c.tokens[k].digits() == 2 && !c.joined(k + 1) {
        return Some((two_digit(c.number(k)?), k + 1));
    }
    if let Some(found) = fiscal_code(c, k) {
        return Some(found);
    }
    if c.is(k, "fiscal") {
        return year_at(c, k + 1);
    }
    year_at(c, k)
}

/// "FY2024", "FY 2024", "FY24", "FY'24" at `i`: the fiscal year's number and the next token.
fn fiscal_code(c: &Cursor, i: usize) -> Option<(i32, usize)> {
    if !(c.is(i, "fy") && c.capital(i)) {
        return None;
    }
    let k = if c.is_any(i + 1, &["'", "’"]) && c.joined(i + 1) { i + 2 } else { i + 1 };
    let t = c.token(k)?;
    if t.kind != Kind::Number || c.token(k + 1).is_some_and(|n| n.joined && n.kind != Kind::Punct) {
        return None;
    }
    match t.digits() {
        4 if (1000..2100).contains(&t.number) => Some((t.number as i32, k + 1)),
        2 if t.joined => Some((if t.number < 50 { 2000 } else { 1900 } + t.number as i32, k + 1)),
        _ => None,
    }
}
