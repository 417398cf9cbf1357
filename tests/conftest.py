"""Shared fixtures. The whole suite runs with the network blocked except loopback."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPORA = REPO.parent / "shared" / "corpora"


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


def sentences_table(texts: list[str], languages: list[str | None]) -> pd.DataFrame:
    """A small sentences table (three statements, round-robin) for scorer tests."""
    n = len(texts)
    return pd.DataFrame({
        "statement_id": [f"s{i % 3}" for i in range(n)],
        "sentence_id": [f"s{i % 3}:{i:05d}" for i in range(n)],
        "position": list(range(n)),
        "text": pd.array(texts, dtype="string"),
        "language": pd.array(languages, dtype="string"),
    })
