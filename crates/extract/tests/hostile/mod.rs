//! Generators of realistic but hostile input for the fuzz targets: article text and corpus folders.
//!
//! The text mixes what the stages look for (names, dates, relative times, reporting verbs) with
//! what breaks byte arithmetic (multi-byte and case-changing characters, bidi controls, emoji),
//! with every line-ending style, blank lines, page chrome and lines that never end a sentence.

use proptest::prelude::*;
use proptest::sample::{select, Index};

const WORDS: &str = concat!(
    "the|of|and|to|in|a|said|says|told|reporters|government|officials|talks|met|meets|warned|accused|",
    "agreed|rejected|urged|called|on|for|with|sanctions|banks|minister|president|militias|election|",
    "agreement|security|forces|attack|killed|arrested|signed|visited|threatened|praised|denied|would|",
    "will|not|was|were|had|has|been|that|after|before|by|according|sources|statement|he|she|they|it|",
    "his|her|their|which|who|also|but|as|at|from|against",
);

const NAMES: &str = concat!(
    "Iraq|Iran|Iraqi|Iranian|United States|U.S.|US|Washington|Baghdad|Tehran|Mohammed Shia al-Sudani|",
    "al-Sudani|Sudani|Prime Minister|Secretary of State|Marco Rubio|Rubio|Ali Larijani|Larijani|",
    "Kataib Hezbollah|Hezbollah|Popular Mobilization Forces|PMF|Brig. Gen.|Dr.|Mr.|Ms.|President|",
    "the Ministry of Foreign Affairs|Reuters|Caliber.Az|the European Union|EU|NATO|Hamas|Israel|",
    "Syria|Assad|Kadhimi|Mustafa al-Kadhimi|the Treasury Department|Central Bank of Iraq|ISIS|",
    "Islamic State|Kurdistan|Erbil",
);

/// Characters that break code assuming one byte per character or stable lengths under case changes.
const UNICODE: &str = concat!(
    "é|café|Zoë|“|”|‘|’|’s|—|–|…|«|»|محمد|السوداني|بغداد|🙂|👍🏽|🇮🇶|\u{202E}|\u{202E}droW|\u{200B}|",
    "\u{FEFF}|\u{00A0}|\u{2028}|\u{0085}|ﬁ|ﬃ|ß|ẞ|İ|İstanbul|ǅ|e\u{301}|Σ|ς|Å|Ω|K|中国|東京|Ⅻ|١٢|²|½|\t|",
    "\u{0}",
);

const TIME_WORDS: &str = concat!(
    "January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Feb.|",
    "Sept.|Sep|Dec.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|",
    "tomorrow|now|last week|next month|this year|two years ago|three years ago|a decade ago|",
    "the day before|the day after|the following day|earlier that month|later this year|in 2019|",
    "in the 1990s|mid-2020|early 2025|Q3 2025|FY2024|3Q25|H1|2025|1999|'98|2025-09-24|2025-02-30|",
    "12/31/2024|1/1/1|31st|3 p.m.|10:30|13:00 GMT|Christmas|Easter|Election Day|the 17th|1,000|3.5|",
    "twice a week|since|until|ago|later|earlier|previous|next|last|quarter|fiscal",
);

const PUNCTUATION: &str = ".|,|;|:|!|?|\"|(|)|-|...|'s|'|/|&|[|]";

const CHROME: &[&str] = &[
    "Skip to content",
    "Advertisement",
    "Share this article",
    "Related articles",
    "Sign up for our newsletter",
    "Read more:",
    "Photo: Reuters",
    "© 2025 Reuters. All rights reserved.",
    "Subscribe",
    "Menu",
    "Home | World | Politics",
    "By Jeyhun Aghazada",
    "Updated 24 September 2025, 10:42 GMT",
];

/// One of the `|`-separated entries of a list.
fn one_of(list: &'static str) -> proptest::sample::Select<&'static str> {
    select(list.split('|').collect::<Vec<_>>())
}

/// One word, name, date, character or punctuation mark.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        10 => one_of(WORDS).prop_map(String::from),
        5 => one_of(NAMES).prop_map(String::from),
        3 => "[A-Z][a-z]{1,9}",
        3 => one_of(UNICODE).prop_map(String::from),
        5 => one_of(TIME_WORDS).prop_map(String::from),
        2 => (0u32..3000).prop_map(|n| n.to_string()),
        1 => "[0-9]{1,12}",
        1 => "[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}",
        3 => one_of(PUNCTUATION).prop_map(String::from),
        1 => (prop::collection::vec(select(&["the day before ", "the day after ", "two days before ", "a week after "][..]), 1..400), select(&["Tuesday.", "Christmas", "March 3, 2024"][..]))
            .prop_map(|(chain, day)| chain.concat() + day),
        1 => "\\PC{1,8}",
    ]
}

