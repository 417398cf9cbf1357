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

``reduce_outliers`` (run by ``fit`` unless ``config.reduce_outliers`` is off) moves outliers
to their nearest topic; ``save`` / :func:`load_topics` go through ``to_state`` /
``from_state``, the one pair of methods ``persistence.py`` needs.

``probability`` in ``topics_`` is one quantity on every path (k-means, HDBSCAN,
zero-shot, reassigned outliers, new documents): the cosine similarity between the
document and its topic's centroid, clipped to [0, 1]; null for outliers.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ..cache import content_key
from ..embeddings import centre_vectors, embed, fit_centre, needs_centre
from ..errors import ModelError, SchemaError, TooFewDocumentsError
from ..schema import TOPIC_COLUMNS, conform
from .factory import MIN_DOCUMENTS, TopicConfig, build_bertopic, clustering_strategy, quiet_bertopic
from .guidance import guidance
from .persistence import TABLES, TopicState, read_state, write_state
from .vectorizer import build_vectorizer, yields_words

OUTLIER = -1
OUTLIER_LABEL = "outliers"
LABEL_WORDS = 4
MEMBER_QUANTILE = 0.1  # default outlier threshold: this quantile of members' similarity to their centroid
REASSIGNMENT_COLUMNS = {
    "statement_id": "string",
    "sentence_id": "string",
    "old_topic": "int64",
    "new_topic": "int64",
    "similarity": "float64",
}


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
        from .backend import Embedder  # imports bertopic (with plotly, umap, jsonschema): seconds, so only when fitting

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
        self.outliers_reassigned_ = self.reduce_outliers() if config.reduce_outliers else _no_reassignments()
        return self

    def reduce_outliers(self, *, threshold: float | None = None) -> pd.DataFrame:
        """Reassign outliers whose cosine similarity to a topic centroid is >= ``threshold``.

        ``threshold=None`` takes ``config.outlier_threshold``, and when that is None too,
        the 10th percentile of the clustered documents' similarity to their own centroid
        (see ``TopicConfig``). Uses BERTopic's "embeddings" strategy on the stored document
        vectors (no re-embedding), then recomputes the topic words and centroids with the
        model's own vectorizer. Returns one row per moved document (ids, old and new topic,
        similarity); updates the model in place.
        """
        bertopic = self.model_
        old = np.asarray(bertopic.topics_, dtype=np.int64)
        if OUTLIER not in old or len(set(old.tolist()) - {OUTLIER}) == 0:
            return _no_reassignments()
        threshold = self.config.outlier_threshold if threshold is None else threshold
        if threshold is None:
            threshold = float(np.quantile(self.topics_["probability"].dropna().to_numpy(), MEMBER_QUANTILE))
        self.outlier_threshold_ = threshold
        texts = self.documents_["text"].tolist()
        with quiet_bertopic():
            new = np.asarray(
                bertopic.reduce_outliers(texts, old.tolist(), strategy="embeddings",
                                         embeddings=self.embeddings_, threshold=threshold),
                dtype=np.int64,
            )
        moved = np.flatnonzero(new != old)
        if len(moved) == 0:
            return _no_reassignments()
        with quiet_bertopic():
            bertopic.update_topics(texts, topics=new.tolist(), top_n_words=self.config.top_n_words,
                                   vectorizer_model=bertopic.vectorizer_model, ctfidf_model=bertopic.ctfidf_model,
                                   representation_model=bertopic.representation_model)
        # centroids as the mean of member vectors (update_topics would use word vectors)
        bertopic.topic_embeddings_ = np.vstack([self.embeddings_[new == t].mean(axis=0) for t in sorted(set(new.tolist()))])
        self._describe()
        log = self.documents_.loc[moved, ["statement_id", "sentence_id"]].copy()
        log["old_topic"] = old[moved]
        log["new_topic"] = new[moved]
        log["similarity"] = self.topics_["probability"].to_numpy()[moved]
        return log.astype(REASSIGNMENT_COLUMNS).reset_index(drop=True)

    def _vectorizer(self, texts: list[str]):
        config = self.config
        vectorizer = build_vectorizer(config.languages, ngram_range=config.ngram_range,
                                      exclude_names=config.exclude_names, corpus=texts)
        if yields_words(vectorizer, texts):
            return vectorizer
        # only stop words (e.g. one-word documents "Thanks"): keep them rather than fail
        vectorizer = build_vectorizer(config.languages, ngram_range=config.ngram_range, drop_stop_words=False,
                                      exclude_names=config.exclude_names, corpus=texts)
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

    # ---------- persistence: the model's whole state, and back ----------
    def to_state(self) -> TopicState:
        """Everything a saved model needs (``analysis.topics.persistence`` writes it)."""
        if not hasattr(self, "model_"):
            raise ModelError("this TopicModel is not fitted yet: call fit() (or fit_topics) before save()")
        facts = {name: getattr(self, f"{name}_") for name in STATE_FACTS}
        return TopicState(self.config, self.model_, self.embeddings_, self.centre_,
                          {name: getattr(self, f"{name}_") for name in TABLES}, facts)

    @classmethod
    def from_state(cls, state: TopicState, *, cache_dir: str | Path | None = None) -> "TopicModel":
        """A fitted model from a state read back by ``analysis.topics.persistence``."""
        model = cls(state.config, cache_dir=cache_dir)
        model.model_, model.embeddings_, model.centre_ = state.bertopic, state.embeddings, state.centre
        for name, value in {**state.facts, **state.tables}.items():
            setattr(model, f"{name}_", value)
        return model

    def save(self, folder: str | Path) -> Path:
        """Write the model to ``folder`` (safetensors + JSON + Parquet, no pickle); returns the manifest."""
        return write_state(self.to_state(), folder)


# Fitted attributes (without the trailing "_") that a saved model keeps besides its tables.
STATE_FACTS = ("strategy", "corpus_hash", "outlier_share", "outlier_share_before_reduction", "outlier_threshold",
               "topic_labels", "topic_words", "zeroshot_names")


def _no_reassignments() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in REASSIGNMENT_COLUMNS.items()})


def load_topics(folder: str | Path, *, cache_dir: str | Path | None = None) -> TopicModel:
    """Read a model written by :meth:`TopicModel.save` (no pickle, no download)."""
    return TopicModel.from_state(read_state(folder, cache_dir=cache_dir), cache_dir=cache_dir)


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
