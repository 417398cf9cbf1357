"""Topic-model settings and the BERTopic instance built from them.

Two clustering strategies, chosen by corpus size (``TopicConfig.small_corpus_threshold``):

* ``"umap-hdbscan"`` (BERTopic's own pipeline) for corpora at or above the threshold:
  UMAP with ``n_neighbors`` clamped to the corpus, a fixed ``random_state`` (which also
  makes UMAP single-threaded and therefore reproducible), then HDBSCAN with
  ``min_cluster_size = min_topic_size`` and ``min_samples`` half of it. If HDBSCAN still
  finds no topic at all, the k-means strategy below is used instead (``strategy_`` says so).
* ``"kmeans"`` below it: no dimensionality reduction (UMAP's neighbour graph is
  meaningless on a few dozen points) and k-means on the unit-length embeddings, with
  ``k = nr_topics`` when given, else ``max(2, round(sqrt(n / 2)))``, never more than the
  number of distinct documents; ``n_init`` and ``random_state`` are fixed. k-means has
  no outlier class, so 3 documents give at least one topic, never zero.

Topic words: c-TF-IDF over the vectorizer of ``vectorizer.py`` (lemmas, stop words,
boilerplate, names) proposes candidate words, and ``TopicConfig.representation`` picks the
ten shown: ``"keybert"`` (default: BERTopic's KeyBERTInspired, the ``KEYBERT_CANDIDATES``
candidates closest to the topic's representative documents in the same embedding space), ``"mmr"`` (maximal
marginal relevance: close to the topic and unlike each other) or ``"ctfidf"`` (the
candidates' c-TF-IDF order, the 0.1.0 words). Both embedding-based ones embed words with the
configured offline backend, so nothing is downloaded.

The vectorizer comes from ``vectorizer.py``; the
embeddings are computed before BERTopic sees them (see ``model.py``), and BERTopic gets
an :class:`~analysis.topics.backend.Embedder` for the texts it embeds itself.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import pkgutil
import sys
import warnings
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.cluster import KMeans

from ..embeddings import BACKENDS
from ..errors import AnalysisError

MIN_DOCUMENTS = 3
MIN_UMAP_DOCUMENTS = 15
REPRESENTATIONS = ("keybert", "mmr", "ctfidf")
MMR_DIVERSITY = 0.3
# KeyBERTInspired picks from this many c-TF-IDF candidates. BERTopic's 100 let rare words in
# ("climate-resilient"); 30 raised NPMI on UNGDC 2015 from -0.18 to -0.09 (benchmarks/topics_coherence.py).
KEYBERT_CANDIDATES = 30


@dataclass(frozen=True)
class TopicConfig:
    """Everything that decides the topics (and nothing that does not, such as cache paths).

    ``guided`` feeds the frame codebook's seed phrases to BERTopic's ``seed_topic_list``
    and ``zeroshot`` its frame descriptions to ``zeroshot_topic_list``; ``seed_topics``
    and ``zeroshot_topics`` give those lists explicitly instead. ``reduce_outliers``
    moves each outlier document to the topic whose centroid is most similar to it when
    that cosine similarity is at least ``outlier_threshold`` (BERTopic's "embeddings"
    strategy), so the outlier topic keeps only documents unlike every topic.
    ``exclude_names`` removes country and person names and UN boilerplate from the topic
    words; ``representation`` is how topic words are chosen (see the module docstring). The default
    threshold (None) is relative, so it suits every backend: the 10th percentile of the
    clustered documents' similarity to their own topic's centroid - an outlier joins a
    topic when it is at least as close to it as the least typical tenth of the members.
    """

    backend: str = "use"
    languages: tuple[str, ...] = ("ru", "en")
    min_topic_size: int = 10
    nr_topics: int | str | None = None
    seed: int = 42
    guided: bool = False
    zeroshot: bool = False
    seed_topics: tuple[tuple[str, ...], ...] | None = None
    zeroshot_topics: tuple[str, ...] | None = None
    zeroshot_min_similarity: float = 0.5
    reduce_outliers: bool = True
    outlier_threshold: float | None = None
    small_corpus_threshold: int = 200
    n_neighbors: int = 15
    n_components: int = 5
    ngram_range: tuple[int, int] = (1, 1)
    top_n_words: int = 10
    kmeans_n_init: int = 10
    exclude_names: bool = True
    representation: str = "keybert"

    def __post_init__(self) -> None:
        # lists from JSON or a caller become tuples, so configs compare and hash by value
        for name in ("languages", "ngram_range", "zeroshot_topics"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, tuple(value))
        if self.seed_topics is not None:
            object.__setattr__(self, "seed_topics", tuple(tuple(s) for s in self.seed_topics))
        if self.backend not in BACKENDS:
            raise AnalysisError(f"unknown embedding backend {self.backend!r}; choose one of {list(BACKENDS)}")
        if self.min_topic_size < 2:
            raise AnalysisError("min_topic_size must be at least 2 (a topic of one document is not a topic)")
        if not (self.nr_topics is None or self.nr_topics == "auto" or (isinstance(self.nr_topics, int) and self.nr_topics >= 1)):
            raise AnalysisError(f"nr_topics must be None, 'auto' or a positive integer, not {self.nr_topics!r}")
        if self.representation not in REPRESENTATIONS:
            raise AnalysisError(f"unknown topic representation {self.representation!r}; choose one of {list(REPRESENTATIONS)}")
        if self.small_corpus_threshold < MIN_DOCUMENTS:
            raise AnalysisError(f"small_corpus_threshold must be at least {MIN_DOCUMENTS}")

    def to_dict(self) -> dict:
        """JSON-ready settings (tuples become lists), as written to the manifest."""
        return json.loads(json.dumps(asdict(self)))

    @classmethod
    def from_dict(cls, data: dict) -> "TopicConfig":
        """The inverse of :meth:`to_dict`; unknown keys are an error, not silently dropped."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise AnalysisError(f"unknown topic settings {unknown}; known: {sorted(known)}")
        return cls(**data)


