"""The shipped gold files are valid data: strict JSON (other tools read them), unique ids, known codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
FILES = sorted(GOLD.glob("**/*.jsonl"))
TONES = {"positive", "negative", "neutral"}
FRAMES = {"multilateralism", "cooperation", "trust", "developing_countries", "sovereignty", "human_rights",
          "security", "sustainable_development"}


def _reject(constant: str):
    raise ValueError(f"{constant} is not JSON")


def rows(path: Path) -> list[dict]:
    return [json.loads(line, parse_constant=_reject) for line in path.read_text(encoding="utf-8").splitlines()]


def test_gold_files_are_found():
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GOLD)))
def test_gold_file_is_strict_json_with_unique_ids(path):
    records = rows(path)
    ids = [r["id"] for r in records if "id" in r]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", sorted(GOLD.glob("official/**/official.jsonl")), ids=lambda p: str(p.relative_to(GOLD)))
def test_official_codes_are_known(path):
    for record in rows(path):
        assert record["sentiment"] in TONES, record["id"]
        assert set(record["frames"]) <= FRAMES, record["id"]
