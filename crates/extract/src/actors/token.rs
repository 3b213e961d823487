//! Word tokens with byte spans and the shape flags that name discovery reads.

use super::words;
use tightrope_core::Document;

/// The shape of a word, as far as names are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Starts with a capital ("Sudani", "al-Sudani", "IntelliNews").
    Capitalised,
    /// Two or more capitals, dots allowed ("PMF", "U.S.", "IRGC").
    Acronym,
    /// A lower-case name particle standing alone ("al", "bin", "de").
    Particle,
    Lower,
    Number,
}

/// One word of a text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte span of the word, without a possessive ending.
    pub start: usize,
    pub end: usize,
    /// The span including a possessive ending ("Iran’s").
    pub full_end: usize,
    /// Lower-case, diacritics folded, dots and a leading "al-" removed, British "-isation" spelt "-ization".
    pub key: String,
    pub shape: Shape,
    pub possessive: bool,
    /// Joined by a hyphen to the next word ("Iran-backed").
    pub hyphen_next: bool,
    pub hyphen_prev: bool,
    /// The non-space characters between the previous word and this one.
    pub gap: String,
    /// Index of the sentence in the document, if the segmenter placed it.
    pub sentence: Option<usize>,
    /// The first word of its sentence.
    pub sentence_initial: bool,
    /// In a paragraph the segmenter marked as a heading.
    pub heading: bool,
}

impl Token {
    pub fn is_name(&self) -> bool {
        matches!(self.shape, Shape::Capitalised | Shape::Acronym) && !words::is_calendar(&self.key)
    }

    /// True where punctuation separates this word from the previous one.
    pub fn gap_breaks(&self) -> bool {
        !self.gap.is_empty()
    }
}

/// The words of a plain string, without sentence information (for names in data files).
pub fn words_of(text: &str) -> Vec<Token> {
    scan(text)
}

