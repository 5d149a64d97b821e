"""Who and where: people (with the story-wide identity alignment gives them), sets of people, and places."""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Person:
    """A person as named in the text; ``ident`` is the story-wide identity assigned by alignment."""

    name: str
    title: str | None = None
    ident: str | None = None

    @property
    def canonical(self) -> str:
        return self.ident or self.name


@dataclass(frozen=True)
class PeopleSet:
    """Who held a role. A subset is not a contradiction: two sets conflict only when each names someone the
    other does not."""

    people: tuple[Person, ...]

    def idents(self) -> frozenset[str]:
        return frozenset(p.canonical for p in self.people)

    def intersects(self, other: "PeopleSet") -> bool:
        mine, theirs = self.idents(), other.idents()
        return mine <= theirs or theirs <= mine

    def key(self) -> tuple:
        return ("people",) + tuple(sorted(self.idents()))

    def to_dict(self) -> dict:
        return {"people": sorted(self.idents())}

    def display(self) -> str:
        return " and ".join(sorted(self.idents()))


# --------------------------------------------------------------------------------------------- places
# A place read from a venue's name ("the Shaw Centre") stands against another country's city only when it is
# a big city ("the Lima Convention Center"), not a small namesake.
VENUE_TOWN = 100_000
# Two cities of one country this close are one urban area for a reader ("Viña del Mar" for a meeting others put
# in "Valparaíso"); a town this close to a city is its satellite (a palace in Wals-Siezenheim "just outside
# Salzburg"), in kilometres, as the crow flies.
SAME_AREA_KM = 15
SATELLITE_KM = 20


@dataclass(frozen=True)
class Place:
    """Where something happened: a named place (with what the gazetteer knows of it) or a virtual meeting."""

    name: str | None
    place_type: str = "unknown"       # city | country | state | continent | venue | unknown | virtual
    country: str | None = None
    continent: str | None = None
    population: int = field(default=0, compare=False)     # what the gazetteer says, to tell big from small
    venue: bool = field(default=False, compare=False)     # read from a venue's name ("the Talatona Centre")
    where: tuple[float, float] | None = field(default=None, compare=False)    # a city's latitude and longitude

    @property
    def virtual(self) -> bool:
        return self.place_type == "virtual"

    def contains(self, other: "Place") -> bool:
        if self.name == other.name:
            return True
        if self.place_type == "continent":
            return other.continent == self.continent and other.place_type != "continent"
        if self.place_type == "country":
            return other.country == self.country and other.place_type in ("city", "state")
        return False

    def intersects(self, other: "Place") -> bool:
        if self.virtual or other.virtual:
            return self.virtual and other.virtual
        if self.contains(other) or other.contains(self):
            return True
        if {"unknown", "venue"} & {self.place_type, other.place_type}:
            return True                       # cannot tell (a building the story never places): no contradiction
        if self.country == other.country and _within_name(self.name, other.name):
            return True                       # "New Kingston" is a district of Kingston, "South Tarawa" of Tarawa
        if (self.venue and self.population < VENUE_TOWN) or (other.venue and other.population < VENUE_TOWN):
            return True                       # a venue named after a district or a small namesake town
        if self.place_type == "state" or other.place_type == "state":
            return self.country != other.country
        return self.country == other.country and self.nearby(other)

    def nearby(self, other: "Place") -> bool:
        """Whether two cities are one urban area, or a town and the city it stands beside."""
        if self.where is None or other.where is None:
            return False
        km = distance_km(self.where, other.where)
        return km <= SAME_AREA_KM or (km <= SATELLITE_KM and min(self.population, other.population) < VENUE_TOWN)

    def key(self) -> tuple:
        return ("place", self.place_type if self.virtual else self.name)

    def to_dict(self) -> dict:
        if self.virtual:
            return {"virtual": True}
        out: dict = {"place": self.name, "kind": self.place_type}   # "kind" in the JSON contract
        if self.country:
            out["country"] = self.country
        return out

    def display(self) -> str:
        if self.virtual:
            return "virtual (online)"
        return self.name + (f" ({self.country})" if self.country and self.place_type != "country" else "")



def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    (la1, lo1), (la2, lo2) = (tuple(math.radians(x) for x in p) for p in (a, b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _within_name(a: str, b: str) -> bool:
    """Whether one place name is the other with words added before or after it ("New Kingston", "Kingston")."""
    wa, wb = a.casefold().split(), b.casefold().split()
    short, long = sorted((wa, wb), key=len)
    n = len(short)
    return 0 < n < len(long) and (long[:n] == short or long[-n:] == short)
