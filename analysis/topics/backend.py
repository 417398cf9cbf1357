"""BERTopic's embedding plug-in, backed by :func:`analysis.embeddings.embed`.

BERTopic embeds more than the documents: seed phrases (guided topics), zero-shot topic
descriptions, candidate words. Handing it this backend keeps every one of those
offline, cached, and - for e5 - centred with the same stored centre as the documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from bertopic.backend import BaseEmbedder

from ..embeddings import embed


class Embedder(BaseEmbedder):
    """``embed(texts, backend=..., centre=...)`` behind BERTopic's ``BaseEmbedder`` protocol."""

    def __init__(
        self,
        backend: str = "use",
        *,
        cache_dir: str | Path | None = None,
        centre: np.ndarray | None = None,
    ) -> None:
        super().__init__()
        self.backend = backend
        self.cache_dir = cache_dir
        self.centre = None if centre is None else np.asarray(centre, dtype=np.float32)

    def embed(self, documents: Sequence[str], verbose: bool = False) -> np.ndarray:
        return embed(list(documents), backend=self.backend, cache_dir=self.cache_dir, centre=self.centre)
