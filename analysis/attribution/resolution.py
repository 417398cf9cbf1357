"""Paragraph by paragraph: which speaker each piece of an article belongs to, and how we know.

The sieves run in order and the first that decides wins (``mode`` records the kind, ``cue`` the
words and the way the person was found): a transcript turn ("В.Путин:", "Mr. Nebenzia
(Russian Federation):") and the paragraphs after it; a headline "X: …"; attributed quotes
(``quotes``); then per sentence the sieves of ``clauses`` (a frame, a speech verb and its
subject, a colon lead-in); an unattributed sentence continues the paragraph's current speaker
when ``continuation`` says it goes on with their words (after a direct quote, only a sentence in
quotation marks or the first person does: "He did not take questions." is the reporter's). People
named in narration are introduced to the registry, so a later surname, title or pronoun finds them.
After every paragraph is read, ``unnamed_speakers`` names a lede's unnamed title and kremlin.ru's
bare office, and ``continuation`` carries speakers across paragraphs.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from operator import itemgetter

from ..countries import country_in, names_only_a_country
from ..text import has_cyrillic, is_cyrillic_language
from .clauses import classify_sentence
from .continuation import (continue_across_paragraphs, continues_report, open_quotations, paraphrased,
                           quote_after_narration, sounds_spoken)
from .headlines import credit_headlines
from .interviews import name_interview_turns, name_labelled_exchange
from .institutions import body_name, body_word
from .issuers import note_issuer
from .layout import Paragraph, headline_piece, is_heading, labelled_turn, link_line, segments, turn_at
from .people import lone_names_at, people_at
from .quotes import Piece, attributed_quote, dash_quote, double_single_quotes, find_quotes, resumed_quote, whole_quote
from .registry import Mention, Registry
from .titles import describes, role_words
from .unnamed_speakers import bare_office, name_lede_titles
from .vocabulary import EN_VERB, HEADING_PROPOSAL, RU_VERB, RULING_SUBJECTS

_WORD = re.compile(r"[^\W\d_]+")

__all__ = ["Paragraph", "attribute", "split_cached"]



@lru_cache(maxsize=4096)
def split_cached(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """The suite's sentence spans of one paragraph, kept: quotes' gaps and the sentence table ask twice."""
    from ..segmentation import split_sentences

    return tuple(split_sentences(text, language))


def _paragraph_pieces(text: str, heading: bool, verb, cyrillic: bool, registry: Registry,
                      people: list[tuple[int, Mention]], quotes: list[tuple[int, int, int, int]]) -> list[Piece]:
    """The pieces of one paragraph: attributed quotes, then each sentence between them
    (``people``: the paragraph's named people with their offsets, introduced sentence by sentence; ``quotes``: its
    quotes, none in a heading)."""
    direct = []
    if not heading:
        dash = dash_quote(text, verb, registry)
        if dash:
            direct.append(dash)
        else:
            for quote in quotes:
                found = attributed_quote(text, quote, verb, registry)
                if found:
                    direct.append(found)
    pieces: list[Piece] = []
    cursor = 0
    current: int | None = None
    after_quote = False  # after a direct quote, only first-person or quoted words continue it
    direct.sort(key=lambda found: found[1])
    for piece, consumed_start, consumed_end in direct + [(None, len(text), len(text))]:
        gap = text[cursor:consumed_start]
        for s, e in split_cached(gap, "ru" if cyrillic else "en"):
            sentence = gap[s:e]
            if heading:
                pieces.append(_heading_piece(sentence, cursor + s, cursor + e, verb, cyrillic, registry))
                registry.heard(pieces[-1])
                continue
            found_at = [(at, person) for at, person in people if cursor + s <= at < cursor + e]
            found_here = [person for _, person in found_at] if found_at else []
            speaker, mode, attribution, stance, cue = classify_sentence(sentence, verb, cyrillic, registry)
            note_issuer(sentence, speaker, cyrillic, registry)
            _introduce(found_at, sentence, cursor + s, registry, speaker is None, cyrillic)
            if speaker is not None:
                registry.touch(speaker)  # the speaker stays the most recent person
            quoted = whole_quote(sentence) or resumed_quote(sentence)
            if speaker is None and quoted and pieces and pieces[-1].mode == "direct":
                # a further quote, unattributed, right after a direct quote: same speaker
                pieces.append(Piece(cursor + s + quoted[0], cursor + s + quoted[1], pieces[-1].speaker,
                                    "direct", "(continues the previous quote)", cue="continued"))
                registry.heard(pieces[-1])
                continue
            # a sentence that starts inside a quotation opened by an earlier sentence ('He said "… . …."')
            inside = any(open_ < cursor + s < close for open_, _, _, close in quotes) if quotes else False
            about = paraphrased(sentence, cyrillic, found_here, registry) if speaker is None else None
            if speaker is None and current is not None and (inside or cue not in ("unresolved", "credit") and (
                    sounds_spoken(sentence) or not after_quote and continues_report(sentence, cyrillic, found_here, registry)
                    or about == current)):
                speaker, mode, cue = current, "continued", "continued"
            pieces.append(Piece(cursor + s, cursor + e, speaker, mode, attribution, stance, cue, about=about))
            registry.heard(pieces[-1])  # (a closing "it", «Там лишь»: only the body of the sentence just before)
            current = speaker if speaker is not None else current
            after_quote = after_quote and speaker is None
        if piece is not None:
            if current is not None and pieces and pieces[-1].speaker == current and _describes(piece, registry,
                                                                                               current):
                piece.speaker, piece.mention, piece.cue = current, None, "quote; title"
                registry.touch(current)
            piece.resolve(registry)
            note_issuer(piece.attribution or "", piece.speaker, cyrillic, registry)
            pieces.append(piece)
            registry.heard(piece)
            current = piece.speaker if piece.speaker is not None else current
            after_quote = piece.speaker is not None
        cursor = max(cursor, consumed_end)
    return pieces


def _heading_piece(sentence: str, start: int, end: int, verb, cyrillic: bool, registry: Registry) -> Piece:
    """A heading is narration, unless a named body speaks in it with a verb («МИД РФ приветствовал …», «В ООН призвали
    …»): a body's own name (``institutions.body_name``), not a state's («Латвия объявила …» is the news of an act)
    except in an English heading, whose present tense reports a state's words ("Germany urges Serbia …"); not a court's ruling ("Court rejects appeal") nor a proposal («Минфин предложил повысить налог»). Read on a copy
    of the registry first, so a heading that speaks for no body leaves no one behind; a heading naming no body at
    all, or proposing, is narration without that reading."""
    state = not cyrillic and country_in(sentence) is not None  # "Germany urges Serbia …": a state's words in English
    if not (state or any(body_word(w) for w in _WORD.findall(sentence))) or HEADING_PROPOSAL.search(sentence):
        return Piece(start, end, None, "narration")
    trial = copy.deepcopy(registry)
    speaker, _, _, _, cue = classify_sentence(sentence, verb, cyrillic, trial)
    name = trial.speakers[speaker].name if speaker is not None else ""
    # (the state's name alone: not "Canada issues travel"; review of round 20)
    if not (cue.startswith("verb") and trial.speakers[speaker].kind == "institution"
            and (body_name(name) or state and names_only_a_country(name))
            and not set(_WORD.findall(name.lower())) & RULING_SUBJECTS):
        return Piece(start, end, None, "narration")
    speaker, mode, attribution, stance, cue = classify_sentence(sentence, verb, cyrillic, registry)
    return Piece(start, end, speaker, mode, attribution, stance, cue)


def _describes(piece, registry: Registry, current: int) -> bool:
    """Whether a quote's source is a describing noun alone («— отметил парламентарий», "the diplomat added") that the
    named person who spoke the sentence before can be (``titles.describes``): then the quote is theirs, not another
    holder of the word's office or someone new. A reply («— возражает эксперт», "the analyst replied") is a second
    voice."""
    mention = piece.mention
    if mention is None or mention.name or mention.pronoun or mention.plural or mention.institution or not mention.role:
        return False
    words = role_words(mention.role)
    return len(words) == 1 and describes(words[0], registry.speakers[current], mention.gender, piece.attribution)


def _introduce(found: list[tuple[int, Mention]], sentence: str, offset: int, registry: Registry, unattributed: bool,
               cyrillic: bool) -> None:
    """Tell the registry about the people a sentence names (``found``: offsets and full names), after its own pronoun
    is read: the first one it knows or creates is the subject. In a sentence nobody is attributed, a lone
    capitalised word (``lone_names_at``, tentative) counts too: it only ever makes a known person the subject (in
    English nobody is known before a person is named; a Russian surname opening its sentence may be someone new)."""
    known = any(p.name and p.kind == "person" for p in registry.speakers) if unattributed else False
    if unattributed and (cyrillic or known):
        lone = lone_names_at(sentence if known else " ".join(sentence.split(None, 2)[:2]), cyrillic)  # else the opening
        found = sorted(found + [(offset + at, person) for at, person in lone], key=itemgetter(0))
    salient = True
    for _, person in found:
        if registry.introduce(person, salient=salient) is not None:
            salient = False


def attribute(body: str, language: str | None, document_speaker: str | None = None,
              headline: str | None = None) -> tuple[list[Paragraph], Registry]:
    """Paragraphs of ``body`` with their attributed pieces (offsets relative to each paragraph).

    ``document_speaker``: the person whose words the whole text is (an address, kremlin.ru's
    ``speaker``): every piece nobody else is found for is theirs (cue ``document``), unless the text
    holds turns: a transcript's turns say who speaks, and the press office's lead before the first
    («Владимир Путин провёл совещание…», «В совещании приняли участие…») is narration. ``headline``:
    the article's title kept outside the body; the people it names with their offices («Разговор
    Президента России Владимира Путина с …») are known from the start, so a bare «Президент» or
    "the minister" in the body is them rather than someone unnamed."""
    cyrillic = is_cyrillic_language(language) if language else has_cyrillic(body)
    verb = RU_VERB if cyrillic else EN_VERB
    registry = Registry()
    originals = segments(body)
    parts = [(offset, double_single_quotes(text)) for offset, text in originals]  # read; the originals are returned
    people = [people_at(text) for _, text in parts]
    registry.foresee([mention for found in people for _, mention in found])
    for _, mention in people_at(headline) if headline else []:
        if mention.title:  # a name with its office; a bare capitalised run («Hà Nội») may be a place
            registry.introduce(mention, salient=False)
    paragraphs: list[Paragraph] = []
    turn_speaker: int | None = None
    lead: tuple[Mention, ...] = ()
    for (offset, text), found in zip(parts, people):
        if link_line(text):  # «Читайте также: …»: read as a heading, so no speaker goes on across it
            paragraphs.append(Paragraph(offset, text, [Piece(0, len(text), None, "narration")], True))
            registry.heard(paragraphs[-1].pieces[0])
            continue
        heading = is_heading(text)
        lead = lead if turn_speaker is not None else tuple(m for _, m in found) + lead  # people before the first turn
        turn = turn_at(text, registry, lead) or (labelled_turn(text, body, registry) if turn_speaker is not None else None)
        if turn or (turn_speaker is not None and not heading):
            speaker, marker_end = turn if turn else (turn_speaker, 0)
            turn_speaker = speaker
            piece = Piece(marker_end, len(text), speaker, "direct" if turn else "continued",
                          text[:marker_end].strip(" :") or None, cue="turn")
            paragraphs.append(Paragraph(offset, text, [piece], False))
            registry.heard(piece)
            continue
        headline = headline_piece(text, body, registry)
        if headline:
            paragraphs.append(Paragraph(offset, text, [headline], True))
            registry.heard(headline)
            continue
        quotes = find_quotes(text)
        paragraphs.append(Paragraph(offset, text, _paragraph_pieces(text, heading, verb, cyrillic, registry, found,
                                                                    [] if heading else quotes), heading, quotes))
    name_lede_titles(paragraphs, registry)
    credit_headlines(paragraphs, registry, cyrillic)
    name_interview_turns(paragraphs, registry, cyrillic)
    name_labelled_exchange(paragraphs, registry)
    bare_office(paragraphs, registry)
    continue_across_paragraphs(paragraphs, body)
    open_quotations(paragraphs)
    quote_after_narration(paragraphs, registry, [bool(found) for found in people])
    for paragraph, (_, text) in zip(paragraphs, originals):
        if paragraph.text != text:  # single quotes were read as double ones: the quotes of the text as written
            paragraph.text, paragraph.quotes = text, None
    if document_speaker and not any(piece.cue == "turn" for paragraph in paragraphs for piece in paragraph.pieces):
        author = registry.resolve(Mention(name=document_speaker))
        for paragraph in paragraphs:
            for piece in paragraph.pieces:
                if piece.speaker is None and not paragraph.heading:
                    piece.speaker, piece.mode, piece.cue = author, "direct", "document"
    return paragraphs, registry
