//! `cargo xtask gen-corpus --events N --out FILE [--seed S]`: a synthetic corpus JSON for scale tests.
//!
//! The same seed gives the same bytes. About one document per ten events, each a few short
//! sentences; a few actors in most events (actors are drawn with a steep skew), dates clustered
//! around a dozen crises between 2000 and 2025 at mixed precision (day, month, early or by a month,
//! quarter, season, year, vague, inherited from the document), every QuadClass and some of our own
//! categories, and one event in ten reported again by a later document. Every span is checked to
//! be a sentence (event mentions) or a name (actor mentions) of its document's text, and the file
//! is read back with `Corpus::from_json` before the command reports success.

use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use tightrope_core::*;

/// `cargo xtask gen-corpus --events N --out FILE [--seed S]`; a folder as `--out` gets `corpus.json` in it.
pub fn run(args: &[String]) -> Result<()> {
    let mut events = None;
    let mut out = None;
    let mut seed = 1;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || rest.next().with_context(|| format!("`{arg}` needs a value"));
        match arg.as_str() {
            "--events" => events = Some(value()?.parse::<usize>().context("`--events` takes a number")?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse().context("`--seed` takes a number")?,
            other => bail!("unknown option `{other}` (gen-corpus takes --events N --out FILE [--seed S])"),
        }
    }
    let (Some(events), Some(mut out)) = (events, out) else {
        bail!("gen-corpus needs --events N and --out FILE");
    };
    if out.is_dir() {
        out.push("corpus.json");
    }
    let corpus = generate(events, seed);
    check(&corpus)?;
    write(&corpus, &out)?;
    let bytes = std::fs::metadata(&out)?.len();
    let json = std::fs::read_to_string(&out)?;
    Corpus::from_json(&json).map_err(anyhow::Error::msg).with_context(|| format!("reading back {}", out.display()))?;
    println!(
        "gen-corpus: {} events, {} documents, {} actors: {} ({:.1} MB)",
        corpus.events.len(),
        corpus.documents.len(),
        corpus.actors.len(),
        out.display(),
        bytes as f64 / 1e6
    );
    Ok(())
}

fn write(corpus: &Corpus, path: &Path) -> Result<()> {
    let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut writer = std::io::BufWriter::new(file);
    serde_json::to_writer(&mut writer, corpus)?;
    writer.flush()?;
    Ok(())
}

/// SplitMix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// An index below `n` where low indices are much more likely: `n·u^power`.
    fn skewed(&mut self, n: usize, power: i32) -> usize {
        ((self.unit().powi(power) * n as f64) as usize).min(n.saturating_sub(1))
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index drawn in proportion to the weights.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let mut roll = self.below(weights.iter().sum::<u32>() as usize) as u32;
        for (i, &weight) in weights.iter().enumerate() {
            if roll < weight {
                return i;
            }
            roll -= weight;
        }
        weights.len() - 1
    }

    /// Roughly normal around 0 with this spread (the sum of three uniforms).
    fn bell(&mut self, spread: f64) -> f64 {
        (self.unit() + self.unit() + self.unit() - 1.5) * spread
    }
}

