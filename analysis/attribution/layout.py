"""The shape of an article before its sentences are read: paragraphs, transcript turns, headlines.

``segments`` cuts the body into paragraphs (lines, cut again where a transcript turn starts
inside a line, as in kremlin.ru's whitespace-normalised texts); ``turn_at`` reads a turn label
("В.Путин:", "Mr. X (Country):", "Вопрос:", "Ответ:"), ``headline_piece`` a headline or line "X: …", and
``is_heading`` tells a heading (short, no end punctuation) from a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .institutions import body_name, institution_before
from .mentions import mention_before
from .quotes import Piece
from .registry import Mention, Registry
from .vocabulary import (ANSWER_TURNS, EN_VERB, HONORIFICS, LINK_LABELS, NAMED_NAME, RU_VERB, TRANSLATED_NAME, TURN,
                         TURN_ROLES, _alternation)


@dataclass
class Paragraph:
    """One non-empty line of the body (``start`` is its offset in the body) and its pieces."""

    start: int
    text: str
    pieces: list[Piece]
    heading: bool
    quotes: list[tuple[int, int, int, int]] | None = None  # ``find_quotes(text)``, found once (None: not yet)


def turn_at(text: str, registry: Registry, lead: tuple[Mention, ...] = ()) -> tuple[int, int] | None:
    """(speaker, end of the marker) for a transcript turn "В.Путин: …" / "Mr. X (Country): …"; ``lead``: the people
    named before the first turn (a briefing's heading names the briefer whose turns are "Ответ:")."""
    match = TURN.match(text)
    if not match:
        return None
    label = match.group(1)
    country = re.search(r"\(([^()]+)\)\s*$", label)
    label = label[:country.start()].strip() if country else label
    words = [w for w in re.split(r"\s+", label.replace(".", ". ")) if w]
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and words[0] in TURN_ROLES:  # "Вопрос:": an unnamed journalist
        mention = Mention(role=TURN_ROLES[words[0]], plural=True)
    elif len(words) == 1 and words[0] in ANSWER_TURNS:  # "Ответ:": the briefer the heading names
        named = [s.name for s in registry.speakers if s.kind == "person" and s.name and not s.group]
        if not named:  # named only in a heading, which introduces nobody
            named = [registry.speakers[i].name for i in map(registry.introduce, lead) if i is not None]
        mention = Mention(name=named[0]) if len(set(named)) == 1 else Mention(role=ANSWER_TURNS[words[0]])
    elif len(words) == 1 and words[0].lower() in {"председатель", "president", "chair"}:
        mention = Mention(title=words[0].lower(), role=words[0].lower())
    else:
        mention = Mention(name=_turn_name(words), organization=country.group(1) if country else None)  # "В. Путин"
    speaker = registry.resolve(mention)
    return (speaker, match.end()) if speaker is not None else None


def _turn_name(words: list[str]) -> str:
    """The name in a turn label. A long interpreted label can end in the guest's title and give the name twice, in
    two orders, as kremlin.ru writes an emir's ("Тамим Бен Хамад Аль Тани Аль Тани Тамим Бен Хамад Эмир Государства
    Катар"): the words before the title, once."""
    if len(words) > 4:
        titled = mention_before(" ".join(words))
        if titled is not None and titled.title:  # "… Эмир Государства Катар" after the name, or the title first
            head = titled.title.split()[0]
            at = next((i for i, w in enumerate(words) if w.lower() == head), 0)
            words = words[:at] if at else (titled.name.split() if titled.name else words)
        half = len(words) // 2
        if len(words) % 2 == 0 and sorted(words[:half]) == sorted(words[half:]):
            words = words[:half]
    return " ".join(words)


def labelled_turn(text: str, body: str, registry: Registry) -> tuple[int, int] | None:
    """Inside a transcript, a line "Liu Wenhai: …" that names a person is that person's turn (a briefing
    transcript writes the briefer's full name), not the previous turn going on."""
    piece = headline_piece(text, body, registry)
    return (piece.speaker, piece.start) if piece else None


_LABELLED = re.compile(r"^([^:]{2,60}?):\s+(\S.*)$")  # "Label: words"


def headline_piece(text: str, body: str, registry: Registry) -> Piece | None:
    """A headline or line "Guterres: the world is off track" / «Лавров: Мы готовы»: the words
    after the colon are the person's (a label of one to four words before the colon)."""
    match = _LABELLED.match(text)
    if not match or len(match.group(1).split()) > 4:
        return None
    label = match.group(1).strip()
    if RU_VERB.search(label) or EN_VERB.search(label) or label.lower() in NOT_SPEAKER_LABELS:
        return None  # "The minister added: …" is a quote's attribution, read with the quote; "Image: …" a credit
    mention = mention_before(label)
    if mention is None and match.start(2) < len(text) // 2:  # «МИД Казахстана: Астана готова …»: a body's words
        body_label = institution_before(label + " ")
        mention = body_label if body_label is not None and body_name(body_label.name) and body_name(label) else None
    if mention is None or mention.pronoun or not mention.name:
        return None
    if mention.tentative and len(re.findall(re.escape(mention.name) + r"(?!\s*:)", body)) < 1:
        return None  # "Update: …": a one-word label that the article never names outside labels
    mention.tentative = False
    speaker = registry.resolve(mention)
    if speaker is None:
        return None
    return Piece(match.start(2), len(text), speaker, "direct", match.group(1), cue=f"headline; {registry.cue}")


# A transcript turn that starts inside a line (kremlin.ru texts are whitespace-normalised, so a
# whole conversation can be one line): "… приготовил. Можно показать? В.Путин: Пожалуйста", and a guest's
# interpreted turn after a sentence: "… Добро пожаловать! Ван И (как переведено) : Уважаемый …".
_INLINE_TURN = re.compile(r"(?<=[.!?…»)\]])\s+(?=(?:Вопрос|Реплика|Ответ):\s)|(?<=\S)\s+(?=(?:[А-ЯЁA-Z]\.\s?){1,2}[А-ЯЁA-Z][\w-]+:\s)"
                          r"|(?<=[.!?…»])\s+(?=" + TRANSLATED_NAME + ")")
# In a line that holds turns, a full name after a sentence ("… близких. Берл Лазар: Я …") may start one too;
# ``labelled_turn`` decides whether the label names a person.
_INLINE_NAMED = re.compile(r"(?<=[.!?…»])\s+(?=" + NAMED_NAME + r":\s)")


def segments(body: str) -> list[tuple[int, str]]:
    """(offset in the body, stripped text) of each paragraph: each non-empty line, cut again
    where a transcript turn begins inside it."""
    segments, position = [], 0
    for raw in body.split("\n"):
        start, position = position, position + len(raw) + 1
        if ":" not in raw:  # every turn label ends in a colon: the line is one paragraph
            stripped = raw.strip()
            if stripped:
                segments.append((start + len(raw) - len(raw.lstrip()), stripped))
            continue
        inline = [m.end() for m in _INLINE_TURN.finditer(raw)]
        if inline or TURN.match(raw.strip()):
            inline = sorted({*inline, *(m.end() for m in _INLINE_NAMED.finditer(raw))})
        cuts = [0, *inline, len(raw)]
        for left, right in zip(cuts, cuts[1:]):
            piece = raw[left:right]
            if piece.strip():
                segments.append((start + left + len(piece) - len(piece.lstrip()), piece.strip()))
    return segments


_CLOSING_QUOTES = "\"”’'"  # English headlines quote; a Russian line ending in » is read as a paragraph
NOT_SPEAKER_LABELS = {"image", "photo", "video", "source", "update", "note", "editor's note", "caption", "credit",
                      "фото", "видео", "источник", "справка", "примечание", "обновление", "комментарий"} | LINK_LABELS
_LINK_LINE = re.compile(rf"\s*(?:{_alternation(LINK_LABELS)})\s*:", re.IGNORECASE)


def link_line(paragraph: str) -> bool:
    """A line linking to another article («Читайте также: В МИД России оценили …», "Read also: …"): site furniture,
    narration, whose linked headline neither speaks nor leaves a speaker to go on with."""
    return _LINK_LINE.match(paragraph) is not None


def is_heading(paragraph: str) -> bool:
    """A heading: a short line without end punctuation; one ending in a quote counts when the quote itself has none
    (a headline's "Minister: 'We will not be lectured'", never a paragraph's closing "… lectured.")."""
    line = paragraph.strip()
    if line[-1:] in _CLOSING_QUOTES:
        line = line[:-1].rstrip()
        if not line or line[-1] in _CLOSING_QUOTES or line.count(" ") < 3:
            return False
    return bool(line) and line[-1] not in ".!?…:;»\"”" and len(line) < 150 and "\n" not in line
