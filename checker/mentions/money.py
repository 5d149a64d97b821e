"""Amounts of money: symbols, codes and currency words, scales, and the same qualifiers as counts.

"€1.5 billion", "1.5bn euros", "EUR 1.5 billion", "US$76.8 billion", "more than $2.9 billion", "£3m".
The currency is an ISO 4217 code where the text fixes one ("€", "euros", "US$", "USD") and a unit name where
it does not ("$" is some dollar, "£" some pound); the rule pack decides what an ambiguous unit is taken to be
when amounts are compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from checker.mentions import Mention
from checker.mentions.counts import PREFIXES, Quantity
from checker.mentions.numbers import NUMBER, parse_number
from checker.mentions.scan import scan

# Symbols and prefixes written before the amount -> (unit name, ISO code or None)
SYMBOLS: dict[str, tuple[str, str | None]] = {
    "us$": ("United States dollar", "USD"), "u.s.$": ("United States dollar", "USD"),
    "u.s. $": ("United States dollar", "USD"), "us $": ("United States dollar", "USD"),
    "c$": ("Canadian dollar", "CAD"), "ca$": ("Canadian dollar", "CAD"), "can$": ("Canadian dollar", "CAD"),
    "a$": ("Australian dollar", "AUD"), "au$": ("Australian dollar", "AUD"),
    "hk$": ("Hong Kong dollar", "HKD"), "nz$": ("New Zealand dollar", "NZD"), "s$": ("Singapore dollar", "SGD"),
    "r$": ("Brazilian real", "BRL"), "$": ("Dollar", None), "€": ("Euro", "EUR"), "£": ("Pound", None),
    "¥": ("Yen", "JPY"), "₹": ("Indian rupee", "INR"), "₽": ("Russian ruble", "RUB"), "₴": ("Ukrainian hryvnia", "UAH"),
    "₩": ("South Korean won", "KRW"), "₺": ("Turkish lira", "TRY"), "₪": ("Israeli new shekel", "ILS"),
    "zł": ("Polish złoty", "PLN"),
}
CODES = {"USD": "United States dollar", "EUR": "Euro", "GBP": "British pound", "JPY": "Japanese yen",
         "CNY": "Chinese yuan", "RMB": "Chinese yuan", "CHF": "Swiss franc", "CAD": "Canadian dollar",
         "AUD": "Australian dollar", "NZD": "New Zealand dollar", "HKD": "Hong Kong dollar",
         "SGD": "Singapore dollar", "INR": "Indian rupee", "RUB": "Russian ruble", "UAH": "Ukrainian hryvnia",
         "PLN": "Polish złoty", "SEK": "Swedish krona", "NOK": "Norwegian krone", "DKK": "Danish krone",
         "TRY": "Turkish lira", "ZAR": "South African rand", "BRL": "Brazilian real", "MXN": "Mexican peso",
         "KRW": "South Korean won", "ILS": "Israeli new shekel", "CZK": "Czech koruna", "HUF": "Hungarian forint"}
# Currency words written after the amount -> (unit name, ISO code or None)
WORDS: dict[str, tuple[str, str | None]] = {
    "us dollars": ("United States dollar", "USD"), "u.s. dollars": ("United States dollar", "USD"),
    "american dollars": ("United States dollar", "USD"), "united states dollars": ("United States dollar", "USD"),
    "canadian dollars": ("Canadian dollar", "CAD"), "australian dollars": ("Australian dollar", "AUD"),
    "hong kong dollars": ("Hong Kong dollar", "HKD"), "new zealand dollars": ("New Zealand dollar", "NZD"),
    "singapore dollars": ("Singapore dollar", "SGD"), "dollars": ("Dollar", None),
    "euros": ("Euro", "EUR"), "euro": ("Euro", "EUR"), "pounds sterling": ("British pound", "GBP"),
    "british pounds": ("British pound", "GBP"), "sterling": ("British pound", "GBP"), "pounds": ("Pound", None),
    "yen": ("Japanese yen", "JPY"), "yuan": ("Chinese yuan", "CNY"), "renminbi": ("Chinese yuan", "CNY"),
    "swiss francs": ("Swiss franc", "CHF"), "francs": ("Franc", None), "rupees": ("Rupee", None),
    "indian rupees": ("Indian rupee", "INR"), "rubles": ("Russian ruble", "RUB"), "roubles": ("Russian ruble", "RUB"),
    "hryvnias": ("Ukrainian hryvnia", "UAH"), "hryvnia": ("Ukrainian hryvnia", "UAH"), "zlotys": ("Polish złoty", "PLN"), "zloty": ("Polish złoty", "PLN"),
    "kronor": ("Swedish krona", "SEK"), "lira": ("Turkish lira", "TRY"), "rand": ("South African rand", "ZAR"),
    "pesos": ("Peso", None), "shekels": ("Israeli new shekel", "ILS"),
}
for _code, _name in CODES.items():
    WORDS.setdefault(_code.lower(), (_name, _code))

_SYMBOL_ALT = "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in sorted(SYMBOLS, key=len, reverse=True))
_CODE_ALT = "|".join(sorted(CODES, key=len, reverse=True))
_WORD_ALT = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(WORDS, key=len, reverse=True))
_PREFIX_ALT = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(PREFIXES, key=len, reverse=True))
_MONEY_RE = re.compile(
    rf"""(?:(?P<q>\b(?:{_PREFIX_ALT}))\s+)?
        (?:(?P<sym>(?<![\w$])(?:{_SYMBOL_ALT}))\s?(?P<a1>{NUMBER})
          |(?P<code>\b(?:{_CODE_ALT}))\s?(?P<a2>{NUMBER})
          |(?P<a3>{NUMBER})\s*(?P<word>(?:{_WORD_ALT}))\b(?!-)
        )""",
    re.X | re.I,
)


# Every amount names its currency with a sign, a code or a word: the full pattern is tried only around them.
_TRIGGER = re.compile(
    rf"[$€£¥₹₽₴₩₺₪]|zł|(?<![\w])(?:{_CODE_ALT})(?![\w])|(?<![\w])(?:{_WORD_ALT})(?![\w])", re.I)


@dataclass(frozen=True)
class Amount:
    """An amount of money as written: the quantity (with its qualifier) and the currency."""

    quantity: Quantity
    unit: str                # currency name: "Euro", "Dollar", "United States dollar"
    iso: str | None          # ISO 4217 code where the text fixes one

    @property
    def currency(self) -> str:
        return self.iso or self.unit


def find_money(text: str) -> Iterator[Mention]:
    """Every amount of money in ``text``."""
    for m in scan(_MONEY_RE, _TRIGGER, text, lookback=9, reach=90):
        number = m.group("a1") or m.group("a2") or m.group("a3")
        value = parse_number(number)
        if value is None:
            continue
        if m.group("sym"):
            unit, iso = SYMBOLS[re.sub(r"\s+", " ", m.group("sym").lower())]
        elif m.group("code"):
            code = m.group("code").upper()
            unit, iso = CODES[code], ("CNY" if code == "RMB" else code)
            if not m.group("code").isupper():
                continue                       # "eur 5" in running text is not a code
        else:
            unit, iso = WORDS[re.sub(r"\s+", " ", m.group("word").lower())]
        qual = m.group("q")
        if qual:
            canon, kind = PREFIXES[re.sub(r"\s+", " ", qual.lower())]
        else:
            canon, kind = None, "eq"
        bounds = {"gt": (value, None, True, False), "ge": (value, None, False, False),
                  "lt": (None, value, False, True), "le": (None, value, False, False)}.get(
            kind, (value, value, False, False))
        quantity = Quantity(value, kind, canon, *bounds)
        yield Mention("money", m.start(), m.end(), m.group(0), Amount(quantity, unit, iso))
