"""Dates: weekdays, day and month in either order (in digits or words), month and year, early/mid/late month
or year, quarters and halves, weeks, decades, holidays, ranges, years, relative expressions and offsets, each
resolved to the set of days it allows (:class:`~checker.model.dates.DateValue`).

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

The modules, in the order a date goes through them: :mod:`~checker.mentions.dates.find` (triggers, cuts,
:func:`find_dates`), :mod:`~checker.mentions.dates.forms` (all forms as one matcher), the forms and their
readers in :mod:`~checker.mentions.dates.days` and :mod:`~checker.mentions.dates.stretches`, the words and
pattern fragments they share in :mod:`~checker.mentions.dates.words`, reading words into numbers and days in
:mod:`~checker.mentions.dates.reading`, calendar arithmetic in :mod:`~checker.mentions.dates.periods`,
joining neighbours in :mod:`~checker.mentions.dates.combine`; the records they pass each other (a form, a
reading, a :class:`~checker.mentions.dates.record.DateMatch`) in :mod:`~checker.mentions.dates.record`.
"""

from checker.mentions.dates.find import find_dates
from checker.mentions.dates.record import DateMatch

__all__ = ["DateMatch", "find_dates"]
