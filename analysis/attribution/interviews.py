"""Interviews printed as dash turns, as Russian papers and agencies run them: a lead that names the guest
(«О том, чего ждать, посол Стефан Корвин рассказал «Известиям»»), then paragraphs that open with a dash, the
interviewer's questions and the guest's answers, none with an attribution of its own. Runs after every paragraph is
read (``resolution``)."""

from __future__ import annotations

import re

from .layout import Paragraph
from .people import people_at
from .registry import Mention, Registry
from .vocabulary import NEWS_AGENCIES, PRONOUNS, TURN_ROLES, _alternation, cues, parses

_TURNS = cues()["interview_turns"]
_DASHES = tuple(_TURNS["dashes"])
_QUESTION_MARKS = tuple(_TURNS["question_marks"])
# a turn with its own attribution after an inner dash («— Только от соседей, — рассказывает местная жительница»)
_ATTRIBUTED = re.compile(rf"[,.!?…]\s*[{''.join(_DASHES)}]\s+([^\W\d_]+)")  # the verb that attributes it
# a question turn labelled with the outlet before its dash («СП»: — Можно ли …?)
_OUTLET_LABEL = re.compile(rf"«[^«»]{{1,40}}»\s*:\s*(?=[{''.join(_DASHES)}]\s)")
_GUEST_LEAD = re.compile(rf"\b(?:{_alternation(_TURNS['guest_leads']['ru'] + _TURNS['guest_leads']['en'])})\b",
                         re.IGNORECASE)
_CREDITS = _TURNS["interviewer_credits"]["ru"] + _TURNS["interviewer_credits"]["en"]
_INTERVIEWER_CREDIT = re.compile(rf"(?:^|(?<=[.!?…»]\s))(?:{_alternation(_CREDITS)})\s")
_ASKER = re.compile(rf"«[^«»]+»|\b(?:{_alternation(_TURNS['askers']['ru'] + _TURNS['askers']['en'])})\b", re.IGNORECASE)
_NOT_ASKER = re.compile(rf"\b(?:{_alternation(PRONOUNS)})\b", re.IGNORECASE)
_AGENCY = re.compile(rf"\b(?:{_alternation(NEWS_AGENCIES)})\b", re.IGNORECASE)
_EN_OUTLET = re.compile(r"(?<=\S\s)(?:[A-Z][\w.&'-]*\s+)*[A-Z][\w.&'-]*\s*$|^\s*[A-Z]{2,}\s*$")  # "The Guardian", "NPR"
_LEAD_BREAK = re.compile(_alternation(_TURNS["lead_breaks"]["ru"] + _TURNS["lead_breaks"]["en"]), re.IGNORECASE)
_OUTLET_TAGS = frozenset(_TURNS["outlet_labels"])
_ENDS = (". ", "! ", "? ", "… ")
# a transcript-like exchange whose turns carry capitalised labels ("NPR: …?" / "BARRÍA: …")
_CAPITAL_LABEL = re.compile(r"([A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’\-]{1,30}):\s+\S")


def _dash_turn(paragraph: Paragraph) -> bool:
    label = _OUTLET_LABEL.match(paragraph.text.lstrip())
    text = paragraph.text.lstrip()[label.end() if label else 0:]
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
    introduced = _introduced(paragraphs[:turns[0]], _GUEST_LEAD, registry)
    guests = [introduced] if introduced is not None else guests
    if len(guests) != 1:
        return
    interviewer = _introduced(paragraphs[:turns[0]], _INTERVIEWER_CREDIT, registry)
    if interviewer is None or interviewer == guests[0]:
        interviewer = _unnamed_interviewer(registry, cyrillic)
    for i in turns:
        speaker = interviewer if i in questions else guests[0]
        for k, piece in enumerate(paragraphs[i].pieces):
            piece.speaker, piece.mode, piece.cue = speaker, "direct" if k == 0 else "continued", "dash turn"
    for paragraph in paragraphs[:turns[0]]:
        for piece in paragraph.pieces:
            words = paragraph.text[piece.start:piece.end].strip()
            if piece.speaker is None and words[:1] in "«\"“" and words[-1:] in "»\"”" and words.count("«") <= 1:
                piece.speaker, piece.mode, piece.cue = guests[0], "direct", "dash turn; headline quote"


