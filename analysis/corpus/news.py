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

Each statement also carries ``speaker_kind`` (``person``, or ``institution`` for "the Foreign
Ministry said", «в МИД заявили», "Reuters reported": then ``speaker`` is the institution's name), ``cue`` (how the speaker was found: ``verb; name``, ``quote;
pronoun``, ``turn``, ``continued``…), ``confidence`` (the lowest of its sentences),
``principal`` (whom a spokesperson speaks for), ``country`` (ISO3 from the role, e.g.
"Russia's permanent representative" → RUS) and, once the corpus is loaded, ``speaker_id``
(one id per person across articles, :func:`analysis.attribution.identity.assign_speaker_ids`).
:func:`article_sentences` gives the same attribution sentence by sentence, with offsets into
the article body; the load report gets one summary per article (``report.articles``).

This module only reads articles into statement rows; finding the speaker of each piece
(quotes, mentions, the speaker registry, the resolution sieves) is :mod:`analysis.attribution`.
"""

from __future__ import annotations

import pandas as pd

from ..attribution import Piece
from ..attribution.sentences import LOW_CONFIDENCE, SentenceAttribution, attribute_sentences
from ..attribution.speakers import principal, speaker_country, speaker_organisation
from ..countries import country_in
from ..segmentation import detect_language
from .collect import LANGUAGE_SAMPLE_CHARS, Collector

SENTENCE_FIELDS = ("doc_id", "sentence_index", "start", "end", "text", "speaker", "speaker_kind", "role",
                   "organization", "country", "principal", "mode", "cue", "confidence")


def _read(body: str, meta: dict):
    language = meta.get("language") or detect_language(body[:LANGUAGE_SAMPLE_CHARS])
    document_speaker = meta.get("speaker") if isinstance(meta.get("speaker"), str) else None
    headline = meta.get("title") if isinstance(meta.get("title"), str) else None
    sentences, registry, paragraphs = attribute_sentences(body, language, document_speaker, headline)
    people = [{"speaker": s.name, "speaker_kind": s.kind, "role": s.role,
               "organization": s.name if s.kind == "institution" else speaker_organisation(s),
               "country": country_in(s.name) if s.kind == "institution" else speaker_country(s),
               "principal": principal(s, registry)} for s in registry.speakers]
    for person, speaker in zip(people, registry.speakers):
        if person["country"] is None and person["principal"]:  # a press secretary: the principal's country
            holder = next((p for p in people if p["speaker"] == person["principal"]), None)
            person["country"] = holder["country"] if holder else None
    return language, sentences, paragraphs, people


def split_article(body: str, meta: dict) -> list[dict]:
    """Statement rows (schema columns + ``mode``, ``attribution``, ``cue``, …) for one article."""
    return _rows(body, meta)[0]


def _rows(body: str, meta: dict) -> tuple[list[dict], list[SentenceAttribution], list[dict]]:
    language, sentences, paragraphs, people = _read(body, meta)
    doc_id = str(meta["doc_id"])
    meta = {**meta, "language": language}
    publisher = meta.get("publisher") or meta.get("organization")
    common = {k: v for k, v in meta.items()
              if k not in ("format", "speaker", "role", "organization", "publisher", "doc_id", "text")}
    rows: list[dict] = []
    for paragraph in paragraphs:
        for group in _merge(paragraph.pieces):
            first, last = group[0], group[-1]
            start, end = paragraph.start + first.start, paragraph.start + last.end
            text = paragraph.text[first.start:last.end] if len(group) > 1 else paragraph.text[first.start:first.end]
            person = people[first.speaker] if first.speaker is not None else None
            confidence = [s.confidence for s in sentences if s.end > start and s.start < end]
            rows.append({
                **common,
                "statement_id": f"{doc_id}:{len(rows):03d}",
                "doc_id": doc_id,
                "text": text,
                "speaker": person["speaker"] if person else None,
                "speaker_kind": person["speaker_kind"] if person else None,
                "role": person["role"] if person else "narrator",
                "organization": person["organization"] if person else publisher,
                "country": person["country"] if person else common.get("country"),
                "principal": person["principal"] if person else None,
                "publisher": publisher,
                "mode": first.mode,
                "cue": first.cue if first.speaker is not None else "none",
                "confidence": min(confidence) if confidence else None,
                "attribution": "; ".join(p.attribution for p in group if p.attribution) or None,
                "body_offset": start,  # where the statement starts in the article body
            })
    return rows, sentences, people


def article_sentences(body: str, meta: dict) -> pd.DataFrame:
    """One row per sentence (``SENTENCE_FIELDS``); ``start``/``end`` index ``body``."""
    _, sentences, _, people = _read(body, meta)
    records = []
    for index, s in enumerate(sentences):
        person = people[s.speaker] if s.speaker is not None else {}
        records.append({"doc_id": str(meta["doc_id"]), "sentence_index": index, "start": s.start, "end": s.end,
                        "text": s.text, "speaker": person.get("speaker"), "speaker_kind": person.get("speaker_kind"),
                        "role": person.get("role", "narrator") if person else "narrator",
                        "organization": person.get("organization"), "country": person.get("country"),
                        "principal": person.get("principal"), "mode": s.mode, "cue": s.cue,
                        "confidence": s.confidence})
    return pd.DataFrame(records, columns=list(SENTENCE_FIELDS))


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


def summarise(doc_id: str, sentences: list[SentenceAttribution], people: list[dict]) -> dict:
    """The audit line for one article: who was found and how much rests on weak evidence."""
    total = len(sentences) or 1
    counts: dict[str, int] = {}
    for s in sentences:
        if s.speaker is not None:
            name = people[s.speaker]["speaker"] or people[s.speaker]["role"] or "(unnamed)"
            counts[name] = counts.get(name, 0) + 1
    return {
        "doc_id": doc_id,
        "sentences": len(sentences),
        "speakers": counts,
        "narrator_share": round(sum(s.speaker is None for s in sentences) / total, 3),
        "via_pronoun": sum(s.cue.endswith("pronoun") for s in sentences),
        "via_title": sum(s.cue.endswith(("title", "generic")) for s in sentences),
        "low_confidence": sum(s.confidence < LOW_CONFIDENCE for s in sentences),
    }


def load_article(body: str, meta: dict, collector: Collector) -> None:
    """Add the statements of one article; an article with no text is one ``empty`` unit."""
    rows, sentences, people = _rows(body, meta) if body.strip() else ([], [], [])
    if not rows:
        collector.reject(meta.get("source", meta["doc_id"]), "empty", "the article has no text")
        return
    summary = summarise(str(meta["doc_id"]), sentences, people)
    collector.report.articles.append(summary)
    if not summary["speakers"]:
        collector.note(meta.get("source", meta["doc_id"]), "no_official",
                       "no official is quoted or reported: every sentence is narration")
    for row in rows:
        collector.add(row)
