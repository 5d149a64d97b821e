"""Score checker's normalisers on an external suite: the English specs of Microsoft Recognizers-Text.

Run ``python benchmarks/peer_specs.py`` (``--specs DIR`` for another copy of ``../shared/peer-specs``,
``--failures FILE`` for where the failures go). It prints one table (file, cases, scored, passed, accuracy),
the conventions it allowed, and ends with exactly one line::

    peer-specs: number_range=0.NN number=0.NN currency=0.NN dates=0.NN

Every failing case (input, expected, got) is written to ``reports/peer-specs-failures.jsonl``.

The extractors scored are the ones the pipeline uses, called the way the pipeline calls them:
:func:`checker.mentions.extract_mentions` for counts (so a number inside a date or an amount of money is not
a count), :func:`~checker.mentions.money.find_money`, :func:`~checker.mentions.dates.find_dates` with the
case's ``reference`` as the publication date, and :func:`~checker.mentions.numbers.find_numbers`.

How a case is scored
--------------------
A case passes when every expected result is matched by something we extracted whose span overlaps the
expected span and whose value is equal (one mention may match several: "Tuesday or Thursday" is one mention
that allows either day). Results we extract beyond the expected ones do not fail
a case, except that a case with ``expected: []`` passes only when we extract nothing of that type.

* ``number_range*``: a count is a number range when its words bound it (a qualifier such as "more than",
  "up to", "equal to", or a range "20-30"); a bare number is not. Its interval is
  :meth:`Quantity.strict_interval` — what the words state, without the pipeline's floor at zero for counts
  of things ("up to 700" is ``(,700]``) and without the pack's tolerance for vague words. Intervals are
  compared numerically, brackets included. Our "between A and B", "from A to B" and "A-B" are closed
  ``[A,B]``, the convention of the experimental file; the default file writes them half-open ``[A,B)``, and
  that one difference is allowed when scoring it (the output says how often).
* ``number``: values compared numerically (relative tolerance 1e-12).
* ``currency``: the amount, and the ISO code where the spec gives one, else the unit name (case ignored).
  A currency name without an amount ("dollar") is expected by a few cases; we never extract one.
* ``datetime``: only cases whose expected results are all dates or date ranges (``datetimeV2.date``,
  ``datetimeV2.daterange``: days, weekdays, months, weeks, years) are scored, together with the negative
  cases; times of day, date-times, durations and sets are skipped, not passed. An expected result lists
  candidate values (past and future readings of "Friday", "May 29"); it is matched when one of our readings
  equals one of them. Our readings of a :class:`~checker.values.DateValue` are its stretches of
  consecutive days: one for a day, a week, a month or a range; several for the candidates of a weekday or
  the weeks of "the week of the 18th"; each part of "either A or B" is a reading of its own; the days of
  "18 and 19 June", and of a date whose weekday contradicts it, count one by one. A value without a year is compared by its TIMEX form
  (``XXXX-12-27``, ``XXXX-WXX-5``). An expected range ``start``..``end`` is the days from start up to, not
  including, end (upstream's named periods: "this September" ends on Oct 1); an open-ended one ("since",
  "before") is every day from ``start`` on, or every day before ``end``, and is matched by our open
  ranges with the same first or last day. For an explicit "A to B"
  range (a TIMEX ``(start,end,duration)``) upstream puts ``end`` at the start of B, while ours are closed
  and run to the end of B: that one difference is allowed, B taken in the unit of the duration (``P6D``:
  the day, ``P2M``: the month, ``P4Y``: the year). Unresolved values ("not resolved": fiscal years,
  seasons, February 30) cannot be equal to a set of days and fail.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:                      # run as a script from a checkout
    sys.path.insert(0, str(REPO))

from checker.mentions import Mention, extract_mentions  # noqa: E402
from checker.mentions.dates import find_dates  # noqa: E402
from checker.mentions.money import find_money  # noqa: E402
from checker.mentions.numbers import find_numbers  # noqa: E402
from checker.model.dates import DateValue  # noqa: E402

DEFAULT_SPECS = REPO.parent / "shared" / "peer-specs"
DEFAULT_FAILURES = REPO / "reports" / "peer-specs-failures.jsonl"
TARGETS = {"number_range": 0.90, "number": 0.90, "currency": 0.85, "dates": 0.80}
DATE_TYPES = {"datetimeV2.date", "datetimeV2.daterange"}
_COUNTS = frozenset({"count"})


@dataclass
class Outcome:
    """How one case went: ``pass``, ``fail`` or ``skip``, with what we extracted."""

    status: str
    got: list[dict] = field(default_factory=list)
    allowed: bool = False            # passed only thanks to an allowed convention difference


@dataclass
class FileScore:
    name: str
    group: str
    cases: int = 0
    scored: int = 0
    passed: int = 0
    allowed: int = 0
    failures: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.passed / self.scored if self.scored else 0.0


# ------------------------------------------------------------------------------------------------ matching
def _overlaps(expected: dict, got: dict) -> bool:
    """Spans overlap; the spec's ``end`` is inclusive, ours exclusive."""
    return got["start"] <= expected["end"] and expected["start"] < got["end"]


