"""The fact table: one row per claim, as a pandas DataFrame (pandas is imported when a table is made, not at
start-up), and its export as CSV or Parquet."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Iterable

from checker.errors import CheckerError
from checker.model.claims import Claim

if TYPE_CHECKING:
    import pandas as pd

FACT_COLUMNS = ["story", "source", "fact", "text", "value", "start", "end", "line", "col"]


def fact_table(claims: Iterable[Claim]) -> "pd.DataFrame":
    """The fact table: one row per claim, the value both as readable text (``value``) and as JSON
    (``value_json``)."""
    import pandas as pd

    rows = [{
        "story": c.story, "source": c.source, "fact": c.fact, "text": c.text, "value": c.value.display(),
        "value_json": json.dumps(c.value.to_dict(), sort_keys=True, ensure_ascii=False),
        "start": c.start, "end": c.end, "line": c.line, "col": c.col,
    } for c in claims]
    return pd.DataFrame(rows, columns=FACT_COLUMNS + ["value_json"])


PARQUET_MISSING = "--format parquet needs pyarrow: pip install 'checker[parquet]'"


def exported(frame: "pd.DataFrame") -> "pd.DataFrame":
    """The table as files carry it: the columns of FACT_COLUMNS, ``value`` being the value as JSON."""
    return frame.drop(columns=["value"]).rename(columns={"value_json": "value"})


# A cell opening with one of these is a formula to a spreadsheet ("=HYPERLINK(…)" in a scraped quote would
# run when an editor opens the CSV): OWASP's CSV injection advice is to prefix such a cell with a quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: object) -> object:
    """A text cell that no spreadsheet reads as a formula (other values unchanged)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def inert_cells(frame: "pd.DataFrame") -> "pd.DataFrame":
    """``frame`` with every text cell made inert (:func:`inert_cell`), for CSV export."""
    from pandas.api.types import is_numeric_dtype

    frame = frame.copy()
    for column in frame.columns:
        if not is_numeric_dtype(frame[column]):          # text columns (object or pandas' string dtype)
            frame[column] = frame[column].map(inert_cell)
    return frame


def to_csv(frame: "pd.DataFrame") -> str:
    """The table (:func:`fact_table`) as CSV text, cells that look like formulas made inert."""
    return inert_cells(exported(frame)).to_csv(index=False)


def to_parquet(frame: "pd.DataFrame") -> bytes:
    """The table (:func:`fact_table`) as a Parquet file, the same columns as the CSV with their types kept
    (offsets, lines and columns are integers). Needs pyarrow (the ``parquet`` extra); without it a
    :class:`~checker.errors.CheckerError` says how to install it."""
    try:
        import pyarrow  # noqa: F401  (pandas writes Parquet through it)
    except ImportError:
        raise CheckerError(PARQUET_MISSING) from None
    buffer = io.BytesIO()
    exported(frame).reset_index(drop=True).to_parquet(buffer, index=False, engine="pyarrow")
    return buffer.getvalue()
