"""Reduces npm world-countries 5.1.0 `countries.json` to the fields the actors stage reads.

Usage: python3 reduce.py path/to/world-countries/countries.json > countries.json
"""
import json
import sys

rows = []
for c in json.load(open(sys.argv[1], encoding="utf-8")):
    demonyms = c.get("demonyms", {}).get("eng", {})
    # Two-letter ISO codes ("IR", "SA", "IT") read as ordinary words or other acronyms in news text.
    alt = [a for a in c.get("altSpellings", []) if a != c["cca2"] and a != c["name"]["common"]]
    rows.append({
        "cca2": c["cca2"],
        "cca3": c["cca3"],
        "common": c["name"]["common"],
        "official": c["name"]["official"],
        "alt": alt,
        "capitals": c.get("capital", []),
        "demonyms": sorted({d for d in (demonyms.get("m"), demonyms.get("f")) if d}),
    })
rows.sort(key=lambda r: r["cca2"])
json.dump(rows, sys.stdout, ensure_ascii=False, indent=0)
sys.stdout.write("\n")
