"""``fit_topics``: BERTopic on statements or sentences, offline, seeded, size-aware.

The estimator follows scikit-learn: settings in :class:`TopicConfig`, learning in
:meth:`TopicModel.fit`, results in attributes ending in ``_``:

* ``topics_`` - one row per document unit (statement, or sentence when ``sentence_id``
  is given), TOPIC_COLUMNS first, then the input's own columns (speaker, country,
  year, text...), so it joins to statements and sentences by id;
* ``topic_info_`` - one row per topic: size, share of documents (the ``-1`` row's share
  is the outlier share), label, words, representative documents;
* ``model_`` - the fitted BERTopic; ``embeddings_`` - the (centred) document vectors;
  ``strategy_``, ``outlier_share_``, ``outlier_share_before_reduction_``,
  ``outlier_threshold_`` (the similarity used to reassign outliers),
  ``outliers_reassigned_``, ``skipped_``, ``corpus_hash_``.

``probability`` in ``topics_`` is one quantity on every path (k-means, HDBSCAN,
zero-shot, reassigned outliers, new documents): the cosine similarity between the
document and its topic's centroid, clipped to [0, 1]; null for outliers.
"""

from __future__ import annotations

import logging
import warnings
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from ..cache import content_key
from ..embeddings import centre_vectors, embed, fit_centre, needs_centre
from ..errors import SchemaError, TooFewDocumentsError
from ..schema import TOPIC_COLUMNS, conform
from .backend import Embedder
from .factory import MIN_DOCUMENTS, TopicConfig, build_bertopic, clustering_strategy
from .guidance import guidance
from .vectorizer import build_vectorizer, yields_words

OUTLIER = -1
OUTLIER_LABEL = "outliers"
LABEL_WORDS = 4


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


