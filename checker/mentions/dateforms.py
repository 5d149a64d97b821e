"""The words and patterns of date expressions, and :func:`_date_at`, which tries them at a position.

Every form is one alternative of two patterns, those that start with a digit and the others. Each
alternative's own named group closes last (``match.lastgroup``), which tells
:mod:`~checker.mentions.dateresolve` which resolver reads the match. The vocabulary (month and weekday names,
ordinals, parts of a period) is shared with the resolvers and with the trigger words of
:mod:`~checker.mentions.dates`."""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from checker.mentions import periods
from checker.mentions.scan import OnText, lowered, plain, word_trie

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
