"""Cut the team-written wire articles (``articles/*.txt``) into the sentences the coders label.

Why: the news gold is Wikinews and kremlin.ru only, while the team's own check spans 24 outlets. These articles were
written by a session that never saw the suite or its rules, in the house styles of wire services, papers, agencies
and press releases (the style each imitates is in its front matter), then cut here exactly as ``../draw_news.py`` cuts
an article, and coded blind by two coders with ``../ANNOTATION_RULES.md``. Articles go whole to ``dev`` or ``test``,
half of each language each (``analysis.validation.split_by_document`` with ``SEED``), so a round can read dev's errors
and leave test for one more reading.

``../wire2`` (written later by another session, in 40 other outlets' styles, with real countries and invented people)
is cut by the same rule: ``python data/gold/news/wire/cut.py data/gold/news/wire2``.

Usage: python data/gold/news/wire/cut.py [FOLDER] > FOLDER/sentences.jsonl   (FOLDER defaults to this one)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from draw_news import sentence_rows  # noqa: E402

from analysis.corpus.textdir import split_front_matter  # noqa: E402
from analysis.validation import split_by_document  # noqa: E402

REPO = HERE.parents[3]
SEED = 20261222


def main(folder: Path) -> None:
    rows = []
    for file in sorted((folder / "articles").glob("*.txt")):
        meta, body, problem = split_front_matter(file.read_text(encoding="utf-8"))
        if problem:
            raise SystemExit(f"{file}: {problem}")
        rows += sentence_rows({"doc_id": str(meta["doc_id"]), "source": "team_wire",
                               "path": str(file.absolute().relative_to(REPO)),
                               "language": meta["language"], "url": None, "body": body})
    halves = split_by_document(pd.DataFrame(rows), document="doc_id", stratify="language",
                               fractions={"dev": 0.5, "test": 0.5}, seed=SEED)
    split_of = dict(zip(halves["doc_id"], halves["split"]))
    for row in rows:
        sys.stdout.write(json.dumps({**row, "split": split_of[row["doc_id"]]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
