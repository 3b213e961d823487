//! How a text moves in time: news counts from its own day, a history from the dates it tells.

use super::lexicon::Unit;
use super::normalise::{AnchorTime, Sem, YearRef};
use super::recognise::Candidate;
use super::token::Token;

/// How a text moves in time, which decides what relative expressions count from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    /// News: relative expressions count from the document creation time.
    News,
    /// Narrative: they count from the latest date the text itself established.
    Narrative,
    /// Chosen per document from the dates it uses ([`choose_style`]).
    #[default]
    Auto,
}

/// How many dates far from the document's own time, for each one that counts from it, make a
/// text a narrative: news that looks back ("… in 1994. In January, …") still dates most things
/// from its own day.
const NARRATIVE_RATIO: usize = 6;

/// How many tokens after a far year a weekday still reads as a day of that year's story.
const STORY_DAYS: usize = 40;

/// Words that count from the day of writing: "today", "last week", "two years ago".
const DEICTIC: &[&str] =
    &["today", "tonight", "yesterday", "tomorrow", "ago", "last", "next", "this", "coming", "past"];

/// Decides how a text moves in time from the dates it uses. News counts from its own day: it
/// says "on Tuesday", "last week", "yesterday" and gives dates close to the DCT. A history or a
/// biography moves through its own time: most of its years are far from the DCT, it hardly
/// uses expressions that count from the day of writing, and without a DCT it has only its own.
pub fn choose_style(tokens: &[Token], candidates: &[Candidate], dct: Option<AnchorTime>) -> Style {
    let Some(dct) = dct else {
        return Style::Narrative;
    };
    let (mut far, mut near) = (0usize, 0usize);
    let year = dct.day.year();
    // Where the text last named a year far from the DCT: a weekday soon after "3 September
    // 1939" is a day of that story, no sign of news.
    let mut far_year_at: Option<usize> = None;
    for candidate in candidates {
        let words = &tokens[candidate.first..candidate.end];
        let deictic = || words.iter().any(|t| DEICTIC.contains(&t.lower.as_str()));
        let close = match &candidate.sem {
            Sem::Cal { year: YearRef::Given(y), .. } | Sem::YearPart { year: YearRef::Given(y), .. } => {
                let is_far = (y - year).abs() > 1;
                far_year_at = if is_far { Some(candidate.end) } else { None };
                // A year next to the DCT's is no sign either way: a history of a recent war
                // reaches the year it was written in, and news names its own year.
                is_far.then_some(false)
            }
            Sem::Decade(first) => Some((first - 1..=first + 10).contains(&year)),
            Sem::Weekday { .. } if far_year_at.is_some_and(|at| candidate.first < at + STORY_DAYS) => None,
            Sem::Weekday { .. } | Sem::PastPeriod { .. } => Some(true),
            // "Today, historians agree …" closes many a history: the day alone is no sign of news.
            Sem::Shift { unit: Unit::Day, by: 0, .. } => None,
            Sem::Shift { anaphoric: false, .. } | Sem::Time { .. } if deictic() => Some(true),
            _ => None,
        };
        match close {
            Some(true) => near += 1,
            Some(false) => far += 1,
            None => {}
        }
    }
    if far >= 4 && far >= NARRATIVE_RATIO * near {
        Style::Narrative
    } else {
        Style::News
    }
}
