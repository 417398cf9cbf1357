"""Cut the team-written Russian official texts (``texts/*.txt``) into the sentences the coders label.

Why: every Russian official text in ``../shared/corpora`` (kremlin.ru, RuSentNE) has been read for frames, so the
Russian codebook had no unseen official statements left to be judged on. These 40 texts were written by an AI session
that saw neither the suite, its codebook nor its gold, in the genres of the Russian MFA, the mission to the UN and the
Kremlin (briefing answers, Security Council and General Assembly speeches, ministry comments, readouts of calls,
interviews), with real countries and offices and no real person's name. Every sentence of every text is kept, with the
sentence before it; texts go whole to ``dev`` or ``test``, half each (``draw_official.assign_splits`` with ``SEED``).

``../team_ru2`` (60 more texts by two other sessions) is cut by the same rule; ids and source take the folder's name.

Usage: python data/gold/official/team_ru/cut.py [FOLDER] > FOLDER/sentences.jsonl   (FOLDER defaults to this one)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import draw_official as base  # noqa: E402

from analysis.corpus.textdir import split_front_matter  # noqa: E402

SEED = 20261223


def main(folder: Path) -> None:
    rows = []
    for file in sorted((folder / "texts").glob("*.txt")):
        meta, body, problem = split_front_matter(file.read_text(encoding="utf-8"))
        if problem:
            raise SystemExit(f"{file}: {problem}")
        sentences = base.russian_sentences(body.split("\n"))
        rows += [{"text": s, "prev_text": sentences[i - 1] if i else "", "sentence_index": i,
                  "position": ("beginning", "middle", "end")[min(2, 3 * i // len(sentences))],
                  "document_id": str(meta["doc_id"]), "source": folder.name, "language": "ru",
                  "year": int(meta["year"]), "country": "RUS", "group": "P5", "region": "Europe",
                  "doc_kind": str(meta["genre"]), "url": None, "stratum": "ru team official"}
                 for i, s in enumerate(sentences)]
    base.assign_splits(rows, {"dev": 0.5, "test": 0.5}, SEED, stratify=None)
    prefix = folder.name.replace("_", "")
    base.emit(rows, set(), lambda r, n: f"{prefix}-{n:04d}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