def prepare_documents(docs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split ``docs`` into the units to model and the skipped ones (blank text), with reasons.

    Without a ``statement_id`` column the row index (as text) serves as the id, so the
    result still joins back to the caller's table.
    """
    if not isinstance(docs, pd.DataFrame):
        raise SchemaError("fit_topics takes a DataFrame with a 'text' column (statements or sentences)")
    if "text" not in docs.columns:
        raise SchemaError(f"the documents table lacks a 'text' column (it has {list(docs.columns)})")
    table = docs.copy()
    if "statement_id" not in table.columns:
        table["statement_id"] = table.index.astype(str)
    if "sentence_id" not in table.columns:
        table["sentence_id"] = pd.NA
    table = table.reset_index(drop=True)
    ids = table[["statement_id", "sentence_id"]].astype("string")
    duplicated = ids.duplicated(keep=False)
    if duplicated.any():
        sample = ids[duplicated].head(3).to_dict("records")
        raise SchemaError(f"document ids must be unique; {int(duplicated.sum())} rows share ids, e.g. {sample}")
    text = table["text"].astype("string")
    blank = text.isna() | (text.str.strip() == "")
    skipped = table.loc[blank, ["statement_id", "sentence_id"]].assign(reason="empty text")
    kept = table.loc[~blank].reset_index(drop=True)
    kept["text"] = kept["text"].astype(str)
    return kept, skipped.reset_index(drop=True)


def corpus_hash(documents: pd.DataFrame) -> str:
    """Content hash of the ids and texts, in order (order changes assignments, so it counts)."""
    parts = (
        f"{sid}\x1f{'' if pd.isna(sent) else sent}\x1f{text}"
        for sid, sent, text in zip(documents["statement_id"], documents["sentence_id"], documents["text"])
    )
    return content_key("rostrum-topics-corpus", *parts)


def topic_label(words: list[str], topic: int) -> str:
    """A readable label: the first few topic words, or ``topic N`` when there are none."""
    if topic == OUTLIER:
        return OUTLIER_LABEL
    words = [w for w in words if w][:LABEL_WORDS]
    return ", ".join(words) if words else f"topic {topic}"


class TopicModel:
    """BERTopic configured for official statements; see the module docstring for the attributes."""

    def __init__(self, config: TopicConfig | None = None, *, cache_dir: str | Path | None = None) -> None:
        self.config = config or TopicConfig()
        self.cache_dir = cache_dir

    # ---------- fitting ----------
    def fit(self, docs: pd.DataFrame) -> "TopicModel":
        """Embed, cluster and describe ``docs`` (see :func:`fit_topics`)."""
        config = self.config
        documents, skipped = prepare_documents(docs)
        if len(documents) < MIN_DOCUMENTS:
            raise TooFewDocumentsError(
                f"topic modelling needs at least {MIN_DOCUMENTS} non-empty documents, got {len(documents)}"
                + (f" ({len(skipped)} more were empty)" if len(skipped) else "")
                + "; pass more statements, or split statements into sentences with analysis.segmentation"
            )
        if len(skipped):
            warnings.warn(f"{len(skipped)} document(s) with empty text were left out; see TopicModel.skipped_")
        texts = documents["text"].tolist()

        raw = embed(texts, backend=config.backend, cache_dir=self.cache_dir)
        centre = fit_centre(raw) if needs_centre(config.backend) else None
        embeddings = raw if centre is None else centre_vectors(raw, centre)
        embedder = Embedder(config.backend, cache_dir=self.cache_dir, centre=centre)
        vectorizer = self._vectorizer(texts)
        guide = guidance(config)
        self.zeroshot_names_ = guide.zeroshot_names

        strategy = clustering_strategy(config, len(texts))
        model = self._fit_bertopic(strategy, texts, embeddings, embedder, vectorizer, guide)
        if strategy != "kmeans" and set(model.topics_) == {OUTLIER}:
            strategy = "kmeans (fallback: HDBSCAN found no topics)"
            model = self._fit_bertopic("kmeans", texts, embeddings, embedder, vectorizer, guide)

        self.documents_ = documents
        self.skipped_ = skipped
        self.embeddings_ = embeddings
        self.centre_ = centre
        self.strategy_ = strategy
        self.model_ = model
        self.corpus_hash_ = corpus_hash(documents)
        self.outlier_share_before_reduction_ = float(np.mean(np.asarray(model.topics_) == OUTLIER))
        self.outlier_threshold_ = None
        self._describe()
        from .analyses import REASSIGNMENT_COLUMNS, reduce_outliers

        if config.reduce_outliers:
            self.outliers_reassigned_ = reduce_outliers(self, threshold=config.outlier_threshold)
        else:
            self.outliers_reassigned_ = pd.DataFrame({c: pd.Series(dtype=t) for c, t in REASSIGNMENT_COLUMNS.items()})
        return self

    def _vectorizer(self, texts: list[str]):
        vectorizer = build_vectorizer(self.config.languages, ngram_range=self.config.ngram_range)
        if yields_words(vectorizer, texts):
            return vectorizer
        # only stop words (e.g. one-word documents "Thanks"): keep them rather than fail
        vectorizer = build_vectorizer(self.config.languages, ngram_range=self.config.ngram_range, drop_stop_words=False)
        if yields_words(vectorizer, texts):
            return vectorizer
        raise TooFewDocumentsError("no document contains a word (only numbers or punctuation): nothing to describe topics with")

    def _fit_bertopic(self, strategy, texts, embeddings, embedder, vectorizer, guide):
        model = build_bertopic(
            self.config,
            n_docs=len(texts),
            strategy=strategy,
            embedder=embedder,
            vectorizer=vectorizer,
            seed_topics=guide.seed_topics,
            zeroshot_topics=guide.zeroshot_topics,
        )
        with quiet_bertopic():
            # a copy: guided topic modelling edits the embeddings in place
            model.fit_transform(texts, embeddings=embeddings.copy())
        return model

    def _describe(self) -> None:
        """Labels, the tidy topics table and the topic info, from the fitted BERTopic."""
        model = self.model_
        words = {t: [w for w, _ in pairs if w] for t, pairs in model.topic_representations_.items()}
        labels = {t: topic_label(words.get(t, []), t) for t in sorted(model.topic_sizes_)}
        if self.zeroshot_names_:  # a zero-shot topic is named by its frame (or its description)
            zeroshot = getattr(model, "_topic_id_to_zeroshot_topic_idx", {})
            labels.update({t: self.zeroshot_names_[i] for t, i in zeroshot.items() if t in labels})
        model.set_topic_labels(labels)
        self.topic_labels_ = labels
        self.topic_words_ = {t: words.get(t, []) for t in labels}
        assigned = np.asarray(model.topics_, dtype=np.int64)
        self.topics_ = self._table(self.documents_, assigned, self._similarity(self.embeddings_, assigned))
        n = len(assigned)
        sizes = pd.Series(assigned).value_counts()
        info = model.get_topic_info().set_index("Topic")
        rows = []
        for topic in sorted(labels):
            rows.append(
                {
                    "topic": topic,
                    "count": int(sizes.get(topic, 0)),
                    "share": float(sizes.get(topic, 0) / n),
                    "topic_label": labels[topic],
                    "words": ", ".join(self.topic_words_[topic]),
                    "representative_docs": list(info.loc[topic, "Representative_Docs"])
                    if "Representative_Docs" in info.columns and isinstance(info.loc[topic, "Representative_Docs"], list)
                    else [],
                }
            )
        self.topic_info_ = pd.DataFrame(rows)
        self.outlier_share_ = float(sizes.get(OUTLIER, 0) / n)

    # ---------- shared helpers ----------
    def _centroids(self) -> tuple[list[int], np.ndarray]:
        """Topic ids (outliers excluded) and their unit-length centroid vectors."""
        topics = sorted(self.model_.topic_sizes_)
        vectors = np.asarray(self.model_.topic_embeddings_, dtype=np.float32)
        keep = [i for i, t in enumerate(topics) if t != OUTLIER]
        centroids = vectors[keep]
        norms = np.linalg.norm(centroids, axis=1, keepdims=True)
        return [topics[i] for i in keep], centroids / np.where(norms > 0, norms, 1.0)

    def _similarity(self, embeddings: np.ndarray, assigned: np.ndarray) -> np.ndarray:
        topic_ids, centroids = self._centroids()
        sims = embeddings @ centroids.T if len(topic_ids) else np.zeros((len(assigned), 0))
        column = {t: i for i, t in enumerate(topic_ids)}
        out = np.full(len(assigned), np.nan)
        for row, topic in enumerate(assigned):
            if topic in column:
                out[row] = float(np.clip(sims[row, column[topic]], 0.0, 1.0))
        return out

    def _table(self, documents: pd.DataFrame, assigned: np.ndarray, probability: np.ndarray) -> pd.DataFrame:
        table = documents.copy()
        table["topic"] = assigned
        table["topic_label"] = [self.topic_labels_.get(int(t), f"topic {t}") for t in assigned]
        table["probability"] = probability
        return conform(table, TOPIC_COLUMNS)

    # ---------- using a fitted model ----------
    def transform(self, docs: pd.DataFrame) -> pd.DataFrame:
        """Assign new documents to the nearest topic centroid (works the same after load)."""
        documents, skipped = prepare_documents(docs)
        if len(skipped):
            warnings.warn(f"{len(skipped)} document(s) with empty text were not assigned a topic")
        texts = documents["text"].tolist()
        vectors = embed(texts, backend=self.config.backend, cache_dir=self.cache_dir, centre=self.centre_)
        topic_ids, centroids = self._centroids()
        if not topic_ids or not texts:
            return self._table(documents, np.full(len(texts), OUTLIER, dtype=np.int64), np.full(len(texts), np.nan))
        sims = vectors @ centroids.T
        best = sims.argmax(axis=1)
        assigned = np.asarray([topic_ids[i] for i in best], dtype=np.int64)
        return self._table(documents, assigned, np.clip(sims[np.arange(len(texts)), best], 0.0, 1.0))

    def save(self, folder: str | Path) -> Path:
        """Write the model to ``folder`` (safetensors + JSON + Parquet, no pickle)."""
        from .persistence import save_topics

        return save_topics(self, folder)


def fit_topics(
    docs: pd.DataFrame,
    *,
    config: TopicConfig | None = None,
    cache_dir: str | Path | None = None,
) -> TopicModel:
    """Fit topics on ``docs`` (a DataFrame with ``text`` and ids/metadata) and return the model.

    Statements or sentences both work: rows are the units. Embeddings come from the
    configured offline backend and are cached under ``cache_dir`` (default:
    :func:`analysis.cache.default_cache_dir`). Corpora under
    ``config.small_corpus_threshold`` documents use k-means (see ``factory``); fewer
    than 3 non-empty documents raise :class:`~analysis.errors.TooFewDocumentsError`.
    Fixed seeds make the same corpus and settings give the same topics in any process.
    """
    return TopicModel(config, cache_dir=cache_dir).fit(docs)