def _match_all(expected: list[dict], got: list[dict], equal: Callable[[dict, dict], str | None]) -> Outcome:
    """Every expected result matched by an extracted one that overlaps it. ``equal`` says ``"yes"``,
    ``"allowed"`` (equal up to an allowed convention difference) or None. One extracted result may match
    several expected ones ("Tuesday or Thursday" is one mention that allows either day)."""
    if not expected:
        return Outcome("pass" if not got else "fail", got)
    allowed = False
    for exp in expected:
        verdicts = [equal(exp, g) for g in got if _overlaps(exp, g)]
        if not any(verdicts):
            return Outcome("fail", got)
        allowed = allowed or "yes" not in verdicts
    return Outcome("pass", got, allowed)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15)


def _span(m: Mention) -> dict:
    return {"text": m.text, "start": m.start, "end": m.end}


# ------------------------------------------------------------------------------------------------ ranges
_NOTATION = re.compile(r"([\[(])(-?[\d.]+)?,(-?[\d.]+)?([\])])")


def _parse_notation(text: str) -> tuple[float | None, float | None, bool, bool]:
    """``(20,35]`` -> (20, 35, lo_open, hi_open); an empty bound is unbounded (and open)."""
    m = _NOTATION.fullmatch(text)
    if m is None:
        raise ValueError(f"not interval notation: {text!r}")
    lo = float(m.group(2)) if m.group(2) else None
    hi = float(m.group(3)) if m.group(3) else None
    return lo, hi, lo is None or m.group(1) == "(", hi is None or m.group(4) == ")"


def _same_bound(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and _close(a, b))


def _range_equal(half_open_allowed: bool) -> Callable[[dict, dict], str | None]:
    def equal(exp: dict, got: dict) -> str | None:
        e_lo, e_hi, e_lo_open, e_hi_open = _parse_notation(exp["resolution"]["value"])
        g_lo, g_hi, g_lo_open, g_hi_open = _parse_notation(got["interval"])
        if not (_same_bound(e_lo, g_lo) and _same_bound(e_hi, g_hi) and e_lo_open == g_lo_open):
            return None
        if e_hi_open == g_hi_open:
            return "yes"
        if half_open_allowed and got["closed_range"] and e_hi_open and not g_hi_open:
            return "allowed"
        return None
    return equal


def score_number_range(case: dict, half_open_allowed: bool = False) -> Outcome:
    """Counts whose words bound them, compared as the intervals the words state."""
    got = []
    for m in extract_mentions(case["input"], None, _COUNTS):
        q = m.value
        if q.qualifier is None:
            continue                                     # a bare number, not a range
        got.append(_span(m) | {"interval": q.strict_interval().notation(),
                               "closed_range": q.bound == "range" and q.qualifier in ("between", "from")})
    return _match_all(case["expected"], got, _range_equal(half_open_allowed))


# ------------------------------------------------------------------------------------------------ numbers
def score_number(case: dict) -> Outcome:
    text = case["input"]
    got = [{"text": text[s:e], "start": s, "end": e, "value": v} for s, e, v in find_numbers(text)]
    return _match_all(case["expected"], got,
                      lambda exp, g: "yes" if _close(float(exp["resolution"]["value"]), g["value"]) else None)


