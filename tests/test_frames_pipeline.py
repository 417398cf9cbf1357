"""--frames combined in the pipeline: keyed apart from the codebook path, classifier hits with their score."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import analysis.frames
from analysis.errors import AnalysisError
from analysis.pipeline import run
from analysis.pipeline.context import Options
from analysis.pipeline.steps import STEP_RECORDS
from analysis.schema import FRAME_HIT_COLUMNS, conform


def test_the_detector_keys_the_frames_step_only():
    plain = Options((), None, "rostrum-rusentiment", None, None, 10, "statement")
    combined = Options((), None, "rostrum-rusentiment", None, None, 10, "statement", frame_detector="combined")
    keys = {step.name: (step.key(plain), step.key(combined)) for step in STEP_RECORDS}
    assert keys["frames"][0] != keys["frames"][1]
    assert all(a == b for name, (a, b) in keys.items() if name != "frames")


def fake_classifier(sentences: pd.DataFrame, model=None, *, cache_dir=None) -> pd.DataFrame:
    """Trust in every sentence, score 0.9: no encoder needed."""
    rows = pd.DataFrame({"statement_id": sentences["statement_id"], "sentence_id": sentences["sentence_id"],
                         "frame": "trust", "entry": "classifier", "matched": sentences["text"], "start": 0,
                         "end": sentences["text"].str.len(), "negated": False, "language": sentences["language"],
                         "score": 0.9})
    return conform(rows, {**FRAME_HIT_COLUMNS, "score": "float64"})


def test_combined_run_adds_classifier_hits_with_their_score(tmp_path, monkeypatch):
    monkeypatch.setattr(analysis.frames, "detect_frames_classifier", fake_classifier)
    corpus = tmp_path / "c.jsonl"
    texts = ["We must build mutual trust. The economy grows.", "Climate change threatens us all."]
    corpus.write_text("".join(json.dumps({"statement_id": f"s{i}", "text": t, "language": "en"}) + "\n"
                              for i, t in enumerate(texts)))
    summary = run([corpus], tmp_path / "out", steps=["load", "segment", "frames"], cache_dir=tmp_path / "cache",
                  progress=False, frame_detector="combined")
    hits = pd.read_parquet(tmp_path / "out" / "frame_hits.parquet")
    sentences = pd.read_parquet(tmp_path / "out" / "sentences.parquet")
    trust = hits[hits["frame"] == "trust"]
    # the first sentence's trust is the codebook's (offsets, no score); the other two get the classifier's
    assert sorted(trust["entry"]) == ["classifier", "classifier", "en.mutual_trust"]
    assert trust.loc[trust["entry"] == "classifier", "score"].eq(0.9).all()
    assert trust.loc[trust["entry"] != "classifier", "score"].isna().all()
    assert (sentences["trust"] == 1).all()
    assert summary["models"]["codebook"]["detector"] == "combined"
    assert summary["models"]["codebook"]["classifier"]["model"] == "rostrum-frames"


def test_an_unknown_detector_or_a_codebook_without_the_frames_is_refused(tmp_path):
    with pytest.raises(AnalysisError, match="frame_detector must be one of"):
        run([], tmp_path / "out", steps=["frames"], frame_detector="stacking", progress=False)
    book = tmp_path / "mine.yaml"
    book.write_text('version: "1"\nframes:\n  peace:\n    description: {en: peace}\n    entries:\n'
                    '      en: [{id: p, pattern: peace}]\n', encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"statement_id": "s", "text": "Peace now.", "language": "en"}) + "\n")
    with pytest.raises(AnalysisError, match="codebook .*lacks"):
        run([corpus], tmp_path / "out", steps=["load", "segment", "frames"], cache_dir=tmp_path / "cache",
            progress=False, codebook=book, frame_detector="combined")
