"""run() wired through every step: the tables on the seed, a rerun from the cache, steps alone,
a statements table as input, faults, concurrency, the CLI.

The cache's own scenarios (growth, interruption, corruption, identity) are tested fast on
cached_map and cached_tables in test_pipeline_cache.py; here one full run on the seed (the
session's ``pipeline_seed_run``) and one rerun show that run() uses them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.errors import AnalysisError, ModelError
from analysis.pipeline import STEPS, run
from analysis.pipeline.context import Options
from analysis.pipeline.steps import STEP_RECORDS
from analysis.schema import FRAME_HIT_COLUMNS, SENTENCE_COLUMNS, SENTIMENT_COLUMNS, TOPIC_COLUMNS

PER_SENTENCE = ["load", "segment", "sentiment", "frames"]

OPENINGS = ["We welcome", "My delegation deplores", "We note", "Our country strongly supports", "We regret"]
SUBJECTS = ["multilateral cooperation", "the violation of sovereignty", "sustainable development",
            "the terrible threat to international security", "human rights and trust between nations"]  # fmt: skip


def write_corpus(path: Path, n: int, first: int = 0) -> Path:
    """A JSONL corpus of ``n`` English statements of three sentences, distinct per statement."""
    rows = []
    for i in range(first, first + n):
        text = " ".join(
            f"{OPENINGS[(i + j) % 5]} {SUBJECTS[(i * 3 + j) % 5]} in resolution {i}-{j}." for j in range(3)
        )
        rows.append({"statement_id": f"st{i:05d}", "text": text, "country": ["FRA", "BRA", "IND"][i % 3],
                     "year": 2000 + i % 7, "language": "en"})  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / f"{name}.parquet")


def test_seed_run_writes_every_table(pipeline_seed_run):
    root, summary = pipeline_seed_run
    out = root / "out"
    statements, sentences, hits = read(out, "statements"), read(out, "sentences"), read(out, "frame_hits")
    assert len(statements) >= 3 and sentences["sentence_id"].is_unique
    assert list(sentences.columns[: len(SENTENCE_COLUMNS)]) == list(SENTENCE_COLUMNS)
    assert set(SENTIMENT_COLUMNS) <= set(sentences.columns)
    assert set(sentences["statement_id"]) <= set(statements["statement_id"])
    russian = sentences[sentences["language"] == "ru"]
    assert len(russian) > 20 and (russian["scorer"] != "unscored").all()
    assert sentences["sentiment"].dropna().between(-1, 1).all()
    probabilities = russian[["positive", "negative", "neutral", "skip", "speech"]].sum(axis=1)
    assert probabilities.sub(1).abs().max() < 0.05  # five probabilities, per sentence
    # one count column per frame, equal to the long table's hits for that sentence
    assert list(hits.columns[: len(FRAME_HIT_COLUMNS)]) == list(FRAME_HIT_COLUMNS) and len(hits) > 0
    frame_columns = summary["frame_columns"]
    assert set(hits["frame"]) <= set(frame_columns) and set(frame_columns) <= set(sentences.columns)
    expected = hits.groupby(["sentence_id", "frame"]).size().unstack(fill_value=0)
    counted = sentences.set_index("sentence_id")[frame_columns]
    for frame in expected.columns:
        assert counted[frame].reindex(expected.index).tolist() == expected[frame].tolist()
        assert counted[frame].sum() == expected[frame].sum()
    topics = read(out, "topics")
    assert list(topics.columns[: len(TOPIC_COLUMNS)]) == list(TOPIC_COLUMNS)
    assert set(topics["statement_id"]) <= set(statements["statement_id"]) and len(read(out, "topic_info")) >= 1
    assert any(p.suffix == ".png" for p in (out / "figures").iterdir())


def test_summary_accounts_for_the_run(pipeline_seed_run):
    root, summary = pipeline_seed_run
    on_disk = json.loads((root / "out" / "summary.json").read_text())
    assert on_disk["counts"] == summary["counts"]
    report = on_disk["load_report"]
    assert report["accepted"] + report["rejected"] == report["seen"] >= 1
    assert len(report["rejections"]) == report["rejected"]
    assert on_disk["counts"]["statements"] == report["accepted"]
    assert on_disk["steps"] == ["load", "segment", "sentiment", "frames", "topics", "tables", "figures"]
    assert set(on_disk["timings"]) >= set(on_disk["steps"]) | {"total"}
    assert on_disk["models"]["sentiment"]["sha256"]  # the model card of the shipped model
    assert on_disk["versions"]["pandas"] == pd.__version__
    assert on_disk["cache"]["sentiment"]["units_computed"] == on_disk["counts"]["statements"]


def test_rerun_reads_everything_from_cache(pipeline_seed_run, seed_path, tmp_path):
    root, first = pipeline_seed_run
    again = run([seed_path], tmp_path / "out", cache_dir=root / "cache", progress=False)
    for step in ("segment", "sentiment", "frames", "topics"):
        assert again["cache"][step]["units_computed"] == 0, step
        assert again["cache"][step]["units_hit"] > 0, step
    for name in ("statements", "sentences", "frame_hits", "topics", "topic_info"):
        pd.testing.assert_frame_equal(read(root / "out", name), read(tmp_path / "out", name), obj=name)


def test_a_step_alone_reuses_earlier_outputs(pipeline_seed_run, seed_path, tmp_path):
    root, _ = pipeline_seed_run
    out = tmp_path / "out"
    run([seed_path], out, steps=["load", "segment"], cache_dir=root / "cache", progress=False)
    assert not set(SENTIMENT_COLUMNS) & set(read(out, "sentences").columns)
    summary = run([], out, steps=["sentiment"], cache_dir=root / "cache", progress=False)
    assert summary["steps"] == ["sentiment"] and "load_report" in summary  # kept from the earlier run
    sentences = read(out, "sentences")
    expected = read(root / "out", "sentences")[list(sentences.columns)]
    pd.testing.assert_frame_equal(sentences, expected)


def test_a_statements_table_runs_like_the_file_it_came_from(pipeline_seed_run, tmp_path):
    root, _ = pipeline_seed_run
    statements = read(root / "out", "statements")
    summary = run(statements, tmp_path / "out", steps=PER_SENTENCE, cache_dir=root / "cache", progress=False)
    assert summary["cache"]["sentiment"]["units_computed"] == 0  # the same statements: all from the cache
    for name in ("statements", "frame_hits"):
        pd.testing.assert_frame_equal(read(tmp_path / "out", name), read(root / "out", name), obj=name)
    sentences = read(tmp_path / "out", "sentences")
    pd.testing.assert_frame_equal(sentences, read(root / "out", "sentences")[list(sentences.columns)])


def test_a_codebook_keys_frames_but_not_sentiment(tmp_path):
    from analysis.frames.codebook import DEFAULT_PATH

    edited = tmp_path / "codebook.yaml"
    edited.write_text(DEFAULT_PATH.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    plain = Options((), None, "rostrum-rusentiment", None, None, 10, "statement")
    other = Options((), None, "rostrum-rusentiment", edited, None, 10, "statement")
    keys = {step.name: (step.key(plain), step.key(other)) for step in STEP_RECORDS}
    assert keys["frames"][0] != keys["frames"][1] and keys["sentiment"][0] == keys["sentiment"][1]
    assert len({k for k, _ in keys.values() if k}) == len(STEPS) - 1  # every cached step has its own key


def test_missing_input_and_unknown_steps_are_clear_errors(tmp_path):
    with pytest.raises(AnalysisError, match=r"sentences\.parquet"):
        run([], tmp_path / "empty", steps=["sentiment"], cache_dir=tmp_path / "c", progress=False)
    with pytest.raises(AnalysisError, match="unknown step"):
        run([], tmp_path / "x", steps=["sentimnet"], progress=False)
    with pytest.raises(AnalysisError, match="SOURCE"):
        run([], tmp_path / "x", steps=["load"], progress=False)


def test_missing_sentiment_model_names_the_file_through_run_and_cli(tmp_path, seed_path, monkeypatch, capsys):
    from analysis.sentiment import russian, scoring

    missing = tmp_path / "no-models" / "rostrum-rusentiment.ftz"
    monkeypatch.setattr(russian.RostrumSocialNetworkModel, "MODEL_PATH", str(missing))
    russian.load_russian_model.cache_clear()  # models are loaded once per process: forget the real one
    scoring.get_scorer.cache_clear()
    try:
        with pytest.raises(ModelError, match="rostrum-rusentiment.ftz is missing") as caught:
            run([seed_path], tmp_path / "out", steps=PER_SENTENCE, cache_dir=tmp_path / "cache", progress=False)
        assert str(missing) in str(caught.value) and "python -m analysis sentiment train" in str(caught.value)
        code = main(["run", str(seed_path), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c2"),
                     "--steps", "load,segment,sentiment", "--quiet"])  # fmt: skip
        assert code == 1 and str(missing) in capsys.readouterr().err
    finally:
        russian.load_russian_model.cache_clear()
        scoring.get_scorer.cache_clear()


def test_two_pipelines_on_one_folder_leave_whole_equal_files(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 40)
    steps = "load,segment,sentiment,frames,tables"

    def command(out: Path, cache: Path) -> list[str]:
        return [sys.executable, "-m", "analysis", "run", str(corpus), "--out", str(out), "--cache-dir", str(cache),
                "--steps", steps, "--sentiment-sample", "1", "--quiet"]  # fmt: skip (tone on 1 sentence a statement: quick)

    shared = tmp_path / "shared"
    racers = [subprocess.Popen(command(shared, tmp_path / "cache"), cwd=Path(__file__).resolve().parent.parent, stderr=subprocess.PIPE) for _ in range(2)]
    for racer in racers:
        _, err = racer.communicate(timeout=120)
        assert racer.returncode == 0, err.decode()
    alone = tmp_path / "alone"
    run([corpus], alone, steps=steps.split(","), cache_dir=tmp_path / "cache-alone", sentiment_sample=1, progress=False)
    for name in ("statements", "sentences", "frame_hits", "tables/sentiment_by_year"):
        pd.testing.assert_frame_equal(read(shared, name), read(alone, name), obj=name)
    assert json.loads((shared / "summary.json").read_text())["counts"]["sentences"] == 120
    assert not [p for p in shared.rglob("*.tmp")]  # no temporary file left behind


def test_cli_runs_and_reports(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "c.jsonl", 5)
    code = main(["run", str(corpus), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"),
                 "--steps", "load,segment", "--steps", "sentiment", "--quiet"])  # fmt: skip
    assert code == 0
    assert "5 statements, 15 sentences" in capsys.readouterr().out
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["steps"] == ["load", "segment", "sentiment"]
    assert main(["run", "--out", str(tmp_path / "out"), "--steps", "nope"]) == 1


def test_a_sentiment_sample_scores_the_same_few_sentences_of_each_statement(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 5)
    whole = run(corpus, tmp_path / "whole", steps=PER_SENTENCE[:3], cache_dir=tmp_path / "cache", progress=False)
    code = main(["run", str(corpus), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"),
                 "--steps", "load,segment,sentiment", "--sentiment-sample", "2", "--quiet"])  # fmt: skip
    assert code == 0 and "sentiment_sample" not in whole
    sampled, every = read(tmp_path / "out", "sentences"), read(tmp_path / "whole", "sentences")
    assert len(sampled) == len(every) == 15  # every sentence is kept; only two per statement are scored
    scored = sampled.dropna(subset=["sentiment"])
    assert scored.groupby("statement_id").size().eq(2).all() and scored["statement_id"].nunique() == 5
    same = every.set_index("sentence_id").loc[scored["sentence_id"], "sentiment"].to_numpy()
    assert same.tolist() == scored["sentiment"].tolist()  # the sample's scores are the full run's
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["sentiment_sample"] == {"per_statement": 2, "scored": 10}
    with pytest.raises(AnalysisError, match="positive number"):
        run(corpus, tmp_path / "none", steps=PER_SENTENCE[:3], sentiment_sample=0, progress=False)


def test_the_sentiment_sample_does_not_depend_on_row_order_or_neighbours():
    from analysis.pipeline.text_steps import sample_per_statement

    sentences = pd.DataFrame({"statement_id": [f"s{i // 10}" for i in range(40)],
                              "sentence_id": [f"s{i // 10}:{i % 10}" for i in range(40)]})
    chosen = set(sample_per_statement(sentences, 3)["sentence_id"])
    assert len(chosen) == 12 and chosen != {f"s{k}:{j}" for k in range(4) for j in range(3)}  # not just the first
    shuffled = sentences.sample(frac=1, random_state=1)
    assert set(sample_per_statement(shuffled, 3)["sentence_id"]) == chosen
    alone = sentences[sentences["statement_id"] == "s2"]
    assert set(sample_per_statement(alone, 3)["sentence_id"]) == {c for c in chosen if c.startswith("s2:")}


@pytest.mark.filterwarnings("ignore:topics skipped")
def test_too_few_documents_for_topics_is_reported_not_fatal(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 2)
    summary = run(corpus, tmp_path / "out", steps=["load", "topics"], cache_dir=tmp_path / "cache", progress=False)
    assert "at least 3" in summary["skipped"]["topics"]
    assert len(read(tmp_path / "out", "topics")) == 0 and len(read(tmp_path / "out", "statements")) == 2


def test_topics_fit_on_a_sample_and_assign_the_rest(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 40)
    summary = run([corpus], tmp_path / "out", steps=["load", "topics"], topic_sample=25, cache_dir=tmp_path / "cache",
                  progress=False)  # fmt: skip
    topics, info = read(tmp_path / "out", "topics"), read(tmp_path / "out", "topic_info")
    assert len(topics) == 40 and topics["in_sample"].sum() == 25 and topics["statement_id"].is_unique
    assert topics["statement_id"].tolist() == read(tmp_path / "out", "statements")["statement_id"].tolist()
    assert info["sample_count"].sum() == 25 and info["count"].sum() == 40
    assert (topics.loc[~topics["in_sample"], "topic"] >= 0).all()  # assigned to a real topic, not left out
    assert summary["models"]["topics"]["sample_size"] == 25
    again = run([corpus], tmp_path / "out", steps=["topics"], topic_sample=25, cache_dir=tmp_path / "cache", progress=False)
    assert again["cache"]["topics"]["units_hit"] == 40
    assert again["models"]["topics"]["strategy"] == summary["models"]["topics"]["strategy"] == "kmeans"  # < 200 docs
    pd.testing.assert_frame_equal(read(tmp_path / "out", "topics"), topics)