/// Event categories: code, name, what the sentence says, Goldstein value, how common (weight).
const CODES: [(&str, &str, &str, f32, u32); 28] = [
    ("010", "Make statement", "made a statement on", 0.0, 30),
    ("020", "Appeal", "appealed to", 3.0, 10),
    ("036", "Express intent to meet or negotiate", "offered talks to", 4.0, 10),
    ("040", "Consult", "met", 1.0, 40),
    ("042", "Make a visit", "visited", 1.9, 15),
    ("043", "Host a visit", "hosted", 2.8, 10),
    ("046", "Engage in negotiation", "negotiated with", 7.0, 12),
    ("051", "Praise or endorse", "praised", 3.4, 8),
    ("057", "Sign formal agreement", "signed an agreement with", 8.0, 8),
    ("061", "Cooperate economically", "agreed on trade with", 6.4, 5),
    ("070", "Provide aid", "sent aid to", 7.0, 6),
    ("081", "Ease administrative sanctions", "eased sanctions on", 5.0, 3),
    ("090", "Investigate", "investigated", -2.0, 5),
    ("100", "Demand", "made demands of", -5.0, 8),
    ("111", "Criticize or denounce", "criticised", -2.0, 20),
    ("120", "Reject", "rejected a proposal from", -4.0, 10),
    ("130", "Threaten", "threatened", -4.4, 8),
    ("140", "Engage in political dissent", "protested against", -6.5, 6),
    ("150", "Demonstrate military or police power", "massed troops near", -7.2, 5),
    ("160", "Reduce relations", "cut ties with", -4.0, 4),
    ("163", "Impose embargo, boycott, or sanctions", "imposed sanctions on", -8.0, 6),
    ("173", "Arrest, detain, or charge with legal action", "detained members of", -5.0, 6),
    ("180", "Use unconventional violence", "attacked", -9.0, 10),
    ("190", "Use conventional military force", "fought", -10.0, 10),
    ("195", "Employ aerial weapons", "launched air strikes on", -10.0, 5),
    ("200", "Use unconventional mass violence", "massacred supporters of", -10.0, 1),
    ("ELECT", "Election", "held an election watched by", 0.0, 3),
    ("LAW", "Pass a law or decree", "passed a law aimed at", 0.0, 3),
];

