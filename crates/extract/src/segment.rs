//! Stage 3: segment. Splits each paragraph into sentences with byte offsets.
//!
//! A full stop ends a sentence when whitespace and a likely sentence start follow it, unless
//! the word before it is an abbreviation ("Dr.", "Brig. Gen."), an initial ("J."), or a dotted
//! acronym ("U.S.") followed by a word that does not usually open a sentence.

use tightrope_core::{Paragraph, Sentence};

/// Abbreviations that never end a sentence (titles, name parts, "No." before a number …).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "brig", "col", "lt", "maj", "capt", "cpt", "sgt", "cpl", "adm",
    "cmdr", "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "hon", "amb", "pres", "sec", "supt", "insp",
    "no", "nos", "vol", "vols", "pp", "fig", "approx", "ca", "cf", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "dept", "est", "inc", "ltd", "co", "corp", "bros", "e.g", "i.e", "al", "op", "art", "sq",
];

/// Words that commonly open a sentence; after a dotted acronym they signal a real boundary.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "In",
    "On",
    "At",
    "But",
    "And",
    "However",
    "Yet",
    "So",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "There",
    "Here",
    "His",
    "Her",
    "Their",
    "Our",
    "As",
    "For",
    "With",
    "Meanwhile",
    "Still",
    "Now",
    "Then",
    "Some",
    "Many",
    "Most",
    "No",
    "Not",
    "According",
    "Officials",
    "What",
    "Why",
    "How",
    "Who",
];

/// The longest sentence the later stages read whole. Real sentences stay far below it; text
/// without sentence ends (a table flattened to one line, a pasted list) is cut into pieces of
/// at most this size, so that the work per sentence stays bounded.
pub const MAX_SENTENCE_BYTES: usize = 1500;

/// A document's sentences, and how many overlong runs of text had to be cut to fit.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segmented {
    pub sentences: Vec<Sentence>,
    /// Sentences longer than [`MAX_SENTENCE_BYTES`] that were cut into pieces.
    pub overlong: usize,
}

/// Splits every paragraph of `text` into sentences.
pub fn segment(text: &str, paragraphs: &[Paragraph]) -> Segmented {
    let mut out = Segmented::default();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let body = &text[paragraph.start..paragraph.end];
        let spans = if paragraph.heading { vec![(0, body.len())] } else { split_sentences(body) };
        for (start, end) in spans {
            let pieces = bounded(body, start, end);
            out.overlong += usize::from(pieces.len() > 1);
            for (start, end) in pieces {
                out.sentences.push(Sentence {
                    start: paragraph.start + start,
                    end: paragraph.start + end,
                    paragraph: index,
                });
            }
        }
    }
    out
}

/// `start..end` of `body` cut into pieces of at most [`MAX_SENTENCE_BYTES`], each cut at the
/// last space before the bound (or at a character boundary where there is none).
fn bounded(body: &str, mut start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    while end - start > MAX_SENTENCE_BYTES {
        let window = crate::text::prefix_within(&body[start..end], MAX_SENTENCE_BYTES);
        let cut = match window.rfind(char::is_whitespace) {
            Some(space) if space > 0 => space,
            _ => window.len().max(body[start..].chars().next().map_or(1, char::len_utf8)),
        };
        pieces.push((start, start + window[..cut].trim_end().len().max(1)));
        let rest = &body[start + cut..end];
        start = end - rest.trim_start().len();
    }
    if start < end {
        pieces.push((start, end));
    }
    pieces
}

