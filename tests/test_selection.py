"""select(): every filter on a table whose answer is known, and on the seed's news statements."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import AnalysisError, SchemaError
from analysis.selection import select

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"


def statements() -> pd.DataFrame:
    return pd.DataFrame({
        "statement_id": ["a", "b", "c", "d", "e"],
        "text": ["one", "two", "three", "four", "five"],
        "speaker": ["Lavrov", "Blinken", None, "Wang Yi", "Guterres"],
        "role": ["Minister", "Secretary of State", "narrator", "Minister", "Secretary-General"],
        "organization": ["MID", "State Department", "TASS", "MFA", "UN"],
        "country": ["RUS", "usa", None, "CHN", "BRA"],
        "date": pd.to_datetime(["2015-03-01", "2019-09-24", None, "2023-09-22", "2014-12-31"]),
        "year": pd.array([2015, 2019, 2020, 2023, 2014], dtype="Int64"),
        "language": ["ru", "en", "ru", "en", "en"],
        "mode": ["direct", "reported", "narration", "direct", "continued"],
    })


def ids(table: pd.DataFrame) -> list[str]:
    return table["statement_id"].tolist()


def test_each_filter():
    s = statements()
    assert ids(select(s, speaker="Lavrov")) == ["a"]
    assert ids(select(s, speaker=["Lavrov", "Wang Yi"])) == ["a", "d"]
    assert ids(select(s, role="Minister")) == ["a", "d"]
    assert ids(select(s, organization="UN")) == ["e"]
    assert ids(select(s, country=["usa", "rus"])) == ["a", "b"]  # codes match case-insensitively
    assert ids(select(s, language="en")) == ["b", "d", "e"]
    assert ids(select(s, years=2019)) == ["b"]
    assert ids(select(s, years=(2015, 2020))) == ["a", "b", "c"]
    assert ids(select(s, years=[2014, 2023])) == ["d", "e"]
    assert ids(select(s, mode=["direct", "reported"])) == ["a", "b", "d"]
    assert ids(select(s, exclude_narrator=True)) == ["a", "b", "d", "e"]
    assert ids(select(s, speaker="Lavrov", language="en")) == []


def test_groups_come_from_the_country_table_and_are_never_guessed():
    s = statements()
    assert ids(select(s, group="p5")) == ["a", "b", "d"]
    assert ids(select(s, group="non-p5")) == ["e"]  # the statement without a country is in neither
    assert ids(select(s, group="developing")) == ["d", "e"]
    assert ids(select(s, group=["developed"])) == ["a", "b"]
    assert ids(select(s, group="g77")) == ["d", "e"]
    with pytest.raises(AnalysisError, match="choose from"):
        select(s, group="brics")


def test_date_range_counts_undated_statements():
    s = statements()
    with pytest.warns(UserWarning, match="1 undated statement"):
        chosen = select(s, start="2015-01-01", end="2020-12-31")
    assert ids(chosen) == ["a", "b"]


def test_where_is_a_query_over_columns_and_groups():
    s = statements()
    assert ids(select(s, where="year >= 2019 and p5")) == ["b", "d"]
    assert ids(select(s, where="development_group == 'developing'")) == ["d", "e"]
    with pytest.raises(AnalysisError, match="Columns"):
        select(s, where="yeer > 2000")
    with pytest.raises(AnalysisError, match="not a condition"):
        select(s, where="year + 1")


def test_sentences_and_hits_are_selected_through_their_statements():
    s = statements()
    sentences = pd.DataFrame({"statement_id": ["a", "a", "b", "c", "e"], "sentence_id": ["a:0", "a:1", "b:0", "c:0", "e:0"]})
    chosen = select(sentences, s, group="p5", exclude_narrator=True)
    assert chosen["sentence_id"].tolist() == ["a:0", "a:1", "b:0"]
    assert list(chosen.columns) == ["statement_id", "sentence_id"]
    with pytest.raises(SchemaError, match="statement_id"):
        select(pd.DataFrame({"x": [1]}), s, speaker="Lavrov")


def test_missing_columns_say_which():
    s = statements().drop(columns=["mode"])
    with pytest.raises(SchemaError, match="news corpora"):
        select(s, mode="direct")
    with pytest.raises(AnalysisError, match="unknown attribution mode"):
        select(statements(), mode="quoted")


def test_seed_direct_quotes_without_narration():
    from analysis import load_corpus

    loaded = load_corpus(SEED).statements
    direct = select(loaded, mode="direct")
    assert len(direct) >= 2 and direct["speaker"].notna().all() and (direct["mode"] == "direct").all()
    spoken = select(loaded, exclude_narrator=True)
    assert len(spoken) == len(loaded) - (loaded["mode"] == "narration").sum()
    assert ids(select(loaded, speaker="Джон Брандолино")) == ids(loaded[loaded["speaker"] == "Джон Брандолино"])
