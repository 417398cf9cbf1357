"""Draw a second, fresh test set of news articles that the first draw never touched.

Why: the first test split (``../gold.jsonl``) has been scored more than once while attribution was
tuned, so it no longer checks unseen text. These articles are coded blind by two coders with the
same rules (``../ANNOTATION_RULES.md``), and scored once.

The rule: from each language of ``news_quotes`` (Wikinews, CC BY 2.5), the articles not in
``../gold.jsonl``, sorted, then ``random.Random(SEED).sample`` of ``PER_LANGUAGE``; sentences and
offsets exactly as ``../draw_news.py`` cuts them. Every row gets ``split = "test"``.

Usage: python data/gold/news/holdout/draw.py ../shared/corpora > data/gold/news/holdout/sentences.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import draw_news as base  # noqa: E402

SEED = 20261201
PER_LANGUAGE = 20


def main(corpora: Path) -> None:
    used = {json.loads(line)["path"] for line in (HERE.parent / "gold.jsonl").open(encoding="utf-8")}
    rng = random.Random(SEED)
    for language in ("en", "ru"):
        files = sorted(f for f in (corpora / "news_quotes" / language).glob("*.txt")
                       if str(f.relative_to(corpora)) not in used)
        for file in sorted(rng.sample(files, PER_LANGUAGE)):
            for row in base.sentence_rows(base.wikinews_article(corpora, file, language)):
                sys.stdout.write(json.dumps({**row, "split": "test"}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
