"""The run's output folder (issue 15, classes 10 and 11): one run's outputs, whole or not at all,
and an unusable ``--out`` refused in one line before any computing."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.errors import AnalysisError
from analysis.pipeline import run
from analysis.pipeline import context as pipeline_context
from analysis.pipeline import output_folder, text_steps
from test_pipeline import read, write_corpus

REPO = Path(__file__).resolve().parent.parent
FAST = ["load", "segment", "sentiment", "frames", "tables"]


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def leftovers(folder: Path) -> list[str]:
    """Hidden staging or swap folders a run left beside ``folder``."""
    if not folder.parent.is_dir():
        return []
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}."))


def corpus_b(path: Path, n: int) -> Path:
    """Statements without country or year: the tables by country and year cannot be made."""
    rows = [{"statement_id": f"b{i}", "text": f"Cooperation and trust matter, said speaker {i}. We welcome it.",
             "language": "en"} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.mark.filterwarnings("ignore:topics skipped")
def test_reusing_out_for_another_corpus_gives_exactly_a_cold_runs_outputs(tmp_path):
    a, b = write_corpus(tmp_path / "a.jsonl", 40), corpus_b(tmp_path / "b.jsonl", 12)
    out = tmp_path / "out"
    run([a], out, cache_dir=tmp_path / "cache", topic_sample=25, sentiment_sample=1, progress=False)
    assert (out / "topic_model").is_dir() and (out / "tables" / "sentiment_by_country.parquet").exists()
    run([b], out, cache_dir=tmp_path / "cache", topic_sample=25, sentiment_sample=1, progress=False)
    cold = tmp_path / "cold"
    run([b], cold, cache_dir=tmp_path / "cold-cache", topic_sample=25, sentiment_sample=1, progress=False)
    assert files(out) == files(cold)
    assert not (out / "tables" / "sentiment_by_country.parquet").exists()  # the earlier corpus's table is gone
    for name in ("statements", "sentences", "frame_hits", "topics"):
        pd.testing.assert_frame_equal(read(out, name), read(cold, name), obj=name)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["counts"]["statements"] == 12 and "country" not in json.dumps(summary.get("tables", []))
    assert leftovers(out) == []


def test_a_new_out_with_a_warm_cache_gets_the_topic_model_and_its_figures(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 40)
    first, second = tmp_path / "first", tmp_path / "second"
    run([corpus], first, steps=["load", "topics", "figures"], cache_dir=tmp_path / "cache", topic_sample=25,
        progress=False)
    summary = run([corpus], second, steps=["load", "topics", "figures"], cache_dir=tmp_path / "cache",
                  topic_sample=25, progress=False)
    assert summary["cache"]["topics"]["units_hit"] == 40  # no refit
    assert files(second) == files(first)
    assert any(name.startswith("figures/topic") for name in files(second))
    manifest = json.loads((second / "topic_model" / "manifest.json").read_text())
    assert manifest == json.loads((first / "topic_model" / "manifest.json").read_text())


def test_topics_over_years_are_drawn_from_the_tables_not_by_rereading_every_text(tmp_path, monkeypatch):
    import analysis.topics.analyses

    def refuse(*args, **kwargs):
        raise AssertionError("BERTopic's topics_over_time re-reads every document: minutes on a whole corpus")

    monkeypatch.setattr(analysis.topics.analyses, "topics_over_time", refuse)
    out = tmp_path / "out"
    run([write_corpus(tmp_path / "c.jsonl", 40)], out, steps=["load", "segment", "topics", "tables", "figures"],
        cache_dir=tmp_path / "cache", topic_sample=25, progress=False)
    assert (out / "figures" / "topics_over_year.png").is_file()
    assert read(out, "tables/topics_by_year")["year"].nunique() > 1


def test_a_partial_run_drops_what_the_new_statements_make_stale(tmp_path):
    a, b = write_corpus(tmp_path / "a.jsonl", 9), corpus_b(tmp_path / "b.jsonl", 5)
    out = tmp_path / "out"
    run([a], out, steps=FAST, cache_dir=tmp_path / "cache", progress=False)
    run([b], out, steps=["load", "segment"], cache_dir=tmp_path / "cache", progress=False)
    kept = ["sentences.csv", "sentences.parquet", "statements.csv", "statements.parquet", "summary.json"]
    assert files(out) == kept
    assert set(read(out, "sentences")["statement_id"]) == {f"b{i}" for i in range(5)}
    run([], out, steps=["sentiment"], cache_dir=tmp_path / "cache", progress=False, excel=True)  # same corpus
    assert files(out) == sorted([*kept, "tables.xlsx"])
    run([], out, steps=["sentiment"], cache_dir=tmp_path / "cache", progress=False, csv=False)
    assert files(out) == ["sentences.parquet", "statements.csv", "statements.parquet", "summary.json"]  # no stale CSV
    assert read(out, "sentences")["sentiment"].notna().all()


def test_a_failed_run_leaves_the_earlier_folder_as_it_was(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "c.jsonl", 6)
    out = tmp_path / "out"
    run([corpus], out, steps=FAST, cache_dir=tmp_path / "cache", progress=False)
    before = {name: (out / name).read_bytes() for name in files(out)}

    def broken(*args, **kwargs):
        raise RuntimeError("the frames step fails half way")

    monkeypatch.setattr(text_steps, "frames_partition", broken)
    with pytest.raises(RuntimeError, match="half way"):
        run([write_corpus(tmp_path / "other.jsonl", 4, first=100)], out, steps=FAST, cache_dir=tmp_path / "cache",
            progress=False)
    assert {name: (out / name).read_bytes() for name in files(out)} == before
    assert leftovers(out) == []


# ------------------------------------------------------------------ class 11: unusable --out, one line
def cli(args: list[str], capsys) -> tuple[int, str, str]:
    """Exit status, stderr and stdout of ``python -m analysis ARGS`` run in-process."""
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.err, captured.out


def refused_before_computing(monkeypatch) -> None:
    def never(*args, **kwargs):
        raise AssertionError("computing started before --out was checked")

    monkeypatch.setattr("analysis.pipeline.runner._run_steps", never)


@pytest.mark.parametrize("make_out, message", [
    (lambda tmp: (tmp / "a_file").write_text("x") and tmp / "a_file", "is a file"),
    (lambda tmp: (tmp / "under_a_file").write_text("x") and tmp / "under_a_file" / "out", "cannot write"),
    (lambda tmp: (tmp / "mine").mkdir() or (tmp / "mine" / "thesis.docx").write_text("x") and tmp / "mine",
     "holds files no run writes"),
])
def test_an_unusable_out_is_one_line_before_any_computing(tmp_path, capsys, monkeypatch, make_out, message):
    corpus = write_corpus(tmp_path / "c.jsonl", 3)
    out = make_out(tmp_path)
    refused_before_computing(monkeypatch)
    code, err, _ = cli(["run", str(corpus), "--out", str(out), "--cache-dir", str(tmp_path / "cache"), "--quiet"], capsys)
    assert code == 1 and message in err and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("error: ") and str(out) in err
    assert leftovers(out) == []


def test_a_read_only_out_is_refused(tmp_path, capsys, monkeypatch):
    corpus = write_corpus(tmp_path / "c.jsonl", 3)
    marked, denied = tmp_path / "marked", tmp_path / "denied"
    marked.mkdir()
    denied.mkdir()
    marked.chmod(0o555)  # read-only by its mode: refused even for root
    real_access = output_folder.os.access
    monkeypatch.setattr(output_folder.os, "access", lambda p, mode: Path(p) != denied and real_access(p, mode))
    refused_before_computing(monkeypatch)
    try:
        for out in (marked, denied):
            code, err, _ = cli(["run", str(corpus), "--out", str(out), "--quiet"], capsys)
            assert code == 1 and f"--out {out} is read-only" in err and err.count("\n") == 1
    finally:
        marked.chmod(0o755)


def test_a_full_disk_while_writing_is_one_line_and_leaves_out_as_it_was(tmp_path, capsys, monkeypatch):
    corpus = write_corpus(tmp_path / "c.jsonl", 3)
    out = tmp_path / "out"
    assert main(["run", str(corpus), "--out", str(out), "--cache-dir", str(tmp_path / "cache"),
                 "--steps", "load,segment", "--quiet"]) == 0
    before = files(out)
    capsys.readouterr()

    def full(self):
        raise OSError(errno.ENOSPC, "No space left on device", str(self.out / "sentences.parquet"))

    monkeypatch.setattr(pipeline_context.Store, "write_changed", full)
    code, err, _ = cli(["run", str(corpus), "--out", str(out), "--cache-dir", str(tmp_path / "cache"),
                     "--steps", "load,segment", "--quiet"], capsys)
    assert code == 1 and "No space left on device" in err and "sentences.parquet" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert files(out) == before and leftovers(out) == []


def test_a_corrupt_parquet_input_is_one_line(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "c.jsonl", 3)
    out = tmp_path / "out"
    assert main(["run", str(corpus), "--out", str(out), "--cache-dir", str(tmp_path / "cache"),
                 "--steps", "load,segment", "--quiet"]) == 0
    (out / "sentences.parquet").write_bytes(b"PAR1 this is not parquet")
    capsys.readouterr()
    code, err, _ = cli(["run", "--out", str(out), "--cache-dir", str(tmp_path / "cache"), "--steps", "sentiment",
                     "--quiet"], capsys)
    assert code == 1 and "sentences.parquet is not a readable Parquet table" in err and err.count("\n") == 1
    with pytest.raises(AnalysisError, match="not a readable Parquet"):
        run([], out, steps=["sentiment"], cache_dir=tmp_path / "cache", progress=False)
    broken_table = tmp_path / "statements.parquet"
    broken_table.write_bytes(b"PAR1" + bytes(100) + b"PAR1")
    code, err, printed = cli(["corpus", str(broken_table)], capsys)  # as a corpus source: a rejection, not a crash
    assert code == 0 and err == "" and "'unreadable': 1" in printed


def test_evaluate_output_into_a_missing_folder_is_one_line_before_evaluating(tmp_path, capsys, monkeypatch):
    import analysis.frames.evaluation as evaluation

    monkeypatch.setattr(evaluation, "evaluate_frames", lambda *a, **k: pytest.fail("evaluated before the check"))
    gold = REPO / "data" / "gold" / "dev_sample.jsonl"
    code, err, _ = cli(["evaluate", str(gold), "--output", str(tmp_path / "missing" / "scores.json")], capsys)
    assert code == 1 and "does not exist" in err and err.count("\n") == 1 and "Traceback" not in err


def test_os_errors_outside_the_pipeline_are_one_line(tmp_path, capsys, monkeypatch):
    import analysis.corpus.cli as corpus_cli

    def denied(args):
        raise PermissionError(errno.EACCES, "Permission denied", "/somewhere/file")

    monkeypatch.setattr(corpus_cli, "_handle", denied)
    code, err, _ = cli(["corpus", str(tmp_path)], capsys)
    assert code == 1 and err == ("error: PermissionError: /somewhere/file: Permission denied; check that the path "
                                 "exists, is writable and has free space\n")


def test_run_keys_a_local_sotu_folder_by_its_content(tmp_path, monkeypatch):
    """Class 8 in the pipeline: the load cache never serves the bundled corpus for a local ``sotu``."""
    from analysis.pipeline.identity import sources_key

    monkeypatch.chdir(tmp_path)
    bundled = sources_key(["bundled:sotu"], "id")
    assert sources_key(["sotu"], "id") == bundled  # no such path: the bundled corpus
    (tmp_path / "sotu").mkdir()
    (tmp_path / "sotu" / "a.txt").write_text("One local speech about cooperation.", encoding="utf-8")
    local = sources_key(["sotu"], "id")
    (tmp_path / "sotu" / "a.txt").write_text("An edited local speech about cooperation.", encoding="utf-8")
    assert len({bundled, local, sources_key(["sotu"], "id")}) == 3
    assert sources_key(["bundled:sotu"], "id") == bundled


def test_the_load_cache_key_skips_nothing_it_cannot_read(tmp_path, monkeypatch):
    """Class 2 in the pipeline: an unreadable file makes the load uncached (the loader rejects it),
    never a traceback and never a key that leaves the file out."""
    from analysis.pipeline import identity

    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("One speech about cooperation.", encoding="utf-8")
    (tmp_path / "c" / "b.txt").write_text("Another speech about trust.", encoding="utf-8")
    assert identity.sources_key([tmp_path / "c"], "id") is not None
    real_open = Path.open

    def guarded(self, *args, **kwargs):
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)
    assert identity.sources_key([tmp_path / "c"], "id") is None


def test_a_run_on_sources_that_load_nothing_is_one_line_before_computing(tmp_path, capsys):
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 garbage PAR1")
    empty = tmp_path / "empty"
    empty.mkdir()
    for source, reason in [(bad, "unreadable"), (empty, "rejected none")]:
        code, err, _ = cli(["run", str(source), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c"),
                            "--quiet"], capsys)
        assert code == 1 and err.startswith("error: no statement could be loaded") and reason in err
        assert err.count("\n") == 1 and not (tmp_path / "out").exists() and leftovers(tmp_path / "out") == []
