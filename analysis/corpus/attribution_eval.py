"""Sentence-level evaluation of news attribution against hand-coded gold.

Gold: JSONL, one row per sentence (``doc_id``, ``path``, ``language``, ``split``, ``start``,
``end``, ``text``, ``speaker`` (canonical name, or null for narration), ``mode``, …); ``start``
and ``end`` index the article body as the news loader reads it (the text after the front
matter). Each gold sentence is aligned to the suite's sentence that covers its midpoint, so the
two segmentations need not agree exactly. Reported per language:

* ``speaker_accuracy``: the suite names the same person (``identity.same_speaker``: surnames
  agree once transliterated, initials compatible; an unnamed ``[role]`` or an ``ORG: name``
  institution when they share a content word) or, for narration, no one;
* ``narrator_accuracy``: narrator vs official agree (whoever the official is);
* ``ids_per_person``: for each gold person in each article, how many distinct ``speaker_id``s the
  suite gave the sentences it attributed to that person (1.0 on average is one identity each).

``python -m analysis attribution evaluate --data data/gold/news/gold.jsonl --split dev``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sklearn.metrics import accuracy_score

from ..attribution.identity import INSTITUTION_PREFIX, assign_speaker_ids, same_person, same_speaker
from ..errors import AnalysisError
from .news import article_sentences
from .textdir import split_front_matter

REQUIRED = ("doc_id", "path", "language", "split", "start", "end", "speaker")


def read_attribution_gold(path: str | Path) -> pd.DataFrame:
    """The gold rows, checked: every required field present, offsets integers, splits named."""
    try:
        gold = pd.read_json(path, lines=True, dtype=False)
    except (OSError, ValueError) as exc:
        raise AnalysisError(f"attribution gold {path}: {exc}") from exc
    missing = [c for c in REQUIRED if c not in gold.columns]
    if missing:
        raise AnalysisError(f"attribution gold {path}: missing field(s) {', '.join(missing)}")
    gold["speaker"] = gold["speaker"].where(gold["speaker"].notna() & (gold["speaker"].astype(str).str.strip() != ""), None)
    return gold


def _article(path: str, doc_id: str, roots: list[Path]) -> tuple[str, dict]:
    """The body and metadata of a gold article: a news file (text after the front matter), or the
    record ``doc_id`` of a JSONL corpus such as ``kremlin_ru/statements.jsonl`` (its ``text``)."""
    path, _, record_id = path.partition("#")  # "kremlin_ru/statements.jsonl#kremlin-37497"
    doc_id = record_id or doc_id
    for root in roots:
        file = root / path
        if file.is_file() and file.suffix == ".jsonl":
            records = pd.read_json(file, lines=True, dtype=False)
            record = records[records["id"].astype(str) == str(doc_id)]
            if record.empty:
                raise AnalysisError(f"gold article {doc_id} is not in {file}")
            row = record.iloc[0].to_dict()
            return str(row["text"]), {k: v for k, v in row.items() if k in ("title", "date", "language", "speaker")
                                      and isinstance(v, str)}
        if file.is_file():
            meta, body, _ = split_front_matter(file.read_text(encoding="utf-8"))
            return body, meta
    raise AnalysisError(f"gold article {path} not found under {', '.join(str(r) for r in roots)}")


def predict(gold: pd.DataFrame, roots: list[Path], aliases: str | Path | None = None) -> pd.DataFrame:
    """Gold rows with the aligned suite sentence's ``pred_speaker``, ``pred_mode``, ``pred_cue``, ``pred_id``."""
    tables = []
    for (doc_id, path), rows in gold.groupby(["doc_id", "path"], sort=False):
        body, meta = _article(str(path), str(doc_id), roots)
        sentences = article_sentences(body, {**meta, "doc_id": doc_id, "language": rows["language"].iloc[0]})
        tables.append((rows, sentences))
    everything = pd.concat([s for _, s in tables], ignore_index=True)
    everything["speaker_id"] = assign_speaker_ids(everything, aliases).to_numpy()
    out, offset = [], 0
    for rows, sentences in tables:
        suite = everything.iloc[offset:offset + len(sentences)]
        offset += len(sentences)
        for row in rows.itertuples():
            mid = (int(row.start) + int(row.end)) // 2
            covering = suite[(suite["start"] <= mid) & (suite["end"] > mid)]
            if covering.empty:  # the midpoint falls between two suite sentences: the nearest one
                covering = suite.iloc[[int((suite["start"] - mid).abs().idxmin() - suite.index[0])]]
            hit = covering.iloc[0]
            out.append({**row._asdict(), "pred_speaker": _label(hit["speaker"], hit["role"], hit.get("speaker_kind")),
                        "pred_mode": hit["mode"],
                        "pred_cue": hit["cue"], "pred_id": hit["speaker_id"], "pred_confidence": hit["confidence"]})
    return pd.DataFrame(out).drop(columns=["Index"])


