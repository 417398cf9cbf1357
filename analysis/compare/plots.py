"""Keyness figures: a static two-sided bar chart and an interactive scattertext-style page.

Both show counts beside scores (a z of 8 on 12 occurrences reads differently from one on
12,000), and the interactive page puts the contexts of a term one click away. Terms come
from the corpus, so everything placed in HTML is escaped; the page embeds plotly.js and
needs no network.
"""

from __future__ import annotations

import html
import json

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

TARGET_COLOUR, REFERENCE_COLOUR = "#c44e52", "#4c72b0"


def _sides(table: pd.DataFrame, n: int) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    measure = table.attrs.get("measure", "z")
    target = table[table[measure] > 0].nlargest(n, measure)
    reference = table[table[measure] < 0].nsmallest(n, measure)
    return target, reference, measure


def plot_keyness(table: pd.DataFrame, n: int = 15, *, title: str | None = None) -> Figure:
    """The ``n`` most distinctive terms of each group of a :func:`keyness` table, as opposing bars.

    Target terms point right, reference terms left, each labelled with its counts in
    both groups ("term (target | reference)"). DejaVu Sans, matplotlib's default, has
    Cyrillic glyphs, so Russian terms render as text.
    """
    target, reference, measure = _sides(table, n)
    rows = pd.concat([reference.sort_values(measure), target.sort_values(measure)])  # strongest at the ends
    fig = Figure(figsize=(8, 0.32 * max(len(rows), 4) + 1.6))
    ax = fig.subplots()
    colours = [TARGET_COLOUR if v > 0 else REFERENCE_COLOUR for v in rows[measure]]
    positions = np.arange(len(rows))
    ax.barh(positions, rows[measure].to_numpy(), color=colours)
    labels = [f"{t} ({a} | {b})" for t, a, b in zip(rows["term"], rows["n_target"], rows["n_reference"])]
    ax.set_yticks(positions, labels, fontsize=8)
    ax.axvline(0, color="#333", linewidth=0.8)
    target_label = table.attrs.get("target", "target")
    reference_label = table.attrs.get("reference", "reference")
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=TARGET_COLOUR, label=f"more in {target_label}"),
                       Patch(color=REFERENCE_COLOUR, label=f"more in {reference_label}")],
              loc="lower right", fontsize=8)
    names = {"z": "log-odds z (informative Dirichlet prior)", "log_odds": "log-odds ratio",
             "chi2": "signed chi²", "g2": "signed log-likelihood G²"}
    ax.set(xlabel=f"{names.get(measure, measure)}; counts: ({target_label} | {reference_label})",
           title=title or f"Distinctive terms: {target_label} vs {reference_label}")
    fig.tight_layout()
    return fig


def _json_for_script(data: object) -> str:
    """JSON that cannot end or break out of the ``<script>`` element it is placed in."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:"DejaVu Sans",Arial,sans-serif;margin:1em}} #contexts li{{margin:.3em 0}}
#contexts mark{{background:#ffe08a}} .note{{color:#555}}</style></head><body>
<h1>{title}</h1><p class="note">{note}</p>
<script type="application/json" id="keyness-contexts">{contexts}</script>
{plot}
<h2 id="term">Click a term to read its contexts</h2><ol id="contexts"></ol>
</body></html>"""

# Runs after plotly has drawn the chart; corpus text only ever reaches the page as textContent.
_CLICK_SCRIPT = """
var contexts = JSON.parse(document.getElementById("keyness-contexts").textContent);
document.getElementById("{plot_id}").on("plotly_click", function (event) {
  var term = event.points[0].customdata[0], lines = contexts[term] || [];
  document.getElementById("term").textContent = "Contexts of \u201c" + term + "\u201d (" + lines.length + ")";
  var list = document.getElementById("contexts");
  list.replaceChildren();
  lines.forEach(function (line) {
    var item = document.createElement("li"), mark = document.createElement("mark");
    mark.textContent = line[1];
    item.append(line[0] + " ", mark, " " + line[2] + (line[3] ? "  (" + line[3] + ")" : ""));
    list.append(item);
  });
});
"""


