"""The blind codebook: each extra gold set read by the codebook as it stood at that set's first reading.

The codebook was tuned on every extra set after its first reading, so on those sets its figures are
optimistic, and a rule that compares the union (codebook + ``rostrum-frames``) with it judges the
classifier against a codebook that has already seen the answers. The folder
``data/gold/official/blind_codebook/`` records, per set, the commit whose code and codebook first scored
it (``sets.csv``, from the sets' READMEs) and the frames that commit's own detection found in each of
the set's sentences (``hits.jsonl``, written by that folder's ``build.py``). Training reads them here
to judge the union against the codebook that had not seen the set (the verdict of
:data:`analysis.frames.learned_selection.DEFAULT_RULE`).

Sets are named as the folder under ``data/gold/official/`` plus ``:SPLIT`` where only one split is
read (``holdout4``, ``team_ru6``, ``wikinews_ru:dev``; :func:`analysis.frames.learned_training.set_name`).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

BLIND_DIR = Path(__file__).resolve().parents[2] / "data" / "gold" / "official" / "blind_codebook"
SETS_FILE = BLIND_DIR / "sets.csv"
HITS_FILE = BLIND_DIR / "hits.jsonl"


def blind_sets(folder: Path = BLIND_DIR) -> dict[str, dict[str, str]]:
    """Per set with a recorded first reading: its ``commit``, ``codebook_version``, ``readme_sentence`` and ``note``."""
    with (folder / SETS_FILE.name).open(encoding="utf-8", newline="") as fh:
        return {row["set"]: row for row in csv.DictReader(fh)}


def blind_hits(folder: Path = BLIND_DIR) -> dict[tuple[str, str], frozenset[str]]:
    """The blind codebook's frames per (set, sentence id)."""
    out = {}
    with (folder / HITS_FILE.name).open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[(row["set"], str(row["id"]))] = frozenset(row["frames"])
    return out
