"""--frames combined in the pipeline: keyed apart from the codebook path, classifier hits with their score."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import analysis.frames
from analysis.errors import AnalysisError
from analysis.frames import load_codebook
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
    from analysis.frames import learned

    monkeypatch.setattr(learned, "detect_frames_classifier", fake_classifier)
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


def fake_card(sha: str = "f" * 64, ru: bool = True, en: bool = False) -> dict:
    return {"model": "rostrum-frames", "sha256": sha, "config": {"C": 8.0, "thresholds": {"*": 0.5}},
            "codebook_version": load_codebook().version,
            "blind_comparison": {"verdict": {"ru": {"combined_wins": ru}, "en": {"combined_wins": en}}}}


def test_auto_is_the_default_and_runs_the_classifier_for_the_languages_the_card_passes(tmp_path, monkeypatch):
    from analysis.frames import learned

    monkeypatch.setattr(learned, "detect_frames_classifier", fake_classifier)
    monkeypatch.setattr(learned, "model_card", lambda: fake_card())
    corpus = tmp_path / "c.jsonl"
    rows = [("en", "We must build mutual trust. The economy grows."), ("ru", "Экономика растёт. Погода хорошая.")]
    corpus.write_text("".join(json.dumps({"statement_id": f"s{i}", "text": t, "language": lang}, ensure_ascii=False) + "\n"
                              for i, (lang, t) in enumerate(rows)), encoding="utf-8")
    summary = run([corpus], tmp_path / "out", steps=["load", "segment", "frames"], cache_dir=tmp_path / "cache",
                  progress=False)
    hits = pd.read_parquet(tmp_path / "out" / "frame_hits.parquet")
    added = hits[hits["entry"] == "classifier"]
    assert len(added) == 2 and set(added["language"]) == {"ru"} and added["score"].eq(0.9).all()  # both ru sentences
    assert not hits.loc[hits["language"] == "en", "entry"].eq("classifier").any()  # English: the codebook alone
    assert "en.mutual_trust" in set(hits["entry"])
    book = summary["models"]["codebook"]
    assert book["detector"] == "auto" and book["detector_by_language"] == {"en": "codebook", "ru": "combined"}
    assert book["classifier"]["sha256"] == "f" * 64


def test_the_auto_key_follows_the_card_verdict_and_the_model_sha256(monkeypatch):
    from analysis.frames import learned

    step = next(s for s in STEP_RECORDS if s.name == "frames")
    auto = Options((), None, "rostrum-rusentiment", None, None, 10, "statement")
    codebook = Options((), None, "rostrum-rusentiment", None, None, 10, "statement", frame_detector="codebook")
    assert auto.frame_detector == "auto"
    monkeypatch.setattr(learned, "model_card", lambda: fake_card("a" * 64))
    first = step.key(auto)
    monkeypatch.setattr(learned, "model_card", lambda: fake_card("b" * 64))
    assert step.key(auto) != first  # another model file, another key
    monkeypatch.setattr(learned, "model_card", lambda: fake_card("b" * 64, ru=False))
    assert step.key(auto) == step.key(codebook)  # no language passes: auto is the codebook path, one cache
