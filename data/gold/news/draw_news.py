"""Draw the sentences of the news-attribution gold set (texts only: who speaks is coded blind).

The rule, stated so anyone can redraw the same sentences from the same corpora:

* **Wikinews** (``news_quotes``, CC BY 2.5): 40 Russian and 40 English articles, drawn with
  ``random.Random(SEED)`` from each language's sorted file list.
* **kremlin.ru** (``kremlin_ru``, CC BY 4.0): every press-office readout (no transcript turns,
  a speech verb, under 4,000 characters; 16 documents) and 4 short transcripts (turns written
  ``В.Путин:``, under 6,000 characters), drawn with the same generator.
* **The seed article** (``data/seed``, Vietnam News Agency, Russian edition).

Each article body (the text after the front matter, or a kremlin record's ``text``) is cut
into sentences by ``analysis.segmentation.split_sentences``; ``start``/``end`` are character
offsets into that body, so any attribution output can be aligned to a gold sentence by where
it lies. Documents go whole to one split, 60/40 dev/test within each source, by
``analysis.validation.split_by_document`` with ``SEED``. Nothing here runs the attribution.

Usage: python data/gold/news/draw_news.py ../shared/corpora > data/gold/news/sentences.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pandas as pd

from analysis.corpus.textdir import split_front_matter
from analysis.segmentation import split_sentences
from analysis.validation import split_by_document

SEED = 20261130
WIKINEWS_PER_LANGUAGE = 40
TRANSCRIPTS = 4
TURN = re.compile(r"^[А-ЯЁ]\.\s?[А-ЯЁ][а-яё-]+:", re.M)
SPEECH_VERB = re.compile(r"заявил|сказал|отметил|подчеркнул|сообщил")
SEED_ARTICLE = Path(__file__).resolve().parents[2] / "seed" / "hanoi_convention_2025-10-26.txt"


def wikinews(corpora: Path, rng: random.Random) -> list[dict]:
    """Articles from news_quotes: (doc_id, source, path, language, body)."""
    articles = []
    for language in ("ru", "en"):
        files = sorted((corpora / "news_quotes" / language).glob("*.txt"))
        articles += [wikinews_article(corpora, file, language) for file in sorted(rng.sample(files, WIKINEWS_PER_LANGUAGE))]
    return articles


def wikinews_article(corpora: Path, file: Path, language: str) -> dict:
    """One news_quotes article: (doc_id, source, path, language, url, body)."""
    meta, body, _ = split_front_matter(file.read_text(encoding="utf-8"))
    return {"doc_id": str(meta["doc_id"]), "source": f"wikinews_{language}", "path": str(file.relative_to(corpora)),
            "language": language, "url": meta.get("source"), "body": body}


def kremlin(corpora: Path, rng: random.Random) -> list[dict]:
    """Every short press-office readout and a few short transcripts from kremlin_ru."""
    path = corpora / "kremlin_ru" / "statements.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    readouts = [r for r in records if not TURN.search(r["text"]) and SPEECH_VERB.search(r["text"])
                and len(r["text"]) < 4000]
    transcripts = sorted((r for r in records if TURN.search(r["text"]) and len(r["text"]) < 6000),
                         key=lambda r: r["id"])
    chosen = readouts + rng.sample(transcripts, min(TRANSCRIPTS, len(transcripts)))
    return [{"doc_id": r["id"], "source": "kremlin", "path": f"kremlin_ru/statements.jsonl#{r['id']}",
             "language": "ru", "url": r["url"], "body": r["text"]} for r in sorted(chosen, key=lambda r: r["id"])]


def seed_article() -> dict:
    meta, body, _ = split_front_matter(SEED_ARTICLE.read_text(encoding="utf-8"))
    return {"doc_id": str(meta["doc_id"]), "source": "seed", "path": "data/seed/" + SEED_ARTICLE.name,
            "language": "ru", "url": meta.get("source"), "body": body}


def sentence_rows(article: dict) -> list[dict]:
    body = article["body"]
    rows = []
    for index, (start, end) in enumerate(split_sentences(body, article["language"])):
        rows.append({"id": f"{article['doc_id']}:{index:03d}", "doc_id": article["doc_id"],
                     "source": article["source"], "path": article["path"], "url": article["url"],
                     "language": article["language"], "sentence_index": index,
                     "start": start, "end": end, "text": body[start:end]})
    return rows


def main(corpora: Path) -> None:
    rng = random.Random(SEED)
    articles = wikinews(corpora, rng) + kremlin(corpora, rng) + [seed_article()]
    rows = [row for article in articles for row in sentence_rows(article)]
    table = pd.DataFrame(rows)
    splits = split_by_document(table, document="doc_id", stratify="source",
                               fractions={"dev": 0.6, "test": 0.4}, seed=SEED)
    table = table.merge(splits[["doc_id", "split"]], on="doc_id", how="left")
    for row in table.to_dict("records"):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
