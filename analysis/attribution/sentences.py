"""Sentence-level attribution: every sentence of an article with its speaker, mode, cue and confidence.

``attribute_sentences(body, language)`` reads the article once (``resolution.attribute``) and
then gives each sentence (paragraphs split by the suite's own splitter,
``segmentation.split_sentences``, offsets into the body so they align with hand-coded gold)
the piece that covers most of it: an attributed quote first, then a reported or continued
piece, else narration. Two rules need whole sentences and run here: a sentence that points
back ("… . Об этом заявил X", "This was stated by X") gives its speaker to the sentence before,
and the ``cue`` says how each person was found (``verb; pronoun``, ``quote; title``, …).

``confidence`` is a fixed score per cue (``CONFIDENCE``), ordered by how often each kind of
evidence is right in wire copy: an explicit name beats a surname, a title, a pronoun, a generic
"the official" and an unattributed continuation; a narration sentence that contains a speech
verb nobody could be resolved for is the least certain of all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text import has_cyrillic, is_cyrillic_language
from .quotes import Piece, find_quotes, whole_quote
from .registry import Registry
from .resolution import Paragraph, attribute, split_cached
from .vocabulary import POINTS_BACK, QUOTE_PAIRS, RU_VERB

CONFIDENCE = {"name": 0.95, "turn": 0.95, "document": 0.9, "surname": 0.9, "title": 0.8, "pronoun": 0.75, "generic": 0.6,
              "continued": 0.6, "points-back": 0.8, "narration": 0.9, "unresolved": 0.4}
LOW_CONFIDENCE = 0.65
# the verb of «Об этом заявил», also after a short addressee or time («Об этом журналистам / в среду сообщил»)
# the verb after «Об этом» (up to five words between: «Об этом в интервью РИА Новости рассказал»), or «сделал» of
# «Такое заявление сделал X»
_POINTS_BACK_VERB = re.compile(rf"(?:\s*[^\W\d_]+){{0,5}}?\s*(?:{RU_VERB.pattern}|сделал[аи]?\b)")


@dataclass
class SentenceAttribution:
    """One sentence: ``start``/``end`` index the article body; ``speaker`` indexes the registry."""

    start: int
    end: int
    text: str
    paragraph: int
    speaker: int | None
    mode: str
    cue: str
    confidence: float


@lru_cache(maxsize=256)
def _confidence(cue: str, mode: str) -> float:
    if mode == "narration":
        return CONFIDENCE["unresolved"] if cue == "unresolved" else CONFIDENCE["narration"]
    how = cue.split("; ")[-1]
    return CONFIDENCE.get(how, CONFIDENCE.get(cue.split("; ")[0], 0.7))


def _best_piece(pieces: list[Piece], start: int, end: int) -> Piece | None:
    """The piece that gives a sentence its speaker: among the pieces it overlaps, by preference a direct quote that
    is most of the sentence ("X said that «…»" is reported), a reported piece, any attributed piece, any piece; within
    a preference the first of the largest overlap. One pass over the pieces (a paragraph's sentences each ask)."""
    best: list[Piece | None] = [None, None, None, None]  # per preference, in the order above
    size = [0, 0, 0, 0]
    for piece in pieces:
        overlap = (end if end < piece.end else piece.end) - (start if start > piece.start else piece.start)
        if overlap <= 0:
            continue
        if overlap > size[3]:
            best[3], size[3] = piece, overlap
        if piece.speaker is None:
            continue
        if overlap > size[2]:
            best[2], size[2] = piece, overlap
        if piece.mode == "reported" and overlap > size[1]:
            best[1], size[1] = piece, overlap
        elif piece.mode == "direct" and 2 * overlap > end - start and overlap > size[0]:
            best[0], size[0] = piece, overlap
    if best[3] is None:  # the attribution after a quote, split off as its own sentence: the quote's speaker
        attributing = [p for p in pieces if p.consumed and p.consumed[0] <= start and end <= p.consumed[1] + 1]
        if attributing and attributing[0].speaker is not None:
            return Piece(start, end, attributing[0].speaker, "reported", cue=attributing[0].cue)
        return None
    return best[0] or best[1] or best[2] or best[3]  # a Piece is always true


def attribute_sentences(body: str, language: str | None, document_speaker: str | None = None,
                        headline: str | None = None) -> tuple[list[SentenceAttribution], Registry, list[Paragraph]]:
    """Every sentence of ``body`` attributed (see the module docstring), with the registry and paragraphs
    (``document_speaker``, ``headline``: see ``resolution.attribute``)."""
    cyrillic = is_cyrillic_language(language) if language else has_cyrillic(body)
    paragraphs, registry = attribute(body, language, document_speaker, headline)
    sentences: list[SentenceAttribution] = []
    for number, paragraph in enumerate(paragraphs):
        spans = [(0, len(paragraph.text))] if paragraph.heading else split_cached(
            paragraph.text, "ru" if cyrillic else "en")
        quoted = [(q[1], q[2]) for q in (find_quotes(paragraph.text) if paragraph.quotes is None else paragraph.quotes)]
        for s, e in spans:
            piece = _best_piece(paragraph.pieces, s, e)
            speaker, mode, cue = (piece.speaker, piece.mode, piece.cue) if piece else (None, "narration", "none")
            if speaker is None or _stage_direction(paragraph.text[s:e]):
                speaker, mode, cue = None, "narration", cue if cue == "unresolved" else "none"
            elif mode == "continued" and (any(qs <= s + 1 and e - 1 <= qe + 1 for qs, qe in quoted)
                                          or paragraph.text[s] in QUOTE_PAIRS):
                mode = "direct"  # a further sentence of a quotation the speaker began (closed or not)
            text = paragraph.text[s:e]
            sentences.append(SentenceAttribution(paragraph.start + s, paragraph.start + e, text, number, speaker,
                                                 mode, cue, _confidence(cue, mode)))
    _points_back(sentences, cyrillic, registry)
    _elisions(sentences)
    return sentences, registry, paragraphs


_ELISION = re.compile(r"\s*[\[(<]?\s*(?:\.\.\.|…)\s*[\])>]?\s*")  # "[...]", "[…]", "(...)", «<…>», "…"


def _elisions(sentences: list[SentenceAttribution]) -> None:
    """An elision mark between two sentences of one speaker cuts their quotation, so it is theirs; after the last
    of them (a transcript's end) it is the press office's; other sentences without a letter ("* * *") are nobody's."""
    for before, here, after in zip(sentences, sentences[1:], sentences[2:]):
        if here.speaker is None and before.speaker is not None and before.speaker == after.speaker \
                and _ELISION.fullmatch(here.text):
            here.speaker, here.mode, here.cue = before.speaker, "continued", "continued"
            here.confidence = _confidence("continued", "continued")


def _stage_direction(text: str) -> bool:
    """"(Демонстрируется видеоролик.)", "(Applause)": the press office's words inside a transcript; and
    a sentence without a letter ("<…>", an elision mark), which carries nobody's words."""
    return text.startswith("(") and text.rstrip(".").endswith(")") and text.count("(") == 1 \
        or not (text[:1].isalpha() or any(c.isalpha() for c in text))  # (most sentences open with a letter)


def _points_back(sentences: list[SentenceAttribution], cyrillic: bool, registry: Registry) -> None:
    """"… . Об этом заявил X" (also «Об этом журналистам заявил X»): the sentence before becomes X's,
    unless already someone else's; a body the lede makes its subject («Кремль не видит оснований …»)
    gives way to the person the next sentence names."""
    opener = POINTS_BACK["ru" if cyrillic else "en"]
    for i in range(1, len(sentences)):
        here, before = sentences[i], sentences[i - 1]
        opening = opener.match(here.text) if here.speaker is not None else None
        if not opening or cyrillic and not _POINTS_BACK_VERB.match(here.text, opening.end()):
            continue  # «Об этом заявил X», not «Это самый большой парк»
        body = before.speaker is not None and registry.speakers[before.speaker].kind == "institution" \
            and registry.speakers[here.speaker].kind == "person" and before.cue == "verb; institution"
        if before.speaker is not None and not body and (before.speaker == here.speaker or before.mode != "continued"):
            continue
        before.speaker = here.speaker
        before.mode = "direct" if whole_quote(before.text) else "continued"  # its attribution is the next sentence
        before.cue = f"points-back; {here.cue.split('; ')[-1]}"
        before.confidence = CONFIDENCE["points-back"]