/// Sentence spans of one paragraph, trimmed of surrounding whitespace.
pub fn split_sentences(body: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (offset, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take the whole run of terminal punctuation and closing quotes or brackets.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']') {
                j += 1;
            }
            let end = chars.get(j).map_or(body.len(), |&(o, _)| o);
            let followed_by_space = chars.get(j).is_some_and(|&(_, n)| n.is_whitespace());
            if followed_by_space && is_boundary(body, offset, c, end) {
                push_trimmed(&mut spans, body, start, end);
                start = end;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    push_trimmed(&mut spans, body, start, body.len());
    spans
}

fn push_trimmed(spans: &mut Vec<(usize, usize)>, body: &str, start: usize, end: usize) {
    let piece = &body[start..end];
    let leading = piece.len() - piece.trim_start().len();
    let trailing = piece.len() - piece.trim_end().len();
    if leading + trailing < piece.len() {
        spans.push((start + leading, end - trailing));
    }
}

fn is_boundary(body: &str, dot: usize, mark: char, end: usize) -> bool {
    let next_word = body[end..].split_whitespace().next().unwrap_or("");
    let next_char = next_word.chars().find(|c| !matches!(c, '"' | '“' | '‘' | '\'' | '(' | '['));
    let Some(next_char) = next_char else { return false };
    if !(next_char.is_uppercase() || next_char.is_numeric()) {
        return false;
    }
    if mark != '.' {
        return true;
    }
    let word = body[..dot].rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“').next().unwrap_or("");
    let word_lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&word_lower.as_str()) {
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    // An initial: "J. Smith".
    if letters.len() == 1 && word.chars().count() == 1 && letters[0].is_uppercase() {
        return false;
    }
    // A dotted acronym ("U.S.", "U.K."): a boundary only before a usual sentence opener.
    if word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2) {
        let bare = next_word.trim_start_matches(['"', '“', '‘', '\'', '(']);
        let bare = bare.trim_end_matches(|c: char| !c.is_alphanumeric());
        return SENTENCE_OPENERS.contains(&bare);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Brig. Gen. Esmail Ghaani spoke. Dr. Smith agreed with U.S. officials. The U.S. Treasury acted."),
            ["Brig. Gen. Esmail Ghaani spoke.", "Dr. Smith agreed with U.S. officials.", "The U.S. Treasury acted."]
        );
    }

    #[test]
    fn acronym_at_sentence_end_before_an_opener() {
        assert_eq!(
            split("Policy regarding the U.S. The change came fast."),
            ["Policy regarding the U.S.", "The change came fast."]
        );
    }

    #[test]
    fn quotes_and_questions_close_sentences() {
        assert_eq!(
            split("He called it “exceptional.” Then he left? Yes! 2025 was busy."),
            ["He called it “exceptional.”", "Then he left?", "Yes!", "2025 was busy."]
        );
    }

    #[test]
    fn lowercase_after_a_full_stop_continues() {
        assert_eq!(
            split("It cost $2.16 billion. Caliber.Az reports e.g. this."),
            ["It cost $2.16 billion.", "Caliber.Az reports e.g. this."]
        );
    }

    #[test]
    fn initials_stay_with_the_name() {
        assert_eq!(split("Said J. Smith on Monday. Then."), ["Said J. Smith on Monday.", "Then."]);
    }

    #[test]
    fn overlong_runs_are_cut_at_spaces_within_the_bound() {
        let text = "word ".repeat(1000) + "end";
        let paragraphs = [Paragraph { start: 0, end: text.len(), line: 1, heading: false }];
        let segmented = segment(&text, &paragraphs);
        assert_eq!(segmented.overlong, 1);
        assert!(segmented.sentences.len() >= 4);
        for sentence in &segmented.sentences {
            let piece = &text[sentence.start..sentence.end];
            assert!(piece.len() <= MAX_SENTENCE_BYTES, "{} bytes", piece.len());
            assert!(!piece.starts_with(' ') && !piece.ends_with(' ') && !piece.contains("wo rd"));
        }
        // Nothing is lost: the pieces cover every word.
        let words: usize = segmented.sentences.iter().map(|s| text[s.start..s.end].split(' ').count()).sum();
        assert_eq!(words, 1001);
    }

    #[test]
    fn overlong_runs_without_spaces_are_cut_on_characters() {
        let text = "é".repeat(2000);
        let paragraphs = [Paragraph { start: 0, end: text.len(), line: 1, heading: false }];
        let segmented = segment(&text, &paragraphs);
        let total: usize = segmented.sentences.iter().map(|s| s.end - s.start).sum();
        assert_eq!(total, text.len());
        assert!(segmented.sentences.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
    }

    #[test]
    fn unfinished_text_is_one_sentence() {
        assert_eq!(split("  With the land route  "), ["With the land route"]);
        assert!(split("   ").is_empty());
    }
}
