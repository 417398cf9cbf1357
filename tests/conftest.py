"""Shared fixtures. The whole suite runs with the network blocked except loopback.

Tests take what they share as fixtures (``seed_path``, ``shared_corpora``, ``sentences_table``,
``pipeline_seed_run``, ``seed_report``), never by importing this module."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pandas as pd
import pytest

from paths import REPO, SHARED_CORPORA


def _is_loopback(address) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost would need DNS: refuse


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True, scope="session")
def _block_network():
    """Refuse every non-loopback connection: the suite must work offline by construction."""
    original = socket.socket.connect
    original_ex = socket.socket.connect_ex

    def guarded(self, address, *args, **kwargs):
        if not _is_loopback(address):
            raise NetworkBlocked(f"test tried to reach {address!r}; only loopback is allowed")
        return original(self, address, *args, **kwargs)

    def guarded_ex(self, address, *args, **kwargs):
        if not _is_loopback(address):
            raise NetworkBlocked(f"test tried to reach {address!r}; only loopback is allowed")
        return original_ex(self, address, *args, **kwargs)

    socket.socket.connect = guarded
    socket.socket.connect_ex = guarded_ex
    yield
    socket.socket.connect = original
    socket.socket.connect_ex = original_ex


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    """../shared/corpora (read-only in CI); tests needing it skip with a reason when absent."""
    if not SHARED_CORPORA.is_dir():
        pytest.skip(f"{SHARED_CORPORA} is not present")
    return SHARED_CORPORA


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The embedded sample corpus shipped in data/."""
    return REPO / "data" / "seed"


def _sentences_table(texts: list[str], languages: list[str | None]) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame({
        "statement_id": [f"s{i % 3}" for i in range(n)],
        "sentence_id": [f"s{i % 3}:{i:05d}" for i in range(n)],
        "position": list(range(n)),
        "text": pd.array(texts, dtype="string"),
        "language": pd.array(languages, dtype="string"),
    })


@pytest.fixture(scope="session")
def sentences_table():
    """``sentences_table(texts, languages)``: a small sentences table (three statements,
    round-robin) for scorer tests."""
    return _sentences_table


@pytest.fixture(scope="session")
def pipeline_seed_run(tmp_path_factory, seed_path):
    """The whole pipeline on the embedded sample, once per session: ``(root, summary)``
    with the outputs in ``root/out`` and the content cache in ``root/cache``."""
    from analysis.pipeline import run

    root = tmp_path_factory.mktemp("seed")
    summary = run([seed_path], root / "out", cache_dir=root / "cache", progress=False)
    return root, summary


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory):
    """build_report over every notebook, once per session: ``(Report, figures folder)``.

    The notebook, report and browser tests share it, so the notebooks run once."""
    from report_build import build_seed_report

    return build_seed_report(tmp_path_factory.mktemp("report"))


# Session fixtures that are expensive to build: under pytest-xdist (``./run test`` runs two
# workers with ``--dist loadgroup``) every test that uses one goes to the same worker, so each
# is built once per run, not once per worker.
EXPENSIVE_FIXTURES = ("seed_report", "pipeline_seed_run")


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config, items):
    for item in items:
        for name in EXPENSIVE_FIXTURES:
            if name in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.xdist_group(name))
                break
    # The long units first (the shared fixtures' groups, then tests marked slow): xdist hands out work in
    # this order, so the many short tests fill the other worker instead of one long test ending the run alone.
    items.sort(key=lambda item: 0 if item.get_closest_marker("xdist_group") else 1 if item.get_closest_marker("slow") else 2)