/// What goes between two pieces: mostly a space, sometimes a line break of any style.
fn separator() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        20 => Just(" "),
        3 => Just(""),
        2 => Just("\n"),
        1 => Just("\n\n"),
        1 => Just("\r\n"),
        1 => Just("\r"),
        1 => Just("\n \n\t\n"),
        1 => Just("  "),
    ]
}

/// How the whole file ends its lines.
#[derive(Debug, Clone, Copy)]
enum LineEnds {
    Lf,
    CrLf,
    Cr,
    Mixed,
}

fn with_line_ends(text: String, ends: LineEnds) -> String {
    match ends {
        LineEnds::Lf | LineEnds::Mixed => text,
        LineEnds::CrLf => text.replace("\r\n", "\n").replace('\n', "\r\n"),
        LineEnds::Cr => text.replace("\r\n", "\n").replace('\n', "\r"),
    }
}

/// A line that never ends a sentence: one piece repeated, with spaces.
fn endless_line() -> impl Strategy<Value = String> {
    (prop::collection::vec(prop_oneof![one_of(WORDS), one_of(NAMES), one_of(UNICODE)], 1..6), 20usize..300)
        .prop_map(|(words, times)| (0..times).map(|i| words[i % words.len()]).collect::<Vec<_>>().join(" "))
}

/// A first line: short title, long one with multi-byte characters around byte 90, or chrome.
fn first_line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(piece(), 1..12).prop_map(|p| p.join(" ")),
        2 => prop::collection::vec(piece(), 12..40).prop_map(|p| p.join(" ")),
        1 => select(CHROME).prop_map(String::from),
        1 => Just(String::new()),
    ]
}

/// Article text: a first line, then pieces and paragraphs, chrome lines and endless lines.
pub fn article_text() -> impl Strategy<Value = String> {
    let body = prop::collection::vec(
        prop_oneof![
            30 => (piece(), separator()).prop_map(|(p, s)| p + s),
            1 => select(CHROME).prop_map(|c| format!("\n{c}\n")),
            1 => endless_line(),
        ],
        0..160,
    );
    let ends = prop_oneof![Just(LineEnds::Lf), Just(LineEnds::CrLf), Just(LineEnds::Cr), Just(LineEnds::Mixed)];
    (first_line(), body, ends)
        .prop_map(|(first, body, ends)| with_line_ends(format!("{first}\n{}", body.concat()), ends))
}

/// One long run of words, names and dates with no sentence end anywhere: 2 to 30 KB.
pub fn sentence_without_end() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        6 => one_of(WORDS),
        4 => one_of(NAMES),
        3 => one_of(TIME_WORDS),
        1 => one_of(UNICODE),
        1 => select(&[",", ";", "“", "”", "(", ")", "-", "’s"][..]),
    ];
    prop::collection::vec(word, 300..4000).prop_map(|words| words.join(" ").replace(['.', '!', '?', '\n', '\r'], " "))
}

/// One article file of a corpus folder; `invalid_byte_at` puts a 0xFF byte near that offset.
#[derive(Debug, Clone)]
pub struct Article {
    pub file: String,
    pub text: String,
    pub invalid_byte_at: Option<usize>,
}

impl Article {
    /// Hidden files (`.a.txt`, macOS `._a.txt`) are skipped with a warning rather than read.
    pub fn is_hidden(&self) -> bool {
        self.file.starts_with('.')
    }

    pub fn bytes(&self) -> Vec<u8> {
        let mut bytes = self.text.clone().into_bytes();
        if let Some(at) = self.invalid_byte_at {
            let mut at = at.min(self.text.len());
            while !self.text.is_char_boundary(at) {
                at -= 1;
            }
            bytes.insert(at, 0xFF);
        }
        bytes
    }
}

/// A corpus folder: 1 to 4 articles, maybe a `corpus.toml` and an `actors.toml`.
#[derive(Debug, Clone)]
pub struct Folder {
    pub articles: Vec<Article>,
    pub corpus_toml: Option<String>,
    pub actors_toml: Option<String>,
}

