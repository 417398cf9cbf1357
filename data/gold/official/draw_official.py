"""Draw the sentences of the official-speech gold corpus (texts only: the labels are coded blind).

The rule, stated so anyone can redraw the same sentences from the same corpora:

* **English, UN General Debate (UNGDC, sessions 44-78, 1989-2023).** 40 speeches per period
  (1989-1999, 2000-2009, 2010-2019, 2020-2023): 5 by a P5 member, the other 35 drawn
  round-robin over the cells continent x developed/developing so that every region is present.
  From each speech, 10 sentences of 6-70 words, spread over its beginning, middle and end thirds.
* **Russian, kremlin.ru (``kremlin_ru``).** Only words spoken by an official: documents whose
  ``speaker`` is the President, and in transcripts only the turns marked ``В.Путин:``
  (journalists' questions, other participants and the press office's narration are left out).
  Up to 10 sentences of 5-70 words per document, spread over its thirds.
* **Russian, the seed article** (``data/seed``): every sentence but the source line.
* **Russian, RuSentNE-2023** (``train_data.csv``, ``validation_data_labeled.csv``; news, MIT): up to 230
  distinct sentences that report an official (a speech verb and an official's title or institution in the same sentence).

Every sentence keeps the sentence before it (``prev_text``) as context. Documents go whole to one
split: 60/20/20 train/dev/test within each stratum (language x period, or kind of document),
by ``analysis.validation.split_by_document`` with ``SEED``.

Needs ``country_converter`` (``pip install country_converter``) for the continents.
Usage: python data/gold/official/draw_official.py ../shared/corpora > data/gold/official/sentences.jsonl
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import country_converter
import razdel

from analysis.corpus.kremlin import PRESIDENT, document_kind, president_paragraphs
from analysis.countries import P5, add_country_groups
from analysis.validation import split_by_document
from analysis.segmentation import split_sentences

SEED = 20261130
PERIODS = ((1989, 1999), (2000, 2009), (2010, 2019), (2020, 2023))
FRACTIONS = {"train": 0.6, "dev": 0.2, "test": 0.2}
# The transcript-turn rule of the committed draw (commit 81d7bce). analysis.corpus.kremlin now also
# ends a turn at «Вопрос:» / «Реплика:» (right for analysis: a journalist's question is not the
# President's), but that rule would shift this seeded draw away from the sentences that were coded.
# The coded set therefore holds a few questions inside the President's turns; the coders saw them.
DRAW_TURN = re.compile(r"^([А-ЯЁA-Z]\.\s?[А-ЯЁA-Z][\w\-]+(?:\s[А-ЯЁA-Z][\w\-]+)?):\s*")
SPEECH_VERB = re.compile(
    r"\b(заяви|сообщи|отмети|подчеркну|сказа|призва|вырази|осуди|приветствова|пообеща|указа|"
    r"напомни|назва|охарактеризова|добави|поясни|говорит|считает|уверен)", re.IGNORECASE)
OFFICIAL = re.compile(
    r"(министр|президент|МИД|посол|ООН|премьер|пресс-секретар|канцлер|генсек|дипломат|"
    r"госсекретар|представител|Кремл|глава государства|правительств)", re.IGNORECASE)


def period_of(year: int) -> str:
    for start, end in PERIODS:
        if start <= year <= end:
            return f"{start}-{end}"
    raise ValueError(year)


def good_sentence(text: str, low: int, high: int) -> bool:
    starts_well = text[0].isupper() or text[0] in "«\"“—–-"
    return low <= len(text.split()) <= high and starts_well and text[-1] in ".!?»\"”…"


def spread(sentences: list[str], k: int, rng: random.Random, low: int, high: int) -> list[dict]:
    """Up to k good sentences drawn evenly from the beginning, middle and end thirds."""
    thirds: dict[str, list[int]] = {"beginning": [], "middle": [], "end": []}
    n = len(sentences)
    for i, s in enumerate(sentences):
        if good_sentence(s, low, high):
            name = ("beginning", "middle", "end")[min(2, 3 * i // max(n, 1))]
            thirds[name].append(i)
    for idx in thirds.values():
        rng.shuffle(idx)
    chosen: list[tuple[str, int]] = []
    while len(chosen) < k and any(thirds.values()):
        for name, idx in thirds.items():
            if idx and len(chosen) < k:
                chosen.append((name, idx.pop()))
    return [{"text": sentences[i], "prev_text": sentences[i - 1] if i else "", "position": name,
             "sentence_index": i} for name, i in sorted(chosen, key=lambda c: c[1])]


def speeches(root: Path, exclude: frozenset[str] | set[str] = frozenset()) -> "pd.DataFrame":
    """UNGDC speeches (path, country, year, development_group, region) of countries with a
    development group, leaving out the documents in ``exclude``."""
    import pandas as pd

    files = sorted(p for p in (root / "ungdc" / "TXT").glob("Session */*.txt")
                   if re.fullmatch(r"[A-Z]{3}_\d+_\d{4}\.txt", p.name) and p.stem not in exclude)
    meta = pd.DataFrame({"path": files, "country": [p.name[:3] for p in files],
                         "year": [int(p.stem[-4:]) for p in files]})
    meta = add_country_groups(meta)
    meta = meta[meta["development_group"].notna()].copy()
    meta["region"] = meta["country"].map(continent_of()).fillna("Other")
    return meta


def pick_speeches(group: "pd.DataFrame", rng: random.Random, p5: int, others: int) -> list[dict]:
    """``p5`` speeches by P5 members, then ``others`` drawn round-robin over continent x
    developed/developing, so that every region is present."""
    chosen = group[group["country"].isin(P5)].sample(n=p5, random_state=rng.randrange(2**31)).to_dict("records")
    cells = {key: cell.sample(frac=1, random_state=rng.randrange(2**31)).to_dict("records")
             for key, cell in group[~group["country"].isin(P5)].groupby(["region", "development_group"], sort=True)}
    picked: list[dict] = []
    while len(picked) < others:
        for key in sorted(cells):
            if cells[key] and len(picked) < others:
                picked.append(cells[key].pop())
    return chosen + picked


def speech_rows(chosen: list[dict], rng: random.Random, k: int, stratum: Callable[[int], str]) -> list[dict]:
    """Up to ``k`` sentences of each chosen speech, with its metadata; ``stratum(year)`` names its stratum."""
    rows = []
    for doc in chosen:
        text = " ".join(Path(doc["path"]).read_text(encoding="utf-8", errors="replace").split())
        sentences = [text[a:b] for a, b in split_sentences(text, "en")]
        group = "P5" if doc["country"] in P5 else doc["development_group"]
        rows += [{**s, "document_id": Path(doc["path"]).stem, "source": "ungdc", "language": "en",
                  "year": int(doc["year"]), "country": doc["country"], "group": group,
                  "region": doc["region"], "doc_kind": "general_debate", "stratum": stratum(int(doc["year"]))}
                 for s in spread(sentences, k, rng, 6, 70)]
    return rows


def english(root: Path, rng: random.Random) -> list[dict]:
    meta = speeches(root)
    meta = meta[meta["year"] >= 1989].copy()
    meta["period"] = [period_of(y) for y in meta["year"]]
    chosen = []
    for _, group in meta.groupby("period", sort=True):
        chosen += pick_speeches(group, rng, 5, 35)
    return speech_rows(chosen, rng, 10, lambda year: f"en {period_of(year)}")


def continent_of() -> dict[str, str]:
    """ISO3 -> continent from country_converter's own table (read with keep_default_na=False:
    its ``convert()`` breaks on Namibia's ISO2 code "NA" under current pandas)."""
    import pandas as pd
    table = pd.read_csv(Path(country_converter.__file__).with_name("country_data.tsv"), sep="\t",
                        keep_default_na=False, dtype=str)
    return dict(zip(table["ISO3"], table["continent"]))