# ------------------------------------------------------------------------------------------------ money
def _currency_equal(exp: dict, got: dict) -> str | None:
    res = exp["resolution"]
    if res.get("value") is None or not _close(float(res["value"]), got["value"]):
        return None
    if res.get("isoCurrency"):
        return "yes" if got["iso"] == res["isoCurrency"] else None
    return "yes" if got["unit"].casefold() == str(res.get("unit", "")).casefold() else None


def score_currency(case: dict) -> Outcome:
    got = [_span(m) | {"value": m.value.quantity.figure, "unit": m.value.unit, "iso": m.value.iso}
           for m in find_money(case["input"])]
    return _match_all(case["expected"], got, _currency_equal)


# ------------------------------------------------------------------------------------------------ dates
def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except (TypeError, ValueError):
        return None


def _days(first: dt.date, last: dt.date) -> frozenset[dt.date]:
    return frozenset(first + dt.timedelta(i) for i in range((last - first).days + 1))


def _period_end(start: dt.date, unit: str) -> dt.date:
    """The last day of the period of ``unit`` (D, W, M, Y) that begins at ``start``."""
    if unit == "Y":
        return dt.date(start.year, 12, 31)
    if unit == "M":
        return dt.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def _expected_readings(value: dict) -> list[tuple[Any, bool]]:
    """What one expected candidate allows: sets of days (or a TIMEX string for a value without a year),
    each with whether it is only the allowed closed reading of an explicit range."""
    readings: list[tuple[Any, bool]] = []
    timex = value.get("timex", "")
    day = _day(value.get("value") or "")
    if day:
        readings.append((frozenset({day}), False))
    start, end = _day(value.get("start") or ""), _day(value.get("end") or "")
    if start and not end:
        readings.append((("since", start), False))
    if end and not start:
        readings.append((("until", end - dt.timedelta(1)), False))
    if start and end and end > start:
        readings.append((_days(start, end - dt.timedelta(1)), False))
        explicit = re.fullmatch(r"\(.*,P\d*(?:BD|([DWMY]))\)", timex)
        if explicit:
            readings.append((_days(start, _period_end(end, explicit.group(1) or "D")), True))
    if timex.startswith("XXXX"):
        readings.append((timex, False))
    return readings


def _timex_of(value: DateValue) -> str | None:
    """The TIMEX form of a value without a year: ``XXXX-12-27``, ``XXXX-12``, ``XXXX-WXX-5``."""
    if value.form == "weekday":
        return f"XXXX-WXX-{value.weekday + 1}"
    if value.form == "recurring":
        if value.day_lo == value.day_hi:
            return f"XXXX-{value.month:02d}-{value.day_lo:02d}"
        if (value.day_lo, value.day_hi) == (1, 31):
            return f"XXXX-{value.month:02d}"
    return None


def _our_readings(m: Mention) -> list[Any]:
    """A contiguous set of days is one reading; a set with gaps is alternatives, each stretch its own reading
    (the candidates of a weekday, the weeks of "the week of the 18th"); the days of "either A or B" and of a
    date with a weekday that contradicts it are alternatives one by one."""
    value = m.value
    if value.form == "open":
        if value.since and value.until:
            return [_days(value.since, value.until)]
        return [("since", value.since) if value.since else ("until", value.until)]
    if value.days is None:
        timex = _timex_of(value)
        return [timex] if timex else []
    how = m.detail
    if how is not None and how.alternatives:
        return [r for part in how.alternatives for r in _our_readings(Mention("date", 0, 0, "", part))]
    days = sorted(value.days)
    if how is not None and (how.form == "either" or how.listed) or value.weekday_mismatch:
        return [frozenset({d}) for d in days]
    runs: list[list[dt.date]] = []
    for d in days:
        if runs and (d - runs[-1][-1]).days == 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    return [frozenset(run) for run in runs]


def _date_equal(exp: dict, got: dict) -> str | None:
    for value in exp["resolution"].get("values", []):
        for reading, allowed in _expected_readings(value):
            if reading in got["readings"]:
                return "allowed" if allowed else "yes"
    return None


def _describe(value: DateValue) -> Any:
    return value.to_dict() or _timex_of(value)