impl Folder {
    /// Writes the folder under a fresh temporary directory and returns its path.
    pub fn write(&self, label: &str) -> std::path::PathBuf {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "tightrope-fuzz-{label}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        for article in &self.articles {
            std::fs::write(dir.join(&article.file), article.bytes()).expect("an article file");
        }
        if let Some(toml) = &self.corpus_toml {
            std::fs::write(dir.join("corpus.toml"), toml).expect("corpus.toml");
        }
        if let Some(toml) = &self.actors_toml {
            std::fs::write(dir.join("actors.toml"), toml).expect("actors.toml");
        }
        dir
    }
}

/// File names, some whose document ids collide (`a.txt`, `A.txt`, `a.TXT`; `dup one`, `dup-one`) and
/// one hidden file, which is not an article.
const FILE_NAMES: &[&str] = &[
    "a.txt",
    "A.txt",
    "a.TXT",
    "b.txt",
    "dup one.txt",
    "dup-one.txt",
    "2025-09-24 report.txt",
    "é-news.txt",
    "Ünïcode title.txt",
    "x.y.z.txt",
    "_.txt",
    ".hidden.txt",
    "very long name with spaces and words and more words to make a long doc id.txt",
];

/// A TOML value for any string, quoted and escaped.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// A metadata or override value: usually text, sometimes a value of the wrong type.
#[derive(Debug, Clone)]
enum Value {
    Text(String),
    WrongType(&'static str),
}

impl Value {
    fn render(&self) -> String {
        match self {
            Value::Text(text) => toml_string(text),
            Value::WrongType(raw) => raw.to_string(),
        }
    }
}

fn value(texts: &'static str) -> impl Strategy<Value = Value> {
    prop_oneof![
        24 => one_of(texts).prop_map(|t| Value::Text(t.to_string())),
        3 => "\\PC{0,12}".prop_map(Value::Text),
        1 => select(&["42", "true", "[]", "{ a = 1 }", "2025-09-24", "\"\"\"multi\nline\"\"\""][..]).prop_map(Value::WrongType),
    ]
}

const TITLES: &str = concat!(
    "Washington urges Baghdad|| |“Quoted” title — with dashes|\u{202E}reversed|محمد|",
    "a title\non two lines|",
    "A title of more than ninety bytes that goes on and on, with “curly quotes” and محمد السوداني at its end é",
);
const DATES: &str = concat!(
    "2025|2025-09|2025-09-24|2024-02-29|2025-02-30|2025-13-01|20250||yesterday|9999-12-31|0000-01-01|",
    "2025-9-1",
);
const MODIFIERS: &str = "ON_OR_AFTER|BEFORE|START|SOON||approx";
const ACTOR_NAMES: &str = concat!(
    "Iran|iran|Iraq|united-states|Washington|Mohammed Shia al-Sudani|al-Sudani|Marco Rubio|",
    "Kataib Hezbollah|PMF|| |é|nobody-at-all|İstanbul|\u{202E}evil|U.S.",
);
const KINDS: &str = "person|state|government_body|armed_group|political_group|organisation|media|militia|";

/// Where a quote comes from: a piece of a real line of an article, or made up.
#[derive(Debug, Clone)]
enum Quote {
    FromLine { article: Index, line: usize, start: Index, len: usize },
    Made(Value),
}

impl Quote {
    fn render(&self, articles: &[Article]) -> (usize, String) {
        match self {
            Quote::FromLine { article, line, start, len } => {
                let text = &articles[article.index(articles.len())].text;
                let Some(content) = text.lines().nth(line.saturating_sub(1)) else {
                    return (*line, toml_string("missing line"));
                };
                let chars: Vec<char> = content.chars().collect();
                let from = if chars.is_empty() { 0 } else { start.index(chars.len()) };
                let quote: String = chars[from..].iter().take(*len).collect();
                (*line, toml_string(&quote))
            }
            Quote::Made(value) => (1, value.render()),
        }
    }
}

fn quote() -> impl Strategy<Value = Quote> {
    prop_oneof![
        3 => (any::<Index>(), prop_oneof![Just(0usize), 1usize..4, Just(usize::MAX)], any::<Index>(), 0usize..40)
            .prop_map(|(article, line, start, len)| Quote::FromLine { article, line, start, len }),
        1 => value(TITLES).prop_map(Quote::Made),
    ]
}

/// Which file a metadata entry names.
#[derive(Debug, Clone)]
enum FileRef {
    Article(Index),
    Missing(&'static str),
    WrongType,
}

impl FileRef {
    fn render(&self, articles: &[Article]) -> String {
        match self {
            FileRef::Article(i) => toml_string(&articles[i.index(articles.len())].file),
            FileRef::Missing(name) => toml_string(name),
            FileRef::WrongType => "3".into(),
        }
    }
}

fn file_ref() -> impl Strategy<Value = FileRef> {
    prop_oneof![
        16 => any::<Index>().prop_map(FileRef::Article),
        1 => select(&["missing.txt", "", "a.TXT", "../a.txt"][..]).prop_map(FileRef::Missing),
        1 => Just(FileRef::WrongType),
    ]
}

/// One `[[document]]` entry of corpus.toml.
#[derive(Debug, Clone)]
struct DocumentEntry {
    file: Option<FileRef>,
    title: Option<Value>,
    publisher: Option<Value>,
    date: Option<Value>,
    date_modifier: Option<Value>,
    evidence: Vec<Quote>,
    unknown_field: bool,
}

fn document_entry() -> impl Strategy<Value = DocumentEntry> {
    (
        prop_oneof![9 => file_ref().prop_map(Some), 1 => Just(None)],
        prop::option::of(value(TITLES)),
        prop::option::of(value(TITLES)),
        prop::option::of(value(DATES)),
        prop::option::weighted(0.3, value(MODIFIERS)),
        prop::collection::vec(quote(), 0..3),
        prop::bool::weighted(0.05),
    )
        .prop_map(|(file, title, publisher, date, date_modifier, evidence, unknown_field)| DocumentEntry {
            file,
            title,
            publisher,
            date,
            date_modifier,
            evidence,
            unknown_field,
        })
}

/// corpus.toml as a list of parts, rendered once the articles are known.
#[derive(Debug, Clone)]
enum Metadata {
    Entries { name: Option<Value>, description: Option<Value>, documents: Vec<DocumentEntry> },
    Garbage(String),
}

fn metadata() -> impl Strategy<Value = Metadata> {
    prop_oneof![
        9 => (prop::option::of(value(TITLES)), prop::option::of(value(TITLES)), prop::collection::vec(document_entry(), 0..5))
            .prop_map(|(name, description, documents)| Metadata::Entries { name, description, documents }),
        1 => prop_oneof![
            "\\PC{0,60}",
            Just("[[document]\nfile = ".to_string()),
            Just("[[document]]\nfile = \"a.txt\"\n[[document]]\nfile = \"a.txt\"\n".to_string()),
            Just("name = \"unterminated\n".to_string()),
        ]
        .prop_map(Metadata::Garbage),
    ]
}

impl Metadata {
    fn render(&self, articles: &[Article]) -> String {
        let Metadata::Entries { name, description, documents } = self else {
            let Metadata::Garbage(text) = self else { unreachable!() };
            return text.clone();
        };
        let mut out = String::new();
        if let Some(name) = name {
            out += &format!("name = {}\n", name.render());
        }
        if let Some(description) = description {
            out += &format!("description = {}\n", description.render());
        }
        for entry in documents {
            out += "\n[[document]]\n";
            if let Some(file) = &entry.file {
                out += &format!("file = {}\n", file.render(articles));
            }
            for (key, value) in [
                ("title", &entry.title),
                ("publisher", &entry.publisher),
                ("date", &entry.date),
                ("date_modifier", &entry.date_modifier),
            ] {
                if let Some(value) = value {
                    out += &format!("{key} = {}\n", value.render());
                }
            }
            if !entry.evidence.is_empty() {
                let items: Vec<String> = entry
                    .evidence
                    .iter()
                    .map(|q| {
                        let (line, quote) = q.render(articles);
                        format!("{{ line = {}, quote = {quote} }}", line.min(i64::MAX as usize))
                    })
                    .collect();
                out += &format!("evidence = [{}]\n", items.join(", "));
            }
            if entry.unknown_field {
                out += "colour = \"red\"\n";
            }
        }
        out
    }
}

/// One section of actors.toml.
#[derive(Debug, Clone)]
enum Override {
    Ignore(Vec<Value>),
    IgnoreWrongType,
    Merge(Vec<Value>),
    Split { actor: Value, alias: Value, name: Option<Value>, kind: Option<Value> },
    Rename { actor: Value, name: Value },
    Retype { actor: Value, kind: Value },
    Role { actor: Value, title: Value, date: Option<Value>, doc: Option<Index>, quote: Quote },
    Add { name: Value, kind: Value, aliases: Vec<Value> },
    Garbage(String),
}

fn an_override() -> impl Strategy<Value = Override> {
    let actor = || value(ACTOR_NAMES);
    let kind = || value(KINDS);
    prop_oneof![
        prop::collection::vec(actor(), 0..3).prop_map(Override::Ignore),
        Just(Override::IgnoreWrongType),
        prop::collection::vec(actor(), 0..4).prop_map(Override::Merge),
        (actor(), actor(), prop::option::of(actor()), prop::option::of(kind()))
            .prop_map(|(actor, alias, name, kind)| Override::Split { actor, alias, name, kind }),
        (actor(), actor()).prop_map(|(actor, name)| Override::Rename { actor, name }),
        (actor(), kind()).prop_map(|(actor, kind)| Override::Retype { actor, kind }),
        (actor(), value(TITLES), prop::option::of(value(DATES)), prop::option::of(any::<Index>()), quote())
            .prop_map(|(actor, title, date, doc, quote)| Override::Role { actor, title, date, doc, quote }),
        (actor(), kind(), prop::collection::vec(actor(), 0..3)).prop_map(|(name, kind, aliases)| Override::Add {
            name,
            kind,
            aliases
        }),
        prop_oneof![
            "\\PC{0,40}",
            Just("[[merge]]\nactors = 3\n".to_string()),
            Just("[[nonsense]]\nx = 1\n".to_string()),
            Just("[[rename]]\nactor = \"iran\"\n".to_string()),
        ]
        .prop_map(Override::Garbage),
    ]
}

fn render_overrides(overrides: &[Override], articles: &[Article]) -> String {
    let list = |values: &[Value]| values.iter().map(Value::render).collect::<Vec<_>>().join(", ");
    let mut out = String::new();
    for entry in overrides {
        let section = match entry {
            Override::Ignore(names) => format!("[[ignore]]\nnames = [{}]\n", list(names)),
            Override::IgnoreWrongType => "[[ignore]]\nnames = \"Iran\"\n".to_string(),
            Override::Merge(actors) => format!("[[merge]]\nactors = [{}]\n", list(actors)),
            Override::Split { actor, alias, name, kind } => {
                let mut s = format!("[[split]]\nactor = {}\nalias = {}\n", actor.render(), alias.render());
                if let Some(name) = name {
                    s += &format!("name = {}\n", name.render());
                }
                if let Some(kind) = kind {
                    s += &format!("kind = {}\n", kind.render());
                }
                s
            }
            Override::Rename { actor, name } => {
                format!("[[rename]]\nactor = {}\nname = {}\n", actor.render(), name.render())
            }
            Override::Retype { actor, kind } => {
                format!("[[retype]]\nactor = {}\nkind = {}\n", actor.render(), kind.render())
            }
            Override::Role { actor, title, date, doc, quote } => {
                let doc = doc.map_or_else(
                    || "nowhere".to_string(),
                    |i| tightrope_extract::load::doc_id_from_file(&articles[i.index(articles.len())].file),
                );
                let (_, quote) = quote.render(articles);
                let mut s = format!(
                    "[[role]]\nactor = {}\ntitle = {}\ndoc = {}\nquote = {quote}\n",
                    actor.render(),
                    title.render(),
                    toml_string(&doc)
                );
                if let Some(date) = date {
                    s += &format!("date = {}\n", date.render());
                }
                s
            }
            Override::Add { name, kind, aliases } => {
                format!("[[add]]\nname = {}\nkind = {}\naliases = [{}]\n", name.render(), kind.render(), list(aliases))
            }
            Override::Garbage(text) => format!("{text}\n"),
        };
        out += &section;
        out.push('\n');
    }
    out
}

/// A corpus folder of 1 to 4 hostile articles with optional, sometimes invalid, metadata.
pub fn folder() -> impl Strategy<Value = Folder> {
    let articles = prop::sample::subsequence(FILE_NAMES, 1..=4).prop_flat_map(|names| {
        let count = names.len();
        (Just(names), prop::collection::vec((article_text(), prop::option::weighted(0.03, any::<usize>())), count))
    });
    (
        articles,
        prop::option::weighted(0.6, metadata()),
        prop::option::weighted(0.4, prop::collection::vec(an_override(), 0..6)),
    )
        .prop_map(|((names, texts), metadata, overrides)| {
            let articles: Vec<Article> = names
                .iter()
                .zip(texts)
                .map(|(file, (text, bad))| Article {
                    file: file.to_string(),
                    invalid_byte_at: bad.map(|at| at % (text.len() + 1)),
                    text,
                })
                .collect();
            let corpus_toml = metadata.map(|m| m.render(&articles));
            let actors_toml = overrides.map(|o| render_overrides(&o, &articles));
            Folder { articles, corpus_toml, actors_toml }
        })
}
