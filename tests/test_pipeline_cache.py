"""The pipeline's statement-level cache: reuse, growth, corruption, interruption, identity."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis.segmentation
from analysis.cache import ContentCache
from analysis.engines import LocalEngine
from analysis.pipeline import cached_map, cached_tables, segment_partition, step_identity


def _statements(n: int, first: int = 0) -> pd.DataFrame:
    """n statements of three sentences each; text differs per statement."""
    rows = []
    for i in range(first, first + n):
        text = (
            f"Delegation {i} welcomes the report of the Secretary-General. "
            f"We call for cooperation on item {i} of the agenda. "
            f"Multilateralism remains our answer number {i}."
        )
        rows.append({"statement_id": f"s{i:04d}", "text": text, "language": "en"})
    return pd.DataFrame(rows).astype("string")


@pytest.fixture
def counted(monkeypatch):
    """Counts the statements that reach the real segmenter (the work the cache saves)."""
    seen: list[str] = []
    original = analysis.segmentation.segment

    def counting(statements):
        seen.extend(statements["statement_id"])
        return original(statements)

    monkeypatch.setattr(analysis.segmentation, "segment", counting)
    return seen


def _segment(statements, cache, *, identity="id-1", partition_chars=1000):
    return cached_map(
        segment_partition,
        statements,
        cache=cache,
        identity=identity,
        engine=LocalEngine(),
        id_column="statement_id",
        partition_chars=partition_chars,
    )


def test_rerun_reads_everything_from_cache_and_equals_first_run(tmp_path, counted):
    cache = ContentCache(tmp_path, "t")
    statements = _statements(30)
    first, stats1 = _segment(statements, cache)
    assert len(counted) == 30 and stats1.units_computed == 30 and stats1.units_hit == 0
    assert len(first) == 90 and first["sentence_id"].is_unique
    counted.clear()
    second, stats2 = _segment(statements, cache)
    assert counted == [] and stats2.units_hit == 30
    pd.testing.assert_frame_equal(first, second)
    assert first.equals(analysis.segmentation.segment(statements).reset_index(drop=True).astype(first.dtypes))


def test_adding_ten_statements_processes_only_those(tmp_path, counted):
    cache = ContentCache(tmp_path, "t")
    _segment(_statements(200), cache)
    counted.clear()
    grown = pd.concat([_statements(5, first=1000), _statements(200), _statements(5, first=2000)], ignore_index=True)
    result, stats = _segment(grown, cache)
    assert sorted(counted) == sorted([f"s{i:04d}" for i in [*range(1000, 1005), *range(2000, 2005)]])
    assert stats.units_computed == 10 and stats.units_hit == 200
    assert list(result["statement_id"].unique()) == list(grown["statement_id"])  # input order kept


def test_identical_statements_under_new_ids_share_entries(tmp_path, counted):
    cache = ContentCache(tmp_path, "t")
    statements = _statements(3)
    _segment(statements, cache)
    counted.clear()
    renamed = statements.assign(statement_id=["x1", "x2", "x3"])
    result, _ = _segment(renamed, cache)
    assert counted == []
    assert result["sentence_id"].tolist()[:3] == ["x1:00000", "x1:00001", "x1:00002"]


def test_corrupt_pack_or_pointer_is_recomputed_not_trusted(tmp_path, counted):
    cache = ContentCache(tmp_path, "t")
    statements = _statements(10)
    first, _ = _segment(statements, cache, partition_chars=400)  # two statements per pack
    packs = sorted(cache.folder.rglob("*.parquet"))
    pointers = {p: p.read_text() for p in cache.folder.rglob("*.txt")}
    assert len(packs) == 5 and len(pointers) == 10
    damaged = packs[0]
    damaged.write_bytes(damaged.read_bytes()[:-7] + b"garbage")  # a damaged pack: both its statements
    other = next(p for p, target in pointers.items() if target != damaged.stem)
    other.with_name(other.name + ".sha256").unlink()  # a half-written pointer: one statement
    counted.clear()
    second, stats = _segment(statements, cache, partition_chars=400)
    assert len(counted) == 3 and stats.units_computed == 3 and stats.units_hit == 7
    pd.testing.assert_frame_equal(first, second)
    counted.clear()
    assert _segment(statements, cache, partition_chars=400)[1].units_hit == 10 and counted == []  # repaired


def test_interrupted_run_resumes_without_redoing_finished_partitions(tmp_path, monkeypatch):
    cache = ContentCache(tmp_path, "t")
    statements = _statements(40)
    original = analysis.segmentation.segment
    calls: list[int] = []

    def failing_on_third(part):
        calls.append(len(part))
        if len(calls) == 3:
            raise KeyboardInterrupt  # the user pressed Ctrl-C in the middle of the step
        return original(part)

    monkeypatch.setattr(analysis.segmentation, "segment", failing_on_third)
    with pytest.raises(KeyboardInterrupt):
        _segment(statements, cache, partition_chars=800)  # ~5 statements per partition
    done = sum(calls[:2])
    assert 0 < done < 40

    resumed: list[str] = []
    monkeypatch.setattr(analysis.segmentation, "segment", lambda part: resumed.extend(part["statement_id"]) or original(part))
    result, stats = _segment(statements, cache, partition_chars=800)
    assert len(resumed) == 40 - done and stats.units_hit == done
    pd.testing.assert_frame_equal(result, _segment(statements, ContentCache(tmp_path, "fresh"))[0])


def test_identity_change_recomputes(tmp_path, counted):
    cache = ContentCache(tmp_path, "t")
    statements = _statements(4)
    _segment(statements, cache, identity="model-A")
    counted.clear()
    _segment(statements, cache, identity="model-B")
    assert len(counted) == 4


def test_step_identity_follows_files_and_settings(tmp_path):
    book = tmp_path / "codebook.yaml"
    book.write_text("frames: {}\n")
    base = step_identity("analysis.segmentation", files=[book])
    assert base == step_identity("analysis.segmentation", files=[book])
    assert base != step_identity("analysis.segmentation", files=[book], settings="other")
    book.write_text("frames: {trust: []}\n")
    assert base != step_identity("analysis.segmentation", files=[book])


def test_empty_statements_and_empty_input(tmp_path):
    cache = ContentCache(tmp_path, "t")
    statements = pd.concat(
        [_statements(2), pd.DataFrame([{"statement_id": "blank", "text": "   ", "language": "en"}]).astype("string")],
        ignore_index=True,
    )
    result, stats = _segment(statements, cache)
    assert set(result["statement_id"]) == {"s0000", "s0001"} and stats.units_computed == 3
    again, stats = _segment(statements, cache)
    assert stats.units_hit == 3 and len(again) == len(result)


def test_cached_tables_computes_once_and_recomputes_a_damaged_entry(tmp_path):
    cache = ContentCache(tmp_path, "t")
    calls: list[int] = []

    def compute():
        calls.append(1)
        return {"a": pd.DataFrame({"x": [1, 2]}), "b": pd.DataFrame({"y": ["z"]})}, {"n": 2, "when": pd.Timestamp(0)}

    first = cached_tables(cache, "key", compute)
    second = cached_tables(cache, "key", compute)
    assert len(calls) == 1 and first[2] is False and second[2] is True
    assert second[1] == first[1] == {"n": 2, "when": "1970-01-01 00:00:00"}  # facts as JSON gives them back
    for name in ("a", "b"):
        pd.testing.assert_frame_equal(first[0][name], second[0][name])
    table = next(p for p in cache.folder.rglob("*.parquet") if p.name.startswith("key-b"))
    table.write_bytes(table.read_bytes()[:20])  # a damaged table: the whole entry is recomputed
    assert cached_tables(cache, "key", compute)[2] is False and len(calls) == 2
    assert cached_tables(cache, None, compute)[2] is False and len(calls) == 3  # no key: never stored


def _twice_at_once(work) -> list:
    """``work()`` in two threads started together (two notebooks, two runs); both results."""
    import threading

    results: list = [None, None]

    def run(slot: int) -> None:
        results[slot] = work()

    threads = [threading.Thread(target=run, args=(slot,)) for slot in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_runs_at_once_compute_shared_statements_once(tmp_path, monkeypatch):
    """Two notebooks or runs that reach the same statements together: the second waits on the
    first's lock and reads what it stored, so each statement is computed once, not twice."""
    import time

    seen: list[str] = []
    original = analysis.segmentation.segment

    def slow_counting(statements):
        seen.extend(statements["statement_id"])
        time.sleep(0.3)  # long enough that the second run arrives while the first computes
        return original(statements)

    monkeypatch.setattr(analysis.segmentation, "segment", slow_counting)
    statements = _statements(12)
    (first, stats_a), (second, stats_b) = _twice_at_once(lambda: _segment(statements, ContentCache(tmp_path, "t")))
    assert sorted(seen) == sorted(statements["statement_id"])  # once each, by whichever came first
    pd.testing.assert_frame_equal(first, second)
    assert sorted([stats_a.units_computed, stats_b.units_computed]) == [0, 12]


def test_two_runs_at_once_compute_a_whole_step_once(tmp_path):
    import time

    calls: list[int] = []

    def compute():
        calls.append(1)
        time.sleep(0.3)
        return {"a": pd.DataFrame({"x": [1, 2]})}, {"n": 2}

    results = _twice_at_once(lambda: cached_tables(ContentCache(tmp_path, "t"), "key", compute))
    assert len(calls) == 1 and sorted(hit for _, _, hit in results) == [False, True]
    pd.testing.assert_frame_equal(results[0][0]["a"], results[1][0]["a"])
