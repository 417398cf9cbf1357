"""``python -m analysis compare OUT --by p5 --target RUS``: keyness, contrasts and speakers of two groups.

Reads the tables a ``run`` wrote into OUT (statements; sentences, frame hits and
sentiment when present) and writes into ``OUT/compare/<name>/``: keyness (CSV with
the counts of both groups, a two-sided bar chart, an interactive page with contexts),
the contexts, frame and sentiment contrasts with tests, and a speaker table.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

DESCRIPTIONS = {
    "keyness": "distinctive terms of the target vs the reference: counts and docs in both groups, frequency per "
               "10,000 words, signed chi² and G² with p-values, log-odds with informative Dirichlet prior and its z",
    "contexts": "keyword-in-context lines of the most distinctive terms (the evidence behind each score)",
    "contrast_frames": "share of sentences with each frame, target vs reference: difference, 95 % bootstrap "
                       "interval, permutation p, Benjamini-Hochberg adjusted p, Cohen's h, n, small_n (n < 30)",
    "contrast_sentiment": "mean sentence sentiment, target vs reference: difference, 95 % bootstrap interval, "
                          "permutation p, BH-adjusted p, Cohen's d, n, small_n (n < 30)",
    "speakers": "one row per speaker of either group: statements, sentences, words, frame shares, mean sentiment "
                "with interval, distinctive terms",
}


def _slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("_")[:80] or "comparison"


def _compare(args: argparse.Namespace) -> int:
    import pandas as pd

    from ..cache import atomic_write_bytes
    from ..errors import AnalysisError
    from ..exports import workbook_bytes, write_csv
    from ..plots import save_figure
    from ..selection import select, selection_from_args
    from . import keyness, keyness_html, plot_keyness, term_contexts, term_counts, top_terms
    from .groups import sides

    out = Path(args.out)
    if not (out / "statements.parquet").exists():
        raise AnalysisError(f"{out / 'statements.parquet'} not found; run `python -m analysis run SOURCE --out {out}` first")
    statements = pd.read_parquet(out / "statements.parquet")
    statements = select(statements, **selection_from_args(args))
    if "year" in statements.columns:
        statements["decade"] = (statements["year"] // 10 * 10).astype("Int64")
    targets = [t.strip() for t in args.target.split(",") if t.strip()]
    references = [r.strip() for r in args.reference.split(",")] if args.reference else None
    side = sides(statements, args.by, targets, references)
    target_label, reference_label = side.attrs["labels"]
    statements = statements.assign(side=side)[side.notna().to_numpy()].reset_index(drop=True)
    dest = Path(args.dest) if args.dest else out / "compare" / _slug(f"{args.by}-{args.target}-vs-{args.reference or 'rest'}")
    dest.mkdir(parents=True, exist_ok=True)
    tables: dict[str, pd.DataFrame] = {}

    table = keyness(term_counts(statements, "side"), "target", "reference", min_count=args.min_count,
                    labels=(target_label, reference_label))
    tables["keyness"] = table
    evidence = [term_contexts(statements[statements["side"] == name], top_terms(table, args.top, direction=name),
                              per_term=args.contexts, columns=["side", "speaker", "country", "year"])
                for name in ("target", "reference")]
    tables["contexts"] = pd.concat(evidence, ignore_index=True)
    save_figure(plot_keyness(table, args.top), "keyness", dest)
    atomic_write_bytes(dest / "keyness.html", keyness_html(table, tables["contexts"], labels=args.top,
                                                           source="statement_id").encode("utf-8"))
    tables.update(_sentence_contrasts(out, statements, args))
    for name, frame in tables.items():
        write_csv(frame, dest / f"{name}.csv")
    if args.excel:
        atomic_write_bytes(dest / "compare.xlsx", workbook_bytes(tables, DESCRIPTIONS))
    n = statements["side"].value_counts()
    print(f"{target_label}: {n.get('target', 0)} statements; {reference_label}: {n.get('reference', 0)} statements")
    print(f"distinctive of {target_label}: {', '.join(top_terms(table, 10))}")
    print(f"distinctive of {reference_label}: {', '.join(top_terms(table, 10, direction='reference'))}")
    print(f"wrote {dest}")
    return 0


def _sentence_contrasts(out: Path, statements, args: argparse.Namespace) -> dict:
    """Frame and tone contrasts and the speaker table, when the run wrote sentences (warnings to stderr)."""
    import warnings

    import pandas as pd

    from ..selection import select
    from . import contrast_frames, contrast_sentiment, speaker_table

    sentences_path, hits_path = out / "sentences.parquet", out / "frame_hits.parquet"
    if not sentences_path.exists():
        return {}
    tables = {}
    sentences = select(pd.read_parquet(sentences_path), statements)
    hits = select(pd.read_parquet(hits_path), statements) if hits_path.exists() else None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if hits is not None:
            tables["contrast_frames"] = contrast_frames(hits, sentences, statements, "side", "target", "reference",
                                                        over=args.over, unit=args.unit)
        if "sentiment" in sentences.columns:
            tables["contrast_sentiment"] = contrast_sentiment(sentences, statements, "side", "target",
                                                              "reference", over=args.over, unit=args.unit)
        tables["speakers"] = speaker_table(statements, sentences, hits)
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    return tables


def register_cli(subparsers: argparse._SubParsersAction) -> None:
    """Add ``compare OUT --by COLUMN|GROUP --target VALUE`` to the command line."""
    from ..selection import add_selection_arguments

    parser = subparsers.add_parser(
        "compare",
        help="distinctive terms, frame and sentiment contrasts, speakers: target vs reference group",
        description="Compare two groups of the statements a `run` wrote into OUT. Examples: "
        "--by p5 --target RUS (Russia vs the other P5); --by p5 --target true (the P5 vs the rest); "
        "--by development_group --target developed --reference developing; --by speaker --target 'Лавров'.",
    )
    parser.add_argument("out", metavar="OUT", help="a folder written by `python -m analysis run`")
    parser.add_argument("--by", required=True, help="a statement column (country, speaker, year, decade, language, "
                        "p5, g77, development_group, …) or a country group (p5, g77, developed, developing)")
    parser.add_argument("--target", required=True, metavar="VALUE[,VALUE]", help="the target group's value(s)")
    parser.add_argument("--reference", metavar="VALUE[,VALUE]", help="the reference's value(s) (default: the rest)")
    parser.add_argument("--dest", help="output folder (default: OUT/compare/<by>-<target>-vs-<reference>)")
    parser.add_argument("--min-count", type=int, default=5, help="least occurrences of a term (default 5)")
    parser.add_argument("--top", type=int, default=20, help="terms per side in the figures (default 20)")
    parser.add_argument("--contexts", type=int, default=5, help="KWIC lines per term (default 5)")
    parser.add_argument("--over", help="contrasts per value of this column (e.g. year, decade)")
    parser.add_argument("--unit", choices=["sentence", "statement"], default="sentence",
                        help="contrast units: sentences (default) or whole statements (averaged)")
    parser.add_argument("--excel", action="store_true", help="also write compare.xlsx (README sheet + tables)")
    add_selection_arguments(parser)
    parser.set_defaults(handler=_compare)
