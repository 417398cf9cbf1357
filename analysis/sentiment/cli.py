"""``python -m analysis sentiment train|evaluate``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register_cli(subparsers) -> None:
    parser = subparsers.add_parser("sentiment", help="train and evaluate the Russian sentiment model")
    commands = parser.add_subparsers(dest="sentiment_command", metavar="SUBCOMMAND")

    def usage(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=usage)

    train = commands.add_parser(
        "train", help="train the fastText model on RuSentiment (deterministic) and write its model card")
    train.add_argument("--data", type=Path, default=None,
                       help="RuSentiment folder (default: ../shared/corpora/rusentiment)")
    train.add_argument("--out", type=Path, default=None,
                       help="model file to write (default: the packaged analysis/sentiment/models/rostrum-rusentiment.ftz)")
    train.add_argument("--search", action="store_true",
                       help="first compare the settings in SEARCH_GRID on the validation split and train the best")
    train.add_argument("--no-card", action="store_true",
                       help="only write the model (skip validation, test and RuSentNE figures)")
    train.set_defaults(handler=_train)

    evaluate = commands.add_parser("evaluate", help="print JSON metrics of the model on a labelled file")
    evaluate.add_argument("--data", type=Path, required=True,
                          help="the suite's gold JSONL (per-language figures), RuSentiment CSV, RuSentNE TSV "
                               "or UNSCon CSV (English) file")
    evaluate.add_argument("--format", choices=("gold", "rusentiment", "rusentne", "unscon"), default=None,
                          help="file format (default: detected from the header)")
    evaluate.add_argument("--model", default="rostrum-rusentiment",
                          help="rostrum-rusentiment (shipped), dostoevsky-original (if installed) or "
                               "rostrum-official (lexicon-corrected; its base model's figures are added under 'base')")
    evaluate.set_defaults(handler=_evaluate)

    speech = commands.add_parser(
        "train-official", help="train rostrum-speech, the official-speech tone model, on the gold corpus "
                               "(settings chosen on dev, tested once on test) and write its card")
    speech.add_argument("--gold", type=Path, default=None,
                        help="the adjudicated corpus (default: data/gold/official/official.jsonl)")
    speech.add_argument("--corpora", type=Path, default=None,
                        help="folder holding unscon/, rusentne/, rusentiment/ (default: ../shared/corpora)")
    speech.add_argument("--out", type=Path, default=None,
                        help="model file (default: the packaged analysis/sentiment/models/rostrum-speech.safetensors)")
    speech.add_argument("--reuse-choice", action="store_true",
                        help="skip the selection on dev and refit the setting the shipped card chose "
                             "without reading the test split (reproduces the shipped model)")
    speech.set_defaults(handler=_train_official)

    official = commands.add_parser(
        "official-card", help="measure rostrum-official against its base models and write its card")
    official.add_argument("--corpora", type=Path, default=Path("../shared/corpora"),
                          help="folder holding unscon/ and rusentne/ (default: ../shared/corpora)")
    official.set_defaults(handler=_official_card)


def _train(args: argparse.Namespace) -> int:
    from .card import write_card
    from .official_card import render_model_card
    from .training import DEFAULT_DATA, TrainConfig, build_card, search, train_model

    data = args.data or DEFAULT_DATA
    config, searched = TrainConfig(), None
    if args.search:
        searched = search(data)
        config = TrainConfig(**searched[0]["settings"])
        print(f"best on validation: {searched[0]['change'] or 'defaults'} "
              f"(weighted F1 {searched[0]['weighted_f1']:.4f})", file=sys.stderr)
    result = train_model(data, args.out, config)
    print(json.dumps(result, indent=2))
    if not args.no_card:
        card = build_card(result, config, data, search_results=searched)
        out = Path(result["path"])
        for path in write_card(card, render_model_card(card), out.stem, out.parent):
            print(f"wrote {path}", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from ..validation import detect_dataset_format
    from .evaluation import evaluate_gold, evaluate_scorer
    from .official import OfficialScorer
    from .scoring import get_scorer

    format = args.format or detect_dataset_format(args.data)
    if format == "gold":
        print(json.dumps(evaluate_gold(args.data, args.model), indent=2))
        return 0
    scorer = get_scorer("en" if format == "unscon" else "ru", args.model)
    result = evaluate_scorer(args.data, scorer, format=format)
    if isinstance(scorer, OfficialScorer):
        result["base"] = evaluate_scorer(args.data, scorer.base, format=format)
    print(json.dumps(result, indent=2))
    return 0


def _train_official(args: argparse.Namespace) -> int:
    from .speech_card import render_speech_markdown
    from .speech import speech_card
    from .speech_training import GRID, DEFAULT_CORPORA, DEFAULT_GOLD, SpeechConfig, train_official, write_speech_card

    grid = GRID
    if args.reuse_choice:
        chosen = speech_card()["config"]
        grid = (SpeechConfig(**{**chosen, "extra": tuple(chosen["extra"])}),)
    card = train_official(args.gold or DEFAULT_GOLD, args.corpora or DEFAULT_CORPORA, grid=grid, out=args.out,
                          read_test=not args.reuse_choice)
    if args.out is None and not args.reuse_choice:
        write_speech_card(card, render_speech_markdown(card))
    best = card["selection"][0]
    test = ("test split not read" if card["test"] is None else
            f"test macro-F1 { {lang: round(r['macro']['f1'], 3) for lang, r in card['test'].items()} }")
    print(f"chosen on dev: {best['config']} (dev macro-F1 {best['dev']}); {test}; sha256 {card['sha256']}",
          file=sys.stderr)
    return 0


def _official_card(args: argparse.Namespace) -> int:
    from ..cache import atomic_write_bytes
    from .card import MODELS_DIR, model_card
    from .official_card import OFFICIAL_CARD, build_official_card, render_model_card

    card = build_official_card(args.corpora)
    atomic_write_bytes(OFFICIAL_CARD, (json.dumps(card, indent=2, ensure_ascii=False) + "\n").encode())
    markdown = MODELS_DIR / "MODEL_CARD.md"
    atomic_write_bytes(markdown, render_model_card(model_card()).encode())
    for path in (OFFICIAL_CARD, markdown):
        path.chmod(0o644)  # atomic writes start private; cards are for everyone to read
        print(f"wrote {path}", file=sys.stderr)
    return 0
