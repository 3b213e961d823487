//! How a history's story time moves: a date the text names in passing is an aside, not a move.

use super::normalise::{AnchorTime, Sem, YearRef};
use super::recognise::Candidate;
use super::token::Token;
use tightrope_core::DayInterval;

/// How many tokens may come before a date in its sentence for it to set the scene ("On 10 March
/// 1975, …", "In the same month, …", "By early 1943, …").
const OPENING: usize = 2;

/// The story's line through a history: for each expression, the next year the text writes out
/// after it, which tells whether a date named in passing was a step of the story or an aside.
pub struct StoryLine {
    next_year: Vec<Option<i32>>,
    /// Whether the next expression is a yearless date in the same sentence.
    yearless_follows: Vec<bool>,
}

impl StoryLine {
    pub fn new(tokens: &[Token], candidates: &[Candidate]) -> StoryLine {
        let yearless_follows = candidates
            .iter()
            .zip(candidates.iter().skip(1))
            .map(|(this, next)| {
                let same_sentence = !tokens[this.end..=next.first].iter().any(|t| t.sentence_start);
                same_sentence && matches!(next.sem, Sem::Cal { year: YearRef::Open, .. })
            })
            .chain(std::iter::once(false))
            .collect();
        let mut next_year = vec![None; candidates.len()];
        let mut seen = None;
        for (k, candidate) in candidates.iter().enumerate().rev() {
            next_year[k] = seen;
            if let Sem::Cal { year: YearRef::Given(y), .. } | Sem::YearPart { year: YearRef::Given(y), .. } =
                candidate.sem
            {
                seen = Some(y);
            }
        }
        StoryLine { next_year, yearless_follows }
    }

    /// True when the date `found`, named by the `k`th expression inside a sentence, is an aside
    /// the story does not move to: the end of a stretch ("held out until February 1945"), or a
    /// leap away from the story's year that the text does not follow ("declassified in 2005,
    /// however, revealed there was no attack on 4 August"; "a campaign planned for 1976").
    /// A date opening its sentence sets the scene, and one in the story's year is the story's.
    pub fn aside(
        &self,
        tokens: &[Token],
        candidate: &Candidate,
        k: usize,
        story: AnchorTime,
        found: DayInterval,
    ) -> bool {
        let start = super::anchor::sentence_start(tokens, candidate.first);
        if candidate.first.saturating_sub(start) <= OPENING {
            return false;
        }
        let before = candidate.first.checked_sub(1).map_or("", |i| tokens[i].lower.as_str());
        if matches!(before, "until" | "till") {
            return true;
        }
        // "… in April 1915, Italy declared war on May 23": the sentence goes on in the leap's time.
        if self.yearless_follows[k] {
            return false;
        }
        let (from, to) = (story.span.earliest.year(), story.span.latest.year());
        let year = found.earliest.year();
        if (from..=to).contains(&year) || (from..=to).contains(&found.latest.year()) {
            return false;
        }
        // The text returns towards the story's year rather than going on from the leap.
        self.next_year[k].is_some_and(|next| (next - from).abs() < (next - year).abs())
    }
}
