//! Closed word classes of English that the clause rules look at.

pub const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s"];
pub const HAVE: &[&str] = &["has", "have", "had", "having"];
pub const DO: &[&str] = &["do", "does", "did"];
/// Modals that make an action hypothetical rather than reported as fact.
pub const HYPOTHETICAL: &[&str] = &["would", "could", "might", "may", "should", "must", "can", "cannot", "ought"];
/// Modals and phrases that place an action in the future.
pub const FUTURE: &[&str] = &["will", "shall", "'ll"];
pub const NEGATION: &[&str] = &["not", "n't", "never", "no", "neither", "nor", "cannot"];
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "some",
    "any", "no", "every", "each", "several", "another", "such",
];
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "by",
    "for",
    "against",
    "about",
    "over",
    "under",
    "into",
    "onto",
    "through",
    "between",
    "among",
    "across",
    "amid",
    "amidst",
    "during",
    "after",
    "before",
    "since",
    "despite",
    "toward",
    "towards",
    "via",
    "within",
    "without",
    "upon",
    "including",
    "like",
    "near",
    "beyond",
    "behind",
    "around",
    "along",
    "than",
    "per",
    "as",
];
/// Words that may stand between an auxiliary and its verb.
pub const ADVERBS: &[&str] = &[
    "not",
    "n't",
    "also",
    "now",
    "recently",
    "reportedly",
    "already",
    "just",
    "then",
    "once",
    "again",
    "further",
    "initially",
    "even",
    "still",
    "never",
    "publicly",
    "allegedly",
    "formally",
    "officially",
    "quietly",
    "jointly",
    "repeatedly",
    "reportedly",
    "finally",
    "previously",
    "later",
    "first",
];
/// Words opening a clause, and the kind of clause they open.
pub const RELATIVE: &[&str] = &["who", "which", "whom", "whose", "that"];
pub const CONDITIONAL: &[&str] = &["if", "unless", "whether"];
pub const SUBORDINATE: &[&str] = &[
    "where", "when", "while", "whereas", "although", "though", "because", "but", "yet", "however", "since", "after",
    "before", "until", "once",
];
/// Punctuation that closes a clause.
pub const CLAUSE_MARKS: &[&str] = &[";", ":", "—", "–", "(", ")", "?", "!", "\""];
/// Subject pronouns resolved to the last person named.
pub const PERSON_PRONOUNS: &[&str] = &["he", "him", "his", "she", "her"];
/// Verbs before "to" that announce an intended action ("plans to sanction").
pub const INTENT: &[&str] = &[
    "plan", "plans", "planned", "planning", "intend", "intends", "intended", "aim", "aims", "aimed", "seek", "seeks",
    "sought", "want", "wants", "wanted", "prepare", "prepares", "prepared", "expect", "expects", "expected", "set",
    "hope", "hopes", "proposal", "bid", "going", "poised", "due",
];
/// Verbs of expectation before a noun phrase and "to": "expect all troops to be out".
pub const EXPECT: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "anticipate",
    "anticipates",
    "anticipated",
    "predict",
    "predicts",
    "predicted",
    "forecast",
    "forecasts",
];
/// Nouns of armed forces: with them as subject, "leave" and "be out" are a withdrawal.
pub const FORCES: &[&str] =
    &["troops", "troop", "forces", "soldiers", "personnel", "contingent", "contingents", "units", "marines", "army"];
/// Verbs that are a withdrawal only with armed forces just before them ("US troops will leave").
pub const FORCE_VERBS: &[&str] = &["be", "leave", "exit", "depart"];
/// Verbs before "to" that report the action as done ("voted to sanction").
pub const IMPLICATIVE: &[&str] = &[
    "decide",
    "decides",
    "decided",
    "vote",
    "votes",
    "voted",
    "move",
    "moves",
    "moved",
    "begin",
    "begins",
    "began",
    "begun",
    "start",
    "starts",
    "started",
    "continue",
    "continues",
    "continued",
    "proceed",
    "proceeded",
    "went",
    "managed",
];

pub fn is_adverb(word: &str) -> bool {
    ADVERBS.contains(&word) || (word.len() > 4 && word.ends_with("ly"))
}

/// Frequent finite verbs outside the action lexicon, so that a subject ends where they begin.
pub const COMMON_VERBS: &[&str] = &[
    "made",
    "makes",
    "took",
    "takes",
    "gave",
    "gives",
    "came",
    "comes",
    "went",
    "goes",
    "saw",
    "sees",
    "got",
    "gets",
    "became",
    "becomes",
    "began",
    "begins",
    "held",
    "holds",
    "led",
    "leads",
    "left",
    "kept",
    "keeps",
    "put",
    "puts",
    "told",
    "found",
    "finds",
    "brought",
    "brings",
    "thought",
    "thinks",
    "sent",
    "sends",
    "built",
    "won",
    "lost",
    "paid",
    "pays",
    "spent",
    "stood",
    "ran",
    "fell",
    "rose",
    "remains",
    "seeks",
    "wants",
    "fears",
    "views",
    "sees",
    "needs",
    "plays",
    "carries",
    "faces",
    "follows",
    "marks",
    "aims",
    "builds",
    "governs",
    "represent",
    "represents",
    "constitute",
    "continues",
    "depends",
    "suggests",
    "enters",
    "tolerate",
    "speak",
    "cast",
    "set",
    "sought",
    "drew",
];

/// Month names, which after "since" or "after" make a date rather than a clause.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
