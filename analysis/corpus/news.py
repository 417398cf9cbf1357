"""News reports that quote officials → statements attributed to their speakers.

A report mixes four kinds of text, and each becomes its own statement (column ``mode``;
``attribution`` holds the attributing words, ``body_offset`` where the statement starts):

* ``direct``: quoted words (« », “ ”, „ “, " ", or a dash-introduced line) with an
  attribution next to them ("…», — подчеркнул министр X", 'X said: "…"'). The statement
  text is the quoted words only; the attribution phrase is kept in ``attribution``.
* ``reported``: a sentence whose subject is a person with a speech verb ("министр X
  подчеркнул, что…", "По словам X, …", "X said that…", "according to X"). The whole
  sentence is the statement: it is the journalist's paraphrase of the speaker.
* ``continued``: text without its own attribution that continues a speaker: the rest of a
  paragraph after a reported sentence, a paragraph that opens with an enumeration marker
  ("Прежде всего", "Далее", "Finally") after the speaker's paragraph, a stance sentence
  whose subject is not a person ("Вьетнам твёрдо убеждён…") right after the speaker, and
  an unattributed paragraph between two paragraphs of the same speaker.
* ``narration``: everything else (headings, the source line): speaker null, role
  "narrator", organization = the publisher from the front matter.

Speakers are resolved per article: a later mention by surname ("Брандолино", "Джона
Брандолино"), by title alone ("министр", "the ambassador") or by pronoun is the same
person. Names, roles and organizations come only from the text (an appositive such as
", директор Департамента … (УНП ООН)," gives role and organization); nothing is invented.
Consecutive pieces of one paragraph with the same speaker and mode form one statement.

This module only reads articles into statement rows; finding the speaker of each piece
(quotes, mentions, the speaker registry, the resolution sieves) is :mod:`analysis.attribution`.
"""

from __future__ import annotations

from ..attribution import Piece, attribute
from ..segmentation import detect_language
from .collect import LANGUAGE_SAMPLE_CHARS, Collector


def split_article(body: str, meta: dict) -> list[dict]:
    """Statement rows (schema columns + ``mode``, ``attribution``) for one article."""
    language = meta.get("language") or detect_language(body[:LANGUAGE_SAMPLE_CHARS])
    paragraphs, registry = attribute(body, language)
    doc_id = str(meta["doc_id"])
    meta = {**meta, "language": language}
    publisher = meta.get("publisher") or meta.get("organization")
    common = {k: v for k, v in meta.items()
              if k not in ("format", "speaker", "role", "organization", "publisher", "doc_id", "text")}
    rows: list[dict] = []
    for paragraph in paragraphs:
        for group in _merge(paragraph.pieces):
            first, last = group[0], group[-1]
            text = paragraph.text[first.start:last.end] if len(group) > 1 else paragraph.text[first.start:first.end]
            speaker = registry.speakers[first.speaker] if first.speaker is not None else None
            rows.append({
                **common,
                "statement_id": f"{doc_id}:{len(rows):03d}",
                "doc_id": doc_id,
                "text": text,
                "speaker": speaker.name if speaker else None,
                "role": (speaker.role if speaker else "narrator"),
                "organization": speaker.organization if speaker else publisher,
                "publisher": publisher,
                "mode": first.mode,
                "attribution": "; ".join(p.attribution for p in group if p.attribution) or None,
                "body_offset": paragraph.start + first.start,  # where the statement starts in the article body
            })
    return rows


def _merge(pieces: list[Piece]) -> list[list[Piece]]:
    """Consecutive pieces with the same speaker and mode (never merging direct quotes)."""
    groups: list[list[Piece]] = []
    for piece in pieces:
        if groups and piece.mode != "direct" and groups[-1][-1].mode == piece.mode \
                and groups[-1][-1].speaker == piece.speaker:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def load_article(body: str, meta: dict, collector: Collector) -> None:
    """Add the statements of one article; an article with no text is one ``empty`` unit."""
    rows = split_article(body, meta) if body.strip() else []
    if not rows:
        collector.reject(meta.get("source", meta["doc_id"]), "empty", "the article has no text")
        return
    for row in rows:
        collector.add(row)