def _label(speaker, role, kind) -> str | None:
    """The suite's sentence speaker written as gold writes it: a name, ``[role]``, ``ORG: name`` or None."""
    if kind == "institution":
        return INSTITUTION_PREFIX + str(speaker)
    if isinstance(speaker, str):
        return speaker
    if isinstance(role, str) and role != "narrator":
        return f"[{role}]"
    return None


def _correct(gold_speaker, predicted) -> bool:
    gold_speaker = gold_speaker if isinstance(gold_speaker, str) and gold_speaker.strip() else None
    predicted = predicted if isinstance(predicted, str) else None
    return same_speaker(gold_speaker, predicted)


def _ids_per_person(rows: pd.DataFrame) -> list[int]:
    counts = []
    for _, doc in rows.groupby("doc_id"):
        people: list[str] = []
        for name in doc["speaker"].dropna():
            if name.startswith(("[", INSTITUTION_PREFIX)):
                continue  # identity is measured for named people
            if not any(same_person(name, p) for p in people):
                people.append(name)
        for person in people:
            ids = {i for s, i in zip(doc["pred_speaker"], doc["pred_id"])
                   if isinstance(s, str) and isinstance(i, str) and same_person(person, s)}
            if ids:
                counts.append(len(ids))
    return counts


def metrics(predicted: pd.DataFrame) -> dict:
    """Per-language figures (see the module docstring)."""
    report = {}
    for language, rows in predicted.groupby("language"):
        correct = [_correct(g, p) for g, p in zip(rows["speaker"], rows["pred_speaker"])]
        narrator = [(not isinstance(g, str)) == (not isinstance(p, str)) for g, p in zip(rows["speaker"], rows["pred_speaker"])]
        ids = _ids_per_person(rows)
        report[str(language)] = {
            "documents": int(rows["doc_id"].nunique()),
            "sentences": len(rows),
            "speaker_accuracy": round(accuracy_score([True] * len(correct), correct), 4),
            "narrator_accuracy": round(accuracy_score([True] * len(narrator), narrator), 4),
            "ids_per_person": round(sum(ids) / len(ids), 3) if ids else None,
            "people_with_one_id": f"{sum(n == 1 for n in ids)}/{len(ids)}",
        }
    return report


def evaluate(data: str | Path, split: str | None, roots: list[Path], aliases=None, errors: bool = False):
    """(metrics, the rows the suite got wrong) on ``split`` (all rows when None)."""
    gold = read_attribution_gold(data)
    if split is not None:
        if split not in set(gold["split"]):
            raise AnalysisError(f"attribution gold {data}: no rows in split {split!r} (have {sorted(set(gold['split']))})")
        gold = gold[gold["split"] == split]
    predicted = predict(gold, roots, aliases)
    wrong = predicted[[not _correct(g, p) for g, p in zip(predicted["speaker"], predicted["pred_speaker"])]]
    return metrics(predicted), wrong
