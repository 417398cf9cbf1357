"""Headlines that credit their words to a title: "Poland Open to Talks If Troops Leave, Minister Says", "UN aid official
says convoys blocked", «Норвегия предложила восстановить авиасообщение - посол». Wire and agency copy names the person
only in the body, so the headline is theirs: the first person the article names with that title, else the named
speaker of the lede. Runs after every paragraph is read and the lede's titles are named (``resolution``)."""

from __future__ import annotations

import re

from .layout import Paragraph
from .mentions import mention_before
from .registry import Registry
from .titles import title_key
from .vocabulary import TITLE_WORDS, UNNAMED_TITLES, _alternation, cues

_CREDITS = cues()["headline_credits"]
_EN_VERB = _alternation(_CREDITS["en"])
_EN_CLOSING = re.compile(rf",\s+(?P<role>[^,]{{2,60}}?)\s+(?:{_EN_VERB})\b[^,]*$", re.IGNORECASE)
_EN_OPENING = re.compile(rf"^(?P<role>[^,:]{{2,60}}?)\s+(?:{_EN_VERB})\b", re.IGNORECASE)
_RU_CLOSING = re.compile(rf"\s(?:{'|'.join(map(re.escape, _CREDITS['ru_dashes']))})\s*(?P<role>[^-–—]{{2,60}})$")


def credit_headlines(paragraphs: list[Paragraph], registry: Registry, cyrillic: bool) -> None:
    """Give each heading above the first paragraph that credits its words to a title ("…, minister says") the
    person of that title: the first named person holding it, else the lede's named speaker (a title the article
    never names, "a source", stays the narrator's)."""
    lede = next((i for i, p in enumerate(paragraphs) if not p.heading), None)
    if not lede:
        return
    for paragraph in paragraphs[:lede]:
        for piece in paragraph.pieces:
            if piece.speaker is not None or piece.mode != "narration":
                continue
            mention = _credited_title(paragraph.text[piece.start:piece.end].strip(), cyrillic)
            speaker = _holder(mention, paragraphs[lede], registry) if mention else None
            if speaker is not None:
                piece.speaker, piece.mode, piece.cue = speaker, "reported", "headline credit; title"


def _credited_title(text: str, cyrillic: bool):
    """The title a headline credits ("minister" in "…, Minister Says"), as a mention, or None."""
    patterns = (_RU_CLOSING,) if cyrillic else (_EN_CLOSING, _EN_OPENING)
    for pattern in patterns:
        match = pattern.search(text)
        if not match:
            continue
        role = match.group("role").strip()
        words = role.lower().split()
        if len(words) > 5 or not any(w.strip(".,") in TITLE_WORDS for w in words) or words[-1] in UNNAMED_TITLES:
            continue
        mention = mention_before(role.lower() if not cyrillic else role)  # Title Case: "Foreign Minister" is no name
        if mention is not None and mention.title and not mention.name and not mention.plural:
            return mention
    return None


def _holder(mention, lede: Paragraph, registry: Registry) -> int | None:
    """The first named person holding the mention's title, else the lede's first named person speaking."""
    key = title_key(mention.title)
    for index, speaker in enumerate(registry.speakers):
        if speaker.kind == "person" and speaker.name and not speaker.group and key in speaker.titles:
            return index
    for piece in lede.pieces:
        speaker = registry.speakers[piece.speaker] if piece.speaker is not None else None
        if speaker is not None and speaker.kind == "person" and speaker.name and not speaker.group:
            return piece.speaker
    return None
