"""Draw the sentences of the development sample (texts only; the frames are coded by hand).

Reproducible rule, stated here so anyone can redraw the same texts:
- Russian: every sentence of the seed article (razdel sentences within paragraphs), minus the
  source line; plus 12 sentences from RuSentNE-2023 train_data.csv whose text mentions a foreign
  ministry, minister, ambassador or the UN (official-speech genre), drawn with random.Random(5).
- English: 120 UNGDC speeches of sessions 68-78 (2013-2023) drawn with random.Random(20251026)
  from the sorted file list (macOS ``._`` files excluded); from each, one razdel sentence of
  8-60 words (whitespace joined first; starting upper-case, ending in . ! or ?) drawn with the
  same generator.

Usage: python data/gold/draw_sample.py /work/shared/corpora > draw.jsonl
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from pathlib import Path

import razdel


def sentences(text: str) -> list[str]:
    out = []
    for paragraph in text.splitlines():
        out.extend(s.text.strip() for s in razdel.sentenize(paragraph) if s.text.strip())
    return out


def main(corpora: Path) -> None:
    body = Path(__file__).resolve().parents[1].joinpath("seed", "hanoi_convention_2025-10-26.txt").read_text()
    body = body.split("---", 2)[2]
    for i, s in enumerate(x for x in sentences(body) if not x.startswith("Source:")):
        print(json.dumps({"id": f"ru-seed-{i:02d}", "text": s, "language": "ru"}, ensure_ascii=False))

    rows = list(csv.DictReader(open(corpora / "rusentne" / "train_data.csv", encoding="utf-8"), delimiter="\t"))
    official = sorted({r["sentence"] for r in rows if re.search(r"МИД|министр|посол|ООН", r["sentence"])})
    for i, s in enumerate(random.Random(5).sample(official, 12)):
        print(json.dumps({"id": f"ru-rusentne-{i:02d}", "text": s, "language": "ru"}, ensure_ascii=False))

    rng = random.Random(20251026)
    files = sorted(
        p for p in (corpora / "ungdc" / "TXT").glob("Session */*.txt")
        if not p.name.startswith("._") and 68 <= int(p.parent.name.split()[1]) <= 78
    )
    for path in rng.sample(files, 120):
        text = path.read_text(encoding="utf-8", errors="replace")
        # Older files are hard-wrapped mid-sentence: join all lines before splitting.
        whole = [s.text for s in razdel.sentenize(re.sub(r"\s+", " ", text))]
        candidates = [s for s in whole if 8 <= len(s.split()) <= 60 and s[0].isupper() and s[-1] in ".!?"]
        s = rng.choice(candidates)
        print(json.dumps({"id": f"en-{path.stem}", "text": s, "language": "en"}, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