def clustering_strategy(config: TopicConfig, n_docs: int) -> str:
    """``"kmeans"`` below the small-corpus threshold (and always below
    ``MIN_UMAP_DOCUMENTS``, where UMAP's spectral layout breaks), else ``"umap-hdbscan"``."""
    small = n_docs < max(config.small_corpus_threshold, MIN_UMAP_DOCUMENTS)
    return "kmeans" if small else "umap-hdbscan"


def kmeans_k(config: TopicConfig, n_docs: int) -> int:
    """Number of k-means clusters: ``nr_topics`` when an integer, else ``max(2, round(sqrt(n/2)))``."""
    if isinstance(config.nr_topics, int):
        return config.nr_topics
    return max(2, round(math.sqrt(n_docs / 2)))


class SmallCorpusKMeans(BaseEstimator):
    """k-means that lowers k to the number of distinct points it is given.

    Duplicated documents (or zero-shot topics taking most documents, leaving few to
    cluster) would otherwise ask k-means for more clusters than points.
    """

    def __init__(self, n_clusters: int = 2, *, random_state: int = 42, n_init: int = 10) -> None:
        self.n_clusters = n_clusters
        self.random_state = random_state
        self.n_init = n_init

    def fit(self, X, y=None):
        distinct = len(np.unique(np.round(np.asarray(X, dtype=np.float64), 6), axis=0))
        k = max(1, min(self.n_clusters, distinct))
        self.kmeans_ = KMeans(n_clusters=k, n_init=self.n_init, random_state=self.random_state).fit(X)
        self.labels_ = self.kmeans_.labels_
        return self

    def predict(self, X):
        return self.kmeans_.predict(X)


def representation_model(config: TopicConfig):
    """BERTopic's representation model for ``config.representation`` (None: plain c-TF-IDF).

    Built anew wherever a model is fitted or loaded: BERTopic does not save it.
    """
    from bertopic.representation import KeyBERTInspired, MaximalMarginalRelevance

    if config.representation == "keybert":
        return KeyBERTInspired(top_n_words=config.top_n_words, nr_candidate_words=KEYBERT_CANDIDATES,
                               random_state=config.seed)
    if config.representation == "mmr":
        return MaximalMarginalRelevance(diversity=MMR_DIVERSITY, top_n_words=config.top_n_words)
    return None


