"""Benchmark: notebook 06's topics on a warm cache — refitted every run (before) or read back (now).

Notebook 06 used to call ``fit_topics`` on its 400 sampled speeches on every report run
(UMAP, HDBSCAN, KeyBERTInspired and outlier reduction; only the embeddings were cached).
It now goes through the pipeline's topics step, which caches the fitted model and its
tables by content, and reads them back with ``analysis.report.notebook.run_topics``.

Each phase runs in a fresh process, as a report's kernel does (imports and numba's JIT
count), on the notebook's own selection (1989–2023, 12 speeches a year + every P5 speech,
seed 0) with the shared cache:

* ``cold``  — the topics step with an empty topics cache (a first report run; cold only the
  first time this code and selection meet the cache);
* ``warm``  — the topics step again, and ``run_topics`` (every later report run);
* ``fit``   — what the notebook did before: ``fit_topics`` on a seeded sample of 400 (guided).

Prints wall and CPU seconds of the topic part of each phase (the corpus load before it is
timed apart). CPU seconds are the fair figure on a shared machine.

    python benchmarks/report_topics.py [--corpus ../shared/corpora/ungdc]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def phase(name: str, corpus: Path, work: Path) -> dict:
    """One phase in this process: select the notebook's speeches, then time the topic part."""
    from analysis import load_corpus
    from analysis.countries import add_country_groups
    from analysis.report.notebook import analyse_statements, run_topics, select_statements, topic_documents
    from analysis.topics import TopicConfig, fit_topics

    started, cpu0 = time.perf_counter(), cpu()
    statements = select_statements(add_country_groups(load_corpus(corpus).statements), years=(1989, 2023),
                                   per_year=12, keep="p5")  # fmt: skip
    loaded, cpu1 = time.perf_counter(), cpu()
    if name == "fit":
        documents = topic_documents(statements, None, unit="statement", sample=400)
        model = fit_topics(documents, config=TopicConfig(guided=True))
        topics = len(model.topic_labels_)
    else:
        documents = topic_documents(statements, None, unit="statement", sample=400)
        analyse_statements(documents, work, steps=("topics",), topic_sample=400,
                           topic_config=TopicConfig(guided=True), progress=False)  # fmt: skip
        model, documents = run_topics(work, documents)
        topics = len(model.topic_labels_)
    return {"phase": name, "speeches": len(statements), "topics": topics,
            "load_wall": loaded - started, "load_cpu": cpu1 - cpu0,
            "topics_wall": time.perf_counter() - loaded, "topics_cpu": cpu() - cpu1}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "ungdc")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.corpus, args.work)))
        return
    with tempfile.TemporaryDirectory(prefix="rostrum-report-topics-") as work:
        for name in ("cold", "warm", "fit"):
            done = subprocess.run([sys.executable, __file__, "--phase", name, "--corpus", str(args.corpus),
                                   "--work", work], capture_output=True, text=True, cwd=REPO)  # fmt: skip
            if done.returncode:
                raise SystemExit(f"{name} failed:\n{done.stderr[-3000:]}")
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{name:<5} {r['speeches']} speeches, {r['topics']} topics: topics {r['topics_wall']:6.1f} s wall, "
                  f"{r['topics_cpu']:6.1f} s CPU (corpus load before it: {r['load_wall']:.1f} s wall, "
                  f"{r['load_cpu']:.1f} s CPU)", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
