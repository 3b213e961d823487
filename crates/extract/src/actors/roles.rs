//! Roles: titles before a name ("Iraqi Prime Minister Mohammed Shia al-Sudani", "US special envoy Mark
//! Savaya") and appositions after it ("Ali Larijani, Secretary of …", "Mark Savaya as special envoy to Iraq"),
//! each dated by its sentence and kept with that sentence as evidence.

use super::token::{Shape, Token};
use super::words;
use super::world::world;
use std::collections::HashSet;
use tightrope_core::{DateValue, Document, Mention};

/// A title found next to a mention.
#[derive(Debug, Clone)]
pub struct Titled {
    pub title: String,
    /// Token range of the title in the document.
    pub first: usize,
    pub last: usize,
    /// The country the title names ("Iranian President" → IR).
    pub country: Option<String>,
    pub during: Option<DateValue>,
    pub evidence: Mention,
}

/// Titles around the mention at tokens `first..=last` of a document.
pub fn around(
    document: &Document,
    tokens: &[Token],
    first: usize,
    last: usize,
    lower_seen: &HashSet<String>,
) -> Vec<Titled> {
    let mut found = Vec::new();
    for range in [before(tokens, first, lower_seen), after(tokens, last)].into_iter().flatten() {
        if let Some(titled) = titled(document, tokens, range) {
            found.push(titled);
        }
    }
    found
}

fn accepts(t: &Token) -> bool {
    t.is_name()
        || t.shape == Shape::Particle
        || words::is_role_noun(&t.key)
        || words::is_role_modifier(&t.key)
        || matches!(t.key.as_str(), "of" | "to" | "for")
}

fn is_head(t: &Token) -> bool {
    (t.is_name() && words::is_title_head(&t.key)) || (!t.is_name() && words::is_role_noun(&t.key))
}

/// A title written before the name, possibly across one comma after "the" ("the Secretary of …, Ali Larijani").
fn before(tokens: &[Token], first: usize, lower_seen: &HashSet<String>) -> Option<(usize, usize)> {
    let sentence = tokens[first].sentence;
    let mut k = first;
    let mut crossed = false;
    while k > 0 {
        let (t, next) = (&tokens[k - 1], &tokens[k]);
        if t.sentence != sentence {
            break;
        }
        if next.gap_breaks() {
            let parenthesised =
                (next.gap == ")" && t.shape == Shape::Acronym) || (next.gap == "(" && next.shape == Shape::Acronym);
            if next.gap == "," && k == first && !crossed {
                crossed = true;
            } else if !parenthesised {
                break;
            }
        }
        if !accepts(t) {
            break;
        }
        k -= 1;
    }
    let mut a = k;
    while a < first && {
        let t = &tokens[a];
        matches!(t.key.as_str(), "of" | "to" | "for")
            || t.shape == Shape::Particle
            || words::is_function_word(&t.key)
            || (t.is_name()
                && lower_seen.contains(&t.key)
                && !words::is_title_head(&t.key)
                && !words::is_title_modifier(&t.key))
    } {
        a += 1;
    }
    if a >= first || !tokens[a..first].iter().any(is_head) {
        return None;
    }
    // A title ends with its head ("Prime Minister", "envoy") or names whose office it is ("… to Iraq");
    // "the Iraqi Prime Minister's Office" is an institution, not a title.
    let end = &tokens[first - 1];
    let ends_as_title = is_head(end) || words::is_title_modifier(&end.key);
    let has_complement = tokens[a..first].iter().any(|t| matches!(t.key.as_str(), "of" | "to" | "for"));
    if !ends_as_title && !has_complement {
        return None;
    }
    if crossed {
        let determiner = a > 0 && matches!(tokens[a - 1].key.as_str(), "the" | "a" | "an");
        if !determiner {
            return None;
        }
    }
    Some((a, first - 1))
}

