"""Topic figures: static matplotlib (PNG + SVG, for papers) and interactive plotly (HTML).

Each ``plot_*`` function returns a matplotlib ``Figure`` (DejaVu fonts, so Russian
labels render) and each ``plot_*_interactive`` function a plotly figure; :func:`save_topic_figures`
writes them all under stable names, the HTML next to the PNG/SVG. Every text that comes
from the corpus (statement text, speaker and class names, topic words) is HTML-escaped
before it reaches plotly, whose labels and hover boxes interpret markup: a statement
containing ``<script>`` stays text.
"""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..cache import atomic_write_bytes
from ..plots import save_figure
from .model import OUTLIER, TopicModel

HOVER_CHARS = 240


def _topics_to_show(model: TopicModel, top_n_topics: int) -> list[int]:
    info = model.topic_info_
    info = info[info["topic"] != OUTLIER].sort_values(["count", "topic"], ascending=[False, True])
    return info["topic"].head(top_n_topics).astype(int).tolist()


def _word_scores(model: TopicModel, topic: int, n_words: int) -> list[tuple[str, float]]:
    pairs = model.model_.topic_representations_.get(topic, [])
    return [(w, float(s)) for w, s in pairs if w][:n_words]


def _short(label: str, width: int = 28) -> str:
    """``label`` in at most ``width`` characters, cut between words unless that leaves less than
    half of it: word-cutting "0: secretary-general, peace" leaves "0: …", a bare number."""
    text = " ".join(str(label).split())
    short = textwrap.shorten(text, width=width, placeholder="…")
    if len(short) < min(len(text), width) // 2:
        short = text[: width - 1].rstrip() + "…"
    return short


def _score_name(model: TopicModel) -> str:
    """What the bar lengths of a topic's words are: c-TF-IDF, or similarity to the topic."""
    return "c-TF-IDF" if model.config.representation == "ctfidf" else "similarity to the topic"


def plot_topic_words(model: TopicModel, *, top_n_topics: int = 8, n_words: int = 6) -> Figure:
    """One panel per topic (largest first): its top words and their scores (see ``TopicConfig.representation``)."""
    topics = _topics_to_show(model, top_n_topics) or [OUTLIER]
    cols = min(4, len(topics))
    rows = int(np.ceil(len(topics) / cols))
    fig = Figure(figsize=(3.2 * cols, 2.4 * rows + 0.6), layout="constrained")
    axes = np.atleast_1d(fig.subplots(rows, cols, squeeze=False).ravel())
    counts = model.topic_info_.set_index("topic")["count"]
    for ax, topic in zip(axes, topics):
        scores = _word_scores(model, topic, n_words)[::-1]
        ax.barh([w for w, _ in scores], [s for _, s in scores], color="#4c72b0")
        ax.set_title(f"{topic}: {_short(model.topic_labels_.get(topic, ''))} (n={int(counts.get(topic, 0))})", fontsize=9)
        ax.tick_params(labelsize=8)
        ax.set_xlabel(_score_name(model), fontsize=8)
    for ax in axes[len(topics):]:
        ax.set_axis_off()
    fig.suptitle("Topic words")
    return fig


def plot_topics_per_class(table: pd.DataFrame, by: str, *, top_n_topics: int = 8, max_classes: int = 25) -> Figure:
    """Heatmap of topic shares within each class (rows: classes, columns: topics).

    ``table`` is :func:`analysis.topics.analyses.topics_per_class` output. The largest
    topics and classes are shown; shares are within each class, so rows sum to at most 1.
    """
    shares = _pivot(table, by, top_n_topics, max_classes)
    fig = Figure(figsize=(1.0 + 0.9 * shares.shape[1], 1.2 + 0.35 * shares.shape[0]), layout="constrained")
    ax = fig.subplots()
    image = ax.imshow(shares.to_numpy(), aspect="auto", cmap="Blues", vmin=0, vmax=max(shares.to_numpy().max(), 1e-9))
    ax.set_xticks(range(shares.shape[1]), [_short(c, 18) for c in shares.columns], rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(shares.shape[0]), [_short(c, 30) for c in shares.index], fontsize=8)
    for (i, j), value in np.ndenumerate(shares.to_numpy()):
        if value > 0:
            ax.text(j, i, f"{value:.0%}", ha="center", va="center", fontsize=7,
                    color="white" if value > 0.5 * shares.to_numpy().max() else "black")
    fig.colorbar(image, ax=ax, label="share of the class's documents")
    ax.set_title(f"Topics per {by}")
    return fig


