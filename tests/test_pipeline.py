"""run(): every table on the seed, cache reuse, steps alone, faults, concurrency, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis.frames
import analysis.sentiment
from analysis.cli import main
from analysis.errors import AnalysisError, ModelError
from analysis.pipeline import run
from analysis.schema import FRAME_HIT_COLUMNS, SENTENCE_COLUMNS, SENTIMENT_COLUMNS, TOPIC_COLUMNS

REPO = Path(__file__).resolve().parent.parent
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


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, seed_path):
    """The whole pipeline on the embedded sample, once for the tests below."""
    root = tmp_path_factory.mktemp("seed")
    summary = run([seed_path], root / "out", cache_dir=root / "cache", progress=False)
    return root, summary


def test_seed_run_writes_every_table(seed_run):
    root, summary = seed_run
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


def test_summary_accounts_for_the_run(seed_run):
    root, summary = seed_run
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


def test_rerun_reads_everything_from_cache(seed_run, tmp_path):
    root, first = seed_run
    again = run([REPO / "data" / "seed"], tmp_path / "out", cache_dir=root / "cache", progress=False)
    for step in ("segment", "sentiment", "frames", "topics"):
        assert again["cache"][step]["units_computed"] == 0, step
        assert again["cache"][step]["units_hit"] > 0, step
    for name in ("statements", "sentences", "frame_hits", "topics", "topic_info"):
        pd.testing.assert_frame_equal(read(root / "out", name), read(tmp_path / "out", name), obj=name)


def test_a_step_alone_reuses_earlier_outputs(seed_run, tmp_path):
    root, _ = seed_run
    out = tmp_path / "out"
    run([REPO / "data" / "seed"], out, steps=["load", "segment"], cache_dir=root / "cache", progress=False)
    assert not set(SENTIMENT_COLUMNS) & set(read(out, "sentences").columns)
    summary = run([], out, steps=["sentiment"], cache_dir=root / "cache", progress=False)
    assert summary["steps"] == ["sentiment"] and "load_report" in summary  # kept from the earlier run
    sentences = read(out, "sentences")
    expected = read(root / "out", "sentences")[list(sentences.columns)]
    pd.testing.assert_frame_equal(sentences, expected)


def test_missing_input_and_unknown_steps_are_clear_errors(tmp_path):
    with pytest.raises(AnalysisError, match=r"sentences\.parquet"):
        run([], tmp_path / "empty", steps=["sentiment"], cache_dir=tmp_path / "c", progress=False)
    with pytest.raises(AnalysisError, match="unknown step"):
        run([], tmp_path / "x", steps=["sentimnet"], progress=False)
    with pytest.raises(AnalysisError, match="SOURCE"):
        run([], tmp_path / "x", steps=["load"], progress=False)


def test_adding_ten_statements_scores_only_their_sentences(tmp_path, monkeypatch):
    reached = {"sentiment": 0, "frames": 0}
    score, detect = analysis.sentiment.score_sentiment, analysis.frames.detect_frames

    def counting_score(sentences, **kwargs):
        reached["sentiment"] += len(sentences)
        return score(sentences, **kwargs)

    def counting_detect(sentences, *args, **kwargs):
        reached["frames"] += len(sentences)
        return detect(sentences, *args, **kwargs)

    monkeypatch.setattr(analysis.sentiment, "score_sentiment", counting_score)
    monkeypatch.setattr(analysis.frames, "detect_frames", counting_detect)
    cache = tmp_path / "cache"
    small = write_corpus(tmp_path / "a.jsonl", 300)
    first = run([small], tmp_path / "out", steps=PER_SENTENCE, cache_dir=cache, progress=False)
    assert reached == {"sentiment": 900, "frames": 900} and first["counts"]["sentences"] == 900

    reached.update(sentiment=0, frames=0)
    extra = write_corpus(tmp_path / "b.jsonl", 10, first=5000)
    second = run([small, extra], tmp_path / "out", steps=PER_SENTENCE, cache_dir=cache, progress=False)
    assert reached == {"sentiment": 30, "frames": 30}
    assert second["cache"]["sentiment"] == {"units_hit": 300, "units_computed": 10, "rows_hit": 900, "rows_computed": 30}
    sentences = read(tmp_path / "out", "sentences")
    assert len(sentences) == 930 and sentences["sentiment"].notna().all()


def test_codebook_change_recomputes_frames_but_not_sentiment(tmp_path):
    from analysis.frames.codebook import DEFAULT_PATH

    corpus = write_corpus(tmp_path / "c.jsonl", 20)
    run([corpus], tmp_path / "out", steps=PER_SENTENCE, cache_dir=tmp_path / "cache", progress=False)
    edited = tmp_path / "codebook.yaml"
    edited.write_text(DEFAULT_PATH.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    again = run([corpus], tmp_path / "out", steps=PER_SENTENCE, cache_dir=tmp_path / "cache", codebook=edited,
                progress=False)  # fmt: skip
    assert again["cache"]["frames"]["units_computed"] == 20 and again["cache"]["sentiment"]["units_computed"] == 0


def test_interrupted_run_resumes_from_finished_partitions(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "c.jsonl", 60)
    score = analysis.sentiment.score_sentiment
    calls: list[int] = []

    def failing(sentences, **kwargs):
        calls.append(len(sentences))
        if len(calls) == 4:
            raise RuntimeError("power cut")
        return score(sentences, **kwargs)

    monkeypatch.setattr(analysis.sentiment, "score_sentiment", failing)
    options = dict(steps=PER_SENTENCE, cache_dir=tmp_path / "cache", progress=False, partition_chars=1500)
    with pytest.raises(RuntimeError, match="power cut"):
        run([corpus], tmp_path / "out", **options)
    done = sum(calls[:3])
    assert 0 < done < 180

    calls.clear()
    monkeypatch.setattr(analysis.sentiment, "score_sentiment", lambda s, **k: calls.append(len(s)) or score(s, **k))
    summary = run([corpus], tmp_path / "out", **options)
    assert sum(calls) == 180 - done and summary["cache"]["sentiment"]["rows_hit"] == done


def test_corrupt_cache_entries_are_recomputed(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 12)
    options = dict(steps=PER_SENTENCE, cache_dir=tmp_path / "cache", progress=False, partition_chars=1200)
    run([corpus], tmp_path / "first", **options)
    folder = tmp_path / "cache" / "pipeline-sentiment"
    packs = sorted(folder.rglob("*.parquet"))
    pointers = sorted(folder.rglob("*.txt"))
    assert len(pointers) == 12 and len(packs) > 1  # one pointer per statement, one pack per partition
    in_pack = [p for p in pointers if p.read_text() == packs[0].stem]
    packs[0].write_bytes(packs[0].read_bytes()[:100])  # a truncated pack
    hit = next(p for p in pointers if p not in in_pack)
    hit.write_text("0" * 64)  # a pointer edited behind the cache's back (its checksum no longer matches)
    summary = run([corpus], tmp_path / "second", **options)
    assert summary["cache"]["sentiment"]["units_computed"] == len(in_pack) + 1  # the pack's and the pointer's
    pd.testing.assert_frame_equal(read(tmp_path / "first", "sentences"), read(tmp_path / "second", "sentences"))
    assert run([corpus], tmp_path / "third", **options)["cache"]["sentiment"]["units_computed"] == 0  # repaired


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
    corpus = write_corpus(tmp_path / "c.jsonl", 150)
    steps = "load,segment,sentiment,frames,tables"

    def command(out: Path, cache: Path) -> list[str]:
        return [sys.executable, "-m", "analysis", "run", str(corpus), "--out", str(out), "--cache-dir", str(cache),
                "--steps", steps, "--quiet"]  # fmt: skip

    shared = tmp_path / "shared"
    racers = [subprocess.Popen(command(shared, tmp_path / "cache"), cwd=REPO, stderr=subprocess.PIPE) for _ in range(2)]
    for racer in racers:
        _, err = racer.communicate(timeout=120)
        assert racer.returncode == 0, err.decode()
    alone = tmp_path / "alone"
    run([corpus], alone, steps=steps.split(","), cache_dir=tmp_path / "cache-alone", progress=False)
    for name in ("statements", "sentences", "frame_hits", "tables/sentiment_by_year"):
        pd.testing.assert_frame_equal(read(shared, name), read(alone, name), obj=name)
    assert json.loads((shared / "summary.json").read_text())["counts"]["sentences"] == 450
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
