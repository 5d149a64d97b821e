"""Generate a benchmark corpus shaped like US local news: many short articles in many small stories.

    python benchmarks/make_local_news.py [-o PATH] [--stories N] [--seed S]

Real local news is the case issue 10 measures (3,176 articles, 6.8 MB, stories of 2-5 articles), but it cannot
be shipped, so this script writes a stand-in from templated sentences: council and school-board meetings,
fundraisers, grants, fires, road works, elections, court dates, openings, with the counts, dates, names,
places and sums of money such articles carry, and filler paragraphs of the kind that make up most of their
text. Each story is one event told by 2-5 outlets, a few of which get a figure or a date wrong, so the report
has findings to write. JSONL, one article per line: ``id``, ``story``, ``outlet``, ``url``, ``published``,
``title``, ``text``. The output depends only on the seed and the arguments (``random.Random(seed)``, no clock,
no hash order), so every run writes the same bytes; with the defaults about 3,000 articles and 6-7 MB of text,
in about a second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / ".cache" / "local-news.jsonl"
DEFAULT_STORIES = 900
DEFAULT_SEED = 20250903

TOWNS = [
    ("Springfield", "Illinois"), ("Greenville", "South Carolina"), ("Franklin", "Tennessee"),
    ("Bristol", "Connecticut"), ("Salem", "Oregon"), ("Madison", "Wisconsin"), ("Georgetown", "Texas"),
    ("Clinton", "Iowa"), ("Fairview", "Oregon"), ("Riverside", "California"), ("Burlington", "Vermont"),
    ("Dayton", "Ohio"), ("Lexington", "Kentucky"), ("Auburn", "Alabama"), ("Manchester", "New Hampshire"),
    ("Portland", "Maine"), ("Oxford", "Mississippi"), ("Jackson", "Wyoming"), ("Bozeman", "Montana"),
    ("Flagstaff", "Arizona"), ("Boulder", "Colorado"), ("Ithaca", "New York"), ("Athens", "Georgia"),
    ("Durham", "North Carolina"), ("Ames", "Iowa"), ("Lawrence", "Kansas"), ("Duluth", "Minnesota"),
    ("Erie", "Pennsylvania"), ("Macon", "Georgia"), ("Tulsa", "Oklahoma"), ("Boise", "Idaho"),
    ("Eugene", "Oregon"), ("Fresno", "California"), ("Reno", "Nevada"), ("Provo", "Utah"),
    ("Savannah", "Georgia"), ("Wilmington", "Delaware"), ("Albany", "New York"), ("Toledo", "Ohio"),
    ("Peoria", "Illinois"), ("Lansing", "Michigan"), ("Topeka", "Kansas"), ("Billings", "Montana"),
]
FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen",
         "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Luis", "Ashley",
         "Steven", "Kimberly", "Andrew", "Emily", "Kevin", "Donna", "Brian", "Michelle", "Maria", "Carol"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores"]
OUTLETS = ["Gazette", "Herald", "Tribune", "Courier", "Daily News", "Press", "Journal", "Sentinel", "Observer",
           "Record", "Times", "Chronicle", "Patch", "Public Radio", "Channel 7 News"]
VENUES = ["City Hall", "the public library", "the community center", "Lincoln High School", "the county courthouse",
          "the fairgrounds", "Memorial Park", "the civic center", "the VFW hall", "First Baptist Church"]
ROLES = ["Mayor", "Council member", "Superintendent", "County Commissioner", "Board President", "Fire Chief",
         "Police Chief", "Principal", "Sheriff", "Parks Director"]
DONORS = ["the state Department of Transportation", "the Rotary Club", "the county", "the federal government",
          "the Community Foundation", "the Lions Club", "a local credit union", "the school district"]
PURPOSES = ["new playground equipment", "road repairs on Main Street", "a new fire engine", "library renovations",
            "the food bank", "storm drain upgrades", "after-school programs", "sidewalk improvements"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FILLER = [
    "Residents who spoke during the public comment period raised concerns about traffic, parking and noise "
    "near the site, and several asked the board to slow down.",
    "The proposal has been discussed for more than a year, and supporters say it will help young families who "
    "want to stay in the area.",
    "Officials said the work should not affect trash pickup or school bus routes, although drivers should "
    "expect delays at the intersection during the morning commute.",
    "Local business owners said they welcomed the decision but hoped the city would keep them informed about "
    "the construction schedule.",
    "The item passed on a voice vote after a brief discussion, and no one from the audience asked to speak "
    "against it.",
    "A spokesperson for the department said more information would be posted on the city website and shared "
    "on social media in the coming weeks.",
    "Neighbors described the street as quiet and said they had rarely seen so many emergency vehicles in one "
    "place.",
    "The organization was founded by a group of parents and has grown every year since, relying mostly on "
    "volunteers and small donations.",
    "Anyone with information is asked to call the non-emergency line or leave an anonymous tip online.",
    "Weather permitting, crews will work weekdays from 7 a.m. to 5 p.m., and detour signs will be posted along "
    "the route.",
    "The board also approved the minutes of its previous session, a list of routine purchases and a contract "
    "for janitorial services.",
    "Tickets are available at the door, and children under 12 get in free when accompanied by an adult.",
    "Several speakers thanked the volunteers who organized the event and the sponsors who covered most of the "
    "costs.",
    "The district has struggled to fill teaching positions in math and special education, according to a "
    "report presented in the spring.",
    "Traffic was diverted for several hours while investigators examined the scene, and the road reopened "
    "shortly before noon.",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def date_words(rng: random.Random, day: dt.date, published: dt.date) -> str:
    """The event's date as local news writes it: a weekday near publication, or a month and day."""
    style = rng.randrange(4)
    if style == 0 and 0 <= (published - day).days < 7:
        return WEEKDAYS[day.weekday()]
    if style == 1:
        return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"
    if style == 2:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}"


