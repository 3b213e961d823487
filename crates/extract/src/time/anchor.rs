//! Tense and cue words around an expression, which decide the direction of underspecified dates.

use super::normalise::Tense;
use super::token::{Kind, Token};

/// How far, in tokens, the tense detector looks on each side of an expression.
const WINDOW: usize = 40;

/// Words that put a clause in the future.
#[rustfmt::skip]
const FUTURE: &[&str] = &[
    "will", "shall", "ll", "expected", "expects", "expect", "scheduled", "schedule", "plans",
    "plan", "planned", "upcoming", "going", "due", "intends", "intend", "aims", "set", "would",
    "hopes", "until", "won", "effective",
];

/// Past forms that do not end in -ed.
#[rustfmt::skip]
const PAST_IRREGULAR: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "met", "left", "went", "came", "took", "gave",
    "made", "began", "held", "sent", "lost", "fell", "rose", "led", "saw", "got", "paid", "sold",
    "bought", "brought", "thought", "found", "kept", "became", "spoke", "wrote", "struck", "fought",
    "ran", "ago", "knew", "grew", "drew", "threw", "flew", "meant", "felt", "heard", "stood",
    "understood", "won", "shot", "fled", "built", "spent", "sought", "taught", "caught", "chose",
    "broke", "froze", "woke", "rode", "hid", "forgot", "agreed",
];

/// Words ending in -ed that are not past verbs.
#[rustfmt::skip]
const NOT_PAST: &[&str] = &[
    "need", "needed", "indeed", "proceed", "exceed", "succeed", "speed", "feed", "seed", "breed",
    "bleed", "greed", "hundred", "red", "bed", "shed", "wed", "led", "based", "scheduled",
    "expected", "planned", "united", "related", "limited", "detailed", "concerned", "interested",
    "armed", "aged", "alleged", "so-called",
];

/// Past verbs that start with "un-", unlike the adjectives "unspecified" and "unidentified".
#[rustfmt::skip]
const UN_VERBS: &[&str] = &[
    "unveiled", "unleashed", "uncovered", "unearthed", "unfolded", "unloaded", "unlocked",
    "unsealed", "unseated", "unmasked", "unraveled", "unravelled", "unified",
];

#[rustfmt::skip]
const PRESENT: &[&str] = &[
    "is", "are", "says", "say", "am", "does", "do", "remains", "continues",
];

/// Each token's tense cue, worked out at most once per token so tagging stays linear.
pub struct Cues {
    memo: Vec<u8>,
}

impl Cues {
    pub fn new(tokens: &[Token]) -> Cues {
        Cues { memo: vec![UNSEEN; tokens.len()] }
    }

    fn get(&mut self, tokens: &[Token], k: usize) -> Option<Tense> {
        if self.memo[k] == UNSEEN {
            self.memo[k] = match cue(tokens, k, &tokens[k]) {
                None => 0,
                Some(Tense::Past | Tense::Before) => 1,
                Some(Tense::Present) => 2,
                Some(Tense::Future | Tense::After) => 3,
                Some(Tense::Unknown) => 4,
            };
        }
        match self.memo[k] {
            1 => Some(Tense::Past),
            2 => Some(Tense::Present),
            3 => Some(Tense::Future),
            _ => None,
        }
    }
}

const UNSEEN: u8 = u8::MAX;

