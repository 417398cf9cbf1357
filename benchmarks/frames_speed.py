"""Benchmark: codebook frame detection speed, in sentences per second, from one run.

English: the speeches of the last ``--sessions`` UN General Debate sessions, segmented
with ``analysis.segmentation``. Russian: the seed article's sentences, repeated ``--ru-copies``
times (the suite has no larger Russian official corpus to hand outside its held-out draws), and
the distinct sentences of RuSentNE's training file (``--ru-news``; Russian news, each sentence
once, so no word form is cached by a repeat of the same text). ``detect_frames`` runs
``--repeats`` times on each; the first pass is "cold" (every word form is lemmatised and
looked up for the first time in this process), the median of the others "warm". The last
line extrapolates the cold English rate to the whole corpus (~700k sentences) on 1 and on
2 cores (frames are pure per sentence, so Dask partitions split the work evenly).

On a shared, loaded box the wall clock counts other people's work, so each pass also
reports its CPU time (``time.process_time``): sentences per CPU-second is the rate of one
core given to the codebook. ``--codebook`` times another codebook file (an older version,
for comparison). ``--hits DIR`` saves each row's hits there, or, when a run has saved them,
checks that this run's hits are identical (a speed change must not change a single hit). The
last lines give each row's figure: the median of the warm passes, in sentences per CPU-second.

``--learned N`` also times the ``combined`` path (the codebook plus ``rostrum-frames`` v3, per-language lemma
TF-IDF + e5) on the first N sentences of each row: their e5 vectors are read from the suite's
embedding cache (computed first, untimed, where missing: the encoder's own speed is
``embed_throughput.py``'s), the lemma and stem caches are emptied before the first pass ("cold")
and kept for the others ("warm"). The codebook rows are timed before and apart from it.

    python benchmarks/frames_speed.py [--corpus ../shared/corpora/ungdc] [--sessions 2] [--until-year 2018] [--codebook FILE] [--hits DIR] [--learned N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
UNGDC_SENTENCES = 700_000


def ungdc_sentences(corpus: Path, sessions: int, until_year: int | None = None) -> pd.DataFrame:
    """The sentences of the last ``sessions`` sessions, or of the last ones held in ``until_year`` or before
    (folders "Session 73 - 2018"), so a run can keep off the years a held-out set is drawn from."""
    from analysis.schema import STATEMENT_COLUMNS, conform
    from analysis.segmentation import segment

    folders = sorted((corpus / "TXT").glob("Session *"), key=lambda p: p.name)
    if until_year is not None:
        folders = [p for p in folders if int(p.name.rsplit("-", 1)[-1]) <= until_year]
    folders = folders[-sessions:]
    if not folders:
        raise SystemExit(f"no UNGDC session folder in {corpus / 'TXT'} up to {until_year}")
    files = [p for folder in folders for p in sorted(folder.glob("*.txt")) if not p.name.startswith("._")]
    statements = pd.DataFrame(
        {
            "statement_id": [p.stem for p in files],
            "text": [p.read_text(encoding="utf-8", errors="replace") for p in files],
            "language": "en",
        }
    )
    return segment(conform(statements, STATEMENT_COLUMNS))


def seed_sentences(copies: int) -> pd.DataFrame:
    from analysis.corpus import load_corpus
    from analysis.segmentation import segment

    sentences = segment(load_corpus(REPO / "data" / "seed").statements)
    parts = [sentences.assign(sentence_id=sentences["sentence_id"] + f"#{i}") for i in range(copies)]
    return pd.concat(parts, ignore_index=True)


def news_sentences(path: Path) -> pd.DataFrame:
    """RuSentNE's sentences, each once (the file has a row per sentence and entity); labels unread."""
    from analysis.validation.datasets import read_rusentne

    texts = read_rusentne(path)["sentence"].drop_duplicates().tolist()
    return pd.DataFrame({"statement_id": "rusentne", "sentence_id": [f"rusentne-{i}" for i in range(len(texts))],
                         "text": texts, "language": "ru"})


def check_hits(hits: pd.DataFrame, folder: Path, name: str) -> str:
    """Save ``hits`` under ``folder``, or compare them with the ones a run saved there."""
    path = folder / (name.replace(" ", "_") + ".parquet")
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        hits.to_parquet(path)
        return f"hits saved to {path}"
    pd.testing.assert_frame_equal(hits.reset_index(drop=True), pd.read_parquet(path), check_dtype=False)
    return f"hits identical to {path}"


def timed(sentences: pd.DataFrame, repeats: int, codebook: Path | None) -> tuple[float, float, float, float, pd.DataFrame]:
    """Cold and warm-median seconds, wall clock and CPU, and the hits."""
    from analysis.frames import detect_frames, load_codebook

    book = load_codebook(codebook)
    walls, cpus = [], []
    for _ in range(repeats):
        start, cpu = time.perf_counter(), time.process_time()
        hits = detect_frames(sentences, book)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    warm = (lambda xs: statistics.median(xs[1:]) if repeats > 1 else xs[0])
    return walls[0], warm(walls), cpus[0], warm(cpus), hits


