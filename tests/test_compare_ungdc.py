"""Keyness, contrasts and select() on real General Debate speeches (sessions 77-78, 2022-2023).

The asserted differences are ones the data was chosen or built to show: a group defined by
talking about sovereignty has "sovereignty" among its distinctive terms; the P5 name
themselves; developed countries speak of Russia's war in 2022-2023; developing countries
carry the "developing countries" frame more often than developed ones.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.compare import contrast_frames, keyness, speaker_table, term_contexts, term_counts, top_terms
from analysis.countries import add_country_groups
from analysis.schema import STATEMENT_COLUMNS, conform
from analysis.selection import select

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def speeches(shared_corpora):
    rows = []
    for session in ("Session 77 - 2022", "Session 78 - 2023"):
        for path in sorted((shared_corpora / "ungdc" / "TXT" / session).glob("*.txt")):
            if not path.name.startswith("._"):
                country, _, year = path.stem.split("_")
                rows.append((path.stem, path.read_text(encoding="utf-8", errors="replace"), country, int(year)))
    table = pd.DataFrame(rows, columns=["statement_id", "text", "country", "year"])
    return add_country_groups(conform(table.assign(doc_id=table["statement_id"], language="en"), STATEMENT_COLUMNS))


def test_a_group_built_to_use_sovereignty_has_it_as_a_distinctive_term(speeches):
    built = speeches.assign(sovereigntist=speeches["text"].str.count(r"\bsovereignty\b") >= 3)
    table = keyness(term_counts(built, "sovereigntist"), True)
    assert "sovereignty" in top_terms(table, 5)
    row = table.set_index("term").loc["sovereignty"]
    assert row["n_target"] >= 3 * built["sovereigntist"].sum() and row["p_g2"] < 1e-10
    lines = term_contexts(built[built["sovereigntist"]], ["sovereignty"], per_term=3)
    assert len(lines) == 3 and lines["match"].str.lower().eq("sovereignty").all()


def test_p5_and_development_groups_differ_as_known(speeches):
    p5 = keyness(term_counts(speeches, "p5"), True)
    assert {"china", "france", "russia"} <= set(top_terms(p5, 10))
    assert {"sustainable", "climate"} <= set(top_terms(p5, 15, direction="reference"))
    development = keyness(term_counts(speeches, "development_group"), "developed", "developing")
    assert {"russia", "ukraine", "aggression"} <= set(top_terms(development, 10))
    assert "development" in top_terms(development, 10, direction="reference")


def test_developing_countries_frame_is_more_frequent_in_developing_countries(speeches):
    from analysis import detect_frames, segment

    session = select(speeches, years=2023)
    sentences = segment(session)
    hits = detect_frames(sentences)
    table = contrast_frames(hits, sentences, session, "development_group", "developing", "developed",
                            n_boot=500, n_perm=2000).set_index("frame")
    row = table.loc["developing_countries"]
    assert row["share_target"] > row["share_reference"] and row["ci_low"] > 0 and row["p_adjusted"] < 0.01
    assert row["n_target"] + row["n_reference"] == len(select(sentences, session, group=["developed", "developing"]))
    speakers = speaker_table(session, sentences, hits, by="country", terms=3).set_index("country")
    assert speakers.loc["CHN", "statements"] == 1 and "china" in speakers.loc["CHN", "distinctive_terms"]