def plot_topics_over_time(table: pd.DataFrame, by: str = "year", *, top_n_topics: int = 8) -> Figure:
    """Share of documents per topic at each time value (``topics_over_time`` output)."""
    shares = _pivot(table, by, top_n_topics, max_classes=None).sort_index()
    fig = Figure(figsize=(8, 4.5), layout="constrained")
    ax = fig.subplots()
    x = list(shares.index)
    for column in shares.columns:
        ax.plot(x, shares[column].to_numpy(), marker="o", markersize=3, label=_short(column, 40))
    ax.set_xlabel(by)
    ax.set_ylabel("share of documents")
    ax.set_title("Topics over time")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def _pivot(table: pd.DataFrame, by: str, top_n_topics: int, max_classes: int | None) -> pd.DataFrame:
    table = table[table["topic"] != OUTLIER]
    if table.empty:
        return pd.DataFrame([[0.0]], index=["—"], columns=["—"])
    top = table.groupby("topic")["count"].sum().sort_values(ascending=False).head(top_n_topics).index
    table = table[table["topic"].isin(top)]
    names = {t: f"{t}: {lab}" for t, lab in zip(table["topic"], table["topic_label"])}
    shares = table.pivot_table(index=by, columns="topic", values="share", aggfunc="sum", fill_value=0.0)
    if max_classes is not None:
        sizes = table.groupby(by)["count"].sum().sort_values(ascending=False)
        shares = shares.loc[[c for c in sizes.index[:max_classes] if c in shares.index]]
    shares = shares[[t for t in top if t in shares.columns]]
    shares.columns = [names[t] for t in shares.columns]
    shares.index = [str(i) for i in shares.index]
    return shares


# ---------- interactive (plotly) ----------
def _escape(text) -> str:
    """Corpus text made inert for plotly's markup-aware labels: escaped, then shortened."""
    return html.escape(textwrap.shorten(str(text), width=HOVER_CHARS, placeholder="…"), quote=True)