def timed_combined(sentences: pd.DataFrame, repeats: int, codebook: Path | None) -> tuple[float, float, float, float, int]:
    """Cold (empty lemma caches) and warm-median seconds, wall clock and CPU, of codebook + rostrum-frames
    (``detect_frames_chosen(..., "combined")``) with the e5 vectors already in the cache; and the hit count."""
    from analysis.frames import detect_frames, load_codebook
    from analysis.frames.detector_choice import detect_frames_chosen
    from analysis.frames.learned import frame_features, load_frame_classifier
    from analysis.text.lemmas import best_lemma, lemmatizer

    book, model = load_codebook(codebook), load_frame_classifier()
    frame_features(sentences["text"].fillna("").astype(str).tolist())  # fill the embedding cache, untimed
    best_lemma.cache_clear()
    for language in ("ru", "en"):
        lemmatizer(language)._cache.clear()
    walls, cpus = [], []
    for _ in range(repeats):
        start, cpu = time.perf_counter(), time.process_time()
        hits = detect_frames_chosen(sentences, detect_frames(sentences, book), "combined", model=model)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    warm = (lambda xs: statistics.median(xs[1:]) if repeats > 1 else xs[0])
    return walls[0], warm(walls), cpus[0], warm(cpus), len(hits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "ungdc")
    parser.add_argument("--sessions", type=int, default=2)
    parser.add_argument("--until-year", type=int, help="only sessions held in this year or before (e.g. 2018)")
    parser.add_argument("--ru-copies", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ru-news", type=Path, default=REPO.parent / "shared" / "corpora" / "rusentne" / "train_data.csv",
                        help="a RuSentNE file whose distinct sentences make the 'ru news' row")
    parser.add_argument("--codebook", type=Path, help="a codebook YAML file (default: the bundled one)")
    parser.add_argument("--hits", type=Path, help="folder: save the hits of each row, or check them against saved ones")
    parser.add_argument("--learned", type=int, default=0, metavar="N",
                        help="also time codebook + rostrum-frames (combined) on the first N sentences of each row")
    args = parser.parse_args()
    if not args.ru_news.exists():
        parser.error(f"no RuSentNE file at {args.ru_news}: pass --ru-news PATH (train_data.csv of RuSentNE-2023)")

    start = time.perf_counter()
    from analysis.frames import load_codebook
    from analysis.frames.matcher import matcher_for

    book = load_codebook(args.codebook)
    matcher_for(book, "en"), matcher_for(book, "ru")
    print(f"load + compile codebook {book.version} ({len(book.entries)} entries): {time.perf_counter() - start:.2f} s")

    rows, per_core, learned = {}, {}, []
    for name, sentences in (
        ("en UNGDC", ungdc_sentences(args.corpus, args.sessions, args.until_year)),
        ("ru seed", seed_sentences(args.ru_copies)),
        ("ru news", news_sentences(args.ru_news)),
    ):
        if args.learned:
            learned.append((name, sentences.head(args.learned).reset_index(drop=True)))
        cold, warm, cold_cpu, warm_cpu, hits = timed(sentences, args.repeats, args.codebook)
        n = len(sentences)
        rows[name], per_core[name] = n / cold, n / warm_cpu
        print(
            f"{name:9s} {n:7d} sentences, {len(hits):7d} hits: cold {cold:6.2f} s ({n / cold:7.0f} sent/s), "
            f"warm median {warm:6.2f} s ({n / warm:7.0f} sent/s); per CPU-second: cold {n / cold_cpu:7.0f}, "
            f"warm {n / warm_cpu:7.0f} sent/s"
        )
        if args.hits:
            print(f"          {check_hits(hits, args.hits, name)}")
    minutes = UNGDC_SENTENCES / rows["en UNGDC"] / 60
    print(f"whole UNGDC (~{UNGDC_SENTENCES:,} sentences) at the cold rate: {minutes:.1f} min on 1 core, {minutes / 2:.1f} min on 2")
    passes = f"median of passes 2-{args.repeats}" if args.repeats > 1 else "one pass"
    print(f"sentences per second per core ({passes}, CPU time): "
          + "; ".join(f"{name} {rate:,.0f}" for name, rate in per_core.items()))
    for name, sentences in learned:  # after the codebook rows, so their lemma caches are not emptied under them
        cold, warm, cold_cpu, warm_cpu, hits = timed_combined(sentences, args.repeats, args.codebook)
        n = len(sentences)
        print(f"combined {name:9s} {n:6d} sentences, {hits:6d} hits: cold lemma cache {n / cold:6.0f} sent/s "
              f"({n / cold_cpu:6.0f} per CPU-s), warm {n / warm:6.0f} sent/s ({n / warm_cpu:6.0f} per CPU-s); "
              f"e5 vectors read from the cache")


if __name__ == "__main__":
    main()
