//! The tagger's single-pass tokenizer: words, digit runs and punctuation with byte offsets.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters; `lower` holds it lowercased.
    Word,
    /// A run of ASCII digits; `number` holds its value (saturating).
    Number,
    /// One character that is neither a letter, a digit nor whitespace.
    Punct,
}

/// One token of the text.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lowercased text for words; the character itself for punctuation; the digits for numbers.
    pub lower: String,
    /// The value of a digit run (saturating at `u64::MAX`).
    pub number: u64,
    /// True when no whitespace separates this token from the previous one.
    pub joined: bool,
    /// True when the word starts with an uppercase letter.
    pub capital: bool,
    /// True when a word of two letters or more is all uppercase, as in a headline.
    pub shouted: bool,
    /// True when a line break or a sentence-final mark separates this token from the previous one.
    pub sentence_start: bool,
}

impl Token {
    /// The number of digits of a digit run.
    pub fn digits(&self) -> usize {
        if self.kind == Kind::Number {
            self.end - self.start
        } else {
            0
        }
    }
}

/// Splits `text` into tokens in one left-to-right pass.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let mut joined = false;
    let mut saw_newline = true;
    let mut after_final = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            joined = false;
            if c == '\n' {
                saw_newline = true;
            }
            continue;
        }
        let sentence_start = saw_newline || (after_final && !joined && c.is_uppercase());
        saw_newline = false;
        let mut end = start + c.len_utf8();
        let kind;
        let mut lower = String::new();
        let mut number: u64 = 0;
        let mut shouted = false;
        if c.is_ascii_digit() {
            kind = Kind::Number;
            number = u64::from(c as u8 - b'0');
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                number = number.saturating_mul(10).saturating_add(u64::from(d as u8 - b'0'));
                end = i + 1;
                chars.next();
            }
            lower.push_str(&text[start..end]);
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            lower.extend(c.to_lowercase());
            shouted = c.is_uppercase();
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                lower.extend(d.to_lowercase());
                shouted &= d.is_uppercase();
                end = i + d.len_utf8();
                chars.next();
            }
            shouted &= end - start > c.len_utf8();
        } else {
            kind = Kind::Punct;
            lower.push(c);
        }
        after_final = kind == Kind::Punct
            && matches!(c, '.' | '!' | '?' | '"' | '”' | ')' | '’' | '\'')
            && (after_final || matches!(c, '.' | '!' | '?'));
        tokens.push(Token {
            start,
            end,
            kind,
            lower,
            number,
            joined,
            capital: c.is_uppercase(),
            shouted,
            sentence_start,
        });
        joined = true;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let tokens = tokenize("On Sept. 30, 1989's third-quarter");
        let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(words, ["on", "sept", ".", "30", ",", "1989", "'", "s", "third", "-", "quarter"]);
        assert_eq!(tokens[3].number, 30);
        assert!(tokens[2].joined && !tokens[3].joined);
        assert!(tokens[1].capital);
    }

    #[test]
    fn marks_sentence_starts() {
        let tokens = tokenize("It fell. Friday it rose.\nMonday");
        let starts: Vec<bool> = tokens.iter().map(|t| t.sentence_start).collect();
        assert_eq!(starts, [true, false, false, true, false, false, false, true]);
    }

    #[test]
    fn offsets_are_byte_offsets() {
        let tokens = tokenize("é 2020");
        assert_eq!((tokens[1].start, tokens[1].end), (3, 7));
    }
}
