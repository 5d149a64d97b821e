"""Dates: weekdays, day and month in either order (in digits or words), month and year, early/mid/late month
or year, quarters and halves, weeks, decades, holidays, ranges, years, relative expressions and offsets, each
resolved to the set of days it allows (:class:`~checker.values.DateValue`).

Candidates are found with compiled patterns tried only around trigger words (see scan.py). Named-month
and numeric dates are resolved from the pattern's own groups (exact and fast); offsets from the publication
date ("three days ago", "in two weeks") are handed, as candidate strings only, to ``dateparser.parse`` with
explicit settings and a cache. ``dateparser.search.search_dates`` is never run over whole texts: it reads
about 40 KB/s and returns spurious dates ("now", bare years).

Relative expressions are resolved against the article's publication date when it has one, with the
conventions of the Recognizers-Text specs: "last Wednesday" is the Wednesday of the previous week, "this past
Wednesday" the most recent one, "next Monday" the Monday of next week, "last quarter" the previous calendar
quarter, "the next 3 days" the three days after it. A bare weekday with a publication date P stands for that
weekday within six days either side of P; without one, for every such weekday. A date without a year stands
for that day in any year (the fact stage may borrow a year from the story), or, with a publication date, for
that day in the nearest year. Parts of a month are thirds (early = 1-10, mid = 11-20, late = 21-end), parts
of a year too (January-April, May-August, September-December).

Mentions next to each other combine: "either Jan. 10 or Jan. 11" allows both days; "from March 3 to May 5,
2024", "2014-2018", "between 10/1 and 11/7" are closed ranges (the first end takes its year from the second);
"Tuesday of next week" is one day; "the week of April 10" is that Monday-to-Sunday week; "two weeks after
January 15" is January 29.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterator, Sequence

from checker.mentions import Mention
from checker.mentions import periods
from checker.mentions.numbers import parse_number
from checker.mentions.scan import UNUSED, Cuts, OnText, Span, WordBefore, lowered, plain, scan, word_trie
from checker.values import DateValue

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                 "sun": 6}
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_ORD_TEENS = ["tenth", "eleventh", "twelfth"] + [w + "th" for w in _TEENS[3:]]
# Days in words: "twenty-first", "thirty first", "ninth"; "twenty nine" (cardinals only after a month).
DAY_ORDINALS = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
DAY_ORDINALS.update({w: i + 10 for i, w in enumerate(_ORD_TEENS)})
DAY_ORDINALS.update({"twentieth": 20, "thirtieth": 30})
DAY_CARDINALS = {w: i + 1 for i, w in enumerate(_UNITS)}
DAY_CARDINALS.update({w: i + 10 for i, w in enumerate(_TEENS)})
DAY_CARDINALS.update({"twenty": 20, "thirty": 30})
for _i, (_u, _o) in enumerate(zip(_UNITS, _ORD_UNITS, strict=True)):
    DAY_ORDINALS[f"twenty-{_o}"] = 21 + _i
    DAY_CARDINALS[f"twenty-{_u}"] = 21 + _i
DAY_ORDINALS["thirty-first"] = 31
DAY_CARDINALS["thirty-one"] = 31


def _words(words) -> str:
    """Words of a table as a regex trie, where a hyphen may also be a space."""
    return word_trie(words).replace(r"\-", r"[\s-]")


# Word lists as tries (see scan.word_trie): the pattern is tried at many places and fails faster so.
_WD = rf"(?<!\w)(?:{word_trie(_WEEKDAYS)})(?![\w-])"
_WDA = rf"(?<!\w)(?:{word_trie(_WEEKDAYS)}|(?:{word_trie(_WEEKDAY_ABBR)})\.?)(?![\w-])"
_FULL_MONTHS = [m for m in _MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MON = (rf"(?<!\w)(?:{word_trie(_FULL_MONTHS)}|(?:{word_trie(m for m in _MONTHS if m not in _FULL_MONTHS)})\.?)"
        r"(?![a-z_])")                                        # a day may be glued: "Dec31"
_MONTH_NAMES = "|".join(m.lower() for m in calendar.month_name if m)
_DAY_NUM = r"(?<![$€£\d.,])(?<![$€£]\s)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_DAY_ORD = rf"(?:{_words(DAY_ORDINALS)})(?![\w-])"
_DAY_CARD = rf"(?:{_words(DAY_CARDINALS)})(?![\w-])(?!\s+(?:thousand|hundred)\b)"
_DAY = rf"(?:{_DAY_NUM}|{_DAY_ORD})"                         # before a month: "4th", "the fourth"
_YEAR_NUM = r"(?:1[6-9]\d\d|2[01]\d\d)(?!\d)"
_YW_TAIL = (rf"(?:{'|'.join(_TEENS)}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            rf"(?:[\s-](?:{'|'.join(_UNITS)}))?)")
_YEAR_WORDS = (rf"(?:(?:seventeen|eighteen|nineteen)\s+(?:hundred(?:\s+and)?\s+)?{_YW_TAIL}"
               rf"|two\s+thousand(?:\s+and\s+(?:{_YW_TAIL}|{'|'.join(_UNITS)}))?)(?![\w-])")
_YEAR = rf"(?:{_YEAR_NUM}|{_YEAR_WORDS}|'\d\d(?!\d))"
# A day in words after a month ("May twenty nine", "March first") only where the date ends or goes on with
# a year or a range: "in March two people died" is no date.
_WORD_DAY_END = rf"(?=\s*(?:$|[.,;:!?)]|{_YEAR_NUM}|{_YEAR_WORDS}|(?:-|–|through\b|to\b|till\b|until\b|of\b)))"
_DAY_AFTER = rf"(?:{_DAY_NUM}|(?:{_DAY_ORD}|{_DAY_CARD}){_WORD_DAY_END})"
_YEAR_OF = rf"(?:{_YEAR}|of\s+'?\d\d(?!\d))"                # "April of 87"
_YSEP = r"(?:\s*,?\s+(?:of\s+)?|[-/])"
_RSEP = r"\s*(?:-|–|—|~|to|through|thru|until|till)\s*"
_PART = (r"(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|(?:beginning|start|middle|end)\s+of"
         r"|the\s+(?:first|second|last)\s+half\s+of)")
_YEAR_PREPS = ["in", "since", "by", "during", "until", "till", "before", "after", "from", "of", "through",
               "throughout", "year", "between"]
_PREP_YEAR = (rf"(?:{word_trie(_YEAR_PREPS)}"
              r"|calendar\s+year|(?:no\s+|not\s+)?(?:later|earlier)\s+than"
              r"|(?:greater|less)\s+than(?=\s+\d{4}(?!\s*[a-z])))")     # not "greater than 2000 people"
_RELQ = r"this\s+past|this\s+coming|last|next|this|coming|past|previous|following|current"
_RELU = (rf"{_WD}|week\s+after\s+next|week|weekend|working\s+week|work\s*week|month|(?:calendar\s+)?year"
         rf"|quarter|decade|{_MONTH_NAMES}")
_NUM = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
        r"|a\s+couple\s+of|couple(?:\s+of)?)")
_DURATION = (rf"{_NUM}\s+(?:days?|weeks?|fortnights?|months?|years?)"
             rf"(?:(?:\s*,\s*|\s+and\s+|\s+){_NUM}\s+(?:days?|weeks?|months?|years?))*")
_QUARTER = r"(?:q[1-4]|h[12])"
_HOLIDAY = rf"(?:{word_trie(periods.HOLIDAYS)})(?![\w-])".replace("'", "['’]")
_NTH_BEFORE = r"\b(?:on|by|until|till|from|since|before|after|of)"

# The date forms, each a named alternative, with what it may start with: "d" a digit, "w" anything else (a
# letter, or the sign of "<= 2019"). A start is tried only against the forms that may begin with its first
# character (see _date_at): one big pattern costs about 17 µs a try, the halves about half.
_ALTERNATIVES: list[tuple[str, str]] = [
    ("w", rf"""(?P<hol>(?:(?P<hq>this|next|last|previous|following|coming)\s+)?(?P<hname>{_HOLIDAY})
        (?:\s+(?:of\s+)?(?:(?P<hy>{_YEAR_NUM})|(?P<hrel>this|next|last)\s+year))?)"""),
    ("dw", rf"""(?P<qtr>(?:(?P<qn>{_QUARTER})[\s-]*(?:of\s+)?(?P<qy>{_YEAR_NUM})
        |(?P<qy2>{_YEAR_NUM})[\s-]*(?P<qn2>{_QUARTER})
        |(?:the\s+)?(?P<qord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<qh>quarter|half)\s+of\s+
          (?:(?P<qy3>{_YEAR_NUM})|(?P<qrel>this|next|last)\s+year))(?!\w))"""),
    ("w", rf"""(?P<span>(?:the\s+)?(?P<spo>first|last)\s+(?P<spn>{_NUM})\s+(?P<spu>days|weeks|months)\s+of\s+
        (?:(?P<spy>{_YEAR_NUM})|(?P<sprel>this|next|last)\s+year))"""),
    ("dw", rf"""(?P<mon>(?:the\s+)?(?P<mono>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth
        |1st|2nd|3rd|[4-9]th|1[0-2]th)\s+month\s+of\s+(?:(?P<mony>{_YEAR_NUM})|(?P<monrel>this|next|last)\s+year))"""),
    ("dw", rf"""(?P<wk>(?:the\s+)?(?P<wko>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+week\s+of\s+
        (?:(?P<wkm>{_MON})(?:,?\s+(?P<wkmy>{_YEAR_NUM}))?|(?P<wky>{_YEAR_NUM})|(?P<wkrel>this|next|last)\s+(?P<wku>month|year))
       |(?:the\s+)?week\s+(?P<wkn>\d{{1,2}})\s+of\s+(?:(?P<wkny>{_YEAR_NUM})|(?P<wknrel>this|next|last)\s+year))"""),
    ("w", rf"""(?P<mdy>(?:(?P<wd1>{_WDA}),?\s+)?(?P<m1>{_MON})(?:\s+(?:the\s+)?|[-/]|,\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b)|(?<=[a-z])(?=\d{{1,2}}\b))(?P<d1>{_DAY_AFTER})
        (?:(?:{_RSEP}|\s+and\s+)(?:(?P<m1b>{_MON})\s+)?(?:the\s+)?(?P<d1b>{_DAY_AFTER}))?(?:{_YSEP}(?P<y1>{_YEAR_OF}))?)"""),
    ("dw", rf"""(?P<dmy>(?:(?P<wd2>{_WDA}),?\s+)?(?:the\s+)?(?P<d2>{_DAY}|{_DAY_CARD}(?=\s+{_MON}\s+{_YEAR}))
        (?:(?:{_RSEP}|\s+and\s+)(?:the\s+)?(?P<d2b>{_DAY})(?:\s+(?:of\s+)?(?P<m2a>{_MON}))?)?(?:\s+of\s+|\s+|[-/])(?P<m2>{_MON})
        (?:{_YSEP}(?P<y2>{_YEAR_OF}))?)"""),
    ("d", rf"""(?P<ymd>(?<![\d/.-])(?P<y5>{_YEAR_NUM})[-/](?P<m5>{_MON})[-/](?P<d5>{_DAY_NUM}))"""),
    ("d", r"""(?P<iso>(?<![\d/.])(?<!\d-)\d{4}[-/]\d{1,2}[-/]\d{1,2}(?![\d/]|-\d))"""),
    ("d", r"""(?P<num>(?:(?<=\d/\d-)|(?<=\d/\d\d-)|(?<=[/-]\d\d\d\d-)|(?<![\d/.-]))\d{1,2}(?P<nsep>[/-])\d{1,2}(?P=nsep)(?:\d{4}|(?<=/)\d\d)
        (?![\d/]|-\d(?!\d?[/-]\d)))"""),
    ("d", r"""(?P<compact>(?<![\d.,])(?:19|20)\d{6}(?![\d,]|\.\d))"""),
    ("d", rf"""(?P<mdn>(?<![\d/.,])\d{{1,2}}/\d{{1,2}}(?![/\d]|\.\d)(?:,\s*(?P<mdny>{_YEAR_NUM}))?)"""),
    # A weekday and a day of the month: "Monday 21", "Thu 14th"; "on Tuesday 30 people died" is no date.
    ("w", rf"""(?P<wdd>(?P<wddw>{_WDA})\s*,?\s+(?:the\s+(?P<wddt>{_DAY_NUM}|{_DAY_ORD})|(?P<wddn>{_DAY_NUM})(?:(?<=st|nd|rd|th)|(?!\s*[a-z\d])))
        (?!\s*(?:[-/.]\s*\d|of\b|{_MON}|\d)))"""),
    ("d", r"""(?P<dec>(?P<decy>(?:1[6-9]|20)\d0)'?\s?s\b|(?P<cent>\d{1,2})(?:st|nd|rd|th)\s+century\b)"""),
    ("w", rf"""(?P<ypart>(?P<yp>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|(?:beginning|start|middle|end)\s+of)
        [\s-]+(?P<ypy>{_YEAR_NUM}))"""),
    ("w", rf"""(?P<my>(?:(?P<part>{_PART})[\s-]+)?(?P<m3>{_MON})(?:(?:,?\s+(?:of\s+)?|[-/])(?P<y3>{_YEAR_OF}))?)"""),
    ("dw", rf"""(?P<yrange>(?<![\d-])(?P<yr1>{_YEAR_NUM})(?:\s*(?:-|–|~)\s*|\s+(?:to|through|till|until)\s+)(?P<yr2>{_YEAR_NUM})(?![\d-])
       |\bbetween\s+(?P<yb1>{_YEAR_NUM})\s+and\s+(?P<yb2>{_YEAR_NUM}))"""),
    ("w", rf"""(?P<yr>(?:(?P<yprep>\b{_PREP_YEAR})\s+(?:the\s+(?:(?:calendar\s+)?year\s+)?)?|(?P<ysign>(?<![<>=])(?:[<>]\s*)?=\s*|[<>]\s*))
        (?P<y4>{_YEAR_NUM})(?![\s-]*(?:q[1-4]|h[12])\b|[-/][a-z]|[-/]\d{{1,2}}\b(?!\d)|'?\s?s\b)
        (?:{_RSEP}(?P<y4b>{_YEAR_NUM}))?
       |(?P<ywprep>\bin)\s+(?P<yw>(?:nineteen|eighteen)\s+{_YW_TAIL}|two\s+thousand\s+and\s+(?:{_YW_TAIL}|{'|'.join(_UNITS)}))(?![\w-]))"""),
    ("dw", rf"""(?P<nextn>(?:(?P<nw>within)\s+(?:the\s+)?(?:next\s+)?|(?P<nq>next|last|past|previous|coming|upcoming|following)\s+)
        (?P<nn>{_NUM})\s+(?P<nu>(?:business\s+|working\s+)?days|weeks|months|years|quarters|decades)\b
       |(?P<nn2>{_NUM})\s+(?P<nq2>next|past|upcoming|previous|coming)\s+(?P<nu2>days|weeks|months|years|quarters|decades)\b)"""),
    ("w", rf"""(?P<rel>\b(?P<relq>{_RELQ})\s+(?P<relu>{_RELU})\b)"""),
    ("w", r"""(?P<day>\b(?:today|tonight|yesterday|tomorrow|tmrw|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))"""),
    ("dw", rf"""(?P<ago>\b(?:{_DURATION}\s+(?:ago|earlier|later|from\s+now|hence)|in\s+{_DURATION}|a\s+fortnight\s+later|in\s+a\s+fortnight)\b)"""),
    ("dw", rf"""(?P<dayof>(?:the\s+)?(?P<dod>{_DAY_NUM}|{_DAY_ORD})\s+day\s+of\s+(?:(?P<dom>{_MON})|(?P<dorel>the|this|next|last)\s+month))"""),
    ("w", r"""(?P<rpart>(?:(?:the\s+)?(?P<rpw>beginning|start|middle|end)\s+of|(?P<rpe>early|mid|late)[\s-]+)\s*(?:the\s+)?
        (?P<rpq>this|next|last|the)\s+(?P<rpu>month|year))"""),
    ("w", r"""(?P<soon>(?P<sw>earlier|later)\s+(?:this|in\s+the)\s+(?P<su>week|month|year)\b)"""),
    ("dw", rf"""(?P<wan>\bthe\s+week\s+after\s+next\b|(?<=\bthe\s)week\s+(?P<wann>\d{{1,2}})(?![\d:.,]|\s*(?:of|[a-z]))
       |(?P<ym>(?<![\d/.-])(?P<ymy>{_YEAR_NUM})-(?P<ymm>[1-9])(?![\d/-])|(?<![\d/.-])(?P<mym>1[0-2]|0?[1-9])-(?P<myy>{_YEAR_NUM})(?![\d/-])))"""),
    ("w", rf"""(?P<nthm>\bthe\s+(?P<nthmd>{_DAY_NUM}|{_DAY_ORD})(?<=[a-z])\s+(?:of\s+)?(?P<nthmq>this|next|last)\s+month\b)"""),
    ("w", rf"""(?P<nth>(?P<nthp>{_NTH_BEFORE})\s+(?P<ntht>the\s+(?P<nthd>{_DAY_NUM}|{_DAY_ORD}))(?<=[a-z])(?!\s*(?:of\b|[a-z\d])))"""),
    ("w", r"""(?P<wkend>\bthe\s+weekend\b)"""),
    ("w", rf"""(?P<wd>\b{_WD})"""),
]
_SOURCES = {kind: "|".join(body for starts, body in _ALTERNATIVES if kind in starts) for kind in "dw"}
# The forms run as plain patterns over the lower-case text (see scan.lowered), a third faster than
# case-insensitive ones; case-insensitive over texts where that would not be exact (compiled when needed).
_PLAIN_FORMS = {kind: plain(source, re.I | re.X) for kind, source in _SOURCES.items()}


