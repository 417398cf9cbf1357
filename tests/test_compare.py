"""Keyness, contrasts and the speaker table on hand-made tables whose answers are known."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from analysis.compare import (
    benjamini_hochberg,
    compare_samples,
    contrast_frames,
    contrast_sentiment,
    keyness,
    keyness_by,
    keyness_html,
    plot_keyness,
    speaker_table,
    term_contexts,
    term_counts,
    top_terms,
)
from analysis.errors import AnalysisError, SchemaError


def speeches() -> pd.DataFrame:
    """Group A talks sovereignty, group B talks climate; both salute the President."""
    a = ["Mr. President, we defend the sovereignty of nations. Sovereignty matters to sovereign nations."] * 6
    b = ["Mr. President, the climate crisis threatens our island. Climate finance for the nation."] * 6
    c = ["Уважаемый председатель, суверенитет государства важен. Мы защищаем суверенитета и суверенитету."] * 3
    texts = a + b + c
    return pd.DataFrame({
        "statement_id": [f"s{i:02d}" for i in range(len(texts))],
        "text": texts,
        "group": ["A"] * 6 + ["B"] * 6 + ["C"] * 3,
        "speaker": ["Ann"] * 6 + ["Bob"] * 6 + [None] * 3,
    })


def test_counts_merge_inflections_and_drop_stop_words_and_boilerplate():
    counts = term_counts(speeches(), "group")
    a = counts[counts["group"] == "A"].set_index("term")["count"]
    assert a["sovereignty"] == 12 and a["nations"] == 12  # "nations" shown for the stem of nation(s)
    assert "sovereign" in a.index and a["sovereign"] == 6
    assert not {"the", "of", "we", "to", "mr", "president"} & set(counts["term"])  # stop words, boilerplate
    c = counts[counts["group"] == "C"].set_index("term")["count"]
    assert c["суверенитет"] == 9  # суверенитет, суверенитета, суверенитету: one lemma
    assert not {"уважаемый", "председатель", "мы"} & set(c.index)
    b = counts[counts["group"] == "B"].set_index("term")
    assert b.loc["climate", "count"] == 12 and b.loc["climate", "docs"] == 6


def test_null_groups_are_counted_and_left_out_of_the_default_reference():
    table = speeches().assign(group=lambda d: d["group"].where(d["group"] != "C"))
    counts = term_counts(table, "group")
    assert counts["group"].isna().any()
    k = keyness(counts, "A", min_count=1)
    assert "суверенитет" not in set(k["term"])  # only in the null group


def test_keyness_scores_match_scipy_and_the_monroe_formula():
    counts = term_counts(speeches(), "group")
    k = keyness(counts, "A", "B", min_count=1, prior=0.1).set_index("term")
    n_t = counts.loc[counts["group"] == "A", "count"].sum()
    n_r = counts.loc[counts["group"] == "B", "count"].sum()
    for term in ("sovereignty", "climate", "nations"):
        a, b = k.loc[term, "n_target"], k.loc[term, "n_reference"]
        observed = np.array([[a, b], [n_t - a, n_r - b]])
        chi2 = stats.chi2_contingency(observed, correction=False)[0]
        g2 = stats.chi2_contingency(observed, correction=False, lambda_="log-likelihood")[0]
        assert abs(k.loc[term, "chi2"]) == pytest.approx(chi2)
        assert abs(k.loc[term, "g2"]) == pytest.approx(g2)
        assert np.sign(k.loc[term, "chi2"]) == np.sign(a / n_t - b / n_r)
        alpha = 0.1 * (a + b)
        alpha0 = 0.1 * (n_t + n_r)
        delta = np.log((a + alpha) / (n_t + alpha0 - a - alpha)) - np.log((b + alpha) / (n_r + alpha0 - b - alpha))
        assert k.loc[term, "log_odds"] == pytest.approx(delta)
        assert k.loc[term, "z"] == pytest.approx(delta / np.sqrt(1 / (a + alpha) + 1 / (b + alpha)))
    assert k.loc["sovereignty", "direction"] == "target" and k.loc["climate", "direction"] == "reference"
    assert k.loc["sovereignty", "per_10k_target"] == pytest.approx(1e4 * 12 / n_t)


def test_keyness_ranks_target_terms_first_and_applies_min_count():
    k = keyness(term_counts(speeches(), "group"), "A", "B", min_count=7)
    assert top_terms(k, 2) == ["sovereignty", "nations"] or top_terms(k, 1) == ["sovereignty"]
    assert top_terms(k, 1, direction="reference") == ["climate"]
    assert (k["n_target"] + k["n_reference"] >= 7).all()
    assert "sovereign" not in set(k["term"])  # 6 occurrences < min_count
    assert k.attrs["target"] == "group = A" and k.attrs["reference"] == "group = B"


def test_prior_keeps_a_rare_lucky_term_below_a_frequent_one():
    rows = [("T", "alpha " * 50 + "common " * 950), ("R", "alpha " * 10 + "common " * 990),
            ("T", "zeta " * 2), ("R", "filler " * 3)]
    counts = term_counts(pd.DataFrame(rows, columns=["g", "text"]), "g")
    k = keyness(counts, "T", min_count=1).set_index("term")
    assert k.loc["zeta", "n_reference"] == 0
    assert k.loc["alpha", "z"] > k.loc["zeta", "z"] > 0


def test_keyness_errors_name_the_fix():
    counts = term_counts(speeches(), "group")
    with pytest.raises(AnalysisError, match="groups are"):
        keyness(counts, "Z")
    with pytest.raises(AnalysisError, match="sort must be"):
        keyness(counts, "A", sort="pmi")
    with pytest.raises(SchemaError, match="add_country_groups"):
        term_counts(speeches(), "p5")


def test_keyness_by_period_stacks_one_table_per_period():
    table = speeches().assign(decade=[1990, 2000] * 7 + [2000])
    k = keyness_by(term_counts(table, ["decade", "group"]), "decade", "A", "B", min_count=1)
    assert list(k.columns[:2]) == ["decade", "term"]
    assert set(k["decade"]) == {1990, 2000}
    assert (k.groupby("decade")["term"].first() == "sovereignty").all()


def test_contexts_show_every_inflected_form_of_a_term():
    lines = term_contexts(speeches(), ["nations", "суверенитет"], per_term=10, columns=["group"])
    assert set(lines.loc[lines["term"] == "nations", "match"]) == {"nations"}
    assert set(lines.loc[lines["term"] == "суверенитет", "match"]) == {"суверенитет", "суверенитета", "суверенитету"}
    row = lines.iloc[0]
    assert row["left"].endswith("the sovereignty of ") and row["statement_id"] == "s00" and row["group"] == "A"


def test_plot_keyness_draws_both_directions_with_counts_and_cyrillic_glyphs():
    k = keyness(term_counts(speeches(), "group"), "C", "A", min_count=1, labels=("Русские", "English"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" would fail here
        fig = plot_keyness(k, n=3)
        fig.canvas.draw()
    ax = fig.axes[0]
    widths = [p.get_width() for p in ax.patches]
    assert any(w > 0 for w in widths) and any(w < 0 for w in widths)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "суверенитет (9 | 0)" in labels and any(label.startswith("sovereignty (0 | 12)") for label in labels)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["more in Русские", "more in English"]


def test_keyness_html_is_offline_escaped_and_carries_contexts():
    hostile = '</script><img src=x onerror=alert(1)>'
    table = pd.DataFrame({"g": ["T"] * 3 + ["R"] * 3,
                          "text": [f"sovereignty matters {hostile}"] * 3 + ["climate matters"] * 3})
    k = keyness(term_counts(table, "g"), "T", min_count=1, labels=("<b>T</b>", "R"))
    contexts = term_contexts(table, k["term"], per_term=2).assign(source="<i>s</i>")
    page = keyness_html(k, contexts, source="source")
    assert "<img" not in page and "<b>T</b>" not in page and "<i>s</i>" not in page
    assert "&lt;b&gt;T&lt;/b&gt;" in page
    import re

    assert not re.findall(r"<script[^>]*\bsrc=", page) and "plotly.js v" in page  # plotly.js embedded, offline
    data = page.split('id="keyness-contexts">')[1].split("</script>")[0]
    assert "\\u003c/script\\u003e\\u003cimg" in data and "sovereignty" in data


def test_binary_contrast_matches_scipy_resampling():
    rng = np.random.default_rng(1)
    x = (rng.random(400) < 0.30).astype(float)
    y = (rng.random(500) < 0.20).astype(float)
    fast = compare_samples(x, y, n_boot=4000, n_perm=4000)
    boot = stats.bootstrap((x, y), lambda a, b, axis=-1: a.mean(axis) - b.mean(axis), n_resamples=4000,
                           method="percentile", random_state=0)
    assert fast["ci_low"] == pytest.approx(boot.confidence_interval.low, abs=0.012)
    assert fast["ci_high"] == pytest.approx(boot.confidence_interval.high, abs=0.012)
    fisher = stats.fisher_exact([[x.sum(), x.size - x.sum()], [y.sum(), y.size - y.sum()]]).pvalue
    assert fast["p_value"] == pytest.approx(fisher, abs=0.01)
    assert fast["effect_size"] == pytest.approx(2 * np.arcsin(np.sqrt(x.mean())) - 2 * np.arcsin(np.sqrt(y.mean())))


def test_contrasts_find_real_differences_and_not_noise():
    rng = np.random.default_rng(2)
    shifted = compare_samples(rng.normal(0.3, 1, 200), rng.normal(0, 1, 200), n_boot=1000, n_perm=1000)
    assert shifted["p_value"] < 0.01 and shifted["ci_low"] > 0 and shifted["effect_size"] > 0.15
    same = compare_samples(rng.normal(0, 1, 200), rng.normal(0, 1, 200), n_boot=1000, n_perm=1000)
    assert same["p_value"] > 0.05 and same["ci_low"] < 0 < same["ci_high"]
    assert np.isnan(compare_samples([1.0], [0.0, 1.0])["p_value"])


def test_benjamini_hochberg_matches_its_definition():
    p = [0.01, 0.04, 0.03, 0.5, np.nan]
    adjusted = benjamini_hochberg(p)
    # sorted 0.01, 0.03, 0.04, 0.5 -> p·m/rank = 0.04, 0.06, 0.0533, 0.5 -> running minimum from the top
    assert adjusted[:4] == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.5])
    assert np.isnan(adjusted[4])


def frame_tables():
    statements = pd.DataFrame({"statement_id": ["a", "b", "c", "d"], "text": ["x"] * 4,
                               "bloc": ["T", "T", "R", "R"], "year": [2000, 2001, 2000, 2001]})
    sentences = pd.DataFrame({
        "statement_id": np.repeat(statements["statement_id"], 20).to_numpy(),
        "sentence_id": [f"{s}:{i:05d}" for s in statements["statement_id"] for i in range(20)],
        "sentiment": np.r_[np.full(40, 0.5), np.full(40, -0.1)],
        "scorer": ["vader"] * 80,
    })
    # T: 10 + 10 of 40 sentences carry "trust"; R: 2 of 40
    chosen = [f"a:{i:05d}" for i in range(10)] + [f"b:{i:05d}" for i in range(10)] + ["c:00000", "d:00000"]
    hits = pd.DataFrame({"statement_id": [c[0] for c in chosen], "sentence_id": chosen, "frame": "trust",
                         "entry": "e", "matched": "trust", "start": 0, "end": 5, "negated": False})
    return statements, sentences, hits


def test_contrast_frames_shares_tests_and_small_group_warning():
    statements, sentences, hits = frame_tables()
    with pytest.warns(UserWarning, match="fewer than 30 sentences"):
        by_year = contrast_frames(hits, sentences, statements, "bloc", "T", frames=["trust", "security"], over="year")
    assert len(by_year) == 4 and by_year["small_n"].all()
    table = contrast_frames(hits, sentences, statements, "bloc", "T", frames=["trust", "security"])
    trust = table.set_index("frame").loc["trust"]
    assert (trust["n_target"], trust["n_reference"]) == (40, 40)
    assert trust["share_target"] == 0.5 and trust["share_reference"] == 0.05
    assert trust["p_value"] < 0.001 and trust["ci_low"] > 0.2 and not trust["small_n"]
    security = table.set_index("frame").loc["security"]
    assert security["difference"] == 0 and security["p_value"] == 1.0
    assert table["p_adjusted"].tolist() == pytest.approx(benjamini_hochberg(table["p_value"]).tolist())
    with pytest.warns(UserWarning, match="fewer than 30 statements"):
        per_statement = contrast_frames(hits, sentences, statements, "bloc", "T", frames=["trust"], unit="statement")
    assert per_statement.loc[0, "n_target"] == 2 and per_statement.loc[0, "share_target"] == 0.5


def test_contrast_sentiment_and_mixed_scorer_warning():
    statements, sentences, _ = frame_tables()
    table = contrast_sentiment(sentences, statements, "bloc", "T")
    assert table.loc[0, "mean_target"] == 0.5 and table.loc[0, "difference"] == pytest.approx(0.6)
    assert table.loc[0, "p_value"] < 0.01
    mixed = sentences.assign(scorer=["vader"] * 40 + ["dostoevsky"] * 40)
    with pytest.warns(UserWarning, match="2 scorers"):
        contrast_sentiment(mixed, statements, "bloc", "T")


def test_speaker_table_counts_shares_and_distinctive_terms():
    statements = speeches()
    from analysis.segmentation import segment

    statements = statements.assign(language=["en"] * 12 + ["ru"] * 3)
    sentences = segment(statements)
    hits = pd.DataFrame({"statement_id": ["s00"], "sentence_id": [sentences["sentence_id"].iloc[0]],
                         "frame": ["sovereignty"], "entry": ["e"], "matched": ["x"], "start": [0], "end": [1],
                         "negated": [False]})
    table = speaker_table(statements, sentences, hits, frames=["sovereignty"], terms=2).set_index("speaker")
    assert table.loc["Ann", "statements"] == 6 and table.loc["Bob", "words"] == 6 * 13
    assert table.loc["Ann", "sentences"] == (sentences["statement_id"] < "s06").sum()
    assert table.loc["Ann", "share_sovereignty"] == pytest.approx(1 / table.loc["Ann", "sentences"])
    assert table.loc["Ann", "distinctive_terms"].startswith("sovereignty")
    assert table.loc["Bob", "distinctive_terms"].startswith("climate")
    unknown = table[table.index.isna()]
    assert len(unknown) == 1 and unknown["statements"].iloc[0] == 3  # kept, not dropped