def plot_topic_words_interactive(model: TopicModel, *, top_n_topics: int = 8, n_words: int = 6):
    """Interactive version of :func:`plot_topic_words`; hover shows representative statements."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    topics = _topics_to_show(model, top_n_topics) or [OUTLIER]
    cols = min(4, len(topics))
    rows = int(np.ceil(len(topics) / cols))
    info = model.topic_info_.set_index("topic")
    titles = [_escape(f"{t}: {model.topic_labels_.get(t, '')}") for t in topics]
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=titles)
    for i, topic in enumerate(topics):
        scores = _word_scores(model, topic, n_words)[::-1]
        docs = info.loc[topic, "representative_docs"] if topic in info.index else []
        examples = "<br>".join(f"• {_escape(doc)}" for doc in list(docs)[:3])
        fig.add_trace(
            go.Bar(
                x=[s for _, s in scores],
                y=[_escape(w) for w, _ in scores],
                orientation="h",
                hovertext=[f"{_escape(w)}: {s:.3f}<br>{examples}" for w, s in scores],
                hoverinfo="text",
                showlegend=False,
            ),
            row=i // cols + 1,
            col=i % cols + 1,
        )
    fig.update_layout(title="Topic words", height=260 * rows + 80, template="plotly_white")
    return fig


def plot_topics_per_class_interactive(table: pd.DataFrame, by: str, *, top_n_topics: int = 8, max_classes: int = 25):
    """Interactive heatmap of topic shares per class."""
    import plotly.graph_objects as go

    shares = _pivot(table, by, top_n_topics, max_classes)
    classes = [_escape(c) for c in shares.index]
    topics = [_escape(c) for c in shares.columns]
    hover = [[f"{c}<br>{t}<br>{v:.1%}" for t, v in zip(topics, row)] for c, row in zip(classes, shares.to_numpy())]
    fig = go.Figure(go.Heatmap(z=shares.to_numpy(), x=topics, y=classes, colorscale="Blues",
                               hovertext=hover, hoverinfo="text"))
    fig.update_layout(title=_escape(f"Topics per {by}"), template="plotly_white")
    return fig


def plot_topics_over_time_interactive(table: pd.DataFrame, by: str = "year", *, top_n_topics: int = 8):
    """Interactive lines of topic shares over time; hover shows the words of that period."""
    import plotly.graph_objects as go

    data = table[table["topic"] != OUTLIER]
    top = data.groupby("topic")["count"].sum().sort_values(ascending=False).head(top_n_topics).index
    fig = go.Figure()
    for topic in top:
        rows = data[data["topic"] == topic].sort_values(by)
        label = _escape(f"{topic}: {rows['topic_label'].iloc[0]}")
        hover = [f"{label}<br>{_escape(t)}: {s:.1%} (n={n})<br>{_escape(w)}"
                 for t, s, n, w in zip(rows[by], rows["share"], rows["count"], rows["words"])]
        fig.add_trace(go.Scatter(x=[str(t) for t in rows[by]], y=rows["share"], mode="lines+markers",
                                 name=label, hovertext=hover, hoverinfo="text"))
    fig.update_layout(title="Topics over time", xaxis_title=_escape(by), yaxis_title="share of documents",
                      template="plotly_white")
    return fig


HOVER_CHARS = 300  # characters of a document's text in its hover box


def _document_map(model: TopicModel) -> np.ndarray:
    """2-D coordinates of the documents: PCA of their embeddings (deterministic, instant)."""
    from sklearn.decomposition import PCA

    vectors = np.asarray(model.embeddings_, dtype=np.float64)
    if len(vectors) < 2:
        return np.zeros((len(vectors), 2))
    coords = PCA(n_components=min(2, len(vectors)), svd_solver="full").fit_transform(vectors)
    return coords if coords.shape[1] == 2 else np.column_stack([coords, np.zeros(len(coords))])


def plot_documents_interactive(model: TopicModel, *, hover_columns: tuple[str, ...] = ("speaker", "country", "year")):
    """Every document as a point (PCA of its embedding), coloured by topic; hover shows the start
    of its text (``HOVER_CHARS``: whole speeches would make the page as large as the corpus)."""
    import plotly.graph_objects as go

    coords = _document_map(model)
    table = model.topics_
    extra = [c for c in hover_columns if c in table.columns]
    fig = go.Figure()
    for topic in sorted(table["topic"].unique()):
        rows = np.flatnonzero(table["topic"].to_numpy() == topic)
        hover = []
        for row in rows:
            meta = " · ".join(_escape(table[c].iloc[row]) for c in extra if pd.notna(table[c].iloc[row]))
            text = textwrap.shorten(str(table["text"].iloc[row]), HOVER_CHARS, placeholder=" …")
            hover.append(f"{_escape(table['statement_id'].iloc[row])} {meta}<br>{_escape(text)}")
        fig.add_trace(go.Scatter(x=coords[rows, 0], y=coords[rows, 1], mode="markers",
                                 name=_escape(f"{topic}: {model.topic_labels_.get(int(topic), '')}"),
                                 hovertext=hover, hoverinfo="text", marker={"size": 7, "opacity": 0.8}))
    fig.update_layout(title="Documents by topic (PCA of embeddings)", template="plotly_white")
    return fig


def write_html(fig, path: str | Path) -> Path:
    """Write a plotly figure as HTML that works offline: plotly.js is written once beside it."""
    from plotly.offline import get_plotlyjs

    path = Path(path)
    script = path.with_name("plotly.min.js")
    if not script.exists():
        atomic_write_bytes(script, get_plotlyjs().encode("utf-8"))
    atomic_write_bytes(path, fig.to_html(include_plotlyjs="directory", full_html=True).encode("utf-8"))
    return path


def save_topic_figures(
    model: TopicModel,
    folder: str | Path,
    *,
    by_class: str | None = "speaker",
    by_time: str | None = "year",
    top_n_topics: int = 8,
) -> list[Path]:
    """Write the barchart, topics per ``by_class`` and topics over ``by_time`` as PNG, SVG and HTML.

    A figure whose column is absent (or None) is skipped. Names: ``topics_barchart``,
    ``topics_per_{by_class}``, ``topics_over_{by_time}``, plus the interactive document
    map ``topics_documents.html`` (hover: each statement's text). Returns the paths written.
    """
    from .analyses import topics_over_time, topics_per_class

    folder = Path(folder)
    paths = save_figure(plot_topic_words(model, top_n_topics=top_n_topics), "topics_barchart", folder)
    paths.append(write_html(plot_topic_words_interactive(model, top_n_topics=top_n_topics), folder / "topics_barchart.html"))
    paths.append(write_html(plot_documents_interactive(model), folder / "topics_documents.html"))
    if by_class and by_class in model.topics_.columns:
        table = topics_per_class(model, by_class)
        name = f"topics_per_{by_class}"
        paths += save_figure(plot_topics_per_class(table, by_class, top_n_topics=top_n_topics), name, folder)
        paths.append(write_html(plot_topics_per_class_interactive(table, by_class, top_n_topics=top_n_topics), folder / f"{name}.html"))
    if by_time and by_time in model.topics_.columns and model.topics_[by_time].notna().any():
        table = topics_over_time(model, by_time)
        name = f"topics_over_{by_time}"
        paths += save_figure(plot_topics_over_time(table, by_time, top_n_topics=top_n_topics), name, folder)
        paths.append(write_html(plot_topics_over_time_interactive(table, by_time, top_n_topics=top_n_topics), folder / f"{name}.html"))
    return paths
