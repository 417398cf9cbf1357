"""Small real corpora for the topics tests: the seed article's statements and sentences
(through the suite's own loader), and excerpts of UNGDC speeches (read-only, from
../shared/corpora)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "seed" / "hanoi_convention_2025-10-26.txt"


def seed_statements() -> pd.DataFrame:
    """The seed article's statements, as the corpus loader reads them (speaker-attributed)."""
    from analysis.corpus import load_corpus

    return load_corpus(SEED).statements


def seed_sentences() -> pd.DataFrame:
    """The seed's sentences (analysis.segmentation) with their statement's speaker and year."""
    from analysis.segmentation import segment

    statements = seed_statements()
    sentences = segment(statements)
    return sentences.merge(statements[["statement_id", "speaker", "year"]], on="statement_id", how="left")


def ungdc_excerpts(corpora: Path, *, years=range(2000, 2016, 3), per_year: int = 45, chars: int = 1500,
                   start: float = 1 / 3) -> pd.DataFrame:
    """About ``chars`` characters (whole paragraphs) from ``start`` of the way into each of
    ``per_year`` speeches per year: by default past the salutations, into the substance;
    ``start=0`` takes the openings, where salutations and congratulations are.

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
            for paragraph in all_paragraphs[int(len(all_paragraphs) * start) :]:
                if size < chars:
                    paragraphs.append(paragraph)
                    size += len(paragraph)
            iso3, session, _ = path.stem.split("_")
            rows.append({"statement_id": path.stem, "text": "\n".join(paragraphs), "country": iso3,
                         "year": year, "session": int(session)})
    return pd.DataFrame(rows).astype({"year": "Int64"})
