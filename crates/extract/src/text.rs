//! Text helpers every stage shares: shortening on character boundaries.

/// The longest prefix of `text` of at most `max_bytes` bytes that ends on a character boundary.
pub fn prefix_within(text: &str, max_bytes: usize) -> &str {
    if text.len() <= max_bytes {
        return text;
    }
    let cut = (0..=max_bytes).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    &text[..cut]
}

/// `text` shortened to at most about `max_bytes` bytes at a word boundary, with "…" when cut.
///
/// Cuts only on character boundaries, so any text, in any script, shortens without panicking.
pub fn shorten(text: &str, max_bytes: usize) -> String {
    if text.len() <= max_bytes {
        return text.to_string();
    }
    let head = prefix_within(text, max_bytes);
    // Cut at the last space, unless that leaves too little (a long word or a script without spaces).
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space >= max_bytes / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end().trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_never_splits_a_character() {
        let text = format!("{}é and more", "a".repeat(89));
        assert_eq!(prefix_within(&text, 90), "a".repeat(89));
        assert_eq!(shorten(&text, 90), format!("{}…", "a".repeat(89)));
        let arabic = "محمد شياع السوداني ".repeat(10);
        for max in 0..arabic.len() {
            assert!(shorten(&arabic, max).len() <= max + "…".len());
        }
    }

    #[test]
    fn shortening_cuts_at_a_word() {
        assert_eq!(shorten("Washington urges Baghdad to act, now", 30), "Washington urges Baghdad to…");
        assert_eq!(shorten("short", 30), "short");
    }
}
