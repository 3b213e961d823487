//! The rule matcher: walks the tokens once and keeps the longest expression starting at each one.

use super::lexicon::{self, Unit};
use super::normalise::{Sem, YearRef};
use super::token::{Kind, Token};
use super::{rules_amount, rules_date, rules_rel};
use std::cell::Cell;

/// A recognised expression: a token range, its meaning and its modifier.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// First token and one past the last token.
    pub first: usize,
    pub end: usize,
    pub sem: Sem,
    pub modifier: Option<&'static str>,
    /// A forced direction ("last March" is past, "next March" future) overriding the tense.
    pub direction: Option<i8>,
}

/// How deeply one expression may nest another ("the day before the day before Tuesday"): no
/// reader writes more than two levels, and a bound keeps the matcher's work per token constant.
const MAX_NESTING: u8 = 3;

/// Read access to the tokens with out-of-range safety.
pub struct Cursor<'a> {
    pub tokens: &'a [Token],
    /// How many [`core`] calls are open: nested expressions are read only to [`MAX_NESTING`].
    depth: Cell<u8>,
}

impl<'a> Cursor<'a> {
    pub fn new(tokens: &'a [Token]) -> Self {
        Cursor { tokens, depth: Cell::new(0) }
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.lower.as_str())
    }

    pub fn token(&self, i: usize) -> Option<&'a Token> {
        self.tokens.get(i)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.word(i) == word
    }

    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.word(i);
        !w.is_empty() && words.contains(&w)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn number(&self, i: usize) -> Option<u64> {
        self.tokens.get(i).filter(|t| t.kind == Kind::Number).map(|t| t.number)
    }

    pub fn joined(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.joined)
    }

    pub fn capital(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.capital)
    }

    /// True for a word written with a capital where English writes it small, so a name or a
    /// title: "VOA Today", ABC's "This Week", "High Noon". A sentence or a quotation may open with it.
    pub fn titled(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let opens = t.sentence_start
            || i == 0
            || matches!(self.word(i - 1), "`" | "\"" | "“" | "'" | "‘" | "(" | "-" | "—" | ":" | "_" | "[");
        t.capital && !t.shouted && !opens
    }

    /// True when the word at `i` carries on a name begun before it: a capitalized word inside a
    /// sentence that is not a month ("the Winter War", "the Easter Rising", but "Winter 1940").
    pub fn continues_name(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind == Kind::Word && t.capital && !t.sentence_start && lexicon::month(&t.lower).is_none()
        })
    }

    /// True for a possessive "'s" starting at `i`: "this year's", "This quarter's".
    pub fn possessive(&self, i: usize) -> bool {
        self.is_any(i, &["'", "’"]) && self.is(i + 1, "s")
    }

    /// Skips a hyphen joined on both sides ("third-quarter", "mid-1990s").
    pub fn hyphen(&self, i: usize) -> usize {
        if self.is(i, "-") && self.joined(i) && self.joined(i + 1) {
            i + 1
        } else {
            i
        }
    }

    /// Skips a full stop joined to the previous word ("Sept.").
    pub fn dot(&self, i: usize) -> usize {
        if self.is(i, ".") && self.joined(i) {
            i + 1
        } else {
            i
        }
    }

    /// Skips a comma.
    pub fn comma(&self, i: usize) -> usize {
        if self.is(i, ",") {
            i + 1
        } else {
            i
        }
    }

    /// An amount written in digits or words at `i`: its value and the next token.
    pub fn amount(&self, i: usize) -> Option<(f64, usize)> {
        if let Some(n) = self.number(i) {
            // "1.5" and "2,000" are read whole; anything else after the digits ends the amount.
            if self.is(i + 1, ".") && self.joined(i + 1) && self.joined(i + 2) {
                if let Some(fraction) = self.number(i + 2) {
                    let digits = self.tokens[i + 2].digits() as i32;
                    return Some((n as f64 + fraction as f64 / 10f64.powi(digits), i + 3));
                }
            }
            // "2 1/2".
            if let (Some(a), Some(b)) = (self.number(i + 1), self.number(i + 3)) {
                if self.is(i + 2, "/") && self.joined(i + 2) && self.joined(i + 3) && b > a && b <= 12 {
                    return Some((n as f64 + a as f64 / b as f64, i + 4));
                }
            }
            return (n < 100_000).then_some((n as f64, i + 1));
        }
        let w = self.word(i);
        if matches!(w, "a" | "an") && self.is(i + 1, "half") {
            return Some((0.5, i + 2));
        }
        let mut value = lexicon::cardinal(w)?;
        let mut next = i + 1;
        // "twenty-four", "twenty four".
        if value >= 20 && value % 10 == 0 && value < 100 {
            let j = self.hyphen(next);
            if let Some(unit) = lexicon::cardinal(self.word(j)).filter(|&u| (1..10).contains(&u)) {
                if !matches!(self.word(j), "a" | "an") {
                    value += unit;
                    next = j + 1;
                }
            }
        }
        // "one and a half".
        if self.is(next, "and") && matches!(self.word(next + 1), "a" | "an") && self.is(next + 2, "half") {
            return Some((f64::from(value) + 0.5, next + 3));
        }
        Some((f64::from(value), next))
    }

    /// A unit word at `i`, with a plural flag.
    pub fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        lexicon::unit(self.word(i))
    }
}

