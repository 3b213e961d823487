//! Search text lowered once: each distinct quoted sentence, category name and actor name.
//!
//! An event's search text is its quotes, its category name and the names of its actors; they are
//! stored once each rather than per event (a sentence is quoted by every event it yields), and a
//! search marks the pieces that match, which events then look up.

/// The lowered texts an event search reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SearchText {
    /// Every distinct quote, lowered, each followed by a NUL, so one scan covers them all.
    quotes: String,
    /// Where each quote starts in `quotes`, and a final entry one past the last NUL.
    quote_starts: Vec<u32>,
    categories: Vec<String>,
    /// Each actor's name and aliases, lowered, one per line.
    actors: Vec<String>,
}

/// Which pieces of search text contain a needle.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct TextHits {
    pub quotes: Vec<bool>,
    pub categories: Vec<bool>,
    pub actors: Vec<bool>,
}

/// Lowers text for search: the same folding for the text and for the needle.
pub fn lower(text: &str) -> String {
    text.to_lowercase()
}

impl SearchText {
    pub fn push_quote(&mut self, text: &str) {
        if self.quote_starts.is_empty() {
            self.quote_starts.push(0);
        }
        self.quotes.push_str(&lower(text));
        self.quotes.push('\0');
        self.quote_starts.push(self.quotes.len() as u32);
    }

    pub fn push_category(&mut self, name: &str) {
        self.categories.push(lower(name));
    }

    pub fn push_actor<'a>(&mut self, names: impl IntoIterator<Item = &'a str>) {
        let names: Vec<String> = names.into_iter().map(lower).collect();
        self.actors.push(names.join("\n"));
    }

    fn quote_count(&self) -> usize {
        self.quote_starts.len().saturating_sub(1)
    }

    fn quote(&self, quote_ix: usize) -> &str {
        let start = self.quote_starts[quote_ix] as usize;
        let end = self.quote_starts[quote_ix + 1] as usize - 1;
        &self.quotes[start..end]
    }

    /// The pieces containing `needle`, which must already be lowered with [`lower`].
    pub fn hits(&self, needle: &str) -> TextHits {
        TextHits {
            quotes: self.quote_hits(needle),
            categories: self.categories.iter().map(|c| c.contains(needle)).collect(),
            actors: self.actors.iter().map(|a| a.contains(needle)).collect(),
        }
    }

    fn quote_hits(&self, needle: &str) -> Vec<bool> {
        let count = self.quote_count();
        // A needle holding the separator could match across two quotes: test those one by one.
        if needle.is_empty() || needle.contains('\0') {
            return (0..count).map(|q| self.quote(q).contains(needle)).collect();
        }
        // One scan over every quote; after a hit, the rest of that quote need not be read.
        let mut hits = vec![false; count];
        let mut at = 0;
        while let Some(found) = self.quotes[at..].find(needle) {
            let position = (at + found) as u32;
            let quote_ix = self.quote_starts.partition_point(|&start| start <= position) - 1;
            hits[quote_ix] = true;
            at = self.quote_starts[quote_ix + 1] as usize;
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hit_marks_its_own_quote_only() {
        let mut text = SearchText::default();
        for quote in ["Iraq met Iran.", "They SIGNED a deal.", "", "signed, sealed"] {
            text.push_quote(quote);
        }
        text.push_category("Sign formal agreement");
        text.push_actor(["Islamic State", "ISIS"]);
        let hits = text.hits("signed");
        assert_eq!(hits.quotes, [false, true, false, true]);
        assert_eq!(hits.categories, [false]);
        assert_eq!(text.hits("isis").actors, [true]);
        // A match may not run from one quote into the next.
        assert_eq!(text.hits("iran.\0they").quotes, [false, false, false, false]);
        assert_eq!(text.hits(".they").quotes, [false, false, false, false]);
    }
}
