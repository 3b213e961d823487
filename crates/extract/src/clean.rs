//! Stage 2: clean. Drops web-page chrome by general rules and keeps the article's paragraphs.
//!
//! Rules, each named in [`RemovedLine::reason`]: interface lines ("Skip to content", "Share"),
//! the tail that starts at a "Related Articles"-style heading, image captions and CMS residue,
//! repeated lines, bylines (kept as the author), and standard disclaimers. Unusual spaces
//! (no-break, thin, zero-width) become plain spaces, and runs of spaces one space.

use tightrope_core::{Paragraph, RemovedLine};

/// The cleaned text of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaned {
    /// Paragraphs joined by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    pub removed: Vec<RemovedLine>,
    /// The name on a "By …" line, if the text has one.
    pub byline: Option<String>,
}

/// Short lines that are site interface, not article text (compared case-insensitively, whole line).
const INTERFACE_LINES: &[&str] = &[
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "jump to content",
    "menu",
    "main menu",
    "open menu",
    "close menu",
    "toggle navigation",
    "search",
    "search for:",
    "home",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "print",
    "subscribe",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "advertisement",
    "sponsored",
    "read more",
    "continue reading",
    "back to top",
    "cookie settings",
    "accept cookies",
    "accept",
    "newsletter",
    "follow us",
    "comments",
    "leave a comment",
    "listen to this article",
    "copy link",
];

/// Headings after which a page lists other articles: everything from them on is dropped.
const TAIL_HEADINGS: &[&str] = &[
    "related articles",
    "related posts",
    "related stories",
    "related content",
    "related",
    "read also",
    "read more",
    "see also",
    "more from",
    "more stories",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "most read",
    "most popular",
    "latest news",
    "trending",
];

/// Photo and agency credits that mark a line as an image caption.
const CREDIT_MARKERS: &[&str] = &[
    "(photo",
    "photo:",
    "photo by",
    "image:",
    "(image",
    "getty images",
    "(credit",
    "credit:",
    "/ afp",
    "/ reuters",
    "(afp",
    "(reuters)",
];

/// Cleans the raw text of one file.
pub fn clean(raw: &str) -> Cleaned {
    let lines: Vec<&str> = raw.lines().collect();
    let mut removed = Vec::new();
    let mut kept: Vec<(usize, &str)> = Vec::new();
    let mut byline = None;
    let content_lines = lines.iter().filter(|l| !l.trim().is_empty()).count();
    let mut seen_content = 0;
    let mut tail_from = None;

    let normalised: Vec<String> = lines.iter().map(|line| normalise_spaces(line)).collect();
    for (index, line) in normalised.iter().enumerate() {
        let number = index + 1;
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        seen_content += 1;
        let lower = text.to_lowercase();
        let lower_bare = lower.trim_end_matches([':', '.']);
        let mut drop = |reason: &str| {
            removed.push(RemovedLine { line: number, text: text.to_string(), reason: reason.to_string() })
        };
        // A related-articles heading in the latter part of a page starts its tail.
        if TAIL_HEADINGS.contains(&lower_bare) && seen_content * 3 > content_lines {
            tail_from = Some(index);
            break;
        }
        if INTERFACE_LINES.contains(&lower_bare) {
            drop("site interface");
        } else if is_caption(text, &lower) {
            drop("image caption");
        } else if let Some(name) = byline_name(text) {
            byline.get_or_insert(name);
            drop("byline");
        } else if lower.starts_with("the views expressed") || lower.starts_with("the opinions expressed") {
            drop("disclaimer");
        } else if kept.last().is_some_and(|(_, last)| *last == text) {
            drop("repeated line");
        } else {
            kept.push((number, text));
        }
    }
    if let Some(start) = tail_from {
        for (index, line) in normalised.iter().enumerate().skip(start) {
            if !line.trim().is_empty() {
                removed.push(RemovedLine {
                    line: index + 1,
                    text: line.trim().to_string(),
                    reason: "related-articles block".into(),
                });
            }
        }
    }

    let mut text = String::new();
    let mut paragraphs = Vec::with_capacity(kept.len());
    for (position, (line, body)) in kept.iter().enumerate() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(body);
        let next_is_body = kept.get(position + 1).is_some_and(|(_, next)| !is_heading_shape(next));
        let heading = is_heading_shape(body) && next_is_body;
        paragraphs.push(Paragraph { start, end: text.len(), heading, line: *line });
    }
    removed.sort_by_key(|r| r.line);
    Cleaned { text, paragraphs, removed, byline }
}