@lru_cache(maxsize=2)
def _forms(kind: str) -> re.Pattern:
    return re.compile(_SOURCES[kind], re.I | re.X)


def _date_at(text: str, start: int) -> re.Match | OnText | None:
    """The date form that matches at ``start``, trying only the forms that may start there: those starting
    with a digit, or the others (letters, and the comparison signs of "<= 2019"). Most numbers in a text are
    no dates: a form that starts with digits takes all of them and goes on with a space, a separator ("-",
    "/", "–", "~", "to", "until"), a suffix ("4th", "1990s", "1990's", "2019Q1"), except an 8-digit date
    ("20161016"); where none follows, none of them can match, and none is tried."""
    if text[start].isdigit():
        digits = _DIGITS.match(text, start)
        if digits and digits.end() - start != 8 and not _AFTER_DIGITS.match(text, digits.end()):
            return None
        kind = "d"
    else:
        kind = "w"
    low = lowered(text)
    if low is None:
        return _forms(kind).match(text, start)
    m = _PLAIN_FORMS[kind].match(low, start)
    return None if m is None else OnText(m, text)


_DIGITS = re.compile(r"\d+")
_AFTER_DIGITS = re.compile(r"[\s\-–—~/'snrtqhu]", re.I)


# Lower-case "may"/"march" are verbs far more often than months; they count only with a day or a year.
_VERB_MONTHS = {"may", "march"}
_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
          "late": (21, 31), "end": (21, 31), "first": (1, 15), "second": (16, 31), "last": (16, 31)}
