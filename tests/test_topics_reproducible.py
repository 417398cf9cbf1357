"""The same corpus and settings give the same topics and assignments in a fresh process.

One run is a fresh Python process (random hash seed), the other this test process; each
has its own empty embedding cache, so nothing (cached vectors, numba state, hash seeds)
is shared between the runs compared. Both clustering paths are covered: k-means (small
corpora) and UMAP + HDBSCAN.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

SCRIPT = r"""
import json, sys
sys.path.insert(0, sys.argv[2])
from test_topics_reproducible import summary
print(json.dumps(summary(sys.argv[1]), ensure_ascii=False))
"""


def summary(cache: str) -> dict:
    """Fit both clustering paths and return what must not change between processes."""
    import pandas as pd

    from analysis.topics import TopicConfig, fit_topics
    from test_topics import ENGLISH
    from topics_data import seed_statements, seed_sentences

    english = pd.DataFrame({"statement_id": [f"en{i}" for i in range(18)], "text": ENGLISH * 2})
    mixed = pd.concat([seed_sentences(), english], ignore_index=True)
    runs = {
        "kmeans": fit_topics(seed_statements(), cache_dir=cache),
        "umap-hdbscan": fit_topics(mixed, config=TopicConfig(small_corpus_threshold=10, min_topic_size=3),
                                   cache_dir=cache),
    }
    return {
        name: {
            "strategy": model.strategy_,
            "topics": model.topics_["topic"].tolist(),
            "labels": model.topics_["topic_label"].tolist(),
            "probability": [None if p != p else round(p, 9) for p in model.topics_["probability"]],
            "words": model.topic_info_["words"].tolist(),
            "outliers_before": model.outlier_share_before_reduction_,
        }
        for name, model in runs.items()
    }


def _run(cache: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": "random"}
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(cache), str(TESTS)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.slow
def test_a_fresh_process_gives_identical_topics(tmp_path):
    process = _run(tmp_path / "fresh-cache")  # runs while this process fits its own
    first = summary(str(tmp_path / "own-cache"))
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-3000:]
    second = json.loads(out.strip().splitlines()[-1])
    assert first["umap-hdbscan"]["strategy"] in ("umap-hdbscan", "kmeans (fallback: HDBSCAN found no topics)")
    for name in ("kmeans", "umap-hdbscan"):
        assert len(set(first[name]["topics"]) - {-1}) >= 1
        assert first[name] == second[name], name