/// The tense around the tokens `first..end`, from the nearest cue in the same sentence.
pub fn tense_at(tokens: &[Token], cues: &mut Cues, first: usize, end: usize) -> Tense {
    let start = sentence_start(tokens, first);
    let mut best: Option<(usize, Tense)> = None;
    let mut consider = |distance: usize, tense: Tense| {
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, tense));
        }
    };
    for k in start..first.min(tokens.len()) {
        if let Some(t) = cues.get(tokens, k) {
            // Future markers reach further: "will ... on Thursday".
            let distance = (first - k) / if t == Tense::Future { 2 } else { 1 };
            consider(distance, t);
        }
    }
    for k in end..(end + WINDOW).min(tokens.len()) {
        if tokens[k].sentence_start {
            break;
        }
        if let Some(t) = cues.get(tokens, k) {
            consider((k - end) + 1, t);
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

/// The first token of the sentence containing token `i`, looking back at most [`WINDOW`] tokens.
pub fn sentence_start(tokens: &[Token], i: usize) -> usize {
    let floor = i.saturating_sub(WINDOW);
    (floor..=i.min(tokens.len().saturating_sub(1))).rev().find(|&k| tokens[k].sentence_start).unwrap_or(floor)
}

fn cue(tokens: &[Token], k: usize, token: &Token) -> Option<Tense> {
    if token.kind != Kind::Word {
        return None;
    }
    let w = token.lower.as_str();
    if w == "ll" && k > 0 && matches!(tokens[k - 1].lower.as_str(), "'" | "’") {
        return Some(Tense::Future);
    }
    if w == "won" {
        // "won't" is future; "won" alone is past.
        let negated = tokens.get(k + 2).is_some_and(|t| t.lower == "t") && tokens.get(k + 1).is_some_and(|t| t.joined);
        return Some(if negated { Tense::Future } else { Tense::Past });
    }
    // A plan in the past perfect lies in the past: "had been due to expire Friday".
    let back = |n: usize| k.checked_sub(n).map_or("", |j| tokens[j].lower.as_str());
    if (back(1) == "had" || (back(1) == "been" && back(2) == "had"))
        && (FUTURE.contains(&w) || matches!(w, "planning" | "preparing" | "hoping" | "aiming"))
    {
        return Some(Tense::Past);
    }
    // Verbs of intent look ahead only before an infinitive: "plans to", not "the plan".
    if matches!(
        w,
        "set"
            | "due"
            | "going"
            | "plan"
            | "plans"
            | "planned"
            | "planning"
            | "preparing"
            | "aim"
            | "aims"
            | "intend"
            | "intends"
            | "hope"
            | "hopes"
            | "expect"
            | "expects"
    ) {
        let to = tokens.get(k + 1).is_some_and(|t| t.lower == "to");
        // "a plan to import" is a noun: its determiner gives it away.
        let noun = k > 0
            && matches!(
                tokens[k - 1].lower.as_str(),
                "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "that"
            );
        return (to && !noun).then_some(Tense::Future);
    }
    // "is to resume", "as soon as Tuesday": arrangements and earliest dates lie ahead.
    let next = tokens.get(k + 1).map_or("", |t| t.lower.as_str());
    if (matches!(w, "is" | "are" | "was" | "were") && next == "to")
        || (w == "soon" && k > 0 && tokens[k - 1].lower == "as")
    {
        return Some(Tense::Future);
    }
    // "since" points back from the time of speaking: "searching since the Oct. 23 slaying".
    if w == "since" {
        return Some(Tense::Past);
    }
    if FUTURE.contains(&w) {
        return Some(Tense::Future);
    }
    if PRESENT.contains(&w) {
        return Some(Tense::Present);
    }
    // "-ed" words after a determiner or with the prefix "un-" are adjectives: "an estimated
    // 200,000", "a still unspecified date", "the unidentified official".
    let adjective = matches!(back(1), "a" | "an" | "the" | "its" | "their" | "his" | "her" | "still")
        || (w.starts_with("un") && !w.starts_with("under") && w.len() > 6 && !UN_VERBS.contains(&w));
    let past =
        PAST_IRREGULAR.contains(&w) || (w.len() >= 5 && w.ends_with("ed") && !NOT_PAST.contains(&w) && !adjective);
    // A participle after "be" in the present or after a modal ("is expected", "would be paid")
    // is not past.
    let participle = matches!(back(1), "is" | "are" | "be" | "been" | "being") && w != "was" && w != "were";
    (past && !participle).then_some(Tense::Past)
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn tense_of(text: &str, word: &str) -> Tense {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.lower == word).unwrap();
        tense_at(&tokens, &mut Cues::new(&tokens), i, i + 1)
    }

    #[test]
    fn finds_the_nearest_cue() {
        assert_eq!(tense_of("In March, the administration revoked a waiver.", "march"), Tense::Past);
        assert_eq!(tense_of("The company will report results on Thursday.", "thursday"), Tense::Future);
        assert_eq!(tense_of("He has scheduled a news conference Thursday.", "thursday"), Tense::Future);
        assert_eq!(tense_of("Shares closed Friday at $29.", "friday"), Tense::Past);
        assert_eq!(tense_of("Friday.", "friday"), Tense::Unknown);
        assert_eq!(tense_of("Trading is to resume in Paris Tuesday.", "tuesday"), Tense::Future);
        assert_eq!(tense_of("The offer had been due to expire Friday.", "friday"), Tense::Past);
        assert_eq!(tense_of("They could leave as soon as Tuesday.", "tuesday"), Tense::Future);
        assert_eq!(tense_of("Police have searched for him since the Oct. 23 killing.", "oct"), Tense::Past);
    }

    #[test]
    fn stays_inside_the_sentence() {
        assert_eq!(tense_of("It will rain. Friday was dry.", "friday"), Tense::Past);
    }
}
