//! A curator's `actors.toml` applied to the seeds: each kind of correction, and the warnings for those that miss.

use std::path::{Path, PathBuf};
use tightrope_core::{ActorKind, Document};
use tightrope_extract::actors;

fn seeds() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    tightrope_extract::build_corpus(&dir).expect("the seeds build").corpus.documents
}

fn folder_with(toml: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tightrope-actors-overrides-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    std::fs::write(dir.join(actors::OVERRIDES_FILE), toml).expect("the overrides file");
    dir
}

const CURATED: &str = r#"
[[ignore]]
names = ["Caliber.Az"]

[[merge]]
actors = ["iraqi-counter-terrorism-forces", "Iraqi Counter Terrorism Service"]

[[split]]
actor = "iran"
alias = "Tehran"
name = "Tehran"
kind = "government_body"

[[rename]]
actor = "isis"
name = "Islamic State of Iraq and Syria"

[[retype]]
actor = "hezbollah"
kind = "political_group"

[[role]]
actor = "mustafa-al-kadhimi"
title = "Prime Minister of Iraq"
date = "2020-05-07"
doc = "003_d9ee23c6cb3cfdcc"
quote = "Kadhimi took office on May 7, 2020"

[[add]]
name = "Mossad"
kind = "government_body"

[[retype]]
actor = "nobody-at-all"
kind = "person"
"#;

#[test]
fn curated_corrections_apply() {
    let documents = seeds();
    let dir = folder_with(CURATED);
    let overrides = actors::load_overrides(&dir).expect("the file parses");
    let analysis = actors::analyse(&documents, &overrides);
    let actor = |id: &str| analysis.actors.iter().find(|a| a.actor_id == id);

    assert!(actor("caliber-az").is_none(), "ignored");
    assert!(actor("iraqi-counter-terrorism-service").is_none(), "merged away");
    assert_eq!(actor("iraqi-counter-terrorism-forces").expect("kept").mentions.len(), 2);
    let tehran = actor("tehran").expect("split off");
    assert_eq!(tehran.kind, ActorKind::GovernmentBody);
    assert!(actor("iran").expect("Iran").aliases.iter().all(|a| a.text != "Tehran"));
    assert!(actor("isis").is_none() && actor("islamic-state-of-iraq-and-syria").is_some(), "renamed");
    assert_eq!(actor("hezbollah").expect("Hezbollah").kind, ActorKind::PoliticalGroup);
    let kadhimi = actor("mustafa-al-kadhimi").expect("Kadhimi");
    assert!(kadhimi.roles.iter().any(|r| r.during.as_ref().is_some_and(|d| d.value == "2020-05-07")));
    assert_eq!(actor("mossad").expect("added").mentions.len(), 1);
    assert_eq!(analysis.warnings.len(), 1, "{:?}", analysis.warnings);
    let warning = analysis.warnings[0].to_string();
    assert!(warning.contains("actors.toml:") && warning.contains("nobody-at-all"), "{:?}", analysis.warnings);
}

#[test]
fn no_file_means_no_overrides() {
    let dir = std::env::temp_dir().join(format!("tightrope-actors-none-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let overrides = actors::load_overrides(&dir).expect("no file is fine");
    let documents = seeds();
    assert_eq!(actors::find_with(&documents, &overrides), actors::find(&documents));
}

#[test]
fn empty_names_and_quotes_are_errors_with_their_line() {
    for (toml, field) in [
        ("[[rename]]\nactor = \"isis\"\nname = \"  \"\n", "name"),
        ("\n[[role]]\nactor = \"x\"\ntitle = \"t\"\ndoc = \"d\"\nquote = \"\"\n", "quote"),
        ("[[ignore]]\nnames = [\"\"]\n", "names"),
    ] {
        let dir = folder_with(toml);
        let message = actors::load_overrides(&dir).expect_err("an empty field is refused").to_string();
        let line = if toml.starts_with('\n') { 2 } else { 1 };
        assert!(message.contains(&format!("actors.toml:{line}: `{field}` is empty")), "{message}");
    }
}

#[test]
fn overrides_that_miss_are_warned_by_the_build() {
    let dir = std::env::temp_dir().join(format!("tightrope-actors-build-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    std::fs::write(dir.join("a.txt"), "Iraq and Iran met in Baghdad on May 3, 2024.").expect("an article");
    std::fs::write(dir.join(actors::OVERRIDES_FILE), "[[retype]]\nactor = \"nobody-at-all\"\nkind = \"person\"\n")
        .expect("the overrides file");
    let built = tightrope_extract::build_corpus(&dir).expect("the folder builds");
    assert!(
        built
            .warnings
            .iter()
            .map(ToString::to_string)
            .any(|w| w.contains("actors.toml:1:") && w.contains("nobody-at-all")),
        "{:?}",
        built.warnings
    );
}
