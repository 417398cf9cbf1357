"""Paragraph by paragraph: which speaker each piece of an article belongs to, and how we know.

The sieves run in order and the first that decides wins (``mode`` records which kind):
attributed quotes (``quotes``), then per sentence "по словам X" / "according to X", a speech
verb with a named subject (or an inverted "— заявил X"), a trailing English ", X said."; an
unattributed sentence continues the paragraph's current speaker. Across paragraphs, a paragraph
that opens an enumeration, a stance sentence without a person subject, or an unattributed
paragraph between two of the same speaker continues the previous speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import has_cyrillic, is_cyrillic_language
from .mentions import mention_across_adverbial, mention_after, mention_before
from .quotes import Piece, attributed_quote, dash_quote, find_quotes, whole_quote
from .registry import Registry
from .vocabulary import ACCORDING, CONTINUATION, EN_VERB, RU_VERB, STANCE


def _classify_sentence(sentence: str, verb: re.Pattern, cyrillic: bool, registry: Registry):
    """(speaker or None, mode, attribution, stance) for a sentence outside quotes."""
    according = ACCORDING.search(sentence)
    if according:
        clause = sentence[according.end():].split(",")[0]
        mention = mention_before(clause.strip()) if clause.strip() else None
        if mention:
            mention.oblique = cyrillic
            speaker = registry.resolve(mention)
            if speaker is not None:
                return speaker, "reported", sentence[according.start():according.end() + len(clause)], False
    stance = False
    for verb_match in verb.finditer(sentence):
        mention = mention_before(sentence[:verb_match.start()]) or mention_across_adverbial(sentence[:verb_match.start()])
        if mention:
            speaker = registry.resolve(mention)
            if speaker is not None:
                return speaker, "reported", None, False
        if STANCE.match(verb_match.group()):
            stance = True
        tail = sentence[verb_match.end():]
        if sentence[:verb_match.start()].rstrip().endswith((",", "—", "–")) and re.fullmatch(r"\s*[^,]{2,80}?[.!?]?\s*", tail):
            mention = mention_after(tail.strip())
            if mention:
                speaker = registry.resolve(mention)
                if speaker is not None:
                    return speaker, "reported", None, False
    if not cyrillic:
        trailing = re.search(r",\s*([^,]{2,80}?)\s+(?:" + EN_VERB.pattern + r")\s*\.?\s*$", sentence)
        if trailing:
            mention = mention_before(trailing.group(1))
            speaker = registry.resolve(mention) if mention else None
            if speaker is not None:
                return speaker, "reported", None, False
    return None, "narration", None, stance



def _is_heading(paragraph: str) -> bool:
    line = paragraph.strip()
    return bool(line) and line[-1] not in ".!?…:;»\"”" and len(line) < 150 and "\n" not in line


@dataclass
class Paragraph:
    """One non-empty line of the body (``start`` is its offset in the body) and its pieces."""

    start: int
    text: str
    pieces: list[Piece]
    heading: bool


def attribute(body: str, language: str | None) -> tuple[list[Paragraph], Registry]:
    """Paragraphs of ``body`` with their attributed pieces (offsets relative to each paragraph)."""
    from ..segmentation import split_sentences

    cyrillic = is_cyrillic_language(language) if language else has_cyrillic(body)
    verb = RU_VERB if cyrillic else EN_VERB
    registry = Registry()
    paragraphs: list[Paragraph] = []
    position = 0
    for raw in body.split("\n"):
        start = position
        position += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            continue
        text = stripped
        offset = start + raw.index(stripped[0])
        heading = _is_heading(text)
        pieces: list[Piece] = []
        direct = []
        if not heading:
            dash = dash_quote(text, verb, registry)
            if dash:
                direct.append(dash)
            else:
                for quote in find_quotes(text):
                    found = attributed_quote(text, quote, verb, registry)
                    if found:
                        direct.append(found)
        cursor = 0
        current: int | None = None
        for piece, consumed_start, consumed_end in direct + [(None, len(text), len(text))]:
            gap = text[cursor:consumed_start]
            for s, e in split_sentences(gap, "ru" if cyrillic else "en"):
                if heading:
                    pieces.append(Piece(cursor + s, cursor + e, None, "narration"))
                    continue
                speaker, mode, attribution, stance = _classify_sentence(gap[s:e], verb, cyrillic, registry)
                quoted = whole_quote(gap[s:e])
                if speaker is None and quoted and pieces and pieces[-1].mode == "direct":
                    # a further quote, unattributed, right after a direct quote: same speaker
                    pieces.append(Piece(cursor + s + quoted[0], cursor + s + quoted[1], pieces[-1].speaker,
                                        "direct", "(continues the previous quote)"))
                    continue
                if speaker is None and current is not None:
                    speaker, mode = current, "continued"
                pieces.append(Piece(cursor + s, cursor + e, speaker, mode, attribution, stance))
                current = speaker if speaker is not None else current
            if piece is not None:
                pieces.append(piece)
                current = piece.speaker
            cursor = max(cursor, consumed_end)
        paragraphs.append(Paragraph(offset, text, pieces, heading))
    _continue_across_paragraphs(paragraphs)
    return paragraphs, registry


def _continue_across_paragraphs(paragraphs: list[Paragraph]) -> None:
    """Give unattributed paragraphs to the speaker they continue (see the module docstring)."""
    def last_speaker(index: int) -> int | None:
        if index < 0 or paragraphs[index].heading or not paragraphs[index].pieces:
            return None
        return paragraphs[index].pieces[-1].speaker

    def first_speaker(index: int) -> int | None:
        if index >= len(paragraphs) or paragraphs[index].heading or not paragraphs[index].pieces:
            return None
        return paragraphs[index].pieces[0].speaker

    for i, paragraph in enumerate(paragraphs):
        if paragraph.heading or not paragraph.pieces or paragraph.pieces[0].speaker is not None:
            continue
        previous = last_speaker(i - 1)
        if previous is None:
            continue
        opens_list = bool(CONTINUATION.match(paragraph.text))
        stance = paragraph.pieces[0].stance
        unattributed = all(p.speaker is None for p in paragraph.pieces)
        sandwiched = unattributed and first_speaker(i + 1) == previous
        if opens_list or stance or sandwiched:
            for piece in paragraph.pieces:
                if piece.speaker is not None:
                    break
                piece.speaker, piece.mode = previous, "continued"

