//! `cargo xtask gen-corpus --events N --out FILE [--seed S]`: a synthetic corpus JSON for scale tests.
//!
//! The same seed gives the same bytes. About one document per ten events, each a few short
//! sentences; a few actors in most events (actors are drawn with a steep skew), dates clustered
//! around a dozen crises between 2000 and 2025 at mixed precision (day, month, early or by a month,
//! quarter, season, year, vague, inherited from the document), every QuadClass and some of our own
//! categories, and one event in ten reported again by a later document. Every span is checked to
//! be a sentence (event mentions) or a name (actor mentions) of its document's text, and the file
//! is read back with `Corpus::from_json` before the command reports success.

use crate::gen_corpus_text::{actors, calendar, dated, day, quad, word, Draft, Rng, CODES};
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
                let (index, starts) = draft.event_sentence(&names, verb, &dated, &flags);
                let spans = involved.iter().zip(&names).zip(starts).map(|((&a, name), start)| (a, start, name.len()));
                (index, spans.collect())
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
                date: if dated.words.is_none() {
                    EventDate::from_context(dated.date)
                } else {
                    EventDate::from_sentence(dated.date)
                },
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
