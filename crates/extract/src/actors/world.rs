//! World data: country names, alternative spellings, capitals and demonyms (vendored world-countries, ODbL),
//! and places: cities, regions and continents (vendored GeoNames and country-region-data, see data/places).

use super::token::phrase_key;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../data/world/countries.json");
const COMMON_NAMES: &str = include_str!("../../data/world/common-names.json");
const PLACES: &str = include_str!("../../data/places/places.tsv");

/// One country as the actors stage sees it.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// The common English name, used as the actor's name.
    pub name: String,
}

/// A city, region or continent.
#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    /// The index in [`World::countries`] of the country it lies in, if one.
    pub country: Option<usize>,
    /// A region or continent rather than a city: its name wins over an institution word ("West Bank").
    pub region: bool,
}

/// Lookups from normalised phrase keys to countries and places.
#[derive(Debug, Default)]
pub struct World {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    place_keys: HashMap<String, usize>,
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
        let mut world = World::from_rows(rows, &common);
        world.add_places(PLACES);
        world
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

    /// Reads `places.tsv` (name, country code, class); the first line with a key wins. Capitals are places too.
    fn add_places(&mut self, tsv: &str) {
        let code_index: HashMap<String, usize> =
            self.countries.iter().enumerate().map(|(i, c)| (c.code.clone(), i)).collect();
        let capitals: Vec<(String, usize)> = self.capitals.iter().map(|(k, &i)| (k.clone(), i)).collect();
        let rows = tsv.lines().filter(|l| !l.starts_with('#')).filter_map(|line| {
            let mut fields = line.split('\t');
            let (name, code, class) = (fields.next()?, fields.next()?, fields.next()?);
            Some((name.to_string(), code_index.get(code).copied(), class != "city"))
        });
        for (name, country, region) in rows {
            let key = phrase_key(&name);
            // A country's own name is the country and a demonym an adjective, never a place of the same name.
            let taken = self.names.contains_key(&key) || self.demonyms.contains_key(&key);
            if key.is_empty() || taken || self.place_keys.contains_key(&key) {
                continue;
            }
            self.longest = self.longest.max(key.split(' ').count());
            self.place_keys.insert(key, self.places.len());
            self.places.push(Place { name, country, region });
        }
        let mut capitals = capitals;
        capitals.sort();
        for (key, country) in capitals {
            if !self.place_keys.contains_key(&key) {
                let name = key.split(' ').map(capitalise).collect::<Vec<_>>().join(" ");
                self.place_keys.insert(key, self.places.len());
                self.places.push(Place { name, country: Some(country), region: false });
            }
        }
    }

    /// The index in [`World::places`] of the place a name (key) denotes: "erbil", "middle east".
    pub fn place_index(&self, key: &str) -> Option<usize> {
        self.place_keys.get(key).copied()
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

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
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
        let place = |key: &str| world.place_index(key).map(|i| &world.places[i]);
        let country = |key: &str| place(key).and_then(|p| p.country).map(|i| world.countries[i].code.as_str());
        assert_eq!(country("erbil"), Some("IQ"));
        assert_eq!(country("baghdad"), Some("IQ"), "a capital is also a place");
        assert_eq!(country("chicago"), Some("US"));
        assert_eq!(country("scotland"), Some("GB"));
        assert!(place("middle east").is_some_and(|p| p.country.is_none()));
        assert!(place("europe").is_some());
        assert!(place("iraq").is_none(), "a country is never a place of the same name");
        assert!(place("reading").is_none(), "an ordinary English word is no place");
    }
}
