"""The fact table: one row per claim, as a pandas DataFrame (pandas is imported when a table is made, not at
start-up)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable

from checker.model.claims import Claim

if TYPE_CHECKING:
    import pandas as pd

FACT_COLUMNS = ["story", "source", "fact", "text", "value", "start", "end", "line", "col"]


def fact_table(claims: Iterable[Claim]) -> "pd.DataFrame":
    """The fact table: one row per claim, the value both as readable text and as JSON. pandas is imported
    here, not at start-up: it costs half a second and only the fact table needs it."""
    import pandas as pd

    rows = [{
        "story": c.story, "source": c.source, "fact": c.fact, "text": c.text, "value": c.value.display(),
        "value_json": json.dumps(c.value.to_dict(), sort_keys=True, ensure_ascii=False),
        "start": c.start, "end": c.end, "line": c.line, "col": c.col,
    } for c in claims]
    return pd.DataFrame(rows, columns=FACT_COLUMNS + ["value_json"])
