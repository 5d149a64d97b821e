"""The words and pattern fragments of date expressions: month and weekday names, days in words, years,
separators, qualifiers ("last", "next"), parts of a period ("early", "the end of"), durations and holidays.
Shared by the date forms (:mod:`~checker.mentions.dates.days`, :mod:`~checker.mentions.dates.stretches`),
their readers and the trigger words of :mod:`~checker.mentions.dates.find`."""

from __future__ import annotations

import calendar

from checker.mentions.dates import periods
from checker.mentions.scan import word_trie

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                "sun": 6}
UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
ORD_TEENS = ["tenth", "eleventh", "twelfth"] + [w + "th" for w in TEENS[3:]]
# Days in words: "twenty-first", "thirty first", "ninth"; "twenty nine" (cardinals only after a month).
DAY_ORDINALS = {w: i + 1 for i, w in enumerate(ORD_UNITS)}
DAY_ORDINALS.update({w: i + 10 for i, w in enumerate(ORD_TEENS)})
DAY_ORDINALS.update({"twentieth": 20, "thirtieth": 30})
DAY_CARDINALS = {w: i + 1 for i, w in enumerate(UNITS)}
DAY_CARDINALS.update({w: i + 10 for i, w in enumerate(TEENS)})
DAY_CARDINALS.update({"twenty": 20, "thirty": 30})
for _i, (_u, _o) in enumerate(zip(UNITS, ORD_UNITS, strict=True)):
    DAY_ORDINALS[f"twenty-{_o}"] = 21 + _i
    DAY_CARDINALS[f"twenty-{_u}"] = 21 + _i
DAY_ORDINALS["thirty-first"] = 31
DAY_CARDINALS["thirty-one"] = 31


def _words(words) -> str:
    """Words of a table as a regex trie, where a hyphen may also be a space."""
    return word_trie(words).replace(r"\-", r"[\s-]")


# Word lists as tries (see scan.word_trie): the pattern is tried at many places and fails faster so.
WD = rf"(?<!\w)(?:{word_trie(WEEKDAYS)})(?![\w-])"
WDA = rf"(?<!\w)(?:{word_trie(WEEKDAYS)}|(?:{word_trie(WEEKDAY_ABBR)})\.?)(?![\w-])"
FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
MON = (rf"(?<!\w)(?:{word_trie(FULL_MONTHS)}|(?:{word_trie(m for m in MONTHS if m not in FULL_MONTHS)})\.?)"
       r"(?![a-z_])")                                        # a day may be glued: "Dec31"
MONTH_NAMES = "|".join(m.lower() for m in calendar.month_name if m)
DAY_NUM = r"(?<![$€£\d.,])(?<![$€£]\s)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
DAY_ORD = rf"(?:{_words(DAY_ORDINALS)})(?![\w-])"
DAY_CARD = rf"(?:{_words(DAY_CARDINALS)})(?![\w-])(?!\s+(?:thousand|hundred)\b)"
DAY = rf"(?:{DAY_NUM}|{DAY_ORD})"                         # before a month: "4th", "the fourth"
YEAR_NUM = r"(?:1[6-9]\d\d|2[01]\d\d)(?!\d)"
YW_TAIL = (rf"(?:{'|'.join(TEENS)}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           rf"(?:[\s-](?:{'|'.join(UNITS)}))?)")
YEAR_WORDS = (rf"(?:(?:seventeen|eighteen|nineteen)\s+(?:hundred(?:\s+and)?\s+)?{YW_TAIL}"
              rf"|two\s+thousand(?:\s+and\s+(?:{YW_TAIL}|{'|'.join(UNITS)}))?)(?![\w-])")
YEAR = rf"(?:{YEAR_NUM}|{YEAR_WORDS}|'\d\d(?!\d))"
# A day in words after a month ("May twenty nine", "March first") only where the date ends or goes on with
# a year or a range: "in March two people died" is no date.
WORD_DAY_END = rf"(?=\s*(?:$|[.,;:!?)]|{YEAR_NUM}|{YEAR_WORDS}|(?:-|–|through\b|to\b|till\b|until\b|of\b)))"
DAY_AFTER = rf"(?:{DAY_NUM}|(?:{DAY_ORD}|{DAY_CARD}){WORD_DAY_END})"
YEAR_OF = rf"(?:{YEAR}|of\s+'?\d\d(?!\d))"                # "April of 87"
YSEP = r"(?:\s*,?\s+(?:of\s+)?|[-/])"
RSEP = r"\s*(?:-|–|—|~|to|through|thru|until|till)\s*"
PART = (r"(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|(?:beginning|start|middle|end)\s+of"
        r"|the\s+(?:first|second|last)\s+half\s+of)")
YEAR_PREPS = ["in", "since", "by", "during", "until", "till", "before", "after", "from", "of", "through",
              "throughout", "year", "between"]
PREP_YEAR = (rf"(?:{word_trie(YEAR_PREPS)}"
             r"|calendar\s+year|(?:no\s+|not\s+)?(?:later|earlier)\s+than"
             r"|(?:greater|less)\s+than(?=\s+\d{4}(?!\s*[a-z])))")     # not "greater than 2000 people"
RELQ = r"this\s+past|this\s+coming|last|next|this|coming|past|previous|following|current"
RELU = (rf"{WD}|week\s+after\s+next|week|weekend|working\s+week|work\s*week|month|(?:calendar\s+)?year"
        rf"|quarter|decade|{MONTH_NAMES}")
NUM = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
       r"|a\s+couple\s+of|couple(?:\s+of)?)")
DURATION = (rf"{NUM}\s+(?:days?|weeks?|fortnights?|months?|years?)"
            rf"(?:(?:\s*,\s*|\s+and\s+|\s+){NUM}\s+(?:days?|weeks?|months?|years?))*")
QUARTER = r"(?:q[1-4]|h[12])"
HOLIDAY = rf"(?:{word_trie(periods.HOLIDAYS)})(?![\w-])".replace("'", "['’]")
NTH_BEFORE = r"\b(?:on|by|until|till|from|since|before|after|of)"
