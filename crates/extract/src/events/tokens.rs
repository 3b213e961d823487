//! Words and punctuation of a sentence, with byte offsets into the document text.

/// One word or punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the document's cleaned text.
    pub start: usize,
    pub end: usize,
    /// Lower case, with typographic apostrophes folded to `'`.
    pub lower: String,
    /// Whether the original starts with a capital letter.
    pub capital: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.lower.chars().next().is_some_and(char::is_alphanumeric)
    }

    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        words.contains(&self.lower.as_str())
    }

    /// "Iraq's", "Iraqs'": a possessive form.
    pub fn possessive(&self) -> bool {
        self.lower.ends_with("'s") || self.lower.ends_with("s'")
    }
}

/// Splits `text` (which starts at byte `base` of the document) into tokens.
///
/// A word runs over letters and digits and keeps inner hyphens, apostrophes and dots ("Iran-backed",
/// "Iraq’s", "U.S"), so that a modifier such as "backed" inside "Iran-backed" is never read as a verb.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (offset, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if c.is_alphanumeric() {
            while j < chars.len() {
                let d = chars[j].1;
                let joins = matches!(d, '-' | '\'' | '’' | '.' | '‑')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric());
                if d.is_alphanumeric() || joins {
                    j += if joins { 2 } else { 1 };
                } else {
                    break;
                }
            }
        }
        let end = chars.get(j).map_or(text.len(), |n| n.0);
        let raw = &text[offset..end];
        tokens.push(Token {
            start: base + offset,
            end: base + end,
            lower: raw.to_lowercase().replace('’', "'"),
            capital: c.is_uppercase(),
        });
        i = j;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_marks_and_offsets() {
        let tokens = tokenize("Iran-backed groups, Iraq’s U.S. envoy.", 10);
        let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(words, ["iran-backed", "groups", ",", "iraq's", "u.s", ".", "envoy", "."]);
        assert_eq!(tokens[0].start, 10);
        assert!(tokens[3].possessive());
    }
}