const SYLLABLES: [&str; 24] = [
    "al", "bar", "cor", "dan", "el", "fen", "gar", "hal", "is", "jor", "kal", "lum", "mar", "nor", "or", "pel", "qas",
    "ran", "sol", "tor", "ul", "ver", "wen", "zar",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn word(rng: &mut Rng, syllables: usize) -> String {
    capitalised(&(0..syllables).map(|_| *rng.pick(&SYLLABLES)).collect::<String>())
}

fn slug(name: &str) -> String {
    let lowered: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    lowered.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-")
}

fn actors(rng: &mut Rng, count: usize) -> Vec<Actor> {
    // Weights by position in `ActorKind::ALL`: person, state, government body, armed group,
    // political group, organisation, media.
    let kind_weights = [35, 25, 15, 10, 8, 5, 2];
    let mut taken: HashMap<String, usize> = HashMap::new();
    (0..count)
        .map(|_| {
            let kind = ActorKind::ALL[rng.weighted(&kind_weights)];
            let mut name = match kind {
                ActorKind::State => word(rng, 2) + "ia",
                ActorKind::Person => format!("{} {}", word(rng, 2), word(rng, 2)),
                ActorKind::GovernmentBody => format!(
                    "{} {} Ministry",
                    word(rng, 2) + "ian",
                    rng.pick(&["Defence", "Foreign", "Interior", "Finance"])
                ),
                ActorKind::ArmedGroup => format!("{} Brigades", word(rng, 2)),
                ActorKind::PoliticalGroup => format!("{} Party", word(rng, 2)),
                ActorKind::Organisation => format!("{} Council", word(rng, 2)),
                ActorKind::Media => format!("{} Times", word(rng, 2)),
            };
            let seen = taken.entry(name.clone()).or_insert(0);
            *seen += 1;
            if *seen > 1 {
                name = format!("{name} {}", *seen);
            }
            Actor {
                actor_id: slug(&name),
                name,
                kind,
                kind_confidence: 0.9,
                aliases: vec![],
                roles: vec![],
                affiliation: None,
                mentions: vec![],
            }
        })
        .collect()
}

/// A date as the sentence says it, with its value; `None` words for an inherited date.
struct Dated {
    date: DateValue,
    words: Option<String>,
}

fn day_words(day: Day) -> String {
    format!("{} {} {}", day.day(), MONTHS[day.month() as usize - 1], day.year())
}

fn dated(rng: &mut Rng, day: Day) -> Dated {
    let (y, m) = (day.year(), day.month());
    let month = || DayInterval::month(y, m);
    let value = |value: String, precision, modifier: Option<&str>, interval: Option<DayInterval>| DateValue {
        value,
        precision,
        modifier: modifier.map(String::from),
        interval,
    };
    let roll = rng.below(100);
    let (date, words) = match roll {
        0..=44 => (DateValue::on_day(day), day_words(day)),
        45..=62 => {
            (value(format!("{y}-{m:02}"), Precision::Month, None, month()), format!("{} {y}", MONTHS[m as usize - 1]))
        }
        63..=66 => {
            let interval =
                DayInterval { earliest: Day::new(y, m, 1).unwrap_or(day), latest: Day::new(y, m, 10).unwrap_or(day) };
            (
                value(format!("{y}-{m:02}"), Precision::Month, Some("START"), Some(interval)),
                format!("early {} {y}", MONTHS[m as usize - 1]),
            )
        }
        67..=69 => (
            value(format!("{y}-{m:02}"), Precision::Month, Some("ON_OR_BEFORE"), month()),
            format!("by {} {y}", MONTHS[m as usize - 1]),
        ),
        70..=72 => {
            let q = (m - 1) / 3 + 1;
            let interval = DayInterval::month(y, q * 3 - 2)
                .zip(DayInterval::month(y, q * 3))
                .map(|(a, b)| DayInterval { earliest: a.earliest, latest: b.latest });
            let ordinal = ["first", "second", "third", "fourth"][q as usize - 1];
            (value(format!("{y}-Q{q}"), Precision::Quarter, None, interval), format!("the {ordinal} quarter of {y}"))
        }
        73..=75 => {
            let (code, name, first, last) = match m {
                3..=5 => ("SP", "spring", 3, 5),
                6..=8 => ("SU", "summer", 6, 8),
                9..=11 => ("FA", "autumn", 9, 11),
                _ => ("WI", "winter", 1, 2),
            };
            let interval = DayInterval::month(y, first)
                .zip(DayInterval::month(y, last))
                .map(|(a, b)| DayInterval { earliest: a.earliest, latest: b.latest });
            (value(format!("{y}-{code}"), Precision::Season, None, interval), format!("{name} {y}"))
        }
        76..=85 => (value(y.to_string(), Precision::Year, None, DayInterval::year(y)), y.to_string()),
        86..=89 => (value("PAST_REF".into(), Precision::Vague, None, None), "recently".into()),
        _ => return Dated { date: DateValue::on_day(day), words: None },
    };
    Dated { date, words: Some(words) }
}

/// One document as it is written: its text so far and its sentence spans.
struct Draft {
    text: String,
    sentences: Vec<Sentence>,
    paragraphs: Vec<Paragraph>,
    timexes: Vec<Timex>,
}

impl Draft {
    /// Appends a sentence made of pieces; returns its index and the byte offset where each piece starts.
    fn sentence(&mut self, pieces: &[&str]) -> (usize, Vec<usize>) {
        let index = self.sentences.len();
        if index.is_multiple_of(3) {
            if let Some(last) = self.paragraphs.last_mut() {
                last.end = self.text.len();
                self.text.push_str("\n\n");
            }
            let line = 1 + 2 * self.paragraphs.len();
            self.paragraphs.push(Paragraph { start: self.text.len(), end: self.text.len(), heading: false, line });
        } else {
            self.text.push(' ');
        }
        let start = self.text.len();
        let mut offsets = Vec::with_capacity(pieces.len());
        for piece in pieces {
            offsets.push(self.text.len());
            self.text.push_str(piece);
        }
        self.sentences.push(Sentence { start, end: self.text.len(), paragraph: self.paragraphs.len() - 1 });
        if let Some(last) = self.paragraphs.last_mut() {
            last.end = self.text.len();
        }
        (index, offsets)
    }
}

/// The synthetic corpus: `events` events over about `events / 10` documents.
pub fn generate(events: usize, seed: u64) -> Corpus {
    let mut rng = Rng(seed);
    let mut actors = actors(&mut rng, (events / 200).clamp(30, 2000));
    let first_day = calendar(2000, 1, 1).ordinal();
    let last_day = calendar(2025, 12, 31).ordinal();
    let crises: Vec<(i64, f64)> = (0..14)
        .map(|_| (first_day + rng.below((last_day - first_day) as usize) as i64, 20.0 + rng.unit() * 400.0))
        .collect();
    let publishers: Vec<String> = (0..30)
        .map(|_| format!("The {} {}", word(&mut rng, 2), rng.pick(&["Post", "Herald", "Monitor", "Review", "Wire"])))
        .collect();
    let code_weights: Vec<u32> = CODES.iter().map(|c| c.4).collect();
    let mut event_source: Vec<usize> = Vec::with_capacity(events);
    let doc_count = (events / 10).max(1);

    let mut documents = Vec::with_capacity(doc_count);
    let mut corpus_events: Vec<Event> = Vec::with_capacity(events);
    for d in 0..doc_count {
        let doc_id = format!("d{d:05}");
        let here = events / doc_count + usize::from(d < events % doc_count);
        let (center, spread) = crises[rng.skewed(crises.len(), 2)];
        let doc_day = day((center + rng.bell(spread) as i64).clamp(first_day, last_day));
        let mut draft = Draft { text: String::new(), sentences: vec![], paragraphs: vec![], timexes: vec![] };
        let mut title = None;
        for e in 0..here {
            let (code, name, verb, goldstein, _) = CODES[rng.weighted(&code_weights)];
            let source = rng.skewed(actors.len(), 4);
            let mut involved = vec![source];
            let target = rng.chance(0.8).then(|| rng.skewed(actors.len(), 4));
            let participant = rng.chance(0.1).then(|| rng.below(actors.len()));
            for actor in [target, participant].into_iter().flatten() {
                if !involved.contains(&actor) {
                    involved.push(actor);
                }
            }
            let back = (rng.unit() * rng.unit() * spread) as i64;
            let day = doc_day.add_days(-back).unwrap_or(doc_day);
            let dated = dated(&mut rng, day);
            let flags =
                EventFlags { reported: rng.chance(0.25), expected: rng.chance(0.05), negated: rng.chance(0.04) };
            // One sentence in five also yields the next event: no new sentence for it.
            let shared = e > 0 && rng.chance(0.2);
            let names: Vec<&str> = involved.iter().map(|&a| actors[a].name.as_str()).collect();
            let (sentence, name_spans) = if shared {
                (draft.sentences.len() - 1, vec![])
            } else {
                let lead = if flags.negated {
                    "Officials denied that "
                } else if dated.words.is_none() {
                    "Later, "
                } else {
                    ""
                };
                let verb = if flags.expected { format!("is expected to have {verb}") } else { verb.to_string() };
                let mut pieces = vec![lead, names[0], " ", &verb];
                let others = names[1..].join(" and ");
                if !others.is_empty() {
                    pieces.extend([" ", &others]);
                }
                let when = dated.words.as_ref().map(|w| match dated.date.precision {
                    Precision::Day => " on ".to_string() + w,
                    Precision::Vague => " ".to_string() + w,
                    _ => " in ".to_string() + w,
                });
                if let Some(when) = &when {
                    pieces.push(when);
                }
                let said = if flags.reported { ", a spokesman said." } else { "." };
                pieces.push(said);
                let (index, offsets) = draft.sentence(&pieces);
                if let (Some(words), Some(at)) = (&dated.words, when.as_ref().map(|_| offsets[pieces.len() - 2])) {
                    let start = draft.text[at..].find(words.as_str()).map_or(at, |i| at + i);
                    draft.timexes.push(Timex {
                        start,
                        end: start + words.len(),
                        text: words.clone(),
                        timex_type: TimexType::Date,
                        value: dated.date.value.clone(),
                        modifier: dated.date.modifier.clone(),
                        precision: dated.date.precision,
                        interval: dated.date.interval,
                        anchor: if dated.date.interval.is_some() { Anchor::Absolute } else { Anchor::None },
                    });
                }
                let mut spans = vec![(involved[0], offsets[1], names[0].len())];
                if !others.is_empty() {
                    let mut at = offsets[5];
                    for (&actor, name) in involved[1..].iter().zip(&names[1..]) {
                        spans.push((actor, at, name.len()));
                        at += name.len() + " and ".len();
                    }
                }
                (index, spans)
            };
            title.get_or_insert_with(|| format!("{}: {}", names.join(", "), name));
            for (actor, start, len) in name_spans {
                actors[actor].mentions.push(Mention { doc_id: doc_id.clone(), start, end: start + len });
            }
            let span = &draft.sentences[sentence];
            let ids: Vec<String> = involved.iter().map(|&a| actors[a].actor_id.clone()).collect();
            event_source.push(source);
            corpus_events.push(Event {
                event_id: format!("ev-{:06x}", corpus_events.len()),
                date: EventDate { date: dated.date, inherited: dated.words.is_none() },
                source: Some(ids[0].clone()),
                target: ids[1..].iter().take(1).cloned().collect(),
                actors: ids,
                category: Category { code: code.into(), name: name.into() },
                quad: quad(code),
                goldstein: quad(code).map(|_| goldstein),
                mentions: vec![EventMention {
                    doc_id: doc_id.clone(),
                    sentence,
                    start: span.start,
                    end: span.end,
                    attribution: None,
                }],
                flags,
            });
        }
        // One document in ten reports an event of a recent document again.
        if d > 0 && rng.chance(0.1) && !corpus_events.is_empty() {
            let earlier = corpus_events.len().saturating_sub(1 + rng.below(200.min(corpus_events.len())));
            let source = &actors[event_source[earlier]];
            let (index, offsets) =
                draft.sentence(&["Local sources confirmed the earlier reports about ", &source.name, "."]);
            let span = draft.sentences[index].clone();
            let name = Mention { doc_id: doc_id.clone(), start: offsets[1], end: offsets[1] + source.name.len() };
            actors[event_source[earlier]].mentions.push(name);
            corpus_events[earlier].mentions.push(EventMention {
                doc_id: doc_id.clone(),
                sentence: index,
                start: span.start,
                end: span.end,
                attribution: Some("local sources".into()),
            });
        }
        let word_count = draft.text.split_whitespace().count();
        documents.push(Document {
            file: format!("{doc_id}.txt"),
            doc_id,
            title: title.unwrap_or_else(|| "Untitled".into()),
            title_source: TitleSource::Metadata,
            publisher: Some(publishers[rng.skewed(publishers.len(), 2)].clone()),
            author: None,
            date: Some(DocDate { date: DateValue::on_day(doc_day), inferred: false, evidence: vec![] }),
            word_count,
            text: draft.text,
            paragraphs: draft.paragraphs,
            sentences: draft.sentences,
            removed: vec![],
            timexes: draft.timexes,
        });
    }
    for actor in &mut actors {
        actor.aliases = vec![Alias { text: actor.name.clone(), count: actor.mentions.len() }];
    }
    Corpus {
        schema: SCHEMA_VERSION,
        name: format!("Synthetic corpus, {events} events"),
        description: format!("Generated by `cargo xtask gen-corpus --events {events} --seed {seed}`."),
        documents,
        actors,
        events: corpus_events,
    }
}

/// A day the generator names as a constant.
fn calendar(year: i32, month: u32, day: u32) -> Day {
    Day::new(year, month, day).expect("the generator's constant days are calendar days")
}

/// The day of an ordinal; 1 January 2000 outside the supported years (the generator stays inside them).
fn day(ordinal: i64) -> Day {
    Day::from_ordinal(ordinal).unwrap_or_else(|| calendar(2000, 1, 1))
}

/// CAMEO QuadClass from the root code, as the pipeline derives it.
fn quad(code: &str) -> Option<u8> {
    let root: u8 = code.get(..2)?.parse().ok()?;
    match root {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

/// Every span on its document: event mentions are whole sentences, actor mentions their names.
fn check(corpus: &Corpus) -> Result<()> {
    let documents: HashMap<&str, &Document> = corpus.documents.iter().map(|d| (d.doc_id.as_str(), d)).collect();
    for event in &corpus.events {
        for mention in &event.mentions {
            let Some(doc) = documents.get(mention.doc_id.as_str()) else {
                bail!("event {} quotes a missing document {}", event.event_id, mention.doc_id)
            };
            let sentence = doc.sentences.get(mention.sentence);
            if sentence.is_none_or(|s| (s.start, s.end) != (mention.start, mention.end)) {
                bail!(
                    "event {} quotes {}..{} of {}, not sentence {}",
                    event.event_id,
                    mention.start,
                    mention.end,
                    doc.doc_id,
                    mention.sentence
                );
            }
        }
    }
    for actor in &corpus.actors {
        for mention in &actor.mentions {
            let text = documents.get(mention.doc_id.as_str()).map(|d| d.slice(mention.start, mention.end));
            if text != Some(actor.name.as_str()) {
                bail!("actor {} mention {:?} reads {text:?}", actor.actor_id, mention);
            }
        }
    }
    for doc in &corpus.documents {
        for timex in &doc.timexes {
            if doc.slice(timex.start, timex.end) != timex.text {
                bail!("time expression {:?} of {} is not where it says", timex.text, doc.doc_id);
            }
        }
        for sentence in &doc.sentences {
            if doc.text.get(sentence.start..sentence.end).is_none_or(|s| s.is_empty()) {
                bail!("sentence {}..{} of {} is not in its text", sentence.start, sentence.end, doc.doc_id);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tightrope_core::index::QuadClass;

    #[test]
    fn a_generated_corpus_reads_back_with_valid_spans_and_realistic_skew() {
        let corpus = generate(3000, 7);
        check(&corpus).unwrap();
        let json = serde_json::to_string(&corpus).unwrap();
        let read = Corpus::from_json(&json).unwrap();
        assert_eq!(read.events.len(), 3000);
        assert_eq!(read.documents.len(), 300);
        assert_eq!(serde_json::to_string(&generate(3000, 7)).unwrap(), json, "the same seed gives the same corpus");
        let ids: std::collections::HashSet<&str> = read.events.iter().map(|e| e.event_id.as_str()).collect();
        assert_eq!(ids.len(), 3000);
        for quad in QuadClass::ALL {
            assert!(read.events.iter().any(|e| QuadClass::of(e) == Some(quad)), "{quad:?}");
        }
        let precisions: std::collections::HashSet<Precision> =
            read.events.iter().map(|e| e.date.date.precision).collect();
        assert!(precisions.len() >= 6, "{precisions:?}");
        // A few actors are in most events.
        let mut per_actor: HashMap<&str, usize> = HashMap::new();
        for event in &read.events {
            for actor in &event.actors {
                *per_actor.entry(actor).or_default() += 1;
            }
        }
        let mut counts: Vec<usize> = per_actor.values().copied().collect();
        counts.sort_unstable_by(|a, b| b.cmp(a));
        let top: std::collections::HashSet<&str> = {
            let mut ranked: Vec<(&str, usize)> = per_actor.into_iter().collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            ranked.iter().take(5).map(|(a, _)| *a).collect()
        };
        let with_top = read.events.iter().filter(|e| e.actors.iter().any(|a| top.contains(a.as_str()))).count();
        assert!(with_top * 2 > read.events.len(), "{with_top} of 3000 events involve a top-5 actor");
        assert!(read.events.iter().any(|e| e.mentions.len() > 1), "some events are reported twice");
    }
}
