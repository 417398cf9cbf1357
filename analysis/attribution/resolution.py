"""Paragraph by paragraph: which speaker each piece of an article belongs to, and how we know.

The sieves run in order and the first that decides wins (``mode`` records the kind, ``cue`` the
words and the way the person was found): a transcript turn ("В.Путин:", "Mr. Nebenzia
(Russian Federation):") and the paragraphs after it; a headline "X: …"; attributed quotes
(``quotes``); then per sentence the sieves of ``clauses`` (a frame, a speech verb and its
subject, a colon lead-in); an unattributed sentence continues the paragraph's current speaker
(after a direct quote, only a sentence in quotation marks or the first person does: "He did not
take questions." is the reporter's; in Russian a third-person paraphrase of the speaker's views
does too, «У него есть надежды, что …»). People named in narration are introduced to the
registry, so a later surname, title or pronoun finds them. Across paragraphs, a paragraph that
opens an enumeration or a quotation, a stance sentence without a person subject, a Russian
third-person paraphrase of the previous speaker, an unattributed paragraph between two of the
same speaker, or a block quotation after a colon continues the previous speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from ..countries import country_in
from ..text import has_cyrillic, is_cyrillic_language
from .clauses import classify_sentence
from .layout import headline_piece, is_heading, labelled_turn, segments, turn_at
from .name_words import relays_for, written_in
from .people import lone_names_at, people_at
from .quotes import Piece, attributed_quote, dash_quote, double_single_quotes, find_quotes, resumed_quote, whole_quote
from .registry import Mention, Registry, pronoun_mention
from .titles import role_modifiers, shares_modifiers
from .vocabulary import (BACKGROUND, CONTINUATION, EN_VERB, FIRST_PERSON, HEAD_OFFICES, NARRATION, PARAPHRASE, QUOTE_PAIRS,
                         RU_VERB, UNNAMED_TITLES)

THIRD_PERSON = {"он", "она", "они", "его", "её", "ее", "их", "ему", "ей", "им", "he", "she", "it", "they", "his", "her",
                "its", "their"}
_WORDS = re.compile(r"[^\W\d_]+")

STRICT_CONTINUATION = {"en": True, "ru": False}  # English reports: only quoted or first-person words continue


def _continues_report(sentence: str, cyrillic: bool, people: list, registry: Registry) -> bool:
    """Whether an unattributed sentence after a reported one goes on with the report: not when it
    is about someone (a name, a third-person pronoun) or dated background ("founded in 1992"),
    and in English not at all (measured on the development set: wire and Wikinews English put
    background there, while Russian agency copy continues a summary of the speech)."""
    if STRICT_CONTINUATION["ru" if cyrillic else "en"] or people:
        return False
    surnames = {w.lower()[:5] for p in registry.speakers if p.name and p.kind == "person" for w in p.name.split()
                if len(w) > 3}
    if any(w.lower()[:5] in surnames for w in _WORDS.findall(sentence) if w[:1].isupper() and len(w) > 3):
        return False  # «Янукович дал интервью …»: about a person the article names
    first = sentence.split(maxsplit=1)[0].lower().strip(",.") if sentence.split() else ""
    # figures and dates, and the reporter's account of events, are background
    return first not in THIRD_PERSON and not re.search(r"\d", sentence) and not NARRATION.search(sentence) \
        and not BACKGROUND.match(sentence)  # «Напомним, что …», «Накануне сенат …»: the reporter's background


def _paraphrased(sentence: str, cyrillic: bool, people: list, registry: Registry) -> int | None:
    """Russian copy goes on with a speaker's views in the third person («У него есть надежды, что …»,
    «Ему хотелось бы, чтобы …», «Она опасается …»), after a quote or in the next paragraph too: the
    person a sentence is about when it opens with a singular pronoun and states a hope, wish, belief
    or worry (the pronoun's referent: the most recent person of its gender); never when it names
    someone else, holds a figure or date, or tells an event."""
    opener = _THIRD_PERSON_OPENER.match(sentence) if cyrillic and not people else None
    if not opener or not PARAPHRASE.search(sentence) or re.search(r"\d", sentence) or NARRATION.search(sentence):
        return None
    referent = registry.known(pronoun_mention(_PRONOUN_BY_FORM[opener.group(1).lower()]))
    return referent if referent is not None and registry.speakers[referent].kind == "person" else None


_PRONOUN_BY_FORM = {"он": "он", "его": "он", "него": "он", "ему": "он", "нему": "он", "она": "она", "её": "она", "ее": "она",
                    "неё": "она", "нее": "она", "ей": "она", "ней": "она"}
_THIRD_PERSON_OPENER = re.compile(rf"(?:у\s+)?({'|'.join(_PRONOUN_BY_FORM)})\b", re.IGNORECASE)


_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values())))) + "]")


def _sounds_spoken(sentence: str) -> bool:
    """Quoted or first-person words ("we", «мы», «наш»): the speaker's, not the reporter's. A scare
    quote of a word or three ('a "life-threatening" storm surge') is the reporter's own wording."""
    quotes = find_quotes(sentence)
    covered = {i for open_, _, _, close in quotes for i in range(open_, close)}
    unpaired = any(m.start() not in covered for m in _QUOTE_MARK.finditer(sentence))  # a quotation across sentences
    return unpaired or any(len(_WORDS.findall(sentence[a:b])) > 3 for _, a, b, _ in quotes) \
        or bool(FIRST_PERSON.search(sentence))


@dataclass
class Paragraph:
    """One non-empty line of the body (``start`` is its offset in the body) and its pieces."""

    start: int
    text: str
    pieces: list[Piece]
    heading: bool
    quotes: list[tuple[int, int, int, int]] | None = None  # ``find_quotes(text)``, found once (None: not yet)


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
                pieces.append(Piece(cursor + s, cursor + e, None, "narration"))
                continue
            found_at = [(at, person) for at, person in people if cursor + s <= at < cursor + e]
            found_here = [person for _, person in found_at] if found_at else []
            speaker, mode, attribution, stance, cue = classify_sentence(sentence, verb, cyrillic, registry)
            _introduce(found_at, sentence, cursor + s, registry, speaker is None, cyrillic)
            if speaker is not None:
                registry.touch(speaker)  # the speaker stays the most recent person
            quoted = whole_quote(sentence) or resumed_quote(sentence)
            if speaker is None and quoted and pieces and pieces[-1].mode == "direct":
                # a further quote, unattributed, right after a direct quote: same speaker
                pieces.append(Piece(cursor + s + quoted[0], cursor + s + quoted[1], pieces[-1].speaker,
                                    "direct", "(continues the previous quote)", cue="continued"))
                continue
            # a sentence that starts inside a quotation opened by an earlier sentence ('He said "… . …."')
            inside = any(open_ < cursor + s < close for open_, _, _, close in quotes) if quotes else False
            about = _paraphrased(sentence, cyrillic, found_here, registry) if speaker is None else None
            if speaker is None and current is not None and (inside or cue != "unresolved" and (
                    _sounds_spoken(sentence) or not after_quote and _continues_report(sentence, cyrillic, found_here, registry)
                    or about == current)):
                speaker, mode, cue = current, "continued", "continued"
            pieces.append(Piece(cursor + s, cursor + e, speaker, mode, attribution, stance, cue, about=about))
            current = speaker if speaker is not None else current
            after_quote = after_quote and speaker is None
        if piece is not None:
            piece.resolve(registry)
            pieces.append(piece)
            current = piece.speaker if piece.speaker is not None else current
            after_quote = piece.speaker is not None
        cursor = max(cursor, consumed_end)
    return pieces


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
        heading = is_heading(text)
        lead = lead if turn_speaker is not None else tuple(m for _, m in found) + lead  # people before the first turn
        turn = turn_at(text, registry, lead) or (labelled_turn(text, body, registry) if turn_speaker is not None else None)
        if turn or (turn_speaker is not None and not heading):
            speaker, marker_end = turn if turn else (turn_speaker, 0)
            turn_speaker = speaker
            piece = Piece(marker_end, len(text), speaker, "direct" if turn else "continued",
                          text[:marker_end].strip(" :") or None, cue="turn")
            paragraphs.append(Paragraph(offset, text, [piece], False))
            continue
        headline = headline_piece(text, body, registry)
        if headline:
            paragraphs.append(Paragraph(offset, text, [headline], True))
            continue
        quotes = find_quotes(text)
        paragraphs.append(Paragraph(offset, text, _paragraph_pieces(text, heading, verb, cyrillic, registry, found,
                                                                    [] if heading else quotes), heading, quotes))
    _cataphora(paragraphs, registry)
    _bare_office(paragraphs, registry)
    _continue_across_paragraphs(paragraphs, body)
    _open_quotations(paragraphs)
    _quote_after_narration(paragraphs, registry, [bool(found) for found in people])
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


def _cataphora(paragraphs: list[Paragraph], registry: Registry) -> None:
    """A lede that quotes a title before the name ("The UN human rights chief on Tuesday deplored …",
    then "Volker Lindqvist, the High Commissioner, …"): the unnamed speaker of the first paragraph
    is the first person named after it, and one sharing a title with a later named speaker is them."""
    first_pieces = next((p.pieces for p in paragraphs if not p.heading), [])
    lede = {p.speaker for p in first_pieces}
    turns = {piece.speaker for p in paragraphs for piece in p.pieces if piece.cue == "turn"}
    remap = {}
    for index, speaker in enumerate(registry.speakers):
        if speaker.name is not None or not speaker.spoke or index in turns or speaker.kind != "person" or speaker.group:
            continue
        country = country_in(speaker.role)  # "the Belarusian leader" is never the Russian president named next
        if speaker.titles & UNNAMED_TITLES:
            continue  # «источник в МИД», "a Reuters reporter": unnamed by design, never the person named next
        later = [i for i in range(index + 1, len(registry.speakers)) if registry.speakers[i].name
                 and registry.speakers[i].kind == "person" and not relays_for(registry.speakers[i].name, speaker.role)
                 and (country is None or country_in(registry.speakers[i].role) in (None, country))]
        sharing = [i for i in later if written_in(registry.speakers[i].name, speaker.role) is not None or any(
            shares_modifiers(role_modifiers(speaker.role, t), registry.speakers[i].role)  # "the health minister" is no PM
            for t in registry.speakers[i].titles & speaker.titles)]
        possessive = "'s" in (speaker.role or "") or "’s" in (speaker.role or "")  # "Johnson's spokesman"
        described = len((speaker.role or "").split()) >= 2  # "the UN human rights chief", not a bare «Президент»
        if (speaker.role or "").lower().split()[0] in {"a", "an", "one", "another"}:
            continue  # "a family spokesperson": someone new, never the person named next
        if sharing or (later and index in lede and not possessive and described):
            remap[index] = (sharing or later)[0]
    if not remap:
        return
    for paragraph in paragraphs:
        for piece in paragraph.pieces:
            if piece.speaker in remap:
                piece.speaker = remap[piece.speaker]
                piece.cue = piece.cue.replace("title", "title (named later)").replace("generic", "title (named later)")


def _bare_office(paragraphs: list[Paragraph], registry: Registry) -> None:
    """kremlin.ru writes «Президент ответил на вопрос …» and names him only in transcript turns
    ("В.Путин:"): an unnamed speaker holding a head office that no named person holds is the one
    named person of the article who speaks in turns and whose office is never stated (none or several: left
    unnamed; a person quoted in prose may be anyone the president met)."""
    turns = {piece.speaker for p in paragraphs for piece in p.pieces if piece.cue == "turn"}
    bare = [i for i in turns if i is not None and registry.speakers[i].name and not registry.speakers[i].titles]
    held = set().union(*(p.titles for p in registry.speakers if p.name)) if registry.speakers else set()
    if len(bare) != 1:
        return
    remap = {i: bare[0] for i, p in enumerate(registry.speakers) if p.name is None and p.kind == "person" and not p.group
             and p.titles & HEAD_OFFICES and not p.titles & held and country_in(p.role) in (None, "RUS")
             and has_cyrillic(p.role or "")}
    for paragraph in paragraphs:
        for piece in paragraph.pieces:
            if piece.speaker in remap:
                piece.speaker, piece.cue = remap[piece.speaker], piece.cue.replace("title", "title (the one unstated office)")


def _quotable(paragraph: Paragraph) -> bool:
    """Whether a paragraph can be a block quotation: no date or figure, no other person named
    (« 28 июня сервис был включён …», "Earlier, founder Pavel Durov agreed …" are the reporter's)."""
    return not re.search(r"\d", paragraph.text) and not people_at(paragraph.text)


_DATED = re.compile(r"\W*(?:[^\W\d_]+\s+)?\d")  # "On 3 May, …", «28 июня …», «В 2012 году …»


def _speech_lead_in(paragraph: Paragraph, following: Paragraph, body: str) -> bool:
    """Whether a paragraph ends in a speech verb and a colon with its speaker found («Посол заявил:»,
    "The minister told reporters:") and the next line follows without a blank line: that line is the
    quotation even when it names people or gives figures, unless it opens with a date or a background
    opener ("On 3 May, …", «Ранее …»); after a blank line, a lead-in that ends a long reported sentence
    («…, заявил X:») may be followed by the reporter's background."""
    last = paragraph.pieces[-1] if paragraph.pieces else None
    return (last is not None and last.speaker is not None and last.cue.startswith(("verb", "colon", "according"))
            and paragraph.text[last.start:last.end].rstrip().endswith(":")
            and body.count("\n", paragraph.start + len(paragraph.text), following.start) == 1
            and not _DATED.match(following.text) and not BACKGROUND.match(following.text))


def _continue_across_paragraphs(paragraphs: list[Paragraph], body: str) -> None:
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
        first = paragraph.pieces[0]  # «Также погиб афганский солдат»: "also" opening an event is the reporter's
        opens_list = bool(CONTINUATION.match(paragraph.text)) and not NARRATION.search(paragraph.text[first.start:first.end]) \
            and not BACKGROUND.match(paragraph.text)  # "Also speaking were …": the reporter's list of speakers
        closing = paragraph.text.find(QUOTE_PAIRS.get(paragraph.text[0], "\0"), 1)
        # a paragraph that opens with a quotation (not a quoted name: «Закон Яровой» - …)
        opens_quote = paragraph.text[0] in QUOTE_PAIRS and (closing < 0 or closing > (first.end - first.start) // 2)
        stance = paragraph.pieces[0].stance
        paraphrase = first.about is not None and first.about == previous  # «Ему хотелось бы, чтобы …»
        unattributed = all(p.speaker is None for p in paragraph.pieces)
        following = paragraphs[i + 1].pieces[0] if i + 1 < len(paragraphs) and paragraphs[i + 1].pieces else None
        sandwiched = unattributed and first_speaker(i + 1) == previous and following.cue.split("; ")[-1] == "name"
        after_colon = paragraphs[i - 1].text.rstrip().endswith(":") and (
            _quotable(paragraph) or _speech_lead_in(paragraphs[i - 1], paragraph, body))  # "X wrote:" + a block quotation
        if any(p.cue == "unresolved" for p in paragraph.pieces) and not after_colon:
            continue  # "…, organisers said": someone else's words, not the previous speaker's
        if opens_list or stance or sandwiched or opens_quote or after_colon or paraphrase:
            for piece in paragraph.pieces:
                if piece.speaker is not None:
                    break
                piece.speaker, piece.mode, piece.cue = previous, "continued", "continued"


def _open_quotations(paragraphs: list[Paragraph]) -> None:
    """A quotation over several paragraphs (wire style: each paragraph opens a quotation mark, only
    the last closes it and names the speaker): an unattributed paragraph that opens a quotation it
    never closes takes the speaker of the next paragraph when that one opens a quotation too."""
    for i in range(len(paragraphs) - 2, -1, -1):
        paragraph, following = paragraphs[i], paragraphs[i + 1]
        text = paragraph.text
        if paragraph.heading or not paragraph.pieces or any(p.speaker is not None for p in paragraph.pieces) \
                or text[:1] not in QUOTE_PAIRS or find_quotes(text) and find_quotes(text)[0][0] == 0:
            continue
        if following.heading or not following.pieces or following.text[:1] not in QUOTE_PAIRS:
            continue
        speaker = following.pieces[0].speaker
        if speaker is not None:
            for piece in paragraph.pieces:
                piece.speaker, piece.mode, piece.cue = speaker, "direct", "continued"


def _quote_after_narration(paragraphs: list[Paragraph], registry: Registry, naming: list[bool]) -> None:
    """A paragraph that is only a quotation, unattributed, after paragraphs of narration ("Lind condemned
    the attack. …background… . \"Those responsible must be held to account.\""): the words of the last
    person who spoke, when the narration since names no one else and no institution has spoken since (an
    unnamed group's "according to" on the way is no one to quote). ``naming``: whether each paragraph names someone."""
    if not any(p.text.lstrip()[:1] in QUOTE_PAIRS and not p.heading for p in paragraphs[1:]):
        return  # no paragraph opens with a quotation
    last, named_since = None, False
    for paragraph, names in zip(paragraphs, naming):
        pieces = paragraph.pieces
        if paragraph.heading or not pieces:
            continue
        spoken = [p.speaker for p in pieces if p.speaker is not None]
        quoted = whole_quote(paragraph.text.strip())
        if not spoken and quoted and len(pieces) == 1 and last is not None and not named_since:
            pieces[0].speaker, pieces[0].mode, pieces[0].cue = last, "direct", "continued"
            continue
        if spoken:
            speaker = registry.speakers[spoken[-1]]
            person = speaker.kind == "person" and speaker.name and not speaker.group
            last, named_since = (spoken[-1], False) if person else (last, named_since or speaker.kind == "institution")
        elif names:
            named_since = True
