"""Benchmark: coherence (NPMI) of topic words, the 0.1.0 words against today's, on a UNGDC slice.

Slice: the paragraphs (at least 200 characters) of every speech of one or two General Debate
sessions (default: 2015), split as ``topics_fit.py`` splits them, capped at ``--cap``
paragraphs by a fixed-seed sample. Topics are fitted once with the default settings; then
the words of the *same* topics are computed four ways with BERTopic's ``update_topics``:

* ``0.1.0``: raw English forms, no name or UN-boilerplate removal, c-TF-IDF;
* ``lemmas+names, c-TF-IDF``: today's vectorizer (stems shown as words, names removed);
* ``lemmas+names, MMR``: the same candidates, maximal marginal relevance;
* ``lemmas+names, KeyBERTInspired``: the same candidates, today's default (30 candidates);

and two controls: the 0.1.0 words with today's removals applied afterwards (the next
c-TF-IDF words moving up), and KeyBERTInspired choosing from BERTopic's default 100 candidates.

NPMI (Bouma 2009) is over the slice's paragraphs as documents, for each pair of a topic's top
10 words: log(p(i,j) / p(i)p(j)) / -log p(i,j), -1 for a pair never seen together; averaged
per topic, then over topics (outliers left out). Each representation is scored in its own
tokenisation (a stem-merged word occurs where any of its forms does) and, to show that the
gain is not only that merging, in the 0.1.0 tokenisation too (a word counts only as written).
Also printed: how many top-10 words are country or person names or UN boilerplate.

    .venv/bin/python benchmarks/topics_coherence.py [--years 2015] [--cap 3000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd
from bertopic.representation import KeyBERTInspired

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from analysis.corpus import load_corpus  # noqa: E402
from analysis.topics import TopicConfig, fit_topics  # noqa: E402
from analysis.topics.factory import quiet_bertopic, representation_model  # noqa: E402
from analysis.topics.vectorizer import ORDINAL, LemmaTokenizer, build_vectorizer, name_entries  # noqa: E402
from topics_fit import MIN_CHARS, speech_paragraphs  # noqa: E402

TOP = 10


def slice_paragraphs(statements: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """Every paragraph of at least MIN_CHARS characters of the speeches of ``years``."""
    rows = []
    for speech in statements[statements["year"].isin(years)].itertuples():
        for position, text in enumerate(speech_paragraphs(str(speech.text))):
            if len(text) >= MIN_CHARS:
                rows.append({"statement_id": speech.statement_id, "sentence_id": f"{speech.statement_id}:p{position:04d}",
                             "text": text, "country": speech.country, "year": speech.year})
    return pd.DataFrame(rows)


def npmi(topics: dict[int, list[str]], texts: list[str], tokenizer) -> float:
    """Mean over topics of the mean NPMI of their top words' pairs, documents = ``texts``."""
    from sklearn.feature_extraction.text import CountVectorizer

    counts = CountVectorizer(tokenizer=tokenizer, lowercase=False, token_pattern=None, binary=True)
    matrix = counts.fit_transform(texts).tocsc()
    index = counts.vocabulary_
    n = matrix.shape[0]
    scores = []
    for words in topics.values():
        columns = [index[w] for w in words[:TOP] if w in index]
        if len(columns) < 2:
            continue
        sub = matrix[:, columns].astype(np.float64)
        joint = (sub.T @ sub).toarray() / n
        single = np.diag(joint)
        pairs = []
        for i, j in combinations(range(len(columns)), 2):
            if joint[i, j] == 0:
                pairs.append(-1.0)
            elif joint[i, j] == 1:
                pairs.append(1.0)
            else:
                pairs.append(np.log(joint[i, j] / (single[i] * single[j])) / -np.log(joint[i, j]))
        scores.append(float(np.mean(pairs)))
    return float(np.mean(scores))


