"""One sentence through the frame codebook: the helpers the frame tests share."""

from __future__ import annotations

import pandas as pd

from analysis.frames import detect_frames


def hits_of(text: str, language: str, codebook=None) -> pd.DataFrame:
    """The codebook's hits in ``text``, a one-sentence table in ``language``."""
    table = pd.DataFrame({"statement_id": ["s"], "sentence_id": ["s:0"], "text": [text], "language": [language]})
    return detect_frames(table, codebook)


def frames_of(text: str, language: str, codebook=None) -> set[str]:
    """The frames the codebook finds in ``text``."""
    return set(hits_of(text, language, codebook)["frame"])
