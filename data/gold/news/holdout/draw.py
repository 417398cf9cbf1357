"""Draw a fresh test set of news articles that no earlier set touched.

Why: the first test split (``../gold.jsonl``) has been scored more than once while attribution was
tuned, so it no longer checks unseen text. These articles are coded blind by two coders with the
same rules (``../ANNOTATION_RULES.md``), and scored once.

The rule: from each language of ``news_quotes`` (Wikinews, CC BY 2.5), the articles not in
``../gold.jsonl``, sorted, then ``random.Random(SEED).sample`` of ``PER_LANGUAGE``; sentences and
offsets exactly as ``../draw_news.py`` cuts them. Every row gets ``split = "test"``.
``holdout2`` (drawn 30 Nov 2026, after ``holdout`` was read once) leaves out the articles of both
earlier sets and takes 20 English and every one of the 18 Russian articles left; ``holdout3``
(drawn before attribution round 7) takes the 17 English articles left after it (no Russian one is).
``holdout4`` (drawn 1 Dec 2026, while attribution round 10 ran) has no Wikinews article left to take, so
it reads kremlin.ru (CC BY 4.0) instead, the documents ``../draw_news.py`` left: up to
``KREMLIN_READOUTS`` press-office readouts (no transcript turns, a speech verb, 4,000 to 8,000
characters: the short ones are all in ``../gold.jsonl``) and up to ``KREMLIN_TRANSCRIPTS``
transcripts (turns written ``В.Путин:``, under 6,000 characters), sampled with the set's seed.
``holdout5`` (drawn 1 Dec 2026, before any attribution change of that session was read against it)
takes from the kremlin.ru documents left after ``holdout4`` up to ``SHORT_READOUTS`` short press-office
items (500 to 2,000 characters, no turn anywhere, inline turns included: third-person readouts of calls,
meetings and messages) and up to ``MID_TRANSCRIPTS`` transcripts of 2,000 to 6,000 characters.

Usage: python data/gold/news/holdout/draw.py ../shared/corpora [holdout|holdout2|holdout3|holdout4|holdout5] > data/gold/news/NAME/sentences.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import draw_news as base  # noqa: E402

# name: (seed, articles per language at most, sets whose articles it leaves out)
DRAWS = {"holdout": (20261201, 20, ("gold.jsonl",)),
         "holdout2": (20261202, 20, ("gold.jsonl", "holdout/gold.jsonl")),
         "holdout3": (20261203, 20, ("gold.jsonl", "holdout/gold.jsonl", "holdout2/gold.jsonl")),
         "holdout4": (20261204, 0, ("gold.jsonl", "holdout/gold.jsonl", "holdout2/gold.jsonl", "holdout3/gold.jsonl")),
         "holdout5": (20261205, 0, ("gold.jsonl", "holdout/gold.jsonl", "holdout2/gold.jsonl", "holdout3/gold.jsonl",
                                    "holdout4/gold.jsonl"))}
KREMLIN_READOUTS, KREMLIN_TRANSCRIPTS = 6, 6
# holdout5: short press-office items with no turn anywhere in the text, and mid-length transcripts.
SHORT_READOUTS, MID_TRANSCRIPTS = 15, 6
ANY_TURN = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ][а-яё-]+:|\b(?:Вопрос|Реплика|Ответ):|переведено\)")


def kremlin_left(corpora: Path, rng: random.Random, used: set[str], name: str) -> list[dict]:
    """kremlin.ru documents no earlier set took, by the set's rule (the module docstring): holdout4's longer
    readouts and short transcripts, or holdout5's short press-office items and mid-length transcripts."""
    path = corpora / "kremlin_ru" / "statements.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = sorted((r for r in records if f"kremlin_ru/statements.jsonl#{r['id']}" not in used), key=lambda r: r["id"])
    if name == "holdout4":
        readouts = [r for r in records if not base.TURN.search(r["text"]) and base.SPEECH_VERB.search(r["text"])
                    and 4000 <= len(r["text"]) < 8000]
        transcripts = [r for r in records if base.TURN.search(r["text"]) and len(r["text"]) < 6000]
        counts = KREMLIN_READOUTS, KREMLIN_TRANSCRIPTS
    else:
        readouts = [r for r in records if not ANY_TURN.search(r["text"]) and 500 <= len(r["text"]) < 2000]
        transcripts = [r for r in records if ANY_TURN.search(r["text"]) and 2000 <= len(r["text"]) < 6000]
        counts = SHORT_READOUTS, MID_TRANSCRIPTS
    chosen = (rng.sample(readouts, min(counts[0], len(readouts)))
              + rng.sample(transcripts, min(counts[1], len(transcripts))))
    return [{"doc_id": r["id"], "source": "kremlin", "path": f"kremlin_ru/statements.jsonl#{r['id']}",
             "language": "ru", "url": r["url"], "body": r["text"]} for r in sorted(chosen, key=lambda r: r["id"])]


def main(corpora: Path, name: str) -> None:
    seed, per_language, earlier = DRAWS[name]
    used = {json.loads(line)["path"] for path in earlier for line in (HERE.parent / path).open(encoding="utf-8")}
    rng = random.Random(seed)
    for language in ("en", "ru"):
        files = sorted(f for f in (corpora / "news_quotes" / language).glob("*.txt")
                       if str(f.relative_to(corpora)) not in used)
        for file in sorted(rng.sample(files, min(per_language, len(files)))):
            for row in base.sentence_rows(base.wikinews_article(corpora, file, language)):
                sys.stdout.write(json.dumps({**row, "split": "test"}, ensure_ascii=False) + "\n")
    if name in ("holdout4", "holdout5"):
        for article in kremlin_left(corpora, rng, used, name):
            for row in base.sentence_rows(article):
                sys.stdout.write(json.dumps({**row, "split": "test"}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "holdout")
