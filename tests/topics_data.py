"""Small real corpora for the topics tests: the seed article's paragraphs and sentences,
and openings of UNGDC speeches (read-only, from ../shared/corpora)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "seed" / "hanoi_convention_2025-10-26.txt"


def seed_paragraphs() -> pd.DataFrame:
    """One row per non-empty paragraph of the seed article (front matter and source line dropped)."""
    body = SEED.read_text(encoding="utf-8").split("---", 2)[2]
    paragraphs = [p.strip() for p in body.splitlines() if p.strip() and not p.startswith("Source:")]
    return pd.DataFrame(
        {
            "statement_id": [f"hanoi:{i:03d}" for i in range(len(paragraphs))],
            "text": paragraphs,
            "speaker": ["Лыонг Там Куанг" if "Куанг" in p else "Джон Брандолино" if "Брандолино" in p else None
                        for p in paragraphs],
            "year": pd.array([2025] * len(paragraphs), dtype="Int64"),
        }
    )


def seed_sentences() -> pd.DataFrame:
    """The paragraphs split at sentence ends: about 40 units, enough for UMAP + HDBSCAN."""
    rows = []
    for row in seed_paragraphs().itertuples():
        for position, sentence in enumerate(s for s in re.split(r"(?<=[.!?»])\s+(?=[А-ЯA-Z«])", row.text) if s.strip()):
            rows.append({"statement_id": row.statement_id, "sentence_id": f"{row.statement_id}:{position:05d}",
                         "text": sentence, "speaker": row.speaker, "year": row.year})
    return pd.DataFrame(rows)


def ungdc_excerpts(corpora: Path, *, years=range(2000, 2016, 3), per_year: int = 45, chars: int = 1500) -> pd.DataFrame:
    """About ``chars`` characters (whole paragraphs) from a third of the way into each of
    ``per_year`` speeches per year: past the salutations, into the substance.

    Excerpts, not whole speeches, keep the test fast (whole speeches are 15-20k characters);
    speeches are taken in file-name (ISO3) order, so the sample is the same on every run.
    """
    rows = []
    for year in years:
        folder = next((corpora / "ungdc" / "TXT").glob(f"Session * - {year}"))
        files = sorted(f for f in folder.glob("*.txt") if not f.name.startswith("._"))[:per_year]
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            all_paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
            paragraphs, size = [], 0
            for paragraph in all_paragraphs[len(all_paragraphs) // 3 :]:
                if size < chars:
                    paragraphs.append(paragraph)
                    size += len(paragraph)
            iso3, session, _ = path.stem.split("_")
            rows.append({"statement_id": path.stem, "text": "\n".join(paragraphs), "country": iso3,
                         "year": year, "session": int(session)})
    return pd.DataFrame(rows).astype({"year": "Int64"})
