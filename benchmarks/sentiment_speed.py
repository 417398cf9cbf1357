"""Russian sentiment throughput: the suite's batch scorer vs dostoevsky's README call.

Scores every RuSentiment text (train + test files, tokenization included) both ways
with the same packaged model:

* baseline: ``FastTextSocialNetworkModel.predict(texts, k=2)`` as dostoevsky's README
  shows (razdel per text, one fastText call per text);
* suite: ``DostoevskyScorer.score(texts)`` (its own razdel-equivalent tokenization,
  then one batched C++ predict; nothing is cached between repeats).

Asserts identical top labels, then prints the median throughputs and their ratio.
Usage: ``python benchmarks/sentiment_speed.py [--data DIR] [--repeats N]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pandas as pd

from analysis.sentiment.russian import DostoevskyScorer, RostrumSocialNetworkModel
from analysis.sentiment.training import DEFAULT_DATA


def _median_seconds(func, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    texts = [text for path in sorted(args.data.glob("rusentiment_*.csv"))
             for text in pd.read_csv(path, dtype=str, keep_default_na=False)["text"]]
    model = RostrumSocialNetworkModel()
    scorer = DostoevskyScorer(model.model, "rostrum-rusentiment")

    base_s, base = _median_seconds(lambda: model.predict(texts, k=2), args.repeats)
    fast_s, fast = _median_seconds(lambda: scorer.score(texts), args.repeats)

    base_top = [max(result, key=result.get) for result in base]
    assert base_top == fast["sentiment_label"].tolist(), "top labels differ from dostoevsky's predict"
    print(f"texts: {len(texts)} (all RuSentiment files), repeats: {args.repeats}, top labels identical")
    print(f"dostoevsky FastTextSocialNetworkModel.predict: {len(texts) / base_s:,.0f} texts/s (median {base_s:.2f} s)")
    print(f"rostrum DostoevskyScorer.score (batched):     {len(texts) / fast_s:,.0f} texts/s (median {fast_s:.2f} s)")
    print(f"speed-up: {base_s / fast_s:.2f}x")


if __name__ == "__main__":
    main()