def score_dates(case: dict) -> Outcome:
    types = {e["type"] for e in case["expected"]}
    if not types <= DATE_TYPES:
        return Outcome("skip")
    ref = _day(case.get("reference") or "")
    got = []
    for m in find_dates(case["input"], ref):
        got.append(_span(m) | {"value": _describe(m.value), "readings": _our_readings(m)})
    return _match_all(case["expected"], got, _date_equal)


# ------------------------------------------------------------------------------------------------ running
SUITES: list[tuple[str, str, Callable[[dict], Outcome]]] = [
    ("number_range.jsonl", "number_range", lambda c: score_number_range(c, half_open_allowed=True)),
    ("number_range_experimental.jsonl", "number_range", score_number_range),
    ("number.jsonl", "number", score_number),
    ("currency.jsonl", "currency", score_currency),
    ("datetime.jsonl", "dates", score_dates),
]


def load(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _failure(name: str, case: dict, outcome: Outcome) -> dict:
    got = [{k: v for k, v in g.items() if k not in ("readings", "closed_range")} for g in outcome.got]
    return {"file": name, "id": case["id"], "input": case["input"], "reference": case.get("reference"),
            "expected": [{k: e[k] for k in ("text", "type", "start", "end", "resolution")} for e in case["expected"]],
            "got": got}


def score_file(path: Path, group: str, scorer: Callable[[dict], Outcome]) -> FileScore:
    result = FileScore(path.name, group)
    for case in load(path):
        result.cases += 1
        outcome = scorer(case)
        if outcome.status == "skip":
            continue
        result.scored += 1
        if outcome.status == "pass":
            result.passed += 1
            result.allowed += outcome.allowed
        else:
            result.failures.append(_failure(path.name, case, outcome))
    return result


def run(specs: Path = DEFAULT_SPECS) -> list[FileScore]:
    """Score every file of the suite."""
    return [score_file(specs / name, group, scorer) for name, group, scorer in SUITES]


def figures(results: list[FileScore]) -> dict[str, float]:
    """Accuracy over scored cases per group (both number-range files make one figure)."""
    out = {}
    for group in TARGETS:
        rows = [r for r in results if r.group == group]
        scored = sum(r.scored for r in rows)
        out[group] = sum(r.passed for r in rows) / scored if scored else 0.0
    return out


def final_line(results: list[FileScore]) -> str:
    return "peer-specs: " + " ".join(f"{k}={v:.2f}" for k, v in figures(results).items())


def report(results: list[FileScore]) -> str:
    """The table, the conventions allowed, and the final line."""
    width = max(len(r.name) for r in results)
    lines = [f"{'file':<{width}}  {'cases':>5}  {'scored':>6}  {'passed':>6}  {'accuracy':>8}"]
    for r in results:
        lines.append(f"{r.name:<{width}}  {r.cases:>5}  {r.scored:>6}  {r.passed:>6}  {r.accuracy:>8.2f}")
    lines.append("")
    by_name = {r.name: r for r in results}
    lines.append(f"number_range.jsonl: our closed [A,B] for between/from-to/A-B accepted for the spec's half-open "
                 f"[A,B) in {by_name['number_range.jsonl'].allowed} passing cases (the experimental convention)")
    lines.append(f"datetime.jsonl: our closed 'A to B' ranges accepted for upstream's end at the start of B in "
                 f"{by_name['datetime.jsonl'].allowed} passing cases; "
                 f"{by_name['datetime.jsonl'].cases - by_name['datetime.jsonl'].scored} cases skipped "
                 f"(times, date-times, durations, sets)")
    lines.append(final_line(results))
    return "\n".join(lines)


def write_failures(results: list[FileScore], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [f for r in results for f in r.failures]
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--specs", type=Path, default=DEFAULT_SPECS, help="folder of the peer-spec JSONL files")
    parser.add_argument("--failures", type=Path, default=DEFAULT_FAILURES, help="where to write the failures")
    args = parser.parse_args(argv)
    if not args.specs.is_dir():
        print(f"peer-specs: {args.specs} not found", file=sys.stderr)
        return 2
    results = run(args.specs)
    write_failures(results, args.failures)
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

