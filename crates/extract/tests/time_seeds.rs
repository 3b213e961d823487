//! Golden snapshots of every time expression the tagger finds in the seed articles.

use std::path::PathBuf;

use tightrope_core::{Day, Precision, Sentence, Timex};
use tightrope_extract::time::{self, DocTime, Style};

/// A seed's file-name prefix, a day inside its DCT (year, month, day) and the DCT's precision.
type Seed = (&'static str, Option<(i32, u32, u32)>, Precision);

/// The seed articles' dates as their metadata gives them.
const SEEDS: &[Seed] = &[
    ("000_", Some((2025, 9, 24)), Precision::Month),
    ("001_", Some((2025, 11, 1)), Precision::Month),
    ("002_", Some((2025, 1, 1)), Precision::Year),
    ("003_", Some((2020, 9, 1)), Precision::Month),
    ("004_", None, Precision::Day),
];

fn seed_text(prefix: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        })
        .collect();
    names.sort();
    let path = names.first().unwrap_or_else(|| panic!("no seed {prefix}*.txt in {}", dir.display()));
    std::fs::read_to_string(path).unwrap()
}

/// One line per expression: text, type, value, modifier, interval and what anchored it.
fn render(timexes: &[Timex]) -> String {
    let mut out = String::new();
    for t in timexes {
        let interval = t.interval.map_or("-".to_string(), |i| format!("{}..{}", i.earliest, i.latest));
        let modifier = t.modifier.as_deref().map_or(String::new(), |m| format!(" mod={m}"));
        out.push_str(&format!(
            "{:?} {} {}{modifier} [{interval}] {:?} ({})\n",
            t.text,
            t.timex_type.as_str(),
            t.value,
            t.anchor,
            t.precision.label()
        ));
    }
    out
}

/// Lines as sentences: enough for the publication-date cue, which looks within one sentence.
fn line_sentences(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        sentences.push(Sentence { start, end: start + line.trim_end().len(), paragraph: index });
        start += line.len();
    }
    sentences
}

#[test]
fn seeds_time_expressions() {
    for (prefix, dct, precision) in SEEDS {
        let text = seed_text(prefix);
        let mut context =
            DocTime { dct: dct.and_then(|(y, m, d)| Day::new(y, m, d)), dct_precision: *precision, style: Style::News };
        let mut rendered = String::new();
        if context.dct.is_none() {
            let first = time::tag_doc(&text, &context);
            let inferred = time::infer_dct(&text, &line_sentences(&text), &first);
            match &inferred {
                Some(doc) => {
                    rendered.push_str(&format!(
                        "inferred DCT: {} {:?} from {:?}\n",
                        doc.date.value,
                        doc.date.modifier,
                        doc.evidence.first().map(|e| e.quote.as_str()).unwrap_or("")
                    ));
                    context = DocTime::from_date(Some(&doc.date), Style::News);
                }
                None => rendered.push_str("inferred DCT: none\n"),
            }
        }
        rendered.push_str(&render(&time::tag_doc(&text, &context)));
        insta::assert_snapshot!(format!("seed_{}", prefix.trim_end_matches('_')), rendered);
    }
}
