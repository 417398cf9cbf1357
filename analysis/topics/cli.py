"""``python -m analysis topics ...``: fit topics on a table, show a saved model."""

from __future__ import annotations

import argparse
from pathlib import Path


def register_cli(subparsers) -> None:
    parser = subparsers.add_parser("topics", help="topic models (BERTopic, offline)")
    commands = parser.add_subparsers(dest="topics_command", metavar="SUBCOMMAND")

    fit = commands.add_parser(
        "fit",
        help="fit topics on a table of statements or sentences",
        description="Fit BERTopic on the 'text' column of a .parquet/.csv/.jsonl table and write "
        "OUT/model (safetensors + manifest), OUT/topics.parquet, OUT/topic_info.csv and OUT/figures/.",
    )
    fit.add_argument("table", type=Path, help="statements or sentences (.parquet, .csv, .jsonl)")
    fit.add_argument("--out", type=Path, required=True, help="output folder")
    fit.add_argument("--backend", choices=("use", "e5"), default="use", help="embedding backend (default: use)")
    fit.add_argument("--min-topic-size", type=int, default=10)
    fit.add_argument("--nr-topics", default=None, help="a number, 'auto', or omit for HDBSCAN's choice")
    fit.add_argument("--seed", type=int, default=42)
    fit.add_argument("--guided", action="store_true", help="seed topics from the frame codebook")
    fit.add_argument("--zeroshot", action="store_true", help="zero-shot topics from the frame descriptions")
    fit.add_argument("--keep-outliers", action="store_true", help="do not reassign outlier documents")
    fit.add_argument("--representation", choices=("keybert", "mmr", "ctfidf"), default="keybert",
                     help="how topic words are chosen from the c-TF-IDF candidates (default: keybert)")
    fit.add_argument("--keep-names", action="store_true",
                     help="keep country and person names and UN boilerplate in the topic words")
    fit.add_argument("--by-class", default="speaker", help="column for the topics-per-class figure")
    fit.add_argument("--by-time", default="year", help="column for the topics-over-time figure")
    fit.add_argument("--cache-dir", type=Path, default=None, help="embedding cache (default: ~/.cache/rostrum)")
    fit.set_defaults(handler=_fit)

    show = commands.add_parser("show", help="print the topics of a saved model")
    show.add_argument("model", type=Path, help="a folder written by 'topics fit' (OUT/model)")
    show.set_defaults(handler=_show)

    parser.set_defaults(handler=lambda args: parser.print_help() or 2)


def _read_table(path: Path):
    import pandas as pd

    from ..errors import CorpusError

    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pd.read_parquet(path)
        if suffix == ".csv":
            return pd.read_csv(path)
        if suffix in (".jsonl", ".json"):
            return pd.read_json(path, lines=suffix == ".jsonl")
    except (OSError, ValueError) as exc:
        raise CorpusError(f"cannot read {path}: {exc}") from exc
    raise CorpusError(f"{path}: expected a .parquet, .csv or .jsonl table, not {suffix or 'no extension'!r}")


def _nr_topics(value: str | None):
    if value is None or value == "auto":
        return value
    try:
        return int(value)
    except ValueError:
        from ..errors import AnalysisError

        raise AnalysisError(f"--nr-topics must be a number or 'auto', not {value!r}") from None


def _fit(args: argparse.Namespace) -> int:
    from . import TopicConfig, fit_topics
    from .plots import save_topic_figures

    config = TopicConfig(
        backend=args.backend,
        min_topic_size=args.min_topic_size,
        nr_topics=_nr_topics(args.nr_topics),
        seed=args.seed,
        guided=args.guided,
        zeroshot=args.zeroshot,
        reduce_outliers=not args.keep_outliers,
        representation=args.representation,
        exclude_names=not args.keep_names,
    )
    model = fit_topics(_read_table(args.table), config=config, cache_dir=args.cache_dir)
    out = args.out
    model.save(out / "model")
    model.topics_.to_parquet(out / "topics.parquet", index=False)
    model.topic_info_.drop(columns=["representative_docs"]).to_csv(out / "topic_info.csv", index=False)
    figures = save_topic_figures(model, out / "figures", by_class=args.by_class, by_time=args.by_time)
    _print_summary(model)
    print(f"wrote {out / 'model'}, {out / 'topics.parquet'}, {out / 'topic_info.csv'} and {len(figures)} figure files")
    return 0


def _show(args: argparse.Namespace) -> int:
    from . import load_topics

    _print_summary(load_topics(args.model))
    return 0


def _print_summary(model) -> None:
    n_topics = int((model.topic_info_["topic"] >= 0).sum())
    print(
        f"{len(model.documents_)} documents, {n_topics} topics ({model.strategy_}), "
        f"outliers {model.outlier_share_:.1%} (before reassignment {model.outlier_share_before_reduction_:.1%})"
    )
    for row in model.topic_info_.itertuples():
        print(f"{row.topic:>4}  {row.count:>6}  {row.share:6.1%}  {row.topic_label}")