def words_of(bertopic) -> dict[int, list[str]]:
    return {t: [w for w, _ in pairs if w] for t, pairs in bertopic.topic_representations_.items() if t != -1}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "ungdc")
    parser.add_argument("--years", default="2015", help="comma-separated years (sessions), e.g. 2015 or 2014,2015")
    parser.add_argument("--cap", type=int, default=3000, help="paragraphs to sample (fixed seed)")
    args = parser.parse_args()
    years = [int(y) for y in args.years.split(",")]

    start = time.perf_counter()
    statements = load_corpus(args.corpus, format="ungdc").statements
    pool = slice_paragraphs(statements, years)
    chosen = np.sort(np.random.default_rng(42).choice(len(pool), size=min(args.cap, len(pool)), replace=False))
    docs = pool.iloc[chosen].reset_index(drop=True)
    texts = docs["text"].tolist()
    print(f"slice: UNGDC {args.years}, {len(pool):,} paragraphs >= {MIN_CHARS} chars from "
          f"{pool['statement_id'].nunique()} speeches; sampled {len(docs):,}; load {time.perf_counter() - start:.1f} s")

    config = TopicConfig()
    with tempfile.TemporaryDirectory(prefix="rostrum-bench-cache-") as cache:
        start = time.perf_counter()
        model = fit_topics(docs, config=config, cache_dir=cache)
        print(f"fit ({model.strategy_}, cold embedding cache): {time.perf_counter() - start:.1f} s; "
              f"{int((model.topic_info_['topic'] >= 0).sum())} topics, outliers {model.outlier_share_:.1%}")
        bertopic = model.model_
        new_tokenizer = bertopic.vectorizer_model.tokenizer
        old_tokenizer = LemmaTokenizer(config.languages, exclude_names=False)  # 0.1.0: words as written
        topics = list(bertopic.topics_)
        ctfidf = bertopic.ctfidf_model
        ways = {
            "0.1.0 (raw forms, names kept), c-TF-IDF": (build_vectorizer(config.languages, exclude_names=False), None),
            "lemmas+names, c-TF-IDF": (bertopic.vectorizer_model, None),
            "lemmas+names, MMR": (bertopic.vectorizer_model, representation_model(TopicConfig(representation="mmr"))),
            "lemmas+names, KeyBERTInspired (default, 30 candidates)": (bertopic.vectorizer_model,
                                                        representation_model(TopicConfig(representation="keybert"))),
        }
        ways["0.1.0 words minus names/boilerplate"] = ways[next(iter(ways))]
        ways["lemmas+names, KeyBERTInspired, 100 candidates"] = (bertopic.vectorizer_model, KeyBERTInspired(
            top_n_words=TOP, nr_candidate_words=100, random_state=config.seed))
        unwanted = name_entries()[0] | new_tokenizer.names

        def is_unwanted(word: str) -> bool:
            return word.lower() in unwanted or ORDINAL.fullmatch(word.lower()) is not None

        rows, shown = [], {}
        for name, (vectorizer, representation) in ways.items():
            start = time.perf_counter()
            with quiet_bertopic():
                bertopic.update_topics(texts, topics=topics, top_n_words=3 * TOP, vectorizer_model=vectorizer,
                                       ctfidf_model=ctfidf, representation_model=representation)
            seconds = time.perf_counter() - start
            words = words_of(bertopic)
            if "minus" in name:  # the old words with today's removals, the next words moving up
                words = {t: [w for w in ws if not is_unwanted(w)] for t, ws in words.items()}
            words = {t: ws[:TOP] for t, ws in words.items()}
            own = old_tokenizer if name.startswith("0.1.0") else new_tokenizer
            named = sum(is_unwanted(w) for ws in words.values() for w in ws)
            rows.append((name, npmi(words, texts, own), npmi(words, texts, old_tokenizer), named,
                         sum(len(ws) for ws in words.values()), seconds))
            shown[name] = words
    print(f"\n{'representation':<46} {'NPMI own':>9} {'NPMI raw':>9} {'names/boilerplate in top 10':>28} {'s':>6}")
    for name, own, raw, named, total, seconds in rows:
        print(f"{name:<46} {own:>9.3f} {raw:>9.3f} {f'{named} of {total}':>28} {seconds:>6.1f}")
    for name in (next(iter(shown)), next(n for n in shown if "default" in n)):
        print(f"\n{name}: the five largest topics")
        sizes = pd.Series(topics).value_counts()
        for topic in [t for t in sizes.index if t != -1][:5]:
            print(f"  {topic:>3} ({sizes[topic]:>4}) {', '.join(shown[name][topic])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
