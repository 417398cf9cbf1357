"""Draw a fresh test set of official sentences from documents no earlier set touched.

Why: the first test split (``../official.jsonl``) has been scored more than once while the codebook
was tuned, so its figures are no longer an unseen check. This set is drawn after that tuning, coded
blind by two coders with the same rules (``../CODING_RULES.md``), and scored once.

The rule (``random.Random(SEED)``, helpers from ``../draw_official.py``):

* **English, UN General Debate 2019-2023**, the years nearest the team's 2024 check: per year 6
  speeches whose document is not in ``../official.jsonl`` (1 by a P5 member, 5 round-robin over the
  cells continent x developed/developing), 10 sentences of 6-70 words each, spread over the thirds.
* **Russian, kremlin.ru**: 34 documents the first draw left out, 8 sentences of 5-70 words each.
  The first draw took every document with the President's own words and every RuSentNE sentence
  its rule admits, so these are press-office readouts of talks and calls and other officials' turns:
  official statements in the third person, as ministries publish them.

``holdout2`` (drawn 30 Nov 2026, after the codebook was tuned with ``holdout`` read once) takes the
same rule with its own seed, leaving out every document of ``official.jsonl`` and ``holdout``:
30 speeches of 2019-2023 and 30 more kremlin.ru documents. ``holdout3`` (drawn 30 Nov 2026 before
round 8, when ``holdout2`` had been read once) leaves out all three earlier sets, by the same rule;
``holdout4`` (before round 9) leaves out all four. ``holdout5`` (before round 10) leaves out all
five and is English only: no kremlin.ru document with three usable sentences was left; ``holdout6``
(before round 11) leaves out all six, English only too; ``holdout7`` (1 Dec 2026, while round 12 ran)
leaves out all seven, English only too; ``holdout8`` (1 Dec 2026, after round 13 retrained the classifier
with holdout7) leaves out all eight, English only too; ``holdout9`` (1 Dec 2026, drawn right after holdout8 was
scored, with no change to the codebook or the models in between) leaves out all nine, English only too;
``holdout10`` (1 Dec 2026, drawn before round 15 changed anything, when holdout8 and holdout9 had been read
once each) leaves out all ten, English only too; ``holdout11`` (1 Dec 2026, drawn right after holdout10 was scored,
before the review of round 15 changed anything) leaves out all eleven, English only too; ``holdout12`` (1 Dec 2026,
drawn before round 16 changed anything, when holdout10 and holdout11 had been read once each) leaves out all twelve,
English only too; ``holdout13`` (2 Dec 2026, drawn before codebook round 25 changed anything, when holdout12 had
been read once) leaves out all thirteen, English only too; ``holdout14`` (2 Dec 2026, drawn
after codebook round 26 had read holdout13's errors, before anything read this set) leaves out all fourteen, English only too; ``holdout15`` (2 Dec 2026, drawn
before codebook round 28 changed anything, when holdout14 had been read once) leaves out all fifteen, English only too;
``holdout16`` (2 Dec 2026, drawn before codebook round 30 changed anything, when holdout15 had been read once) leaves
out all sixteen, English only too; ``holdout17`` (2 Dec 2026, drawn right after holdout16 was coded, before anything
read either) leaves out all seventeen, English only too.

Every row gets ``split = "test"`` so ``--split test`` scores it.
Usage: python data/gold/official/holdout/draw.py ../shared/corpora [holdout|holdout2|...|holdout17] > data/gold/official/NAME/sentences.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import draw_official as base  # noqa: E402

from analysis.corpus.kremlin import document_kind  # noqa: E402
from analysis.countries import P5  # noqa: E402

YEARS = range(2019, 2024)
# Each set's seed, kremlin.ru document count and id prefix follow its place in this list; it leaves out the main
# corpus and every set before it (documents and sentences).
SETS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
        "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17")
KREMLIN_DOCUMENTS = {"holdout": 34, "holdout2": 30, "holdout3": 30, "holdout4": 30}  # later sets: none with 3 usable sentences left
# name: (seed, kremlin documents, sets whose documents and sentences it leaves out, id prefix)
DRAWS = {name: (20261201 + n, KREMLIN_DOCUMENTS.get(name, 0),
                ("official.jsonl",) + tuple(f"{earlier}/official.jsonl" for earlier in SETS[:n]),
                "h" + name.removeprefix("holdout"))
         for n, name in enumerate(SETS)}


def english(root: Path, rng: random.Random, used: set[str]) -> list[dict]:
    meta = base.speeches(root, exclude=used)
    chosen = []
    for _, group in meta[meta["year"].isin(YEARS)].groupby("year", sort=True):
        p5 = min(1, int(group["country"].isin(P5).sum()))  # holdout2: 2022 has no P5 speech left
        chosen += base.pick_speeches(group, rng, p5, 6 - p5)
    return base.speech_rows(chosen, rng, 10, lambda year: "en 2019-2023")


def kremlin(root: Path, rng: random.Random, used: set[str], count: int) -> list[dict]:
    """Sentences of kremlin.ru documents the first draw left out. Every document with the
    President's own words was in it, so these are the press office's readouts of talks and calls
    (what the officials said, reported in the third person) and other officials' turns."""
    docs = []
    for line in (root / "kremlin_ru" / "statements.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        sentences = base.russian_sentences(doc["text"].split("\n"))
        if doc["id"] not in used and len(sentences) >= 3:
            docs.append((doc, sentences))
    rows = []
    for doc, sentences in sorted(rng.sample(docs, min(count, len(docs))), key=lambda d: d[0]["id"]):
        kind = document_kind(doc["title"])
        rows += [{**s, "document_id": doc["id"], "source": "kremlin_ru", "language": "ru",
                  "year": int(doc["date"][:4]), "country": "RUS", "group": "P5", "region": "Europe",
                  "doc_kind": kind, "url": doc["url"], "stratum": f"ru kremlin {kind}"}
                 for s in base.spread(sentences, 8, rng, 5, 70)]
    return rows


def main(root: Path, name: str) -> None:
    seed, documents, earlier, prefix = DRAWS[name]
    repo = HERE.parents[3]
    rows = [json.loads(line) for path in earlier for line in (HERE.parent / path).open(encoding="utf-8")]
    used = {r["document_id"] for r in rows}
    seen = {r["text"] for r in rows} | {json.loads(line)["text"] for line in
                                        (repo / "data/gold/dev_sample.jsonl").open(encoding="utf-8")}
    rng = random.Random(seed)
    rows = english(root, rng, used) + kremlin(root, rng, used, documents)
    base.emit(rows, seen, lambda r, n: f"{prefix}{r['language']}-{n:04d}", split="test")

if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "holdout")