/// Finds every expression in the tokens, leftmost-longest, without overlaps.
pub fn recognise(tokens: &[Token]) -> Vec<Candidate> {
    let cursor = Cursor::new(tokens);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match longest_at(&cursor, i) {
            // "The Sunday Times", "the October Revolution", "the Six-Day War": a name.
            Some(candidate) if candidate.end > i && names_something(&cursor, &candidate) => i = candidate.end,
            Some(candidate) if candidate.end > i => {
                i = candidate.end;
                found.push(candidate);
            }
            _ => i += 1,
        }
    }
    found
}

/// True when an expression is the start of a name: after "the", written in capitalized words
/// only, and the name going on after it. A date with digits stays one ("the Aug. 7 Embassy bombings").
fn names_something(c: &Cursor, candidate: &Candidate) -> bool {
    let (first, end) = (candidate.first, candidate.end);
    let after_the = first > 0 && c.is(first - 1, "the");
    let words = c.tokens[first..end].iter().all(|t| t.kind == Kind::Word && t.capital || t.lower == "-");
    after_the && words && c.continues_name(end)
}

fn longest_at(c: &Cursor, i: usize) -> Option<Candidate> {
    let token = c.token(i)?;
    if token.kind == Kind::Punct && !matches!(token.lower.as_str(), "'" | "’") {
        return None;
    }
    let mut best: Option<Candidate> = None;
    let mut offer = |candidate: Option<Candidate>| {
        if let Some(candidate) = candidate {
            if best.as_ref().is_none_or(|b| candidate.end > b.end) {
                best = Some(candidate);
            }
        }
    };
    offer(core(c, i));
    offer(modified(c, i));
    offer(rules_amount::amount_expression(c, i));
    offer(rules_amount::bare_units(c, i));
    best
}

/// An expression without leading modifiers.
pub fn core(c: &Cursor, i: usize) -> Option<Candidate> {
    let depth = c.depth.get();
    if depth >= MAX_NESTING {
        return None;
    }
    c.depth.set(depth + 1);
    let best = core_unbounded(c, i);
    c.depth.set(depth);
    best
}

fn core_unbounded(c: &Cursor, i: usize) -> Option<Candidate> {
    let mut best: Option<Candidate> = None;
    for candidate in
        [rules_date::calendar(c, i), rules_rel::relative(c, i), rules_amount::clock(c, i), rules_amount::set(c, i)]
            .into_iter()
            .flatten()
    {
        if best.as_ref().is_none_or(|b| candidate.end > b.end) {
            best = Some(candidate);
        }
    }
    best
}

