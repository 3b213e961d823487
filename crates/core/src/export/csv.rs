//! CSV (RFC 4180): a header, then one row per event, lines ending in CRLF.

use super::{actor_name, document, events, flag_words, quote};
use crate::index::{CorpusIndex, EventIx};
use crate::model::Corpus;

const HEADER: [&str; 12] = [
    "event_id", "date", "value", "source", "action", "code", "targets", "quote", "document", "sentence", "reports",
    "flags",
];

/// One row per event: its date as a reader writes it and its TimeML value, source, action (the
/// category name) and CAMEO code, targets (joined by "; "), the first report's quote, document
/// title and sentence number (1 for the document's first sentence), how many reports there are,
/// and its flags in words.
///
/// A field holding a comma, a double quote or a line break is quoted, its quotes doubled. A field
/// starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so a
/// spreadsheet shows a quote from an article as text rather than running it as a formula.
pub fn to_csv(corpus: &Corpus, index: &CorpusIndex, event_ixs: &[EventIx]) -> String {
    let mut out = String::new();
    write_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    for event in events(corpus, event_ixs) {
        let first = event.mentions.first();
        let targets: Vec<&str> = event.target.iter().map(|t| actor_name(corpus, index, t)).collect();
        write_row(
            &mut out,
            [
                event.event_id.clone(),
                event.date.date.label(),
                event.date.date.value.clone(),
                event.source.as_deref().map_or(String::new(), |s| actor_name(corpus, index, s).to_string()),
                event.category.name.clone(),
                event.category.code.clone(),
                targets.join("; "),
                first.map_or(String::new(), |m| quote(corpus, index, m).to_string()),
                first.and_then(|m| document(corpus, index, m)).map_or(String::new(), |d| d.title.clone()),
                first.map_or(String::new(), |m| (m.sentence + 1).to_string()),
                event.mentions.len().to_string(),
                flag_words(event).join("; "),
            ],
        );
    }
    out
}

fn write_row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_field(out, &field);
    }
    out.push_str("\r\n");
}

fn write_field(out: &mut String, field: &str) {
    let formula = matches!(field.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'));
    let quoted = field.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quoted {
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut out = String::new();
        write_field(&mut out, text);
        out
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("plain text"), "plain text");
        assert_eq!(field(""), "");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("he said \"no\""), "\"he said \"\"no\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\r"), "\"cr\r\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-10 dead"), "'-10 dead");
        assert_eq!(field("@user"), "'@user");
        assert_eq!(field("café – ok"), "café – ok");
    }
}
