"""Analyses on a fitted :class:`~analysis.topics.model.TopicModel`, each a tidy DataFrame.

* :func:`topics_per_class` - topic shares and words per speaker, country, group...;
* :func:`topics_over_time` - topic shares and words per year (or date);
* :func:`hierarchical_topics` - which topics merge into which, and at what distance;
* :func:`topic_shares` - topic counts and shares per any combination of columns
  (group × year), straight from the assignments;
* :func:`sentiment_by_topic` - mean sentence sentiment per topic, with bootstrap intervals.

Periods ("1989–1993") for ``topic_shares`` come from :func:`analysis.aggregate.period_labels`.

(Moving outliers to their nearest topic is :meth:`TopicModel.reduce_outliers`.)
Class and time values come from the columns of ``model.topics_`` (the input's own
metadata), so any column the corpus carries (``p5``, ``development_group``) works.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..aggregate import MISSING_GROUP, mean_by, shares_by
from ..errors import AnalysisError, SchemaError
from .factory import quiet_bertopic
from .model import OUTLIER, TopicModel


def _column(model: TopicModel, name: str) -> pd.Series:
    if name not in model.topics_.columns:
        raise SchemaError(
            f"the topic documents have no {name!r} column (they have {list(model.topics_.columns)}); "
            "fit on a table that carries it, e.g. statements with analysis.countries.add_country_groups"
        )
    return model.topics_[name]


def _clean_words(words: pd.Series) -> pd.Series:
    """BERTopic pads short word lists with empty strings ("a, b, , "): drop them."""
    return words.map(lambda text: ", ".join(w for w in str(text).split(", ") if w.strip())).astype("string")


def _add_shares(table: pd.DataFrame, by: str) -> pd.DataFrame:
    totals = table.groupby(by, dropna=False)["count"].transform("sum")
    table["share"] = table["count"] / totals
    return table


def topics_per_class(model: TopicModel, by: str = "speaker", *, global_tuning: bool = True) -> pd.DataFrame:
    """Per class of column ``by`` and topic: count, share within the class, class-specific words.

    Rows whose class is missing are grouped as ``MISSING_GROUP`` ("(unknown)") rather than dropped.
    Columns: ``by``, topic, topic_label, count, share, words.
    """
    classes = _column(model, by).astype("string").fillna(MISSING_GROUP).tolist()
    with quiet_bertopic():
        raw = model.model_.topics_per_class(model.documents_["text"].tolist(), classes, global_tuning=global_tuning)
    table = pd.DataFrame(
        {
            by: raw["Class"].astype("string"),
            "topic": raw["Topic"].astype("int64"),
            "count": raw["Frequency"].astype("int64"),
            "words": _clean_words(raw["Words"]),
        }
    )
    table.insert(2, "topic_label", table["topic"].map(model.topic_labels_).astype("string"))
    table = _add_shares(table, by)
    return table[[by, "topic", "topic_label", "count", "share", "words"]].sort_values([by, "topic"]).reset_index(drop=True)


def topics_over_time(
    model: TopicModel,
    by: str = "year",
    *,
    nr_bins: int | None = None,
    global_tuning: bool = True,
    evolution_tuning: bool = True,
) -> pd.DataFrame:
    """Per time value of column ``by`` (year or date) and topic: count, share, words.

    Documents without a time value cannot be placed on the axis and are left out; the
    number left out is in ``result.attrs["missing_time"]``. ``nr_bins`` groups times
    into that many equal bins (BERTopic's binning). Columns: ``by``, topic, topic_label,
    count, share, words.
    """
    values = _column(model, by)
    known = values.notna().to_numpy()
    if not known.any():
        raise AnalysisError(f"no document has a value in {by!r}: nothing to put on a time axis")
    times = values[known]
    if pd.api.types.is_datetime64_any_dtype(times):
        stamps = times.dt.strftime("%Y-%m-%d").tolist()
        fmt = "%Y-%m-%d"
    else:
        stamps = times.astype("int64").tolist()
        fmt = None
    texts = model.documents_["text"][known].tolist()
    topics = np.asarray(model.model_.topics_)[known].tolist()
    with quiet_bertopic():
        raw = model.model_.topics_over_time(
            texts, stamps, topics=topics, nr_bins=nr_bins, datetime_format=fmt,
            global_tuning=global_tuning, evolution_tuning=evolution_tuning,
        )
    stamp = raw["Timestamp"]
    if fmt is None and nr_bins is None:
        stamp = stamp.astype("int64")
    table = pd.DataFrame(
        {
            by: stamp,
            "topic": raw["Topic"].astype("int64"),
            "count": raw["Frequency"].astype("int64"),
            "words": _clean_words(raw["Words"]),
        }
    )
    table.insert(2, "topic_label", table["topic"].map(model.topic_labels_).astype("string"))
    table = _add_shares(table, by)
    table = table[[by, "topic", "topic_label", "count", "share", "words"]].sort_values([by, "topic"])
    table = table.reset_index(drop=True)
    table.attrs["missing_time"] = int((~known).sum())
    return table


HIERARCHY_COLUMNS = {
    "parent_id": "int64",
    "parent_name": "string",
    "topics": "object",
    "child_left_id": "int64",
    "child_left_name": "string",
    "child_right_id": "int64",
    "child_right_name": "string",
    "distance": "float64",
}


def hierarchical_topics(model: TopicModel) -> pd.DataFrame:
    """The merge tree of the topics (BERTopic's Ward linkage on c-TF-IDF), one row per merge.

    Empty (with the columns) when there are fewer than two topics to merge.
    """
    topics = [t for t in model.topic_labels_ if t != OUTLIER]
    if len(topics) < 2:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in HIERARCHY_COLUMNS.items()})
    with quiet_bertopic():
        raw = model.model_.hierarchical_topics(model.documents_["text"].tolist())
    table = raw.rename(columns={
        "Parent_ID": "parent_id", "Parent_Name": "parent_name", "Topics": "topics",
        "Child_Left_ID": "child_left_id", "Child_Left_Name": "child_left_name",
        "Child_Right_ID": "child_right_id", "Child_Right_Name": "child_right_name",
        "Distance": "distance",
    })
    table = table[list(HIERARCHY_COLUMNS)]
    return table.astype({c: t for c, t in HIERARCHY_COLUMNS.items() if t != "object"}).reset_index(drop=True)


def topic_shares(model: TopicModel, by: str | list[str]) -> pd.DataFrame:
    """Count and share of each topic within every combination of the ``by`` columns.

    For group × time breakdowns (``by=["development_group", "year"]``). Unlike
    :func:`topics_per_class` it does not recompute topic words, so it is instant on any
    corpus. Missing keys stay as their own (null) group. Columns: ``*by``, topic,
    topic_label, count, share (within the ``by`` group; sums to 1 per group); see
    :func:`analysis.aggregate.shares_by`, which the pipeline's tables step also uses.
    """
    keys = [by] if isinstance(by, str) else list(by)
    for key in keys:
        _column(model, key)
    return shares_by(model.topics_, ["topic", "topic_label"], keys)


def sentiment_by_topic(model: TopicModel, sentences: pd.DataFrame, by: str | list[str] | None = None) -> pd.DataFrame:
    """Mean ``sentiment`` of the sentences in each topic (and ``by`` group), with bootstrap CIs.

    ``sentences`` are scored sentences (``analysis.sentiment.score_sentiment``). When the
    topic model was fitted on sentences they join by ``sentence_id``; when it was fitted
    on statements each sentence takes its statement's topic. Unscored sentences are left
    out (``analysis.aggregate.mean_by``). Columns: topic, topic_label, ``*by``, n, mean,
    ci_low, ci_high.
    """
    if "sentiment" not in sentences.columns:
        raise SchemaError("the sentences have no 'sentiment' column: score them with analysis.sentiment.score_sentiment first")
    extra = [] if by is None else ([by] if isinstance(by, str) else list(by))
    topics = model.topics_
    sentence_level = topics["sentence_id"].notna().any()
    key = "sentence_id" if sentence_level else "statement_id"
    wanted = [key, "topic", "topic_label", *[c for c in extra if c not in sentences.columns]]
    joined = sentences[[c for c in sentences.columns if c not in ("topic", "topic_label")]].merge(
        topics[wanted], on=key, how="inner"
    )
    for column in extra:
        if column not in joined.columns:
            raise SchemaError(f"neither the sentences nor the topic documents have a {column!r} column")
    return mean_by(joined, "sentiment", ["topic", "topic_label", *extra])
