"""Engines: the Dask engine computes exactly what the local engine computes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.engines import DaskEngine, LocalEngine, make_engine
from analysis.errors import AnalysisError
from analysis.pipeline import run


def ungdc_slice(shared_corpora: Path, folder: Path, n: int = 4) -> Path:
    """A copy of the first ``n`` speeches of session 78 in the official layout."""
    session = "Session 78 - 2023"
    source = shared_corpora / "ungdc" / "TXT" / session
    target = folder / "TXT" / session
    target.mkdir(parents=True)
    for path in sorted(p for p in source.iterdir() if not p.name.startswith("."))[:n]:
        shutil.copy(path, target / path.name)
    return folder


def test_local_engine_maps_in_order():
    with LocalEngine() as engine:
        assert list(engine.map(len, [[1], [1, 2], []])) == [(0, 1), (1, 2), (2, 0)]


def test_engine_choice_errors_are_specific():
    with pytest.raises(AnalysisError, match="unknown engine 'spark'"):
        make_engine("spark")
    with pytest.raises(AnalysisError, match="--engine dask"):
        make_engine("local", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(AnalysisError, match="at least 1"):
        DaskEngine(workers=0)


def test_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(AnalysisError, match="cannot reach the Dask scheduler"):
        DaskEngine(scheduler="tcp://127.0.0.1:9", connect_timeout=2)


@pytest.mark.slow
@pytest.mark.shared
def test_dask_local_cluster_equals_local_engine_row_for_row(tmp_path, seed_path, shared_corpora):
    sources = [seed_path, ungdc_slice(shared_corpora, tmp_path / "ungdc")]
    steps = ["load", "segment", "sentiment", "frames"]
    # several partitions per worker; tone on 3 sentences a statement (the e5 tone model is the slow part)
    options = dict(steps=steps, progress=False, partition_chars=15_000, sentiment_sample=3)
    local = run(sources, tmp_path / "local", cache_dir=tmp_path / "cache-local", **options)
    dask = run(sources, tmp_path / "dask", engine="dask", workers=2, cache_dir=tmp_path / "cache-dask", **options)

    assert dask["engine"]["engine"] == "dask" and dask["engine"]["workers"] == 2
    assert dask["cache"]["sentiment"]["units_computed"] == local["cache"]["sentiment"]["units_computed"] > 4
    assert local["counts"]["sentences"] > 300  # the seed and four speeches, not an empty slice
    for name, order in (("statements", ["statement_id"]), ("sentences", ["sentence_id"]),
                        ("frame_hits", ["sentence_id", "start", "frame", "entry"])):  # fmt: skip
        a = pd.read_parquet(tmp_path / "local" / f"{name}.parquet").sort_values(order, ignore_index=True)
        b = pd.read_parquet(tmp_path / "dask" / f"{name}.parquet").sort_values(order, ignore_index=True)
        assert len(a) > 0, name
        pd.testing.assert_frame_equal(a, b, check_exact=True)
        if name == "sentences":  # the sampled tone went through the workers too
            assert 4 < a["sentiment"].notna().sum() <= 3 * a["statement_id"].nunique()


@pytest.mark.slow
def test_dask_engine_joins_an_existing_scheduler(tmp_path, seed_path):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster:
        summary = run([seed_path], tmp_path / "out", steps=["load", "segment"], engine="dask",
                      scheduler=cluster.scheduler_address, cache_dir=tmp_path / "cache", progress=False)  # fmt: skip
        assert summary["engine"]["scheduler"] == cluster.scheduler_address
        assert not summary["engine"]["local_cluster"]
        assert len(cluster.scheduler_info["workers"]) == 1  # the run left the user's cluster running
    local = pd.read_parquet(tmp_path / "out" / "sentences.parquet")
    assert len(local) > 5
