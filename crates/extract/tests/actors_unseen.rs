//! The actors stage on articles it was not written against: other regions, other kinds of title.

use std::fmt::Write;
use std::path::PathBuf;

const UKRAINE: &str = "Kyiv presses allies as Moscow escalates

Ukrainian President Volodymyr Zelensky met U.S. Secretary of State Antony Blinken in Kyiv on Tuesday, Reuters reported. Blinken pledged more air defence. Zelensky thanked Washington for its support.

The Kremlin said Russian Foreign Minister Sergei Lavrov would respond. Moscow accused Washington of escalating the conflict, while Lavrov travelled to Beijing for talks with Chinese officials.

NATO Secretary General Jens Stoltenberg, speaking in Brussels, said the alliance stands with Ukraine. Stoltenberg added that NATO would not be drawn into the war.

Mr. Lavrov, speaking to TASS, said Russia would not negotiate.
";

const WORLD: &str = "Senate Majority Leader Chuck Schumer said on Monday that the Senate would vote on the aid bill. Schumer, a Democrat from New York, urged House Speaker Mike Johnson to act. The Democratic Party welcomed the move.

The Department of Justice (DOJ) opened an inquiry, and Attorney General Merrick Garland said the DOJ would publish its findings. Garland declined to comment further, The New York Times reported.

Al-Shabaab militants attacked a base near Mogadishu. Somali President Hassan Sheikh Mohamud condemned the attack, and Mohamud asked the African Union for support.

Dr. Tedros Adhanom Ghebreyesus, Director-General of the World Health Organization (WHO), warned of a cholera outbreak. Tedros said the WHO needed funds.

Paris and Berlin agreed on a new plan after French President Emmanuel Macron travelled to Berlin. Macron met German Chancellor Olaf Scholz, and Scholz praised France.
";

fn table(files: &[(&str, &str)]) -> String {
    let dir: PathBuf = std::env::temp_dir().join(format!("tightrope-actors-unseen-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("the article");
    }
    let corpus = tightrope_extract::build_corpus(&dir).expect("the folder builds").corpus;
    let mut out = String::new();
    for actor in &corpus.actors {
        let aliases: Vec<String> = actor.aliases.iter().map(|a| format!("{} ×{}", a.text, a.count)).collect();
        let roles: Vec<&str> = actor.roles.iter().map(|r| r.title.as_str()).collect();
        let _ = writeln!(
            out,
            "{} | {} | {} | {} | {} | {}",
            actor.actor_id,
            actor.kind.slug(),
            actor.affiliation.as_deref().unwrap_or("-"),
            aliases.join("; "),
            roles.join("; "),
            actor.mentions.len()
        );
    }
    out
}

#[test]
fn unseen_articles() {
    insta::assert_snapshot!("actors_unseen_table", table(&[("ukraine.txt", UKRAINE), ("world.txt", WORLD)]));
}