def russian_sentences(paragraphs: list[str]) -> list[str]:
    return [s.text.strip() for p in paragraphs for s in razdel.sentenize(p) if s.text.strip()]


def kremlin(root: Path, rng: random.Random) -> list[dict]:
    rows = []
    for line in (root / "kremlin_ru" / "statements.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        sentences = russian_sentences(president_paragraphs(doc["text"], doc.get("speaker") == PRESIDENT, DRAW_TURN,
                                                             inline_turns=False))
        if not sentences:
            continue
        kind = document_kind(doc["title"])
        for s in spread(sentences, 10, rng, 5, 70):
            rows.append({**s, "document_id": doc["id"], "source": "kremlin_ru", "language": "ru",
                         "year": int(doc["date"][:4]), "country": "RUS", "group": "P5",
                         "region": "Europe", "doc_kind": kind, "url": doc["url"],
                         "stratum": f"ru kremlin {kind}"})
    return rows


def seed(repo: Path) -> list[dict]:
    path = next((repo / "data" / "seed").glob("*.txt"))
    body = path.read_text(encoding="utf-8").split("---", 2)[-1]
    sentences = [s for s in russian_sentences(body.split("\n")) if not s.startswith("Источник")]
    return [{"text": s, "prev_text": sentences[i - 1] if i else "", "position": "all",
             "sentence_index": i, "document_id": "seed-hanoi-2025-10-26", "source": "seed",
             "language": "ru", "year": 2025, "country": "VNM", "group": "developing",
             "region": "Asia", "doc_kind": "news", "stratum": "ru news"}
            for i, s in enumerate(sentences)]


