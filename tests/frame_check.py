"""One sentence through the frame codebook: the helpers the frame tests share."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.frames import detect_frames
from analysis.frames.codebook import Codebook, parse_codebook


def hits_of(text: str, language: str, codebook=None) -> pd.DataFrame:
    """The codebook's hits in ``text``, a one-sentence table in ``language``."""
    table = pd.DataFrame({"statement_id": ["s"], "sentence_id": ["s:0"], "text": [text], "language": [language]})
    return detect_frames(table, codebook)


def frames_of(text: str, language: str, codebook=None) -> set[str]:
    """The frames the codebook finds in ``text``."""
    return set(hits_of(text, language, codebook)["frame"])


def codebook_at(commit: str, version: str) -> Codebook:
    """The codebook as it was at ``commit`` (which must carry ``version``), read from git history; the test
    skips in a checkout without that history."""
    repo = Path(__file__).resolve().parent.parent
    try:
        text = subprocess.run(["git", "show", f"{commit}:analysis/frames/codebook.yaml"], cwd=repo, check=True,
                              capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip(f"codebook {version} is read from git history, which this checkout does not have")
    book = parse_codebook(yaml.safe_load(text), source=f"codebook {version}")
    assert book.version == version
    return book