def keyness_html(table: pd.DataFrame, contexts: pd.DataFrame | None = None, *, labels: int = 20,
                 source: str = "") -> str:
    """A self-contained interactive page: every term of a :func:`keyness` table as a point.

    x and y are the term's frequency per 10,000 words in the reference and target groups
    (log scales), colour its score; the ``labels`` strongest terms of each side are
    written on the chart. Hover shows counts, score and the first two contexts; a click
    lists all contexts of the term (``contexts``: a :func:`term_contexts` table, whose
    ``source`` column (e.g. ``statement_id``) is shown after each line when given).
    """
    import plotly.graph_objects as go

    measure = table.attrs.get("measure", "z")
    target_label = str(table.attrs.get("target", "target"))
    reference_label = str(table.attrs.get("reference", "reference"))
    by_term: dict[str, list[list[str]]] = {}
    if contexts is not None:
        for row in contexts.itertuples(index=False):
            where = str(getattr(row, source)) if source and hasattr(row, source) else ""
            by_term.setdefault(str(row.term), []).append([row.left, row.match, row.right, where])
    floor = 0.5 * min(1e4 / max(table.attrs.get("tokens_target", 1), 1),
                      1e4 / max(table.attrs.get("tokens_reference", 1), 1))  # half of one occurrence
    x = np.maximum(table["per_10k_reference"].to_numpy(), floor)
    y = np.maximum(table["per_10k_target"].to_numpy(), floor)
    terms = table["term"].astype(str).tolist()
    target, reference, _ = _sides(table, labels)
    shown = set(target["term"].astype(str)) | set(reference["term"].astype(str))
    hover = []
    for term, a, b, score in zip(terms, table["n_target"], table["n_reference"], table[measure]):
        lines = "".join(f"<br>… {html.escape(l[0][-40:])}<b>{html.escape(l[1])}</b>{html.escape(l[2][:40])} …"
                        for l in by_term.get(term, [])[:2])
        hover.append(f"<b>{html.escape(term)}</b><br>{html.escape(target_label)}: {a}<br>"
                     f"{html.escape(reference_label)}: {b}<br>{measure} = {score:.2f}{lines}")
    limit = float(np.nanmax(np.abs(table[measure]))) if len(table) else 1.0
    fig = go.Figure(go.Scattergl(
        x=x, y=y, mode="markers", customdata=[[t] for t in terms], hovertext=hover, hoverinfo="text",
        marker={"color": table[measure], "colorscale": "RdBu", "reversescale": True, "cmin": -limit,
                "cmax": limit, "size": 6, "colorbar": {"title": measure}},
    ))
    for term, xi, yi in zip(terms, x, y):
        if term in shown:
            fig.add_annotation(x=np.log10(xi), y=np.log10(yi), text=html.escape(term), showarrow=False,
                               font={"size": 10}, yshift=8)
    fig.update_layout(
        xaxis={"type": "log", "title": html.escape(f"per 10,000 words in {reference_label}")},
        yaxis={"type": "log", "title": html.escape(f"per 10,000 words in {target_label}")},
        template="plotly_white", height=700, showlegend=False,
    )
    title = f"Distinctive terms: {target_label} vs {reference_label}"
    note = (f"{len(table)} terms; above the diagonal: more frequent in {target_label}. Hover for counts, "
            f"click for contexts.")
    plot = fig.to_html(full_html=False, include_plotlyjs=True, div_id="keyness-plot", post_script=_CLICK_SCRIPT)
    return _PAGE.format(title=html.escape(title), note=html.escape(note), plot=plot,
                        contexts=_json_for_script(by_term))


def plot_contrasts(table: pd.DataFrame, *, label: str = "frame", title: str | None = None,
                   xlabel: str = "difference in share of sentences (target − reference)") -> Figure:
    """Differences with their bootstrap intervals, one row per ``label`` value of a contrast table.

    Filled dots have a Benjamini–Hochberg adjusted p below 0.05, hollow ones do not;
    each row's label carries both groups' n, and rows resting on fewer than 30 units say
    so, so a reader sees at once which differences are solid.
    """
    rows = table.sort_values("difference", kind="stable").reset_index(drop=True)
    fig = Figure(figsize=(8, 0.42 * max(len(rows), 3) + 1.6))
    ax = fig.subplots()
    low = (rows["difference"] - rows["ci_low"]).clip(lower=0).fillna(0)
    high = (rows["ci_high"] - rows["difference"]).clip(lower=0).fillna(0)
    ax.errorbar(rows["difference"], np.arange(len(rows)), xerr=[low, high], fmt="none", ecolor="#4c72b0", capsize=3)
    significant = (rows["p_adjusted"] < 0.05).to_numpy()
    y = np.arange(len(rows))
    ax.scatter(rows["difference"][significant], y[significant], color="#4c72b0", zorder=3, label="BH-adjusted p < 0.05")
    ax.scatter(rows["difference"][~significant], y[~significant], facecolor="white", edgecolor="#4c72b0", zorder=3,
               label="not significant")
    labels = [f"{r[label]}  (n={int(r['n_target'])} | {int(r['n_reference'])}){'  n < 30' if r['small_n'] else ''}"
              for _, r in rows.iterrows()]
    ax.set_yticks(y, labels, fontsize=8)
    ax.axvline(0, color="#333", linewidth=0.8)
    target, reference = table.attrs.get("target", "target"), table.attrs.get("reference", "reference")
    ax.set(xlabel=xlabel, title=title or f"{target} vs {reference}")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig
