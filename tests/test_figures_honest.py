"""Figures that do not mislead: each test here fails on the defect it is named after."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.frames.plots import plot_frame_shares, plot_validation
from analysis.report.figures import plot_lines


def texts(fig) -> str:
    return " ".join(t.get_text() for t in fig.texts)


def test_an_unknown_group_in_the_legend_has_its_bars_drawn():
    shares = pd.DataFrame({
        "p5": pd.array([True, True, False, False, None, None], dtype="boolean"),
        "frame": ["trust", "security"] * 3,
        "n": [10, 10, 20, 20, 5, 5],
        "share": [0.2, 0.4, 0.3, 0.1, 0.5, 0.6],
        "ci_low": [0.1, 0.3, 0.2, 0.05, 0.3, 0.4],
        "ci_high": [0.3, 0.5, 0.4, 0.15, 0.7, 0.8],
    })
    fig = plot_frame_shares(shares, "p5")
    ax = fig.axes[0]
    bars = {c.get_label(): [p.get_height() for p in c.patches] for c in ax.containers if hasattr(c, "patches")}
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "(unknown)" in legend and bars["(unknown)"] == [0.5, 0.6]


def year_table(years, groups=("a",), n=30):
    rows = [(y, g, n, 0.1 * (i % 5) + 0.1, 0.05, 0.6) for g in groups for i, y in enumerate(years)]
    return pd.DataFrame(rows, columns=["year", "group", "n", "mean", "ci_low", "ci_high"]).astype({"year": "Int64"})


def assert_no_line_across_gaps(ax):
    for line in ax.get_lines():
        x, y = np.asarray(line.get_xdata(), dtype=float), np.asarray(line.get_ydata(), dtype=float)
        drawn = ~np.isnan(y)
        joined = drawn[1:] & drawn[:-1]  # segments matplotlib draws
        assert (np.diff(x)[joined] == 1).all(), f"a line joins {x[:-1][joined]} to {x[1:][joined]}"


def test_lines_break_at_years_without_data_and_sparse_years_are_points():
    fig = plot_lines(year_table([2000, 2001, 2005, 2007, 2008]), "year", "mean", hue="group", title="t", ylabel="y")
    ax = fig.axes[0]
    assert_no_line_across_gaps(ax)
    line = ax.get_lines()[0]
    assert line.get_marker() == "o"  # 2005 alone is still visible, as a point
    shares = year_table([1990, 1991, 1995, 1996]).rename(columns={"group": "frame", "mean": "share"})
    assert_no_line_across_gaps(plot_frame_shares(shares, "year").axes[0])


def test_undated_rows_are_counted_and_said_to_be_left_out():
    table = pd.concat([year_table([2000, 2001, 2002]), pd.DataFrame({"year": [pd.NA], "group": ["a"], "n": [42],
                                                                       "mean": [0.3], "ci_low": [0.1], "ci_high": [0.5]})])
    fig = plot_lines(table.astype({"year": "Int64"}), "year", "mean", hue="group", title="t", ylabel="y")
    assert "Not shown: 42 sentences without a year." in texts(fig)
    shares = table.rename(columns={"group": "frame", "mean": "share"})
    shares = pd.concat([shares, shares.assign(frame="trust")]).astype({"year": "Int64"})  # n repeats per frame
    fig = plot_frame_shares(shares, "year")
    assert "Not shown: 42 sentences without a year." in texts(fig)  # counted once, not once per frame
    assert "Not shown" not in texts(plot_lines(year_table([2000, 2001]), "year", "mean", title="t", ylabel="y"))


def test_many_banded_series_become_small_multiples():
    few = plot_lines(year_table(range(2000, 2006), groups="abc"), "year", "mean", hue="group", title="t", ylabel="y")
    assert len(few.axes) == 1 and len(few.axes[0].get_lines()) == 3
    many = plot_lines(year_table(range(2000, 2006), groups="abcdefgh"), "year", "mean", hue="group", title="t",
                      ylabel="y")
    panels = [ax for ax in many.axes if ax.get_visible()]
    assert len(panels) == 8 and all(len(ax.get_lines()) == 1 for ax in panels)
    assert sorted(ax.get_title() for ax in panels) == list("abcdefgh")
    shares = year_table(range(1990, 1996), groups=[f"f{i}" for i in range(8)]).rename(
        columns={"group": "frame", "mean": "share"})
    assert len([ax for ax in plot_frame_shares(shares, "year").axes if ax.get_visible()]) == 8


def test_validation_figure_says_which_sample_it_describes():
    result = {"gold": "/repo/data/gold/dev_sample.jsonl", "sentences": 180,
              "frames": {"codebook": {"per_label": {"trust": {"precision": 0.9, "recall": 0.8, "f1": 0.85, "support": 9}},
                                      "micro": {"f1": 0.85}, "macro": {"f1": 0.85}}}}
    assert "development sample, not your corpus" in texts(plot_validation(result))
    mine = plot_validation({**result, "gold": "/home/me/my_coding.jsonl"})
    assert "my_coding.jsonl" in texts(mine) and "not your corpus" not in texts(mine)


def test_the_pipeline_sentiment_figure_names_its_scorer_and_warns_when_it_pools_several():
    from analysis.pipeline.output_steps import scorer_note

    assert scorer_note(pd.DataFrame({"scorer": ["rostrum-speech"] * 3 + ["unscored"]})) == "scorer: rostrum-speech"
    pooled = scorer_note(pd.DataFrame({"scorer": ["vader", "vader", "rostrum-rusentiment", "unscored"]}))
    assert pooled == "pools 2 scorers (rostrum-rusentiment, vader), not on one scale"