def money(rng: random.Random, amount: int) -> str:
    if amount >= 1_000_000 and rng.random() < 0.5:
        return f"${amount / 1e6:.1f} million"
    return f"${amount:,}"


def story_facts(rng: random.Random, index: int) -> dict:
    town, state = rng.choice(TOWNS)
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    return {
        "index": index, "town": town, "state": state, "day": day, "venue": rng.choice(VENUES),
        "chair": person(rng), "role": rng.choice(ROLES), "count": rng.randrange(12, 400),
        "amount": rng.choice([5_000, 12_500, 25_000, 40_000, 75_000, 150_000, 250_000, 1_200_000, 3_500_000]),
        "donor": rng.choice(DONORS), "purpose": rng.choice(PURPOSES), "kind": rng.randrange(5),
        "people": [person(rng) for _ in range(4)],
    }


def lead(rng: random.Random, f: dict, when: str, count: int) -> list[str]:
    """The sentences that carry the story's facts, by kind of story."""
    town, venue, chair, role = f["town"], f["venue"], f["chair"], f["role"]
    amount = money(rng, f["amount"])
    kind = f["kind"]
    if kind == 0:
        return [f"The {town} City Council met on {when} at {venue}, where about {count} residents attended a "
                f"meeting chaired by {role} {chair}.",
                f"{f['donor'].capitalize()} pledged {amount} for {f['purpose']}, {chair} told the audience.",
                f"Council members {f['people'][0]} and {f['people'][1]} voted against the budget amendment."]
    if kind == 1:
        return [f"More than {count} parents packed {venue} in {town} on {when} for a school board meeting "
                f"chaired by Board President {chair}.",
                f"The board agreed to spend {amount} on {f['purpose']}, with {f['donor']} covering part of it.",
                f"Superintendent {f['people'][0]} said enrollment had grown for the third year in a row."]
    if kind == 2:
        return [f"Firefighters from {rng.randrange(2, 9)} departments responded to a fire at a warehouse in "
                f"{town} on {when}, and {count} people were evacuated from nearby homes.",
                f"Fire Chief {chair} said damage was estimated at {amount}.",
                f"No injuries were reported, according to {f['people'][0]}, a spokesperson for the city."]
    if kind == 3:
        return [f"The annual fundraiser for {f['purpose']} was held on {when} at {venue} in {town}, drawing "
                f"{count} guests.",
                f"Organizers said the gala, hosted by {chair}, raised {amount}, and {f['donor']} pledged to "
                f"match every dollar.",
                f"Volunteers {f['people'][0]} and {f['people'][1]} ran the silent auction."]
    return [f"{town} voters will decide on {when} whether to approve a {amount} bond for {f['purpose']}, "
            f"after the county commission scheduled the election at a meeting chaired by {chair}.",
            f"Turnout at the last special election was {count} percent, county clerk {f['people'][0]} said.",
            f"A public forum on the measure will be held at {venue} next week."]


def article(rng: random.Random, f: dict, number: int) -> dict:
    published = f["day"] + dt.timedelta(days=rng.randrange(0, 4))
    day, count = f["day"], f["count"]
    if rng.random() < 0.12:                         # one outlet gets the date wrong
        day = day + dt.timedelta(days=rng.choice([-2, -1, 1, 7]))
    if rng.random() < 0.15:                         # or the count
        count = max(2, count + rng.choice([-40, -10, 15, 60]))
    sentences = lead(rng, f, date_words(rng, day, published), count)
    if rng.random() < 0.3:                          # most lead with the event, some with a detail
        rng.shuffle(sentences)
    body = [f"{f['town'].upper()}, {f['state']} — {sentences[0]}"]
    paragraphs = rng.randrange(2, 8)
    rest = sentences[1:]
    for p in range(paragraphs):
        chunk = rng.sample(FILLER, rng.randrange(2, 5))
        if rest and rng.random() < 0.5:
            chunk.insert(rng.randrange(len(chunk) + 1), rest.pop())
        if p % 3 == 2:
            chunk.append(f"\"We heard from a lot of people,\" said {person(rng)}, who has lived in {f['town']} "
                         f"for {rng.randrange(2, 40)} years.")
        body.append(" ".join(chunk))
    body.extend(rest)
    outlet = f"{f['town']} {OUTLETS[(f['index'] * 7 + number) % len(OUTLETS)]}"
    slug = f"ln-{f['index']:04d}-{number}"
    return {"id": slug, "story": f"local-{f['index']:04d}", "outlet": outlet,
            "url": f"https://news.example/{slug}", "published": published.isoformat(),
            "title": sentences[0][:70].rstrip(" ,"), "text": "\n\n".join(body)}


def generate(stories: int = DEFAULT_STORIES, seed: int = DEFAULT_SEED) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for index in range(stories):
        facts = story_facts(rng, index)
        records.extend(article(rng, facts, n) for n in range(rng.randrange(2, 6)))
    return records


def write(path: Path, stories: int = DEFAULT_STORIES, seed: int = DEFAULT_SEED) -> Path:
    """Write the corpus to ``path`` (atomically: a temporary file renamed) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for record in generate(stories, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--stories", type=int, default=DEFAULT_STORIES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    path = write(args.output, args.stories, args.seed)
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    size = sum(len(r["text"].encode("utf-8")) for r in records)
    print(f"{path}: {len(records)} articles, {len({r['story'] for r in records})} stories, {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
