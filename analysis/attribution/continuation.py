"""Whether an unattributed sentence or paragraph goes on with the current speaker's words.

Within a paragraph (``resolution`` asks sentence by sentence): a sentence in quotation marks or the first
person (``sounds_spoken``), in Russian a summary that goes on after a reported sentence (``continues_report``),
and a third-person paraphrase of the speaker's views («У него есть надежды, что …», ``paraphrased``). Across
paragraphs, after every paragraph is read: a paragraph that opens an enumeration or a quotation, a stance
sentence without a person subject, a Russian third-person paraphrase of the previous speaker, an unattributed
paragraph between two of the same speaker, or a block quotation after a colon continues the previous speaker
(``continue_across_paragraphs``); a quotation over several paragraphs takes the speaker of the paragraph that
closes it (``open_quotations``); a lone quotation after narration is the last person who spoke
(``quote_after_narration``).
"""

from __future__ import annotations

import re

from .layout import Paragraph
from .people import people_at
from .quotes import find_quotes, whole_quote
from .registry import Registry, pronoun_mention
from .vocabulary import BACKGROUND, CONTINUATION, FIRST_PERSON, NARRATION, PARAPHRASE, QUOTE_PAIRS, WITHHOLDING

THIRD_PERSON = {"он", "она", "они", "его", "её", "ее", "их", "ему", "ей", "им", "he", "she", "it", "they", "his", "her",
                "its", "their"}
_WORDS = re.compile(r"[^\W\d_]+")

STRICT_CONTINUATION = {"en": True, "ru": False}  # English reports: only quoted or first-person words continue


def continues_report(sentence: str, cyrillic: bool, people: list, registry: Registry) -> bool:
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
        and not BACKGROUND.match(sentence) and not WITHHOLDING.search(sentence)  # «Напомним, что …», «Накануне
    # сенат …»: the reporter's background; «Сколько именно, в Смольном не уточнили»: a silence, no one's words


def paraphrased(sentence: str, cyrillic: bool, people: list, registry: Registry) -> int | None:
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


def sounds_spoken(sentence: str) -> bool:
    """Quoted or first-person words ("we", «мы», «наш»): the speaker's, not the reporter's. A scare
    quote of a word or three ('a "life-threatening" storm surge') is the reporter's own wording."""
    quotes = find_quotes(sentence)
    covered = {i for open_, _, _, close in quotes for i in range(open_, close)}
    unpaired = any(m.start() not in covered for m in _QUOTE_MARK.finditer(sentence))  # a quotation across sentences
    return unpaired or any(len(_WORDS.findall(sentence[a:b])) > 3 for _, a, b, _ in quotes) \
        or bool(FIRST_PERSON.search(sentence))



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


def continue_across_paragraphs(paragraphs: list[Paragraph], body: str) -> None:
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


def open_quotations(paragraphs: list[Paragraph]) -> None:
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


def quote_after_narration(paragraphs: list[Paragraph], registry: Registry, naming: list[bool]) -> None:
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