@contextmanager
def quiet_bertopic():
    """Silence BERTopic's logger and the numerical warnings of tiny corpora for one call."""
    logger = logging.getLogger("BERTopic")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", category=UserWarning)
            warnings.simplefilter("ignore", category=RuntimeWarning)
            yield
    finally:
        logger.setLevel(level)


@functools.cache
def keep_umap_compilation_on_disk() -> None:
    """Let numba keep umap's and pynndescent's compiled functions on disk.

    umap-learn compiles about a hundred numba functions on the first fit in every process
    (measured 20-30 s on 2 cores, more than fitting a few thousand sentences) and asks numba
    to cache only one of them. With numba's own on-disk cache turned on for the rest, the
    first fit of every later process (each notebook kernel, pipeline run, test worker) loads
    them instead. The machine code is the one numba would compile, so the topics are the same.
    Where the installed package cannot be written to and numba finds no other cache folder,
    it compiles as before.
    """
    import pynndescent
    import umap
    from numba.core.dispatcher import Dispatcher

    for package in (umap, pynndescent):
        for module in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            loaded = sys.modules.get(module.name)
            for value in vars(loaded).values() if loaded else ():
                if isinstance(value, Dispatcher):
                    try:
                        value.enable_caching()
                    except RuntimeError:  # numba: "no locator available" for this file
                        return


def umap_reducer(config: TopicConfig, n_docs: int):
    """UMAP for ``n_docs`` documents: neighbours clamped to the corpus, a fixed seed (single-threaded,
    so reproducible), its compiled functions kept on disk."""
    from umap import UMAP

    keep_umap_compilation_on_disk()
    return UMAP(n_neighbors=max(2, min(config.n_neighbors, n_docs - 1)), n_components=min(config.n_components, n_docs - 2),
                min_dist=0.0, metric="cosine", random_state=config.seed, n_jobs=1)


def build_bertopic(
    config: TopicConfig,
    *,
    n_docs: int,
    strategy: str,
    embedder,
    vectorizer,
    seed_topics: list[list[str]] | None = None,
    zeroshot_topics: list[str] | None = None,
):
    """A configured, unfitted BERTopic for ``n_docs`` documents and the given strategy."""
    from bertopic import BERTopic
    from bertopic.dimensionality import BaseDimensionalityReduction
    from bertopic.vectorizers import ClassTfidfTransformer

    if strategy == "kmeans":
        reducer = BaseDimensionalityReduction()
        clusterer = SmallCorpusKMeans(kmeans_k(config, n_docs), random_state=config.seed, n_init=config.kmeans_n_init)
        nr_topics = None  # k already is the number of topics
    elif strategy == "umap-hdbscan":
        from hdbscan import HDBSCAN

        reducer = umap_reducer(config, n_docs)
        clusterer = HDBSCAN(
            min_cluster_size=min(config.min_topic_size, n_docs),
            # min_samples defaults to min_cluster_size, which on a few hundred documents
            # merges nearly all into one cluster (measured: 249 of 270 UNGDC excerpts);
            # half of it gave 7 topics there.
            min_samples=max(2, config.min_topic_size // 2),
            metric="euclidean",
            cluster_selection_method="eom",
            prediction_data=True,
        )
        nr_topics = config.nr_topics
    else:
        raise AnalysisError(f"unknown clustering strategy {strategy!r}")

    return BERTopic(
        embedding_model=embedder,
        umap_model=reducer,
        hdbscan_model=clusterer,
        vectorizer_model=vectorizer,
        ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
        representation_model=representation_model(config),
        top_n_words=config.top_n_words,
        nr_topics=nr_topics,
        seed_topic_list=seed_topics,
        zeroshot_topic_list=zeroshot_topics,
        zeroshot_min_similarity=config.zeroshot_min_similarity,
        calculate_probabilities=False,
        verbose=False,
    )
