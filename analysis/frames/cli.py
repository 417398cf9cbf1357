"""``python -m analysis evaluate GOLD.jsonl`` (validation figures of the frame detectors) and ``train-frames``."""

from __future__ import annotations

import argparse
import json


def register_cli(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score the frame detectors (and sentiment) against hand-coded sentences",
        description="Read one JSON object per line ({id, text, language, frames, sentiment?, split?}) and print, "
        "for each detector asked for, per-frame precision, recall, F1 and support, micro/macro averages, over "
        "all sentences and per language, and, where gold sentiment is given, sentiment accuracy and macro-F1 "
        "(JSON, or plain tables with --format table). --errors lists the false positives and false negatives "
        "of the last detector in context, so the next codebook change is driven by evidence.",
    )
    parser.add_argument("gold", help="gold file (JSON lines), e.g. data/gold/dev_sample.jsonl")
    parser.add_argument(
        "--detector",
        nargs="+",
        choices=("auto", "codebook", "embedding", "union", "classifier", "combined", "all"),
        default=["auto"],
        help="frame detector(s) to score: auto (default: per language, combined where the rostrum-frames card's "
        "verdict says it beats the codebook, else codebook), codebook, classifier (rostrum-frames), combined "
        "(codebook plus classifier), embedding, union (codebook plus embedding), or all",
    )
    parser.add_argument("--split", choices=("train", "dev", "test"),
                        help="score only this split of a corpus split by document (the test split: once, at the end)")
    parser.add_argument("--errors", action="store_true",
                        help="list the false positives and negatives of the last detector named, in context (KWIC)")
    parser.add_argument("--format", choices=("json", "table"), default="json",
                        help="json (default) or plain per-frame tables")
    parser.add_argument("--codebook", help="a codebook YAML file (default: the bundled one)")
    parser.add_argument("--threshold", type=float, help="similarity threshold of the embedding detector")
    parser.add_argument("--cache-dir", help="embedding cache folder (default: the suite's cache)")
    parser.add_argument("--no-sentiment", action="store_true", help="skip the sentiment part")
    parser.add_argument("--output", help="also write the JSON to this file")
    parser.set_defaults(handler=_evaluate)
    train = subparsers.add_parser(
        "train-frames",
        help="train the learned frame detector (rostrum-frames) on the official-speech corpus",
        description="Per language, fit one logistic regression per frame on [TF-IDF of the language's lemma/stem "
        "unigrams | e5 sentence embedding], choose C, the vocabulary rule and the threshold by 5-fold cross-validation "
        "over the language's train and dev sentences and those of the extra gold files (folds cut by document), "
        "refit on all of them, judge each team_* set left out, and write "
        "analysis/frames/models/rostrum-frames.safetensors with its card. Deterministic: a retrain in a fresh "
        "process writes the same bytes.",
    )
    train.add_argument("--gold", help="gold corpus with train/dev/test splits (default: data/gold/official/official.jsonl)")
    extra = train.add_mutually_exclusive_group()
    extra.add_argument("--extra-gold", nargs="+", metavar="PATH[:SPLIT]",
                       help="more gold files (JSON lines with document_id) whose every sentence (or, with :dev or "
                       ":train, that split's sentences alone) is training data and is also scored out of fold into "
                       "the card; default with the default --gold: the held-out sets already scored and turned into "
                       "development data (DEFAULT_EXTRA_GOLD in analysis/frames/learned_training.py: the holdout and "
                       "team_ru folders of data/gold/official named there, and the dev halves of wikinews_ru and "
                       "unsc); a set not yet scored is never a default; none with another --gold")
    extra.add_argument("--no-extra-gold", action="store_true", help="train on the --gold file's train + dev alone")
    train.add_argument("--cache-dir", help="embedding cache folder (default: the suite's cache)")
    train.add_argument("--jobs", type=int, default=1,
                       help="processes fitting the cross-validation's folds (default 1; the same bytes with any number)")
    train.add_argument("--report-test", action="store_true",
                       help="also score the held-out test split into the card (do this once, at the end of a round)")
    train.set_defaults(handler=_train)


def _train(args: argparse.Namespace) -> int:
    from .learned_training import DEFAULT_GOLD, train_frame_classifier

    extra = [] if args.no_extra_gold else args.extra_gold
    card = train_frame_classifier(args.gold or DEFAULT_GOLD, extra_gold=extra, cache_dir=args.cache_dir,
                                  report_test=args.report_test, jobs=args.jobs)
    parts = []
    for language, config in card["config"]["languages"].items():
        combination = card["combination"][language]
        dev = card["dev"][combination].get(language, {}).get("micro", {}).get("f1", float("nan"))
        parts.append(f"{language}: C={config['C']}, stop={config['stop']}, min_documents={config['min_documents']}, "
                     f"threshold={config['threshold']}, vocabulary {config['vocabulary_size']}, "
                     f"combination={combination}, dev micro-F1 {dev:.3f}")
    verdict = (card.get("blind_comparison") or {}).get("verdict", {})
    wins = ", ".join(f"{language} {'combined' if v['combined_wins'] else 'codebook'}"
                     + (f" ({v['f1_gain']:+.4f} against the blind codebook)" if "f1_gain" in v else "")
                     for language, v in verdict.items())
    print(f"{card['model']} per language; " + "; ".join(parts) + (f"; verdict {wins}" if wins else "")
          + f"; sha256 {card['sha256'][:12]}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..cache import atomic_write_bytes
    from ..errors import AnalysisError
    from .codebook import load_codebook
    from .evaluation import evaluate_frames, report_text

    if args.output and not Path(args.output).parent.is_dir():  # said before the evaluation, not after
        raise AnalysisError(f"--output {args.output}: the folder {Path(args.output).parent} does not exist; "
                            f"create it or write elsewhere")
    result = evaluate_frames(
        args.gold,
        detector="all" if "all" in args.detector else args.detector,
        split=args.split,
        errors=args.errors,
        codebook=load_codebook(args.codebook) if args.codebook else None,
        threshold=args.threshold,
        cache_dir=args.cache_dir,
        sentiment=not args.no_sentiment,
    )
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text if args.format == "json" else report_text(result))
    if args.output:
        atomic_write_bytes(Path(args.output), (text + "\n").encode("utf-8"))
    return 0
