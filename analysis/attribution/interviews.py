"""Interviews printed as dash turns, as Russian papers and agencies run them: a lead that names the guest
(«О том, чего ждать, посол Стефан Корвин рассказал «Известиям»»), then paragraphs that open with a dash, the
interviewer's questions and the guest's answers, none with an attribution of its own. Runs after every paragraph is
read (``resolution``)."""

from __future__ import annotations

import re

from .layout import Paragraph
from .registry import Mention, Registry
from .vocabulary import TURN_ROLES, cues, parses

_TURNS = cues()["interview_turns"]
_DASHES = tuple(_TURNS["dashes"])
_QUESTION_MARKS = tuple(_TURNS["question_marks"])
# a turn with its own attribution after an inner dash («— Только от соседей, — рассказывает местная жительница»)
_ATTRIBUTED = re.compile(rf"[,.!?…]\s*[{''.join(_DASHES)}]\s+([^\W\d_]+)")  # the verb that attributes it


def _dash_turn(paragraph: Paragraph) -> bool:
    text = paragraph.text.lstrip()
    return not paragraph.heading and text.startswith(_DASHES) and text[1:2].isspace() \
        and all(piece.speaker is None for piece in paragraph.pieces)


def _question(paragraph: Paragraph) -> bool:
    return paragraph.text.rstrip(" »\"”").endswith(_QUESTION_MARKS)


def name_interview_turns(paragraphs: list[Paragraph], registry: Registry, cyrillic: bool) -> None:
    """Give the dash turns of an interview their speakers: a question to the interviewer (``TURN_ROLES``' «Вопрос»),
    an answer to the guest, the one named person who speaks before the first turn. Only where the first turn is a
    question and there are at least two questions and two answers, all unattributed; a whole quote heading the
    interview («Прорывом я бы это не назвал») is the guest's too."""
    turns = [i for i, p in enumerate(paragraphs) if _dash_turn(p)]
    if not turns or not _question(paragraphs[turns[0]]):
        return
    dashed = [p.text.lstrip() for p in paragraphs if not p.heading and p.text.lstrip().startswith(_DASHES)]
    verbs = [found.group(1).lower() for text in dashed for found in _ATTRIBUTED.finditer(text[1:])]
    if any(parses(verb)[0].tag.POS == "VERB" for verb in verbs):  # (not the copula dash: «, — уже результат»)
        return  # a reportage's quoted exchange, whose speakers the turns name, is no interview with the lede's person
    questions = [i for i in turns if _question(paragraphs[i])]
    if len(questions) < 2 or len(turns) - len(questions) < 2:
        return
    before = {piece.speaker for p in paragraphs[:turns[0]] for piece in p.pieces if piece.speaker is not None}
    guests = [i for i in before if registry.speakers[i].kind == "person" and registry.speakers[i].name]
    if len(guests) != 1:
        return
    interviewer = registry.resolve(Mention(role=TURN_ROLES["Вопрос" if cyrillic else "Question"], plural=True))
    for i in turns:
        speaker = interviewer if i in questions else guests[0]
        for k, piece in enumerate(paragraphs[i].pieces):
            piece.speaker, piece.mode, piece.cue = speaker, "direct" if k == 0 else "continued", "dash turn"
    for paragraph in paragraphs[:turns[0]]:
        for piece in paragraph.pieces:
            words = paragraph.text[piece.start:piece.end].strip()
            if piece.speaker is None and words[:1] in "«\"“" and words[-1:] in "»\"”" and words.count("«") <= 1:
                piece.speaker, piece.mode, piece.cue = guests[0], "direct", "dash turn; headline quote"