/// Plain spaces for no-break, thin and other Unicode spaces; zero-width characters dropped;
/// runs of spaces made one.
fn normalise_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        let c = match c {
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => continue,
            '\t' => ' ',
            c if c != ' ' && c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

/// A short line with no sentence-final punctuation: a headline or section heading.
pub fn is_heading_shape(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let last = line.trim_end().chars().last().unwrap_or('.');
    (1..=14).contains(&words)
        && !matches!(last, '.' | '!' | '?' | ',' | ';' | '"' | '”' | '’' | '\'')
        && line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn is_caption(text: &str, lower: &str) -> bool {
    // CMS residue: a template name glued to the caption with a pipe ("… in Iran|Nav-Template").
    let glued_pipe = text.split('|').count() > 1
        && text.split('|').skip(1).all(|part| !part.is_empty() && !part.starts_with(' ') && !part.contains(' '));
    let credit = CREDIT_MARKERS.iter().any(|m| lower.contains(m)) && text.split_whitespace().count() <= 60;
    glued_pipe || credit
}

/// "By Jane Doe" / "By Jane Doe and John Roe": the name, if the line is only a byline.
fn byline_name(text: &str) -> Option<String> {
    let rest = text.strip_prefix("By ").or_else(|| text.strip_prefix("by "))?.trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let name_like = (2..=8).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(*w, "and" | "al" | "bin" | "de" | "van" | "von")
        });
    name_like.then(|| rest.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interface_lines_and_related_tail_are_removed() {
        let raw = "Skip to content\n\nA Headline Here\n\nFirst paragraph says something.\n\nSecond paragraph says more.\n\nThird one too.\n\nRelated Articles\n\nOther story\n\nOther story\n\nTeaser text that stops";
        let cleaned = clean(raw);
        assert_eq!(
            cleaned.text,
            "A Headline Here\n\nFirst paragraph says something.\n\nSecond paragraph says more.\n\nThird one too."
        );
        let reasons: Vec<(usize, &str)> = cleaned.removed.iter().map(|r| (r.line, r.reason.as_str())).collect();
        assert_eq!(reasons[0], (1, "site interface"));
        assert!(reasons[1..].iter().all(|(_, r)| *r == "related-articles block"));
        assert_eq!(reasons.len(), 5);
        assert!(cleaned.paragraphs[0].heading);
        assert!(!cleaned.paragraphs[1].heading);
    }

    #[test]
    fn captions_bylines_and_disclaimers_go() {
        let raw = "Minister visits the border|Hero-Image\nThe minister visited the border on Monday.\nTroops at the crossing. (Photo by A. Person)\nBy Jane Q. Doe\nThe views expressed here are the author's own.";
        let cleaned = clean(raw);
        assert_eq!(cleaned.text, "The minister visited the border on Monday.");
        assert_eq!(cleaned.byline.as_deref(), Some("Jane Q. Doe"));
        assert_eq!(cleaned.removed.len(), 4);
    }

    #[test]
    fn ordinary_text_is_untouched() {
        let raw = "The minister said the search for survivors continued.\nShare prices fell.";
        let cleaned = clean(raw);
        assert!(cleaned.removed.is_empty());
        assert_eq!(cleaned.paragraphs.len(), 2);
        assert_eq!(&cleaned.text[cleaned.paragraphs[1].start..cleaned.paragraphs[1].end], "Share prices fell.");
        assert_eq!(cleaned.paragraphs[1].line, 2);
    }

    #[test]
    fn unusual_spaces_become_plain_spaces() {
        let cleaned = clean("A\u{a0}column of\u{202f}30  vehicles\u{200b} moved.");
        assert_eq!(cleaned.text, "A column of 30 vehicles moved.");
    }

    #[test]
    fn an_early_related_heading_is_not_a_tail() {
        let raw = "Related\nThe article begins here and goes on.\nIt has a second paragraph.\nAnd a third.";
        assert_eq!(clean(raw).paragraphs.len(), 4);
    }
}