/// The words of a document, with their sentences and headings.
pub fn tokenize(document: &Document) -> Vec<Token> {
    let mut tokens = scan(&document.text);
    let mut last_sentence = None;
    for token in &mut tokens {
        token.sentence = document.sentence_at(token.start);
        token.sentence_initial = token.sentence.is_some() && token.sentence != last_sentence;
        last_sentence = token.sentence;
        token.heading = token
            .sentence
            .and_then(|s| document.sentences.get(s))
            .and_then(|s| document.paragraphs.get(s.paragraph))
            .is_some_and(|p| p.heading);
    }
    tokens
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn scan(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut tokens: Vec<Token> = Vec::new();
    let mut gap_start = 0;
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let begin = i;
        let mut j = i + 1;
        loop {
            match at(j) {
                Some(c) if c.is_alphanumeric() => j += 1,
                Some('.') if at(j + 1).is_some_and(char::is_alphanumeric) => j += 2,
                Some(c) if is_apostrophe(c) && at(j + 1).is_some_and(char::is_alphabetic) => {
                    let possessive =
                        matches!(at(j + 1), Some('s' | 'S')) && !at(j + 2).is_some_and(char::is_alphanumeric);
                    if possessive {
                        break;
                    }
                    j += 2;
                }
                Some('-') if at(j + 1).is_some_and(char::is_alphabetic) => {
                    let word: String = chars[begin..j].iter().map(|&(_, c)| c).collect();
                    if words::is_particle(&word.to_lowercase()) && at(j + 1).is_some_and(char::is_uppercase) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let mut word: String = chars[begin..j].iter().map(|&(_, c)| c).collect();
        // "U.S." and "Brig." keep their final dot: it belongs to the word, not to the sentence.
        if at(j) == Some('.') && (is_dotted_initials(&word) || words::is_abbreviation(&word)) {
            j += 1;
            word.push('.');
        }
        let end = offset(j);
        let mut full = j;
        let mut possessive = false;
        if at(j).is_some_and(is_apostrophe) {
            if matches!(at(j + 1), Some('s' | 'S')) && !at(j + 2).is_some_and(char::is_alphanumeric) {
                possessive = true;
                full = j + 2;
            } else if word.ends_with(['s', 'S']) && !at(j + 1).is_some_and(char::is_alphanumeric) {
                possessive = true;
                full = j + 1;
            }
        }
        let hyphen_next = at(full) == Some('-') && at(full + 1).is_some_and(char::is_alphanumeric);
        let hyphen_prev =
            begin > 0 && at(begin - 1) == Some('-') && begin >= 2 && at(begin - 2).is_some_and(char::is_alphanumeric);
        let gap: String = text[gap_start..offset(begin)].chars().filter(|c| !c.is_whitespace()).collect();
        tokens.push(Token {
            start: offset(begin),
            end,
            full_end: offset(full),
            key: key_of(&word),
            shape: shape_of(&word),
            possessive,
            hyphen_next,
            hyphen_prev,
            gap: if hyphen_prev { String::new() } else { gap },
            sentence: None,
            sentence_initial: false,
            heading: false,
        });
        gap_start = offset(full);
        i = full;
    }
    tokens
}

fn is_dotted_initials(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

fn shape_of(word: &str) -> Shape {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let first = word.chars().next().unwrap_or(' ');
    if first.is_ascii_digit() {
        return Shape::Number;
    }
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        return Shape::Acronym;
    }
    if first.is_uppercase() {
        return Shape::Capitalised;
    }
    if let Some((particle, rest)) = word.split_once('-') {
        if words::is_particle(particle) && rest.starts_with(char::is_uppercase) {
            return Shape::Capitalised;
        }
    }
    if words::is_particle(word) {
        return Shape::Particle;
    }
    Shape::Lower
}

/// The normalised key of one word.
pub fn key_of(word: &str) -> String {
    let mut key: String = word.chars().filter(|&c| c != '.' && !is_apostrophe(c)).flat_map(fold).collect();
    if let Some((particle, rest)) = key.split_once('-') {
        if words::is_particle(particle) && !rest.is_empty() {
            key = rest.to_string();
        }
    }
    if let Some(stem) = key.strip_suffix("isation") {
        key = format!("{stem}ization");
    } else if let Some(stem) = key.strip_suffix("isations") {
        key = format!("{stem}izations");
    }
    key
}

/// The key of a phrase: the keys of its words, standalone particles left out, joined by spaces.
pub fn phrase_key(text: &str) -> String {
    words_of(text).iter().filter(|t| t.shape != Shape::Particle).map(|t| t.key.as_str()).collect::<Vec<_>>().join(" ")
}

/// Lower-cases and strips the diacritics of the Latin letters news text uses.
pub fn fold(c: char) -> Vec<char> {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => 'a',
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'i',
        'ñ' | 'ń' | 'ň' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'š' | 'ś' | 'ş' | 'Š' | 'Ś' | 'Ş' => 's',
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => 'z',
        'ğ' | 'Ğ' => 'g',
        'ł' | 'Ł' => 'l',
        'ß' => return vec!['s', 's'],
        'ʻ' | 'ʿ' | 'ʾ' | '‘' => return Vec::new(),
        other => return other.to_lowercase().collect(),
    };
    vec![base]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_particles_dots_and_drop_possessives() {
        let text = "Iraq’s al-Sudani met U.S. Brig. Gen. Ali, Caliber.Az said; Iran-backed States' PMF.";
        let tokens = words_of(text);
        let texts: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            texts,
            [
                "Iraq",
                "al-Sudani",
                "met",
                "U.S.",
                "Brig.",
                "Gen.",
                "Ali",
                "Caliber.Az",
                "said",
                "Iran",
                "backed",
                "States",
                "PMF"
            ]
        );
        assert!(tokens[0].possessive);
        assert_eq!(tokens[1].key, "sudani");
        assert_eq!(tokens[1].shape, Shape::Capitalised);
        assert_eq!(tokens[3].key, "us");
        assert_eq!(tokens[3].shape, Shape::Acronym);
        assert!(tokens[9].hyphen_next && tokens[10].hyphen_prev);
        assert!(tokens[11].possessive);
        assert_eq!(tokens[7].gap, ",");
    }

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(phrase_key("Popular Mobilisation Forces"), phrase_key("Popular Mobilization Forces"));
        assert_eq!(phrase_key("Kataib Sayyid al Shuhada"), phrase_key("Kataib Sayyid al-Shuhada"));
        assert_eq!(phrase_key("Türkiye"), "turkiye");
    }
}