def rusentne(root: Path, rng: random.Random, exclude: set[str]) -> list[dict]:
    texts: list[str] = []
    for name in ("train_data.csv", "validation_data_labeled.csv"):
        with (root / "rusentne" / name).open(encoding="utf-8", newline="") as fh:
            texts += [row["sentence"].strip() for row in csv.DictReader(fh, delimiter="\t")]
    texts = list(dict.fromkeys(texts))
    pool = [t for t in texts if t not in exclude and SPEECH_VERB.search(t) and OFFICIAL.search(t)
            and 6 <= len(t.split()) <= 70]
    picked = rng.sample(pool, min(230, len(pool)))
    return [{"text": t, "prev_text": "", "position": "all", "sentence_index": 0,
             "document_id": f"rusentne-{texts.index(t):05d}", "source": "rusentne", "language": "ru",
             "year": None, "country": None, "group": None, "region": None, "doc_kind": "news",
             "stratum": "ru news"} for t in picked]


def assign_splits(rows: list[dict], fractions: dict[str, float] = FRACTIONS, seed: int = SEED,
                  stratify: str | None = "stratum") -> None:
    """Whole documents to one split, by ``fractions`` within each stratum (analysis.validation.split_by_document)."""
    import pandas as pd
    docs = pd.DataFrame(rows)[["document_id"] + ([stratify] if stratify else [])].drop_duplicates()
    splits = split_by_document(docs, stratify=stratify, fractions=fractions, seed=seed)
    split_of = dict(zip(splits["document_id"], splits["split"]))
    for r in rows:
        r["split"] = split_of[r["document_id"]]


FIELDS = ("id", "document_id", "source", "language", "split", "stratum", "year", "country", "group",
          "region", "doc_kind", "position", "sentence_index", "url", "prev_text", "text")


def emit(rows: list[dict], seen: set[str], make_id: Callable[[dict, int], str], **extra: Any) -> None:
    """Print each row whose text is not yet in ``seen`` as one JSON line, with ``make_id(row, n)``
    as its id and the ``extra`` fields set."""
    for n, r in enumerate(rows):
        if r["text"] in seen:
            continue
        seen.add(r["text"])
        r.update(id=make_id(r, n), **extra)
        print(json.dumps({k: r.get(k) for k in FIELDS}, ensure_ascii=False))


def main(root: Path) -> None:
    repo = Path(__file__).resolve().parents[3]
    rng = random.Random(SEED)
    dev = {json.loads(l)["text"] for l in (repo / "data/gold/dev_sample.jsonl").open(encoding="utf-8")}
    rows = english(root, rng) + kremlin(root, rng) + seed(repo) + rusentne(root, rng, dev)
    assign_splits(rows)
    emit(rows, set(), lambda r, n: f"{r['language']}-{n:05d}")

if __name__ == "__main__":
    main(Path(sys.argv[1]))
