//! Who the text credits with a report: "according to …", "X reports, citing Y", "…, officials said".

use super::tokens::Token;

/// The attribution of a sentence, as a span of the document text.
pub fn find(tokens: &[Token], text: &str) -> Option<String> {
    let slice = |from: usize, to: usize| -> Option<String> {
        let (first, last) = (tokens.get(from)?, tokens.get(to.checked_sub(1)?)?);
        (to > from).then(|| text.get(first.start..last.end).unwrap_or("").to_string())
    };
    let content_end = tokens.len() - tokens.iter().rev().take_while(|t| !t.is_word()).count();
    if let Some(at) = (0..tokens.len().saturating_sub(1)).find(|&i| tokens[i].is("according") && tokens[i + 1].is("to"))
    {
        let from = at + 2;
        let fronted = at == 0 || tokens[..at].iter().all(|t| !t.is_word() || t.is("however"));
        let end = if fronted {
            let comma = next_comma(tokens, from).unwrap_or(content_end);
            if tokens.get(comma + 1).is_some_and(|t| t.is("who")) {
                next_comma(tokens, comma + 1).unwrap_or(content_end)
            } else {
                comma
            }
        } else {
            content_end
        };
        return slice(from, end);
    }
    if let Some(citing) = tokens.iter().position(|t| t.is("citing")) {
        let verb = citing.checked_sub(2).filter(|_| tokens[citing - 1].is(","))?;
        if tokens[verb].is_any(&["reports", "reported", "said", "says", "writes", "wrote"]) {
            let from = (0..verb).rev().find(|&i| tokens[i].is(",")).map_or(0, |c| c + 1);
            return slice(from, content_end);
        }
    }
    let last = content_end.checked_sub(1)?;
    if tokens[last].is_any(&["said", "says", "reported", "reports", "told"]) {
        let comma = (last.saturating_sub(8)..last).rev().find(|&i| tokens[i].is(","))?;
        return slice(comma + 1, last);
    }
    None
}

/// Words that mark the sentence as reported by someone else.
pub fn reported_cue(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        t.is_any(&["reportedly", "allegedly"])
            || (t.is("according") && tokens.get(i + 1).is_some_and(|n| n.is("to")))
            || (t.is("reports") && tokens.get(i + 1).is_some_and(|n| n.is_any(&["suggest", "say", "said"])))
    })
}

fn next_comma(tokens: &[Token], from: usize) -> Option<usize> {
    (from..tokens.len()).find(|&i| tokens[i].is(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::tokens::tokenize;

    fn attribution(sentence: &str) -> Option<String> {
        find(&tokenize(sentence, 0), sentence)
    }

    #[test]
    fn according_to_and_citing() {
        assert_eq!(
            attribution("The US has ramped up pressure, according to three officials who spoke to Al-Araby.")
                .as_deref(),
            Some("three officials who spoke to Al-Araby")
        );
        assert_eq!(
            attribution("According to adviser Hussein Allawi, who spoke to Asharq, the move signals interest.")
                .as_deref(),
            Some("adviser Hussein Allawi, who spoke to Asharq")
        );
        assert_eq!(
            attribution("The appeal was made during a call, Caliber.Az reports, citing Asharq Al-Awsat.").as_deref(),
            Some("Caliber.Az reports, citing Asharq Al-Awsat")
        );
        assert_eq!(attribution("Rebels shelled the town, two residents said.").as_deref(), Some("two residents"));
        assert_eq!(attribution("Rebels shelled the town."), None);
    }
}