/// A title after the name: ", Secretary of Iran's Supreme National Security Council," or "as special envoy to Iraq".
fn after(tokens: &[Token], last: usize) -> Option<(usize, usize)> {
    let mut k = last + 1;
    let opener = tokens.get(k)?;
    let apposition = opener.gap == ",";
    let as_role = opener.gap.is_empty() && opener.key == "as";
    if !apposition && !as_role {
        return None;
    }
    if as_role {
        k += 1;
    }
    while tokens.get(k).is_some_and(|t| matches!(t.key.as_str(), "the" | "a" | "an")) {
        k += 1;
    }
    let start = k;
    while tokens.get(k).is_some_and(|t| !t.is_name() && words::is_role_modifier(&t.key)) {
        k += 1;
    }
    let head = tokens.get(k)?;
    let headed = is_head(head) || world().demonym(&head.key).is_some() && tokens.get(k + 1).is_some_and(is_head);
    if !headed {
        return None;
    }
    let mut end = k;
    while let Some(t) = tokens.get(end + 1) {
        // "Director-General of the World Health Organization": "the" after "of" stays in the title.
        let article = t.key == "the" && matches!(tokens[end].key.as_str(), "of" | "to" | "for");
        if t.gap_breaks() || !(accepts(t) || article) || t.sentence != head.sentence {
            break;
        }
        end += 1;
    }
    // An apposition ends at punctuation: ", Secretary of X, travelled" but not ", Secretary of X met".
    let closed = tokens.get(end + 1).is_none_or(Token::gap_breaks);
    (closed && end >= start).then_some((start, end))
}

fn titled(document: &Document, tokens: &[Token], (a, b): (usize, usize)) -> Option<Titled> {
    let world = world();
    // "Mr." and "Dr." are forms of address, not offices.
    if tokens[a..=b].iter().all(|t| matches!(t.key.as_str(), "mr" | "mrs" | "ms" | "dr" | "sir" | "dame" | "miss")) {
        return None;
    }
    let mut raw = document.text.get(tokens[a].start..tokens[b].full_end)?.trim_end_matches(['’', '\'']).to_string();
    if raw.matches('(').count() > raw.matches(')').count() {
        raw.push(')');
    }
    let rest = document.text.get(tokens.get(a + 1)?.start..tokens[b].full_end).unwrap_or("").to_string();
    let first = &tokens[a];
    // "US Ambassador to Iraq" serves the United States: a country after "to" is where, not whose.
    let country = (a..=b)
        .filter(|&i| i == a || tokens[i - 1].key != "to")
        .find_map(|i| world.demonym(&tokens[i].key).or_else(|| world.country(&tokens[i].key)))
        .map(|c| c.code.clone());
    let plain = !rest.contains(" of ") && !rest.contains(" to ") && a < b;
    let head_rest = tokens[a + 1..=b].iter().all(|t| words::is_title_head(&t.key) || words::is_title_modifier(&t.key));
    let title = match (world.demonym(&first.key), world.country(&first.key)) {
        (Some(c), _) if plain && head_rest => format!("{rest} of {}", c.name),
        (_, Some(c)) if first.possessive && plain && head_rest => format!("{rest} of {}", c.name),
        _ => raw,
    };
    let sentence = tokens[a].sentence.and_then(|s| document.sentences.get(s));
    let (start, end) = sentence.map_or((tokens[a].start, tokens[b].end), |s| (s.start, s.end));
    Some(Titled {
        title,
        first: a,
        last: b,
        country,
        during: date_between(document, start, end),
        evidence: Mention { doc_id: document.doc_id.clone(), start, end },
    })
}

/// The date of a sentence: its first calendar time expression, else the document's date.
fn date_between(document: &Document, start: usize, end: usize) -> Option<DateValue> {
    // Time expressions are in text order: start at the sentence's first one.
    let from = document.timexes.partition_point(|t| t.start < start);
    document.timexes[from..]
        .iter()
        .take_while(|t| t.start < end)
        .find(|t| t.end <= end && t.interval.is_some() && t.timex_type == tightrope_core::TimexType::Date)
        .map(|t| t.date_value())
        .or_else(|| document.date.as_ref().map(|d| d.date.clone()))
}
