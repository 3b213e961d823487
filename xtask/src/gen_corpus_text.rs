//! The words of `gen-corpus`: a seeded random source, actor names, event categories, dates as
//! a sentence says them, and documents written sentence by sentence with their spans.

use std::collections::HashMap;
use tightrope_core::*;

/// SplitMix64: small, fast, and the same on every platform.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// An index below `n` where low indices are much more likely: `n·u^power`.
    pub fn skewed(&mut self, n: usize, power: i32) -> usize {
        ((self.unit().powi(power) * n as f64) as usize).min(n.saturating_sub(1))
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index drawn in proportion to the weights.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
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
    pub fn bell(&mut self, spread: f64) -> f64 {
        (self.unit() + self.unit() + self.unit() - 1.5) * spread
    }
}

/// Event categories: code, name, what the sentence says, Goldstein value, how common (weight).
pub const CODES: [(&str, &str, &str, f32, u32); 28] = [
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

pub fn word(rng: &mut Rng, syllables: usize) -> String {
    capitalised(&(0..syllables).map(|_| *rng.pick(&SYLLABLES)).collect::<String>())
}

pub fn slug(name: &str) -> String {
    let lowered: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    lowered.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-")
}

pub fn actors(rng: &mut Rng, count: usize) -> Vec<Actor> {
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
                // Places carry no weight above: the generated corpus stays as it was.
                ActorKind::Place => format!("{} City", word(rng, 2)),
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
pub struct Dated {
    pub date: DateValue,
    pub words: Option<String>,
}

fn day_words(day: Day) -> String {
    format!("{} {} {}", day.day(), MONTHS[day.month() as usize - 1], day.year())
}

pub fn dated(rng: &mut Rng, day: Day) -> Dated {
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
pub struct Draft {
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
    pub timexes: Vec<Timex>,
}

impl Draft {
    /// Appends a sentence made of pieces; returns its index and the byte offset where each piece starts.
    pub fn sentence(&mut self, pieces: &[&str]) -> (usize, Vec<usize>) {
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

    /// Writes the sentence reporting an event, with a time expression for its date where it
    /// gives one; returns the sentence's index and where each name starts.
    pub fn event_sentence(
        &mut self,
        names: &[&str],
        verb: &str,
        dated: &Dated,
        flags: &EventFlags,
    ) -> (usize, Vec<usize>) {
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
        pieces.push(if flags.reported { ", a spokesman said." } else { "." });
        let (index, offsets) = self.sentence(&pieces);
        if let (Some(words), Some(when)) = (&dated.words, &when) {
            let start = offsets[pieces.len() - 2] + when.len() - words.len();
            self.timexes.push(Timex {
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
        let mut starts = vec![offsets[1]];
        if !others.is_empty() {
            let mut at = offsets[5];
            for name in &names[1..] {
                starts.push(at);
                at += name.len() + " and ".len();
            }
        }
        (index, starts)
    }
}

/// A day the generator names as a constant.
pub fn calendar(year: i32, month: u32, day: u32) -> Day {
    Day::new(year, month, day).expect("the generator's constant days are calendar days")
}

/// The day of an ordinal; 1 January 2000 outside the supported years (the generator stays inside them).
pub fn day(ordinal: i64) -> Day {
    Day::from_ordinal(ordinal).unwrap_or_else(|| calendar(2000, 1, 1))
}

/// CAMEO QuadClass from the root code, as the pipeline derives it.
pub fn quad(code: &str) -> Option<u8> {
    let root: u8 = code.get(..2)?.parse().ok()?;
    match root {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}
