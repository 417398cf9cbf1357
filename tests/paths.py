"""Where the tests find the repository and the shared corpora (plain constants, no fixtures)."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPORA = REPO.parent / "shared" / "corpora"