def _introduced(paragraphs: list[Paragraph], frame: re.Pattern, registry: Registry) -> int | None:
    """The person a lead or a credit names in the sentence of the last ``frame`` before the turns (the lead's
    «спросила у политолога … Дениса Кравцова», the credit «Беседовала Мария Ковалева»): a guest or interviewer named
    only in narration. A credit carries its name at once («Беседовали около часа, потом …», «Беседовал корреспондент
    «Известий», фото Андрея Ветрова» credit no one); a lead's subject is the one who asks, the outlet or its reporter
    (``_asks``), and its person follows the object with no relative clause or list between (``lead_breaks``)."""
    for paragraph in reversed(paragraphs):
        found = list(frame.finditer(paragraph.text))
        if not found:
            continue
        text, lead = paragraph.text, found[-1]
        opening = max(text.rfind(end, 0, lead.start()) for end in _ENDS) + 1
        closing = min([at for at in (text.find(end, lead.end()) for end in _ENDS) if at >= 0] or [len(text)])
        named = [(at, m) for at, m in people_at(text) if m.name and not m.pronoun]
        if any(opening <= at < lead.start() for at, _ in named):  # a person asks: a talk between two people
            return None
        after = [(at, m) for at, m in named if lead.end() <= at < closing]
        if not after:
            return None
        between = text[lead.end():after[0][0]]
        if frame is _INTERVIEWER_CREDIT and between.strip():
            return None
        if frame is _GUEST_LEAD and (not _asks(text[opening:lead.start()]) or _LEAD_BREAK.search(between)):
            return None
        return registry.resolve(after[0][1])
    return None


def _asks(subject: str) -> bool:
    """Whether a guest lead's subject is the one who asks: an outlet (in guillemets, a news agency, an English name
    just before the verb), «мы», the outlet's reporter; no pronoun («Накануне он поговорил с …»)."""
    if _NOT_ASKER.search(subject):
        return False
    return bool(_ASKER.search(subject) or _AGENCY.search(subject) or _EN_OUTLET.search(subject))


def name_labelled_exchange(paragraphs: list[Paragraph], registry: Registry) -> None:
    """Give an exchange printed under capitalised labels ("NPR: Who are …?" / "BARRÍA: Mostly families.") its
    speakers: the answers to the person the article names by that surname, the questions to the asking label (an
    outlet, as its own words). Only two labels, each used twice or more, one asking in every turn and the other in
    none, and no turn read already; a dateline ("MOSCOW: …") or a credit ("SOURCE: …") is one line, never this."""
    turns: dict[str, list[Paragraph]] = {}
    for paragraph in paragraphs:
        label = _CAPITAL_LABEL.match(paragraph.text)
        if label and not paragraph.heading:
            turns.setdefault(label.group(1), []).append(paragraph)
    if len(turns) != 2 or any(len(said) < 2 for said in turns.values()):
        return
    asking = [label for label, said in turns.items() if all(_question(p) for p in said)]
    answering = [label for label, said in turns.items() if not any(_question(p) for p in said)]
    if len(asking) != 1 or len(answering) != 1:
        return
    if any(piece.speaker is not None for said in turns.values() for p in said for piece in p.pieces):
        return
    guest = registry.known(Mention(name=answering[0].title()))
    if guest is None or registry.speakers[guest].kind != "person" or not registry.speakers[guest].name:
        return
    interviewer = registry.known(Mention(name=asking[0].title()))
    if interviewer is None or registry.speakers[interviewer].kind != "person":
        interviewer = _asking_label(asking[0], registry)
    for label, said in turns.items():
        for paragraph in said:
            for k, piece in enumerate(paragraph.pieces):
                piece.speaker = guest if label == answering[0] else interviewer
                piece.mode, piece.cue = "direct" if k == 0 else "continued", "labelled turn"


def _asking_label(label: str, registry: Registry) -> int:
    """The speaker of an asking label that names no one in the article: an outlet when it is a short outlet tag
    ("NPR", «ТАСС»), else the unnamed interviewer (INSKEEP, MODERATOR, «КОРРЕСПОНДЕНТ»), never a body."""
    if label in _OUTLET_TAGS or label.lower() in NEWS_AGENCIES:
        return registry.resolve(Mention(name=label, institution=True))
    return _unnamed_interviewer(registry, cyrillic=bool(re.search("[А-ЯЁ]", label)))


def _unnamed_interviewer(registry: Registry, cyrillic: bool) -> int:
    """The interviewer no one names: ``TURN_ROLES``' «Вопрос» / "Question" role, as the gold codes it."""
    return registry.resolve(Mention(role=TURN_ROLES["Вопрос" if cyrillic else "Question"], plural=True))