_YEAR_PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
               "late": "late", "end": "late"}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "1st": 1, "2nd": 2,
                  "3rd": 3, "4th": 4, "5th": 5}
_MONTH_ALONE_BEFORE = re.compile(r"\b(?:in|during|since|until|till|by|before|after|from|of|through|throughout"
                                 r"|early|mid|late|this|last|next|each|every)\s*-?\s*$", re.I)
# A month and day in digits without a year ("10/1") is a date only where a date is expected.
_MDN_BEFORE = re.compile(rf"(?:\b(?:on|from|between|since|until|till|by|this|next|last)|{_WDA}"
                         r"|\d/\d{1,2}(?:\s*[-–]|\s+(?:to|through|and)))\s*$", re.I)

_MDN_RANGE_AFTER = re.compile(r"\s*(?:[-–]|to\b|through\b)\s*\d{1,2}/\d{1,2}")

# Every date expression contains one of these; the full pattern is tried only around them (see scan.py).
# The words form one trie (fast); which kind of trigger a word is, and so how far back a date may start, is
# looked up afterwards.
_TRIGGER_WORDS = {w: "month" for w in _MONTHS}
_TRIGGER_WORDS.update({w: "offset" for w in ("ago", "earlier", "later", "now", "hence")})
_TRIGGER_WORDS.update({w: "unit" for w in ("week", "weeks", "weekend", "day", "days", "month", "months", "year",
                                           "years", "fortnight")})
_TRIGGER_WORDS.update({w: "holiday" for w in ("easter", "christmas", "halloween", "thanksgiving", "valentine",
                                              "patrick")})
_TRIGGER_WORDS.update({w: "part" for w in ("nineteen", "thousand")})
_TRIGGER_WORDS.update({w: "rel" for w in list(_WEEKDAYS) + list(_WEEKDAY_ABBR) + [
    "today", "tonight", "yesterday", "tomorrow", "tmrw", "last", "next", "this", "coming", "past", "previous",
    "following", "current"]})
_TRIGGER = re.compile(
    r"(?P<digits>\d+)|(?<!\w)(?:(?P<word>" + word_trie(_TRIGGER_WORDS) + r")"
    r"|(?P<holiday>(?:black|good)\s+friday)"
    r"|(?P<part>(?:end|beginning|middle|start)\s+of|(?:early|mid|late|earlier|later)[\s-]+(?:this|next|last|in)))(?!\w)",
    re.I,
)
_TRIGGER_PLAIN = plain(_TRIGGER)          # the same, over the lower-case text (see scan.lowered)


# Words a date expression can start with or run through before its trigger ("the first quarter of 2013",
# "between the ninth and the seventeenth of April", "international workers' day"). A start is tried only
# after such words, which spares most of the tries before the many numbers in a text.
_LEAD_WORDS = frozenset(
    "the a an in on of since by during until till before after from through throughout year calendar between and "
    "to than no not later earlier greater less early mid late beginning start middle end first second third "
    "fourth fifth last week weeks quarter half month months day days year years within next this past previous "
    "coming following upcoming couple few several for".split()
    + list(_MONTHS) + list(_WEEKDAYS) + list(_WEEKDAY_ABBR) + list(DAY_ORDINALS) + list(DAY_CARDINALS)
    + [w.strip("'") for name in periods.HOLIDAYS for w in name.split()] + _TEENS
    + ["twenty", "thirty", "hundred", "thousand", "-", "–", "~", "&", "<", ">", "=", "<=", ">=", "< =", "> ="])
_PUNCT = "()[]“”\"‘,.;:!?"
_LOOKBACK = {"month": 6, "digits": 3, "offset": 4, "unit": 2, "holiday": 3, "part": 2}


def _lookback(trigger: re.Match) -> int:
    """How many words before a trigger a date may start: "the beginning of September", "in the year 2009",
    "a few days ago", "the first quarter of 2013" — counting only words that can lead a date; a weekday or
    "last"/"next" starts its own expression."""
    group = trigger.lastgroup
    if group == "word":
        group = _TRIGGER_WORDS[trigger.group("word").lower()]
    limit = _LOOKBACK.get(group, 0)
    if not limit:
        return 0
    text, pos = trigger.string, trigger.start()
    n = 0
    if pos and not text[pos - 1].isspace():
        n = 1                                          # the trigger is inside a token: "Dec31", "q3", "=2019"
    words = text[max(0, pos - 80):pos].split()
    if n and words:
        words.pop()
    for word in reversed(words):
        if n >= limit:
            break
        lead = word.strip(_PUNCT).lower().replace("’", "'").strip("'")
        if not (lead in _LEAD_WORDS or lead[:1].isdigit()):
            break
        n += 1
    return n


# A date takes in a full stop only after an abbreviated month or weekday ("Jan.", "Tue.") or in a holiday's
# name ("St. Patrick's Day"), and none of the characters of scan.UNUSED, nor "$": so every other full stop,
# the end of most sentences, is a cut (see scan.Cuts).
_DOT_WORDS = sorted({m for m in _MONTHS if m not in _FULL_MONTHS} | set(_WEEKDAY_ABBR)
                    | {w[:i] for name in periods.HOLIDAYS for w in name.split() for i, c in enumerate(w) if c == "."})
_DOT_WORD_BEFORE = WordBefore(_DOT_WORDS)


def _cut_at(text: str, i: int) -> bool:
    return text[i] != "." or not _DOT_WORD_BEFORE(text, i)


CUTS = Cuts(re.compile("[" + re.escape(UNUSED + "$.") + "]"), _cut_at)


def find_dates(text: str, published: dt.date | None = None, spans: Sequence[Span] | None = None) -> Iterator[Mention]:
    """Every date expression in ``text`` with the set of days it allows. Neighbours combine: alternatives
    ("either Jan. 10 or Jan. 11"), ranges ("from May 3 to May 5"), a weekday of a week ("Tuesday of next
    week"), the week of a day and offsets ("two weeks after January 15").

    With ``spans``, only the text around them is read (:meth:`Cuts.regions`): the result is then every date
    of the whole-text result that starts in those regions, which hold the spans."""
    base: list[Mention] = []
    low = lowered(text)
    for m in scan(_date_at, _TRIGGER if low is None else _TRIGGER_PLAIN, text, lookback=_lookback,
                  regions=CUTS.regions_or_all(spans, text), trigger_text=low):
        resolved = _resolve(m, text, published)
        if resolved is not None:
            value, start, end, data = resolved
            base.append(Mention("date", start, end, text[start:end], value, data))
    # Neighbours combine only across what lies between them (spaces, "or", "to", a comma, a bracket), never
    # across a cut, so mentions of different regions never combine: combining them all at once is exact.
    mentions = _combine_all(base, text, published)
    yield from mentions


# ------------------------------------------------------------------------------------------------ resolving

def _resolve(m: re.Match, text: str, pub: dt.date | None):
    kind = m.lastgroup                                 # the form's own group closes last
    start, end = m.span(kind)
    data: dict = {"form": kind}
    resolved = _RESOLVERS[kind](m, text, pub, data)
    if resolved is None:
        return None
    if isinstance(resolved, tuple):                      # a resolver that moved the span
        value, start, end = resolved
    else:
        value = resolved
    return replace(value, label=text[start:end]) if not value.label else value, start, end, data


