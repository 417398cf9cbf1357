"""Score attribution on the team-written outlet-style articles (``articles.yaml``; see its header for what the labels
mean and why the figure is a regression check, not an accuracy estimate).

    python data/gold/news/outlet_styles/check.py            # sentences right, per language
    python data/gold/news/outlet_styles/check.py --errors   # and each wrong sentence
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import yaml

from analysis.corpus.news import article_sentences

HERE = Path(__file__).resolve().parent


def agrees(expected: str | None, row) -> bool:
    """Whether one predicted sentence row matches its label."""
    name = None if pd.isna(row.speaker) else row.speaker
    if expected == "?":
        return True
    if expected is None:
        return name is None and (pd.isna(row.role) or row.role == "narrator")
    if expected.startswith("ORG:"):
        return row.speaker_kind == "institution" and expected[4:].lower() in (name or "").lower()
    if expected == "[":
        return name is None and not pd.isna(row.role) and row.role != "narrator"
    return name in expected.split("|")


def main(show_errors: bool) -> None:
    totals: dict[str, list[int]] = {}
    for article in yaml.safe_load((HERE / "articles.yaml").read_text(encoding="utf-8")):
        table = article_sentences(article["body"], {"doc_id": article["id"], "language": article["language"]})
        if len(table) != len(article["speakers"]):
            raise SystemExit(f"{article['id']}: {len(table)} sentences, {len(article['speakers'])} labels; relabel it")
        right = [agrees(e, row) for e, row in zip(article["speakers"], table.itertuples())]
        count = totals.setdefault(article["language"], [0, 0])
        count[0], count[1] = count[0] + sum(right), count[1] + len(right)
        for ok, expected, row in zip(right, article["speakers"], table.itertuples()):
            if show_errors and not ok:
                got = None if pd.isna(row.speaker) else row.speaker
                print(f"{article['id']}.{row.sentence_index}: want {expected!r}, got {got!r} ({row.cue}) :: "
                      f"{row.text[:100]}")
    for language, (right, total) in sorted(totals.items()):
        print(f"{language}: {right}/{total} sentences ({right / total:.3f})")


if __name__ == "__main__":
    main("--errors" in sys.argv[1:])
