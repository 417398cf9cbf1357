"""Comparisons of speakers and groups: keyness, contrasts with tests, speaker tables, their plots.

Tables in, tables out, like every concern::

    counts = term_counts(statements, "p5")                 # terms per group
    table = keyness(counts, target=True)                   # chi², G², log-odds z + counts
    plot_keyness(table)                                    # both directions, matplotlib
    contrast_frames(hits, sentences, statements, "p5", True)   # shares, CI, p, BH, effect size
    speaker_table(statements, sentences, hits)             # one row per speaker

Names resolve lazily (scipy and matplotlib load on first use).
"""

from __future__ import annotations

from ..lazy import lazy_exports

_PUBLIC = {
    "sides": "analysis.compare.groups",
    "term_counts": "analysis.compare.terms",
    "term_contexts": "analysis.compare.terms",
    "keyness": "analysis.compare.keywords",
    "keyness_by": "analysis.compare.keywords",
    "top_terms": "analysis.compare.keywords",
    "compare_samples": "analysis.compare.contrasts",
    "contrast_frames": "analysis.compare.contrasts",
    "contrast_sentiment": "analysis.compare.contrasts",
    "benjamini_hochberg": "analysis.compare.contrasts",
    "distinctive_terms": "analysis.compare.speakers",
    "speaker_table": "analysis.compare.speakers",
    "plot_keyness": "analysis.compare.plots",
    "keyness_html": "analysis.compare.plots",
    "plot_contrasts": "analysis.compare.plots",
}

__all__ = sorted(_PUBLIC)

__getattr__ = lazy_exports(__name__, _PUBLIC)
