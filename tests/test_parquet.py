"""``checker facts --format parquet``: the fact table as a Parquet file (the `parquet` extra, pyarrow)."""

import io
import sys

import pandas as pd

from conftest import invoke, one_line_error


def test_parquet_holds_the_csv_table_with_typed_columns(tmp_path):
    out = tmp_path / "facts.parquet"
    assert invoke("facts", "--format", "parquet", "-o", out).exit_code == 0
    table = pd.read_parquet(out)
    csv = pd.read_csv(io.StringIO(invoke("facts", "--format", "csv").stdout))
    assert list(table.columns) == list(csv.columns)
    assert table.astype(str).values.tolist() == csv.astype(str).values.tolist()
    assert all(str(table[c].dtype) == "int64" for c in ("start", "end", "line", "col"))


def test_parquet_of_one_fact(tmp_path):
    out = tmp_path / "dates.parquet"
    assert invoke("facts", "--format", "parquet", "--fact", "date", "-o", out).exit_code == 0
    assert set(pd.read_parquet(out)["fact"]) == {"date"}


def test_parquet_is_written_to_a_file_only():
    result = invoke("facts", "--format", "parquet")
    assert result.exit_code == 2 and "give -o FILE" in result.stderr


def test_without_pyarrow_one_line_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)          # import pyarrow raises ImportError
    line = one_line_error(invoke("facts", "--format", "parquet", "-o", tmp_path / "f.parquet"))
    assert line == "checker: error: --format parquet needs pyarrow: pip install 'checker[parquet]'"
    assert not (tmp_path / "f.parquet").exists()

