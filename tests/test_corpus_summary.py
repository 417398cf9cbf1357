"""``corpus PATH --json`` lists speakers with counts; ``--table`` prints a readable summary."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.cli import main

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"


def test_json_lists_every_speaker_with_counts_that_add_up(capsys):
    assert main(["corpus", str(SEED), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    speakers = {row["speaker"]: row for row in summary["by_speaker"]}
    assert speakers["Лыонг Там Куанг"]["statements"] == 10
    assert "(narrator)" in speakers  # narration counted under its own label, never dropped
    assert sum(r["statements"] for r in summary["by_speaker"]) == summary["statements"]
    assert sum(r["sentences"] for r in summary["by_speaker"]) == summary["sentences"]
    assert summary["speakers"] == len([s for s in speakers if not s.startswith("(")])


def test_table_prints_sizes_and_speakers(capsys):
    assert main(["corpus", str(SEED), "--table"]) == 0
    text = capsys.readouterr().out
    assert "statements" in text and "undated statements" in text and "2025–2025" in text
    lines = [line for line in text.splitlines() if "Лыонг Там Куанг" in line]
    assert lines and lines[0].split()[-3:-2] == ["10"]
