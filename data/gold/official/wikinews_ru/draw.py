"""Draw a held-out Russian set of official statements as Russian Wikinews reports them.

Why: every Russian official-speech set so far comes from kremlin.ru or RuSentNE, and none of that text is left unread,
so the Russian vocabulary of the later codebook rounds had no unseen check. Russian Wikinews articles that quote
officials (``../shared/corpora/news_quotes``, CC BY 2.5) were never read for frames: only for attribution, where each
sentence was coded with who speaks (``data/gold/news``). The sentences a named official speaks are official statements
as a news reader meets them: reported speech ("заявил министр"), quotations and paraphrase.

The rule (``random.Random(SEED)``): every Russian Wikinews sentence of the news gold sets whose coded speaker is a
person or body (not the narrator), of 5-70 words, not in any earlier official-speech gold file; per article up to 4 of them,
spread over the article by ``draw_official.spread``. The sentence before it in the article is its context. Articles
go whole to ``dev`` or ``test``, half each (``draw_official.assign_splits`` with ``SEED``): the set was scored
once whole on codebook 2026.13, then a Russian round may read dev's errors, and test is read once after it.

Drawn 1 Dec 2026, before codebook round 16 changed anything.
Usage: python data/gold/official/wikinews_ru/draw.py > data/gold/official/wikinews_ru/sentences.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import draw_official as base  # noqa: E402


SEED = 20261221
# the official sets drawn before this one that hold Russian sentences (holdout5 and later are English only)
EARLIER = ("official.jsonl", "holdout/official.jsonl", "holdout2/official.jsonl", "holdout3/official.jsonl",
           "holdout4/official.jsonl")
PER_ARTICLE = 4
NEWS = HERE.parents[1] / "news"


def main() -> None:
    coded = {json.loads(line)["text"] for name in EARLIER for line in (HERE.parent / name).open(encoding="utf-8")}
    articles: dict[str, list[dict]] = defaultdict(list)
    for path in [NEWS / "gold.jsonl"] + sorted(NEWS.glob("holdout*/gold.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row["language"] == "ru" and row["source"] == "wikinews_ru":
                articles[row["doc_id"]].append(row)
    rng = random.Random(SEED)
    rows = []
    for doc_id in sorted(articles):
        article = sorted(articles[doc_id], key=lambda r: r["sentence_index"])
        texts = [" ".join(r["text"].split()) for r in article]
        # spread() draws among "good" sentences; a narrator's or an already coded sentence is made unusable
        usable = [t if r.get("speaker") not in (None, "", "narrator") and r["text"] not in coded else "-"
                  for r, t in zip(article, texts)]
        for s in base.spread(usable, PER_ARTICLE, rng, 5, 70):
            i = s["sentence_index"]
            rows.append({**s, "text": texts[i], "prev_text": texts[i - 1] if i else "", "document_id": doc_id,
                         "source": "wikinews_ru", "language": "ru", "year": None, "country": None, "group": None,
                         "region": None, "doc_kind": "news", "url": article[i].get("url"),
                         "stratum": "ru wikinews official"})
    base.assign_splits(rows, {"dev": 0.5, "test": 0.5}, SEED, stratify=None)
    base.emit(rows, set(coded), lambda r, n: f"wnru-{n:04d}")


if __name__ == "__main__":
    main()