/// "early September", "late 2026", "mid-1990s", "the end of 1990", "fiscal 1989".
fn modified(c: &Cursor, i: usize) -> Option<Candidate> {
    let w = c.word(i);
    let (modifier, next) = match w {
        "early" | "earlier" => ("START", c.hyphen(i + 1)),
        "late" | "later" => ("END", c.hyphen(i + 1)),
        "mid" | "middle" => ("MID", c.hyphen(i + 1)),
        // "end-2025", "start-2026": only joined, as the wires write it.
        "end" | "start" if c.hyphen(i + 1) > i + 1 => (if w == "end" { "END" } else { "START" }, i + 2),
        "the" => {
            let (m, j) = match c.word(i + 1) {
                "end" => ("END", i + 2),
                "beginning" | "start" => ("START", i + 2),
                "middle" => ("MID", i + 2),
                // "the early 1980s", "the late summer".
                "early" | "late" | "mid" => {
                    let inner = modified(c, i + 1)?;
                    return matches!(
                        inner.sem,
                        Sem::Decade(_) | Sem::Century(_) | Sem::BeforeChrist { .. } | Sem::YearPart { .. }
                    )
                    .then_some(Candidate { first: i, ..inner });
                }
                _ => return None,
            };
            if !c.is(j, "of") {
                return None;
            }
            // "the end of the year": the current one.
            if c.is(j + 1, "the") {
                if let Some((unit, false)) = c.unit(j + 2) {
                    let sem = Sem::Shift { unit, by: 0, anaphoric: true };
                    return Some(Candidate { first: i, end: j + 3, sem, modifier: Some(m), direction: None });
                }
            }
            (m, j + 1)
        }
        "fiscal" => {
            let inner = core(c, i + 1)?;
            return matches!(inner.sem, Sem::Cal { .. } | Sem::YearPart { .. })
                .then_some(Candidate { first: i, ..inner });
        }
        _ => return None,
    };
    // "early in the year", "late in 1943".
    let next = if matches!(w, "early" | "late" | "mid") && c.is(next, "in") { next + 1 } else { next };
    let inner = core(c, next)?;
    if !is_calendar(&inner.sem) {
        return None;
    }
    // "early on Friday" is not a modifier of Friday; "late last year" is.
    let first_word = c.word(next);
    let day_word = matches!(first_word, "today" | "yesterday" | "tomorrow" | "tonight");
    if matches!(w, "earlier" | "later") && !matches!(first_word, "this" | "that" | "last" | "next" | "in") && !day_word
    {
        return None;
    }
    Some(Candidate { first: i, modifier: Some(modifier), ..inner })
}

/// True for meanings with a calendar position that a START/MID/END modifier can narrow.
pub fn is_calendar(sem: &Sem) -> bool {
    match sem {
        Sem::Cal { .. } | Sem::YearPart { .. } | Sem::Decade(_) | Sem::Century(_) | Sem::Weekday { .. } => true,
        Sem::BeforeChrist { .. } => true,
        Sem::Shift { unit, .. } => !matches!(unit, Unit::Hour | Unit::Minute | Unit::Second),
        Sem::Time { .. } => true,
        _ => false,
    }
}

/// A year written in four digits at `i` (1000–2099), or `'98` style: the year and the next token.
pub fn year_at(c: &Cursor, i: usize) -> Option<(i32, usize)> {
    let t = c.token(i)?;
    if t.kind == Kind::Number && t.digits() == 4 && (1000..2100).contains(&t.number) {
        // A digit run continuing with more digits or letters is a code, not a year.
        let next = c.token(i + 1);
        if next.is_some_and(|n| n.joined && (n.kind == Kind::Number || (n.kind == Kind::Word && n.lower != "s"))) {
            return None;
        }
        // "2025-09-24" is a numeric date, read whole elsewhere.
        let sep = |k: usize| c.is(k, "-") && c.joined(k) && c.joined(k + 1);
        if sep(i + 1) && c.tokens.get(i + 2).is_some_and(|t| t.digits() == 2) && sep(i + 3) {
            return None;
        }
        // "the 1400-kilometer border", "a 2000-strong force": a measure, not a year.
        if next.is_some_and(|n| n.joined && n.lower == "-") && c.kind(i + 2) == Some(Kind::Word) && c.joined(i + 2) {
            return None;
        }
        return Some((t.number as i32, i + 1));
    }
    if matches!(t.lower.as_str(), "'" | "’") {
        let n = c.token(i + 1)?;
        // "'98", and "'80s" (the decade's "s" is read by the caller).
        let free = !c.joined(i + 2) || c.is(i + 2, "s");
        if n.joined && n.kind == Kind::Number && n.digits() == 2 && free {
            return Some((1900 + n.number as i32, i + 2));
        }
    }
    None
}

/// Wraps a meaning as a plain candidate.
pub fn plain(first: usize, end: usize, sem: Sem) -> Option<Candidate> {
    Some(Candidate { first, end, sem, modifier: None, direction: None })
}

/// A year reference like "this year's" or "1989's" before a year part, and the next token.
pub fn year_possessive(c: &Cursor, i: usize) -> Option<(YearRef, usize)> {
    let (year, j) = if let Some((y, j)) = year_at(c, i) {
        (YearRef::Given(y), j)
    } else {
        let shift = match c.word(i) {
            "this" | "the" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        if !c.is(i + 1, "year") {
            return None;
        }
        (YearRef::Shift(shift), i + 2)
    };
    c.possessive(j).then_some((year, j + 2))
}
