"""run --where/--mode selects statements; every table comes as BOM CSV too; --excel writes a README'd workbook."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.exports import _sheet_names, describe, workbook_bytes

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    code = main(["run", str(SEED), "--out", str(out), "--steps", "load,segment,frames,tables", "--quiet",
                 "--cache-dir", str(out / "cache"), "--mode", "direct,reported", "--where", "year >= 2015",
                 "--excel"])
    assert code == 0
    return out


def test_selection_reaches_every_table(seed_run):
    statements = pd.read_parquet(seed_run / "statements.parquet")
    assert set(statements["mode"]) == {"direct", "reported"}
    sentences = pd.read_parquet(seed_run / "sentences.parquet")
    assert set(sentences["statement_id"]) <= set(statements["statement_id"])
    summary = json.loads((seed_run / "summary.json").read_text())
    selection = summary["selection"]
    assert selection["filters"] == {"where": "year >= 2015", "mode": ["direct", "reported"]}
    assert selection["selected"] == len(statements) < selection["loaded"]


def test_every_parquet_table_has_a_bom_csv_twin(seed_run):
    tables = [p for p in seed_run.rglob("*.parquet") if "cache" not in p.parts]
    assert {"statements", "sentences", "frame_hits"} <= {p.stem for p in tables}
    assert {"frame_shares_by_speaker", "frame_shares_by_language", "speakers"} <= {p.stem for p in tables}
    for parquet in tables:
        raw = parquet.with_suffix(".csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), parquet
        assert len(pd.read_csv(parquet.with_suffix(".csv"), encoding="utf-8-sig")) == len(pd.read_parquet(parquet))
    text = (seed_run / "statements.csv").read_text(encoding="utf-8-sig")
    assert "Лыонг Там Куанг" in text


def test_workbook_readme_names_every_table(seed_run):
    sheets = pd.read_excel(seed_run / "tables.xlsx", sheet_name=None)
    readme = sheets["README"]
    files = set(readme["file"].dropna())
    assert {"statements.csv", "sentences.csv", "tables/speakers.csv"} <= files
    for row in readme[readme["sheet"] != "(note)"].itertuples():
        assert row.sheet in sheets and len(sheets[row.sheet]) == row.rows
    speakers = sheets["speakers"]
    assert "Лыонг Там Куанг" in set(speakers["speaker"])


def test_large_tables_and_long_names_in_the_workbook(monkeypatch):
    import io

    from analysis import exports

    big = pd.DataFrame({"x": range(5)})
    monkeypatch.setattr(exports, "EXCEL_MAX_ROWS", 3)
    data = workbook_bytes({"sentences": big, "statements": big.head(2).assign(text=["a" * 40_000, "b"])})

    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None)
    assert "sentences" not in sheets and "too many rows" in sheets["README"].iloc[0]["what it is"]
    assert len(sheets["statements"]["text"].iloc[0]) == exports.EXCEL_MAX_CHARS
    names = _sheet_names(["tables/frame_shares_by_development_group_year", "tables/frame_shares_by_development_group_yeaX"])
    assert len(set(names.values())) == 2 and all(len(n) <= 31 for n in names.values())
    assert "by development_group and year" in describe("tables/sentiment_by_development_group_year")
