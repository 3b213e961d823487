//! World data: country names, alternative spellings, capitals and demonyms (vendored world-countries, ODbL).

use super::token::phrase_key;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../data/world/countries.json");
const COMMON_NAMES: &str = include_str!("../../data/world/common-names.json");

/// One country as the actors stage sees it.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// The common English name, used as the actor's name.
    pub name: String,
}

/// Lookups from normalised phrase keys to countries.
#[derive(Debug, Default)]
pub struct World {
    pub countries: Vec<Country>,
    names: HashMap<String, usize>,
    capitals: HashMap<String, usize>,
    demonyms: HashMap<String, usize>,
    /// The longest name, capital or demonym in words, to bound the matcher's look-ahead.
    pub longest: usize,
}

#[derive(Deserialize)]
struct Row {
    cca2: String,
    common: String,
    official: String,
    alt: Vec<String>,
    capitals: Vec<String>,
    demonyms: Vec<String>,
}

#[derive(Deserialize)]
struct CommonNames {
    names: HashMap<String, Vec<String>>,
    capitals: HashMap<String, Vec<String>>,
}

/// The world data, parsed once.
pub fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        // Both files are vendored and checked by the tests below: a parse failure is a build defect.
        let rows: Vec<Row> = serde_json::from_str(COUNTRIES).expect("data/world/countries.json is valid");
        let common: CommonNames = serde_json::from_str(COMMON_NAMES).expect("data/world/common-names.json is valid");
        World::from_rows(rows, &common)
    })
}

/// Names usable in English text: Latin letters, no inverted "Iran, Islamic Republic of" forms.
fn usable(name: &str) -> bool {
    !name.contains(',')
        && name.starts_with(|c: char| c.is_uppercase())
        && name.chars().all(|c| c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c))
}

impl World {
    fn from_rows(rows: Vec<Row>, common: &CommonNames) -> World {
        let mut world = World::default();
        for (index, row) in rows.into_iter().enumerate() {
            let extra = common.names.get(&row.cca2).cloned().unwrap_or_default();
            let names = [row.common.clone(), row.official.clone()].into_iter().chain(row.alt).chain(extra);
            for name in names.filter(|n| usable(n)) {
                world.insert_name(&name, index);
            }
            let extra_capitals = common.capitals.get(&row.cca2).cloned().unwrap_or_default();
            for capital in row.capitals.into_iter().chain(extra_capitals).filter(|n| usable(n)) {
                let key = phrase_key(&capital);
                // A city-state's capital is the country itself ("Singapore"): the name entry covers it.
                if !world.names.contains_key(&key) {
                    world.longest = world.longest.max(key.split(' ').count());
                    world.capitals.entry(key).or_insert(index);
                }
            }
            for demonym in row.demonyms.iter().filter(|n| usable(n)) {
                let key = phrase_key(demonym);
                world.demonyms.entry(format!("{key}s")).or_insert(index);
                world.demonyms.entry(key).or_insert(index);
            }
            world.countries.push(Country { code: row.cca2, name: row.common });
        }
        world
    }

    fn insert_name(&mut self, name: &str, index: usize) {
        let key = phrase_key(name);
        self.longest = self.longest.max(key.split(' ').count());
        self.names.entry(key).or_insert(index);
    }

    /// The country a name (key) denotes: "united states", "us", "america".
    pub fn country(&self, key: &str) -> Option<&Country> {
        self.names.get(key).map(|&i| &self.countries[i])
    }

    /// The index in [`World::countries`] of the country a name denotes.
    pub fn country_index(&self, key: &str) -> Option<usize> {
        self.names.get(key).copied()
    }

    /// The index in [`World::countries`] of the country whose capital this is.
    pub fn capital_index(&self, key: &str) -> Option<usize> {
        self.capitals.get(key).copied()
    }

    /// The country whose capital this is: "baghdad" → Iraq.
    pub fn capital(&self, key: &str) -> Option<&Country> {
        self.capitals.get(key).map(|&i| &self.countries[i])
    }

    /// The country of a demonym, singular or plural: "iranian", "iraqis".
    pub fn demonym(&self, key: &str) -> Option<&Country> {
        self.demonyms.get(key).map(|&i| &self.countries[i])
    }

    /// A country by name, capital or demonym: anything that ties a word to a state.
    pub fn any(&self, key: &str) -> Option<&Country> {
        self.country(key).or_else(|| self.capital(key)).or_else(|| self.demonym(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_capitals_and_demonyms_resolve() {
        let world = world();
        assert_eq!(world.countries.len(), 250);
        for (name, code) in [("united states", "US"), ("us", "US"), ("america", "US"), ("uae", "AE"), ("britain", "GB")]
        {
            assert_eq!(world.country(name).map(|c| c.code.as_str()), Some(code), "{name}");
        }
        assert_eq!(world.capital("washington").map(|c| c.code.as_str()), Some("US"));
        assert_eq!(world.capital("baghdad").map(|c| c.code.as_str()), Some("IQ"));
        assert_eq!(world.demonym("iranian").map(|c| c.code.as_str()), Some("IR"));
        assert_eq!(world.demonym("iraqis").map(|c| c.code.as_str()), Some("IQ"));
        assert!(world.country("ir").is_none(), "bare ISO codes are not names");
    }
}