def _named_day(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "Thursday, September 4, 2025", "4-5 July 2025", "the 4th of September", "May twenty nine"."""
    kind = data["form"]
    g = (lambda a, b: m.group(a) if kind == "mdy" else m.group(b))
    month_text = g("m1", "m2")
    day_text, day_b_text = g("d1", "d2"), g("d1b", "d2b")
    if month_text.lower() in _VERB_MONTHS and month_text[0].islower() and not day_text[0].isdigit():
        return None                                       # "you may one day"
    month = _month(month_text)
    month_b = _month(g("m1b", "m2a")) if g("m1b", "m2a") else month
    day, day_b = _day(day_text), _day(day_b_text) if day_b_text else None
    year = _year(g("y1", "y2"), pub) if g("y1", "y2") else None
    if g("y1", "y2") and year is None:
        return None
    wd_text = g("wd1", "wd2")
    weekday = _weekday(wd_text) if wd_text else None
    value = _day_value("", month, day, month_b, day_b, year, weekday, pub)
    if value is None:
        return None
    data.update(has_year=year is not None, weekday_text=wd_text, parts=(month, day, month_b, day_b or day),
                listed=bool(day_b_text) and bool(re.search(r"\band\b", m.group(kind), re.I))
                and not re.search(r"\bbetween\s+$", text[max(0, m.start(kind) - 9):m.start(kind)], re.I))
    if wd_text:
        data["weekday_span"] = m.span("wd1" if kind == "mdy" else "wd2")
        data["date_span"] = (m.start("m1") if kind == "mdy" else m.start("d2"), m.end(kind))
    return value


def _ymd(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "2019/aug/01", "2019-aug-1"."""
    data["has_year"] = True
    return _on_day(int(m.group("y5")), _month(m.group("m5")), _day(m.group("d5")))


def _numeric(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "2025-09-04", "2019/8/1", "9/4/2025", "10-1-2018", "20161016": month first, day first where the
    first number cannot be a month; two-digit years are 20xx up to 69, then 19xx."""
    label = m.group(data["form"])
    data["has_year"] = True
    if data["form"] == "compact":
        return _on_day(int(label[:4]), int(label[4:6]), int(label[6:]))
    parts = [int(x) for x in re.split(r"[-/]", label)]
    if data["form"] == "iso":
        return _on_day(parts[0], parts[1], parts[2])
    month, day, year = parts
    if month > 12 >= day:
        month, day = day, month
    if year < 100:
        year += 2000 if year < 70 else 1900
    return _on_day(year, month, day)


def _month_day_digits(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "on 10/1", "from 10/1 to 11/7", "this 5/12": month and day in digits where a date is expected."""
    start = m.start("mdn")
    if not _MDN_BEFORE.search(text, max(0, start - 14), start) and not _MDN_RANGE_AFTER.match(text, m.end("mdn")):
        return None
    month, day = (int(x) for x in m.group("mdn").split(",")[0].split("/"))
    if month > 12 >= day:
        month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = int(m.group("mdny")) if m.group("mdny") else None
    data.update(has_year=year is not None, parts=(month, day, month, day))
    return _day_value("", month, day, month, None, year, None, pub)


def _weekday_day(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "Monday 21", "Thu 14th", "Tuesday the eleventh": that day of a month that falls on that weekday,
    in the months nearest the publication date (the last before it and the first after it)."""
    weekday = _weekday(m.group("wddw"))
    day = _day(m.group("wddt") or m.group("wddn"))
    if pub is None:
        return DateValue.every(weekday, "")
    days = []
    for k in range(-14, 15):
        year, month = divmod(pub.year * 12 + pub.month - 1 + k, 12)
        try:
            d = dt.date(year, month + 1, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            days.append(d)
    data["has_year"] = True
    return DateValue.on_days(periods.nearest(days, pub), "", stated_weekday=weekday)


def _holiday(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "Christmas", "Easter 2018", "last Easter", "Independence Day of this year"."""
    name = re.sub(r"\s+", " ", m.group("hname").lower()).replace("’", "'")
    rule = periods.HOLIDAYS.get(name)
    if rule is None:
        return None
    if m.group("hy"):
        data["has_year"] = True
        return DateValue.on_days([rule(int(m.group("hy")))], "")
    if pub is None:
        return None
    if m.group("hrel"):
        data["has_year"] = True
        return DateValue.on_days([rule(pub.year + _REL_SHIFT[m.group("hrel").lower()])], "")
    days = [rule(y) for y in range(pub.year - 2, pub.year + 3)]
    q = (m.group("hq") or "").lower()
    data["has_year"] = True
    if q in ("last", "previous"):
        return DateValue.on_days([max(d for d in days if d < pub)], "")
    if q in ("next", "following", "coming"):
        return DateValue.on_days([min(d for d in days if d > pub)], "")
    if q == "this":
        return DateValue.on_days([rule(pub.year)], "")
    return DateValue.on_days(periods.nearest(days, pub), "")


def _quarter(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "Q1 2019", "2019-H2", "the first quarter of 2013", "the second half of next year"."""
    data["has_year"] = True
    code = (m.group("qn") or m.group("qn2") or "").lower()
    if code:
        year = int(m.group("qy") or m.group("qy2"))
        n = int(code[1])
        span = periods.quarter_span(year, n) if code[0] == "q" else periods.half_span(year, n)
        return DateValue.day_range(*span, "")
    if m.group("qy3"):
        year = int(m.group("qy3"))
    elif pub is not None:
        year = pub.year + _REL_SHIFT[m.group("qrel").lower()]
    else:
        return None
    n = _ORDINAL_WORDS[m.group("qord").lower()]
    if m.group("qh").lower() == "half":
        return DateValue.day_range(*periods.half_span(year, 2 if n == -1 else n), "") if n in (1, 2, -1) else None
    return DateValue.day_range(*periods.quarter_span(year, 4 if n == -1 else n), "") if n in (1, 2, 3, 4, -1) else None


def _week(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the first week of 2015", "the last week of July", "3rd week of Jan", "week 3 of 2027": weeks run
    Monday to Sunday and belong to the month or year that holds their Thursday."""
    data["has_year"] = True
    if m.group("wkn"):
        year = int(m.group("wkny")) if m.group("wkny") else (pub.year + _REL_SHIFT[m.group("wknrel").lower()]
                                                             if pub else None)
        span = periods.iso_week_span(year, int(m.group("wkn"))) if year else None
        return DateValue.day_range(*span, "") if span else None
    n = _ORDINAL_WORDS[m.group("wko").lower()]
    if m.group("wky"):
        span = periods.iso_week_span(int(m.group("wky")), n)
    elif m.group("wkm"):
        month = _month(m.group("wkm"))
        year = int(m.group("wkmy")) if m.group("wkmy") else (_nearest_year(month, 15, pub) if pub else None)
        span = periods.month_week_span(year, month, n) if year else None
    elif pub is not None:
        shift = _REL_SHIFT[m.group("wkrel").lower()]
        if m.group("wku").lower() == "year":
            span = periods.iso_week_span(pub.year + shift, n)
        else:
            first = periods.shift(pub.replace(day=1), shift, "month")
            span = periods.month_week_span(first.year, first.month, n)
    else:
        span = None
    return DateValue.day_range(*span, "") if span else None


def _decade(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the 1990s", "the 21st century"."""
    data["has_year"] = True
    if m.group("decy"):
        return DateValue.day_range(*periods.decade_span(int(m.group("decy"))), "")
    ordinal = int(m.group("cent"))
    return DateValue.day_range(*periods.century_span(ordinal), "") if 1 <= ordinal <= 22 else None


def _year_part(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "early 2019", "the end of 2000", "mid 1989": thirds of the year."""
    word = re.sub(r"^the\s+|\s+of$", "", m.group("yp").lower()).split()[0]
    data.update(has_year=True, part=m.group("yp"))
    return DateValue.day_range(*periods.year_third(int(m.group("ypy")), _YEAR_PARTS[word]), "")


def _month_year(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "February 2022", "mid-September", "Dec/2018", "April of 87", "in May" (a month alone only after a
    preposition, capitalised, and not "may"/"march")."""
    start = m.start("my")
    mon_text = m.group("m3")
    part = m.group("part")
    year = _year(m.group("y3"), pub) if m.group("y3") else None
    if m.group("y3") and year is None:
        return None
    if not part and not year and not _in_month_range(m, text):
        if mon_text.lower() in _VERB_MONTHS or mon_text[0].islower() or mon_text.lower() in ("jun", "jul") or \
                ("." in mon_text or len(mon_text) <= 4) and not mon_text[:3].istitle():
            return None
        if not _MONTH_ALONE_BEFORE.search(text, max(0, start - 20), start):
            return None
    elif mon_text.lower() in _VERB_MONTHS and not year and mon_text[0].islower():
        return None
    month = _month(mon_text)
    lo, hi = _PARTS[re.split(r"\s+", part.lower().replace("the ", "").strip())[0]] if part else (1, 31)
    if part and re.search(r"half", part, re.I):
        lo, hi = (1, 15) if re.search(r"first", part, re.I) else (16, 31)
    data.update(has_year=year is not None, part=part, parts=(month, lo, month, hi))
    if year is None and pub is not None:
        year = _nearest_year(month, (lo + hi) // 2, pub)
    if year is None:
        return DateValue.recurring(month, lo, hi, "")
    last = calendar.monthrange(year, month)[1]
    return DateValue.day_range(dt.date(year, month, lo), dt.date(year, month, min(hi, last)), "")


_MONTH_RANGE_AFTER = re.compile(rf"(?:\s+in\s+\d{{4}})?\s*(?:-|–|~|to|through|till|until|and)\s*(?:{_MON}|(?:date|now|today)\b)",
                                re.I)
_MONTH_RANGE_BEFORE = re.compile(rf"{_MON}(?:\s+in\s+\d{{4}})?\s*(?:-|–|~|to|through|till|until|and)\s*$", re.I)


def _in_month_range(m: re.Match, text: str) -> bool:
    """A month named alone in a range of months: "from Sep to Nov", "between august and october"."""
    start, end = m.span("my")
    return bool(_MONTH_RANGE_AFTER.match(text, end) or _MONTH_RANGE_BEFORE.search(text, max(0, start - 24), start))


def _year_range(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "2014-2018", "2014 to 2018": the years from the first to the last, both included."""
    y1, y2 = int(m.group("yr1") or m.group("yb1")), int(m.group("yr2") or m.group("yb2"))
    if y2 <= y1:
        return None
    data["has_year"] = True
    return DateValue.day_range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "")


def _prep_year(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "in 2025", "since 2019", "in 2014 through 2018", "in nineteen ninety six"; the quote is the years
    alone (after a comparison sign, the sign too: ">= 2019")."""
    if m.group("yw"):
        year = _year(m.group("yw"), pub)
        data.update(has_year=True, preposition="in")
        return DateValue.day_range(*periods.year_span(year), ""), m.start("yw"), m.end("yw")
    ystart, yend = m.span("y4")
    if re.search(r"\bthe\s+\d", m.group("yr"), re.I) and re.match(r"[ \t]+[A-Za-z]", text[m.end():m.end() + 3]):
        return None                                # "the 1994 Budapest Memorandum": a name, not a date
    y1 = int(m.group("y4"))
    y2 = int(m.group("y4b")) if m.group("y4b") else y1
    if m.group("y4b"):
        yend = m.end("y4b")
    if y2 < y1:
        return None
    data.update(has_year=True, preposition=(m.group("yprep") or "").lower())
    if m.group("ysign") and m.group("ysign").strip() != "=":
        ystart = m.start("ysign")
    return DateValue.day_range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), text[ystart:yend]), ystart, yend


def _next_n(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the next 3 days" (the three days after the publication date), "the last 2 quarters" (the two
    calendar quarters before the current one), "within 9 months" (from the publication date), "the next 4
    business days"."""
    if pub is None:
        return None
    q = (m.group("nq") or m.group("nq2") or "").lower()
    within = bool(m.group("nw"))
    if not q and not within:
        return None
    n = _count(m.group("nn") or m.group("nn2"))
    if not n:
        return None
    unit = (m.group("nu") or m.group("nu2")).lower()
    data["has_year"] = True
    future = within or q in ("next", "coming", "upcoming", "following")
    if unit.startswith(("business", "working")):
        return DateValue.day_range(*periods.business_days(pub, n if future else -n), "")
    unit = unit.rstrip("s")
    if unit in ("quarter", "decade"):
        first = (periods.quarter_span(*periods.quarter_of(pub))[0] if unit == "quarter"
                 else dt.date(pub.year - pub.year % 10, 1, 1))
        if future:
            start = periods.shift(first, 1, unit)
            return DateValue.day_range(start, periods.shift(start, n, unit) - dt.timedelta(1), "")
        return DateValue.day_range(periods.shift(first, -n, unit), first - dt.timedelta(1), "")
    if within:
        return DateValue.day_range(pub, periods.shift(pub, n, unit) - dt.timedelta(1), "")
    if future:
        return DateValue.day_range(pub + dt.timedelta(1), periods.shift(pub, n, unit), "")
    return DateValue.day_range(periods.shift(pub, -n, unit), pub - dt.timedelta(1), "")


def _relative(m: re.Match, text: str, pub: dt.date | None, data: dict):
    q = re.sub(r"\s+", " ", m.group("relq").lower())
    unit = re.sub(r"^calendar ", "", re.sub(r"\s+", " ", m.group("relu").lower()))
    data["relative"] = q
    if unit in _WEEKDAYS:
        return _relative_weekday(q, _WEEKDAYS[unit], pub, data)
    if unit in _MONTHS:
        if unit in _VERB_MONTHS and m.group("relu")[0].islower():
            return None                                   # "this may take longer"
        return _relative_month(q, _MONTHS[unit], pub, data)
    if pub is None or q == "current" and unit not in ("week", "month", "year", "quarter", "decade"):
        return None
    data["has_year"] = True
    shift = _REL_SHIFT[q]
    if unit.startswith("week after"):
        monday = periods.monday_of(pub) + dt.timedelta(14)
        return DateValue.day_range(monday, monday + dt.timedelta(6), "")
    if unit in ("week", "weekend", "working week", "work week", "workweek"):
        monday = periods.monday_of(pub) + dt.timedelta(7 * shift)
        first, last = {"week": (0, 6), "weekend": (5, 6)}.get(unit, (0, 4))
        return DateValue.day_range(monday + dt.timedelta(first), monday + dt.timedelta(last), "")
    if unit == "month":
        first = periods.shift(pub.replace(day=1), shift, "month")
        return DateValue.day_range(*periods.month_span(first.year, first.month), "")
    if unit == "quarter":
        first = periods.shift(periods.quarter_span(*periods.quarter_of(pub))[0], shift, "quarter")
        return DateValue.day_range(*periods.quarter_span(*periods.quarter_of(first)), "")
    if unit == "decade":
        return DateValue.day_range(*periods.decade_span(pub.year - pub.year % 10 + 10 * shift), "")
    return DateValue.day_range(*periods.year_span(pub.year + shift), "")


_REL_SHIFT = {"last": -1, "previous": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1,
              "following": 1, "this": 0, "current": 0}


def _relative_weekday(q: str, weekday: int, pub: dt.date | None, data: dict):
    if pub is None:
        data["has_year"] = False
        return DateValue.every(weekday, "")
    monday = periods.monday_of(pub)
    if q in ("last", "previous"):
        day = monday - dt.timedelta(7) + dt.timedelta(weekday)
    elif q in ("this past", "past"):
        delta = (pub.weekday() - weekday) % 7 or 7
        day = pub - dt.timedelta(delta)
    elif q in ("next", "following"):
        day = monday + dt.timedelta(7 + weekday)
    elif q in ("coming", "this coming"):
        delta = (weekday - pub.weekday()) % 7 or 7
        day = pub + dt.timedelta(delta)
    else:                                           # "this Friday": the Friday of this week
        day = monday + dt.timedelta(weekday)
    data["has_year"] = True
    return DateValue.on_days([day], "", stated_weekday=weekday)


def _relative_month(q: str, month: int, pub: dt.date | None, data: dict):
    if pub is None:
        data["has_year"] = False
        return DateValue.recurring(month, 1, 31, "")
    if q in ("last", "previous", "past", "this past"):
        year = pub.year if month < pub.month else pub.year - 1
    elif q in ("next", "coming", "this coming", "following"):
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = pub.year
    data["has_year"] = True
    return DateValue.day_range(*periods.month_span(year, month), "")


def _named_day_offset(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "today", "yesterday", "the day after tomorrow"."""
    if pub is None:
        return None
    word = re.sub(r"\s+", " ", m.group("day").lower())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}[word]
    data["has_year"] = True
    return DateValue.on_days([pub + dt.timedelta(offset)], "")


def _ago(m: re.Match, text: str, pub: dt.date | None, data: dict):
    value = _parse_with_dateparser(m.group("ago"), pub)
    if value is None:
        return None
    data["has_year"] = True
    return value


def _nth(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "on the 18th": that day of the month before or after the publication date (or of any month)."""
    day = _day(m.group("nthd"))
    if pub is None:
        return None
    days = []
    for k in (-1, 0, 1):
        year, month = divmod(pub.year * 12 + pub.month - 1 + k, 12)
        if day <= calendar.monthrange(year, month + 1)[1]:
            days.append(dt.date(year, month + 1, day))
    data["has_year"] = True
    return DateValue.on_days(periods.nearest(days, pub), ""), m.start("ntht"), m.end("ntht")


def _day_of(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the 15th day of next month", "the twenty third day of September"."""
    day = _day(m.group("dod"))
    if m.group("dom"):
        month = _month(m.group("dom"))
        data.update(has_year=False, parts=(month, day, month, day))
        return _day_value("", month, day, month, None, None, None, pub)
    if pub is None:
        return None
    first = periods.shift(pub.replace(day=1), _REL_SHIFT.get(m.group("dorel").lower(), 0), "month")
    data["has_year"] = True
    return _on_day(first.year, first.month, day)


def _rel_part(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the end of this month" (its last third), "early next year" (January to April)."""
    if pub is None:
        return None
    word = (m.group("rpw") or m.group("rpe")).lower()
    shift = _REL_SHIFT.get(m.group("rpq").lower(), 0)
    data["has_year"] = True
    if m.group("rpu").lower() == "year":
        return DateValue.day_range(*periods.year_third(pub.year + shift, _YEAR_PARTS[word]), "")
    first = periods.shift(pub.replace(day=1), shift, "month")
    lo, hi = _PARTS[word]
    return DateValue.day_range(first.replace(day=lo), periods.month_span(first.year, first.month)[1].replace(
        day=min(hi, calendar.monthrange(first.year, first.month)[1])), "")


def _first_last(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the first 2 weeks of 2021" (its first two weeks, ISO), "the last four months of 2021", "the first
    ten days of last year"."""
    year = int(m.group("spy")) if m.group("spy") else (pub.year + _REL_SHIFT[m.group("sprel").lower()] if pub else None)
    n = _count(m.group("spn"))
    if year is None or not n:
        return None
    unit, first = m.group("spu").lower(), m.group("spo").lower() == "first"
    data["has_year"] = True
    if unit == "weeks":
        edge = periods.iso_week_span(year, 1 if first else -1)
        if edge is None:
            return None
        if first:
            return DateValue.day_range(edge[0], edge[1] + dt.timedelta(7 * (n - 1)), "")
        return DateValue.day_range(edge[0] - dt.timedelta(7 * (n - 1)), edge[1], "")
    start, end = periods.year_span(year)
    if unit == "months":
        return DateValue.day_range(start, periods.shift(start, n, "month") - dt.timedelta(1), "") if first else \
            DateValue.day_range(periods.shift(end + dt.timedelta(1), -n, "month"), end, "")
    return DateValue.day_range(start, start + dt.timedelta(n - 1), "") if first else \
        DateValue.day_range(end - dt.timedelta(n - 1), end, "")


def _nth_month(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the third month of 2021"."""
    year = int(m.group("mony")) if m.group("mony") else (pub.year + _REL_SHIFT[m.group("monrel").lower()] if pub else None)
    month = _ORDINAL_MONTHS.get(re.sub(r"\s+", "", m.group("mono").lower()))
    if year is None or month is None:
        return None
    data["has_year"] = True
    return DateValue.day_range(*periods.month_span(year, month), "")


_ORDINAL_MONTHS = {w: i + 1 for i, w in enumerate(_ORD_UNITS + ["tenth", "eleventh", "twelfth"])}
_ORDINAL_MONTHS.update({f"{i}{'st' if i == 1 else 'nd' if i == 2 else 'rd' if i == 3 else 'th'}": i for i in range(1, 13)})


def _nth_of_month(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the 21st this month", "the 5th of next month"."""
    if pub is None:
        return None
    first = periods.shift(pub.replace(day=1), _REL_SHIFT[m.group("nthmq").lower()], "month")
    data["has_year"] = True
    return _on_day(first.year, first.month, _day(m.group("nthmd")))


def _weekend(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the weekend": the Saturday and Sunday nearest the publication date, before or after it."""
    if pub is None:
        return None
    monday = periods.monday_of(pub)
    past, coming = monday - dt.timedelta(2), monday + dt.timedelta(5)
    data["has_year"] = True
    if pub.weekday() >= 5:
        return DateValue.day_range(monday + dt.timedelta(5), monday + dt.timedelta(6), "")
    return DateValue.on_days([past, past + dt.timedelta(1), coming, coming + dt.timedelta(1)], "")


def _earlier_later(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "earlier this year" (from its start to the day before publication), "later this month" (from the
    publication date to its end)."""
    if pub is None:
        return None
    unit = m.group("su").lower()
    first, last = {"week": periods.week_span(pub), "month": periods.month_span(pub.year, pub.month),
                   "year": periods.year_span(pub.year)}[unit]
    data["has_year"] = True
    if m.group("sw").lower() == "earlier":
        return DateValue.day_range(first, pub - dt.timedelta(1), "") if pub > first else None
    return DateValue.day_range(pub, last, "")


def _week_number(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the week after next"; "the week 31" (of the publication year); "2015-3", "12-2015" (a month)."""
    data["has_year"] = True
    if m.group("ym"):
        year = int(m.group("ymy") or m.group("myy"))
        month = int(m.group("ymm") or m.group("mym"))
        return DateValue.day_range(*periods.month_span(year, month), "")
    if pub is None:
        return None
    if m.group("wann"):
        span = periods.iso_week_span(pub.year, int(m.group("wann")))
        return DateValue.day_range(*span, "") if span else None
    monday = periods.monday_of(pub) + dt.timedelta(14)
    return DateValue.day_range(monday, monday + dt.timedelta(6), "")


def _bare_weekday(m: re.Match, text: str, pub: dt.date | None, data: dict):
    weekday = _weekday(m.group("wd"))
    data["has_year"] = pub is not None
    if pub is None:
        return DateValue.every(weekday, "")
    days = [pub + dt.timedelta(i) for i in range(-6, 7) if (pub + dt.timedelta(i)).weekday() == weekday]
    return DateValue.on_days(days, "", stated_weekday=weekday)


_RESOLVERS: dict[str, Callable] = {
    "hol": _holiday, "qtr": _quarter, "wk": _week, "mdy": _named_day, "dmy": _named_day, "ymd": _ymd,
    "iso": _numeric, "num": _numeric, "compact": _numeric, "mdn": _month_day_digits, "wdd": _weekday_day,
    "dec": _decade, "ypart": _year_part, "my": _month_year, "yrange": _year_range, "yr": _prep_year,
    "nextn": _next_n, "rel": _relative, "day": _named_day_offset, "ago": _ago, "dayof": _day_of, "rpart": _rel_part,
    "soon": _earlier_later, "wan": _week_number, "span": _first_last, "mon": _nth_month, "nthm": _nth_of_month,
    "wkend": _weekend,
    "nth": _nth, "wd": _bare_weekday,
}


# ------------------------------------------------------------------------------------------------ combining
_OR = re.compile(r"\s*,?\s+or\s+", re.I)
_EITHER = re.compile(r"\beither\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|~)\s*|\s+(?:to|through|thru|till|until)\s+(?:the\s+)?", re.I)
_BETWEEN_JOIN = re.compile(r"\s+and\s+(?:the\s+)?", re.I)
_RANGE_START = re.compile(r"\b(?P<w>from|between)\s+(?:the\s+)?$", re.I)
_RANGE_NOW = re.compile(r"(?:\s*(?:-|–|—|~)\s*|\s+(?:to|through|till|until|and)\s+)(?P<now>now|date|current\s+date|today)\b", re.I)
_WEEK_OF = re.compile(r"(?:\bthe\s+)?(?:\bweek\s+(?:of|beginning|starting(?:\s+on)?|commencing)|\bw/c)\s+(?:the\s+)?$", re.I)
_OFFSET_BEFORE = re.compile(rf"\b(?P<dur>{_DURATION})\s+(?P<dir>after|from|before|since)\s+$", re.I)
# "for 3 days from today", "2 weeks starting May 20th": a stretch of that length from that day.
_LASTING = re.compile(rf"(?:\bfor\s+(?P<dur>{_DURATION})\s*,?\s+from|\b(?P<dur2>{_DURATION})\s*,?\s+(?:starting|beginning)"
                      rf"(?:\s+(?:on|from))?)\s+$", re.I)
_WEEKDAY_OF = re.compile(r"\s+of\s+|\s*,?\s+(?:on\s+)?|\s*[-–]\s*", re.I)


def _combine_all(base: list[Mention], text: str, pub: dt.date | None) -> list[Mention]:
    base = [_relative_date(m, text, pub) for m in base]
    mentions = _pairwise(base, text, pub, _join_date_year)
    mentions = _pairwise(mentions, text, pub, _join_weekday_week)
    mentions = _pairwise(mentions, text, pub, _join_weekday_offset)
    mentions = _pairwise(mentions, text, pub, _join_either)
    mentions = _pairwise(mentions, text, pub, _join_weekday_date)
    mentions = _pairwise(mentions, text, pub, _join_range)
    mentions = [_range_from_now(_range_to_now(m, text, pub), text, pub) for m in mentions]
    mentions = _also_years(mentions, text)
    return [_open_ended(_prefixed(m, text, pub), text) for m in mentions]


def _pairwise(mentions: list[Mention], text: str, pub: dt.date | None, join) -> list[Mention]:
    """Merge neighbours left to right with ``join(a, b, text, pub)`` (a merged mention or None)."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            merged = join(out[-1], m, text, pub)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(m)
    return out


def _make(text: str, start: int, end: int, value: DateValue, data: dict) -> Mention:
    return Mention("date", start, end, text[start:end], replace(value, label=text[start:end]), data)


_REL_BEFORE = re.compile(r"\b(?P<q>this|next|last)\s+$", re.I)
_IN_YEAR = re.compile(r"\s*,?\s+(?:in|of)\s+(?:the\s+year\s+)?", re.I)


def _relative_date(m: Mention, text: str, pub: dt.date | None) -> Mention:
    """ "next 5/12", "last 6th of April", "this May 12": a date without a year after "next" is the next
    such day after the publication date, after "last" the last one before it, after "this" the one of its
    year."""
    q = _REL_BEFORE.search(text, max(0, m.start - 6), m.start)
    if q is None or pub is None or m.data.get("has_year") or not m.data.get("parts") or \
            m.data.get("form") not in ("mdn", "mdy", "dmy"):
        return m
    word = q.group("q").lower()
    if word == "this":
        value = _in_year(m, pub.year)
    elif word == "next":
        value = _in_year(m, pub.year, after=pub + dt.timedelta(1))
    else:
        value = _in_year(m, pub.year, before=pub - dt.timedelta(1))
    if value is None:
        return m
    return _make(text, q.start(), m.end, value, dict(m.data, has_year=True))


def _join_date_year(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "28 June in 2020": a date without a year and the year after it."""
    if a.data.get("has_year") or not a.data.get("parts") or b.data.get("form") != "yr" or \
            not _IN_YEAR.fullmatch(text, a.end, b.start) or len(b.value.days) > 366:
        return None
    value = _in_year(a, b.value.first.year)
    if value is None:
        return None
    return _make(text, a.start, b.end, value, dict(a.data, has_year=True))


def _join_either(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "Jan. 10 or Jan. 11": a value allowing both (for days of one month without a year, the stretch
    between them, which allows at least both)."""
    if not _OR.fullmatch(text, a.end, b.start):
        return None
    x, y = a.value, b.value
    if x.days and y.days:
        union = DateValue.on_days(x.days | y.days, "")
    elif x.form == y.form == "recurring" and x.month == y.month and x.weekday is None and y.weekday is None:
        union = DateValue.recurring(x.month, min(x.day_lo, y.day_lo), max(x.day_hi, y.day_hi), "")
    else:
        return None
    either = _EITHER.search(text, max(0, a.start - 8), a.start)
    first = either.start() if either else a.start
    parts = a.data.get("alternatives", (x,)) + b.data.get("alternatives", (y,))
    return _make(text, first, b.end, union, {"form": "either", "has_year": bool(union.days), "alternatives": parts})


_ALSO_YEAR = re.compile(rf"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)(?P<y>{_YEAR_NUM})(?!\s*[a-z%\d])", re.I)


def _also_years(mentions: list[Mention], text: str) -> list[Mention]:
    """ "in 2007 and 2009": a year listed after a year is a year too (a bare number after another number is
    not: "between 1500 and 2000 people")."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        out.append(m)
        while m.data.get("form") == "yr" and len(m.value.days) <= 366:
            more = _ALSO_YEAR.match(text, m.end)
            if more is None or (i + 1 < len(mentions) and mentions[i + 1].start < more.end()):
                break
            year = int(more.group("y"))
            m = _make(text, more.start("y"), more.end("y"), DateValue.day_range(*periods.year_span(year), ""),
                      {"form": "yr", "has_year": True})
            out.append(m)
    return out


def _join_weekday_date(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "this Friday 5/12", "this Friday (Jun-15)": the date, with the weekday the text gave."""
    if a.data.get("form") not in ("rel", "wd") or a.value.stated_weekday is None or \
            b.data.get("form") not in ("mdn", "mdy", "dmy", "num", "iso") or b.value.days is None or \
            not re.fullmatch(r"\s*[,(-]?\s*", text[a.end:b.start]):
        return None
    weekday = a.value.stated_weekday
    days = sorted(b.value.days)
    if len(days) != 1:
        return None
    end = b.end + 1 if text[b.end:b.end + 1] == ")" and "(" in text[a.end:b.start] else b.end
    same_week = periods.monday_of(days[0]) + dt.timedelta(weekday)
    value = DateValue.on_days({days[0], same_week}, "", stated_weekday=weekday, stated_days=(days[0],))
    return _make(text, a.start, end, value, {"form": "weekday-date", "has_year": True})


def _join_range(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "from March 3 to May 5, 2024", "10/1-11/7", "between 2007 and 2009", "Nov 18 2014-Dec 19 2015".
    The words between them are read first: most neighbours are no range, and whether a long stretch of
    days has no gap (:func:`_ranged`) takes a look at every day."""
    join = _RANGE_JOIN.fullmatch(text, a.end, b.start)
    if join is None and not _BETWEEN_JOIN.fullmatch(text, a.end, b.start):
        return None
    if not _ranged(a) or not (_ranged(b) or _weekday_after(a, b)):
        return None
    before = _RANGE_START.search(text, max(0, a.start - 12), a.start)
    if join is None and not (before and before.group("w").lower() == "between"):
        return None
    first, last = _range_ends(a, b, pub) if _ranged(b) else (a.value.first, _weekday_after(a, b))
    if first is None or last is None or last < first:
        return None
    start = before.start() if before else a.start
    return _make(text, start, b.end, DateValue.day_range(first, last, ""), {"form": "range", "has_year": True})


def _weekday_after(a: Mention, b: Mention) -> dt.date | None:
    """ "from next Monday to Friday": a bare weekday ending a range that starts on a known day is the first
    such weekday after it."""
    if b.data.get("form") != "wd" or b.value.stated_weekday is None or not a.value.days or len(a.value.days) != 1:
        return None
    first = a.value.first
    return first + dt.timedelta((b.value.stated_weekday - first.weekday()) % 7 or 7)


def _ranged(m: Mention) -> bool:
    """Only a stretch of days can end a range: not a weekday's candidates ("from Tuesday to Thursday" may
    be a postponement) nor alternatives."""
    days = m.value.days
    if m.data.get("form") in ("wd", "either", "wdd", "nth") or (days is None and not m.data.get("parts")):
        return False
    return not days or m.value.contiguous


def _range_ends(a: Mention, b: Mention, pub: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first day of ``a`` and the last of ``b``; an end written without a year takes it from the other
    end (the year before when its month comes later: "Nov-Feb 2017" starts in November 2016)."""
    x, y = a.value, b.value
    a_year, b_year = a.data.get("has_year"), b.data.get("has_year")
    if not x.days and not (a.data.get("parts") and (y.days or pub)):
        return None, None
    if a_year and not b_year and b.data.get("parts") and x.days:
        y = _in_year(b, x.last.year, after=x.last) or y
    elif b_year and not a_year and a.data.get("parts") and y.days:
        x = _in_year(a, y.first.year, before=y.first) or x
    elif not a_year and not b_year and x.days and b.data.get("parts"):
        y = _in_year(b, x.first.year, after=x.first) or y
    if not x.days or not y.days:
        return None, None
    return x.first, y.last


def _in_year(m: Mention, year: int, before: dt.date | None = None, after: dt.date | None = None) -> DateValue | None:
    """A mention without a year placed in ``year``, or the year before (after) so that it comes before
    ``before`` (after ``after``)."""
    month, day, month_b, day_b = m.data["parts"]
    for y in (year, year - 1) if before else (year, year + 1):
        try:
            first = dt.date(y, month, min(day, calendar.monthrange(y, month)[1]))
            y_b = y + (1 if month_b < month else 0)
            last = dt.date(y_b, month_b, min(day_b, calendar.monthrange(y_b, month_b)[1]))
        except ValueError:
            return None
        if (before is None or first <= before) and (after is None or last >= after):
            return DateValue.day_range(first, last, "")
    return None


def _range_to_now(m: Mention, text: str, pub: dt.date | None) -> Mention:
    """ "between Jan 2019 and now", "from March to date": up to the publication date."""
    tail = _RANGE_NOW.match(text, m.end)
    before = _RANGE_START.search(text, max(0, m.start - 12), m.start)
    if tail is None or before is None or pub is None or not m.value.days or m.data.get("form") == "day":
        return m
    if tail.group("now").lower() == "today" and m.data.get("form") == "range":
        return m
    value = m.value
    if value.first > pub and m.data.get("parts") and not m.data.get("has_year"):
        value = _in_year(m, pub.year, before=pub) or value
    first = value.first
    if first > pub:
        return m
    return _make(text, before.start(), tail.end(), DateValue.day_range(first, pub, ""), {"form": "range", "has_year": True})


_FROM_NOW = re.compile(r"\b(?:between|from)\s+(?:now|today)\s+(?:and|to|until|till|-)\s+(?:the\s+)?$", re.I)


def _range_from_now(m: Mention, text: str, pub: dt.date | None) -> Mention:
    """ "between now and November 15th": from the publication date on."""
    head = _FROM_NOW.search(text, max(0, m.start - 30), m.start)
    if head is None or pub is None or not m.value.days:
        return m
    value = m.value
    if m.data.get("parts") and not m.data.get("has_year"):
        value = _in_year(m, pub.year, after=pub) or value
    last = value.last
    if last < pub:
        return m
    return _make(text, head.start(), m.end, DateValue.day_range(pub, last, ""), {"form": "range", "has_year": True})


def _join_weekday_offset(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "Monday two weeks from now", "Thursday, two years from now": that weekday in the week of the day the
    offset names."""
    if a.data.get("form") != "wd" or b.data.get("form") != "ago" or not b.value.days or len(b.value.days) != 1 or \
            not re.fullmatch(r"\s*,?\s+", text[a.end:b.start]):
        return None
    day = periods.monday_of(b.value.first) + dt.timedelta(a.value.stated_weekday)
    return _make(text, a.start, b.end, DateValue.on_days([day], "", stated_weekday=day.weekday()),
                 {"form": "weekday-of-week", "has_year": True})


def _join_weekday_week(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "Tuesday of next week", "next week on Tuesday", "previous week - Monday": that day of that week."""
    weeks = [m for m in (a, b) if m.data.get("form") == "rel" and m.data.get("relative")
             and re.search(r"\bweek$", m.text, re.I)]
    days = [m for m in (a, b) if m.data.get("form") in ("wd", "rel") and m.value.stated_weekday is not None
            and m not in weeks]
    if len(weeks) != 1 or len(days) != 1 or not _WEEKDAY_OF.fullmatch(text, a.end, b.start):
        return None
    if days[0] is a and not re.fullmatch(r"\s+(?:of\s+)?", text[a.end:b.start], re.I):
        return None
    monday = weeks[0].value.first
    day = monday + dt.timedelta(days[0].value.stated_weekday)
    return _make(text, a.start, b.end, DateValue.on_days([day], "", stated_weekday=day.weekday()),
                 {"form": "weekday-of-week", "has_year": True})


def _prefixed(m: Mention, text: str, pub: dt.date | None) -> Mention:
    """Words before a day that change it: "the week of April 10" (that week), "two weeks after January 15"
    (the day it names)."""
    if not m.value.days:
        return m
    within = re.search(r"\bwithin\s+(?:the\s+)?$", text[max(0, m.start - 12):m.start], re.I)
    if within and m.data.get("form") == "nextn" and pub is not None and m.value.first == pub + dt.timedelta(1):
        return _make(text, m.start - len(within.group(0)), m.end, DateValue.day_range(pub, m.value.last - dt.timedelta(1), ""),
                     dict(m.data))
    lasting = _LASTING.search(text, max(0, m.start - 60), m.start)
    if lasting and len(m.value.days) == 1:
        first = m.value.first
        group = "dur" if lasting.group("dur") else "dur2"
        last = _shifted(first, lasting.group(group), True)
        if last is not None and last > first:
            return _make(text, lasting.start(group), m.end, DateValue.day_range(first, last - dt.timedelta(1), ""),
                         {"form": "range", "has_year": True})
    week = _WEEK_OF.search(text, max(0, m.start - 30), m.start)
    if week and len(m.value.days) <= 2:
        spans = {periods.week_span(d) for d in m.value.days}
        days = [d for first, last in spans for d in (first, last)]
        value = DateValue.day_range(min(days), max(days), "") if len(spans) == 1 else \
            DateValue.on_days({d for first, _ in spans for d in (first + dt.timedelta(i) for i in range(7))}, "")
        return _make(text, week.start(), m.end, value, {"form": "week-of", "has_year": True})
    offset = _OFFSET_BEFORE.search(text, max(0, m.start - 60), m.start)
    if offset and len(m.value.days) <= 2:
        later = offset.group("dir").lower() in ("after", "from", "since")
        shifted = {_shifted(d, offset.group("dur"), later) for d in m.value.days}
        if None in shifted:
            return m
        return _make(text, offset.start(), m.end, DateValue.on_days(shifted, ""),
                     {"form": "offset", "has_year": True, "direction": "after" if later else "before"})
    return m


# Words that leave one end open: "since 2019", "before May 3", "2018 or later", "no later than June 1".
_OPEN_BEFORE = re.compile(
    r"\b(?P<w>since|after|before|until|till|up\s+to|by|(?:no|not)\s+later\s+than|later\s+than|earlier\s+than"
    r"|greater\s+than|less\s+than"
    r"|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|as\s+early\s+as|as\s+late\s+as|more\s+than)\s+"
    r"(?:the\s+(?:year\s+)?)?$", re.I)
_OPEN_AFTER = re.compile(r"\s*,?\s+(?:or|and)\s+(?P<w>later|after|greater|earlier|before|sooner)\b(?=\s*(?:$|[^\w\s]))"
                         r"|\s+(?P<w2>onwards?)\b", re.I)
_OPEN_KIND = {"since": "since", "starting": "since", "beginning": "since", "as early as": "since", "later": "since",
              "after": "after", "later than": "after", "greater than": "after", "before": "before",
              "earlier than": "before", "less than": "before",
              "until": "until", "till": "until", "up to": "until", "by": "until", "no later than": "until",
              "not later than": "until", "as late as": "until", "earlier": "until", "sooner": "until",
              "greater": "since", "onward": "since", "onwards": "since"}


_SIGN_KIND = {">=": "since", ">": "after", "<=": "until", "<": "before"}


def _open_ended(m: Mention, text: str) -> Mention:
    """A stretch of days with a word that leaves one end open: "since" and "starting" keep its first day,
    "after" starts the day after its last, "before" ends the day before its first, "until", "by" and "no
    later than" end with its last day; "2018 or later", "2019 onwards". "More than two weeks before today"
    is before the day it names. The words around it are read first: whether a long stretch of days has no
    gap takes a look at every day."""
    if m.data.get("form") == "either" or not m.value.days:
        return m
    sign = re.match(r"[<>]\s*=?", m.text)
    suffix = None if sign else _OPEN_AFTER.match(text, m.end)
    prefix = None if sign or suffix else _OPEN_BEFORE.search(text, max(0, m.start - 24), m.start)
    if not (sign or suffix or prefix) or not m.value.contiguous:
        return m
    if sign:
        first, last = m.value.first, m.value.last
        kind = _SIGN_KIND[re.sub(r"\s+", "", sign.group(0))]
        since, until = {"since": (first, None), "after": (last + dt.timedelta(1), None),
                        "before": (None, first - dt.timedelta(1)), "until": (None, last)}[kind]
        return _make(text, m.start, m.end, DateValue.open_range(since, until, ""), {"form": "open", "has_year": True})
    word = re.sub(r"\s+", " ", (suffix.group("w") or suffix.group("w2")) if suffix else prefix.group("w")).lower()
    word = re.sub(r"^(starting|beginning) .*", r"\1", word)
    if suffix and word in ("after",):
        word = "later"
    if suffix and word == "before":
        word = "earlier"
    if word == "more than":
        if m.data.get("form") != "offset":
            return m
        word = m.data["direction"]
    kind = _OPEN_KIND[word]
    first, last = m.value.first, m.value.last
    since, until = {"since": (first, None), "after": (last + dt.timedelta(1), None),
                    "before": (None, first - dt.timedelta(1)), "until": (None, last)}[kind]
    start, end = (m.start, suffix.end()) if suffix else (prefix.start(), m.end)
    return _make(text, start, end, DateValue.open_range(since, until, ""), {"form": "open", "has_year": True})


def _shifted(day: dt.date, duration: str, later: bool) -> dt.date | None:
    base = dt.date(day.year, day.month, day.day)
    value = _parse_with_dateparser(f"in {duration}" if later else f"{duration} ago", base)
    return None if value is None else value.first


# ------------------------------------------------------------------------------------------------ helpers
def _day_value(label: str, month: int, day: int, month_b: int, day_b: int | None, year: int | None,
               weekday: int | None, pub: dt.date | None) -> DateValue | None:
    """A day or a range of days; a stated weekday that the calendar contradicts is kept as such."""
    if year is None and pub is not None:
        year = _nearest_year(month, day, pub)
    if year is None:
        if day_b is not None and (month_b != month or day_b < day):
            return DateValue.recurring(month, day, 31, label, weekday)      # runs into the next month
        return DateValue.recurring(month, day, day_b or day, label, weekday)
    try:
        first = dt.date(year, month, day)
        last = dt.date(year + (1 if month_b < month else 0), month_b, day_b) if day_b else first
    except ValueError:
        return None
    if last < first:
        return None
    if weekday is None or day_b:
        return DateValue.day_range(first, last, label)
    if first.weekday() == weekday:
        return DateValue.on_days([first], label, stated_weekday=weekday, stated_days=(first,))
    # The weekday and the date disagree: either may be the mistake, so allow the date and that weekday in
    # the same week.
    same_week = first - dt.timedelta(first.weekday()) + dt.timedelta(weekday)
    return DateValue.on_days([first, same_week], label, stated_weekday=weekday, stated_days=(first,))


def _on_day(year: int, month: int, day: int) -> DateValue | None:
    try:
        return DateValue.on_days([dt.date(year, month, day)], "")
    except ValueError:
        return None


def _nearest_year(month: int, day: int, pub: dt.date) -> int:
    """The year that puts month/day closest to the publication date (February 29 only in leap years)."""
    best = None
    for year in range(pub.year - 4, pub.year + 5):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            try:
                d = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
            except ValueError:
                continue
            if day <= 29 and month == 2:
                continue                                       # "Feb 29" is in a leap year
        dist = abs((d - pub).days)
        if best is None or dist < best[0]:
            best = (dist, year)
    return best[1] if best else pub.year


@lru_cache(maxsize=4096)
def _parse_with_dateparser(candidate: str, pub: dt.date | None) -> DateValue | None:
    """Offsets ("three days ago", "in two weeks"), through dateparser with explicit settings, cached per
    string and base. Without a publication date there is nothing to count from."""
    if pub is None:
        return None
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "current", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "MDY",
                "PREFER_DATES_FROM": "current_period", "PARSERS": ["relative-time", "absolute-time"]}
    settings["RELATIVE_BASE"] = dt.datetime(pub.year, pub.month, pub.day)
    words = re.sub(r"\b(?:a\s+)?couple(?:\s+of)?\b", "two", candidate, flags=re.I)
    parsed = dateparser.parse(words, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return DateValue.on_days([parsed.date()], candidate)


def _count(text: str) -> int | None:
    words = re.sub(r"\s+", " ", text.lower())
    if words.startswith(("couple", "a couple")):
        return 2
    value = parse_number(words)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _year(text: str, pub: dt.date | None) -> int | None:
    """ "2025", "'87", "of 87", "nineteen eighty six", "two thousand and five"."""
    raw = re.sub(r"^of\s+", "", text.strip().lower())
    if raw.startswith("'") or raw.isdigit() and len(raw) == 2:
        two = int(raw.lstrip("'"))
        ref = (pub or dt.date.today()).year % 100
        return (2000 if two <= ref + 10 else 1900) + two
    if raw.isdigit():
        return int(raw)
    if "hundred" in raw or "thousand" in raw:
        value = parse_number(raw)
        return int(value) if value else None
    head, _, tail = raw.partition(" ")
    century, rest = parse_number(head), parse_number(tail)
    return int(century * 100 + rest) if century and rest else None


def _month(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group(0))
    word = re.sub(r"[\s-]+", "-", text.lower())
    return DAY_ORDINALS.get(word) or DAY_CARDINALS[word]


def _weekday(text: str) -> int:
    word = text.lower().rstrip(".")
    return _WEEKDAYS.get(word, _WEEKDAY_ABBR.get(word, 0))
