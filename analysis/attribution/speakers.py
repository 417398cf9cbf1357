"""What a speaker's role says about them: country, organisation, and whom a spokesperson speaks for.

Only the role text is read, never guessed: "Russia's permanent representative to the UN" → country
RUS (a representative belongs to the country they represent); "UN Secretary-General" → organisation
UN (no country named); «пресс-секретарь президента России» → principal «президент России», or the
person holding that title when the article names one ("Владимир Путин"). A spokesperson stays the
speaker; the principal is a separate column.
"""

from __future__ import annotations

import re

from ..countries import country_in
from .identity import organisation_in
from .cases import _nominative_role
from .registry import Registry, Speaker
from .titles import title_key
from .vocabulary import SPOKESPERSON, TITLE_WORDS

_EN_COMPLEMENT = re.compile(r"\b(?:for|of|to)\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def speaker_country(speaker: Speaker) -> str | None:
    return country_in(speaker.role) or country_in(speaker.organization)


def speaker_organisation(speaker: Speaker) -> str | None:
    """The organisation the article states (an appositive's acronym) or the one the role names."""
    return speaker.organization or organisation_in(speaker.role)


def _spokesperson_complement(role: str) -> str | None:
    lower = role.lower()
    for title in sorted(SPOKESPERSON, key=len, reverse=True):
        at = lower.find(title)
        if at < 0 or (at and lower[at - 1].isalpha()):
            continue
        after = role[at + len(title):].strip(" ,")
        english = _EN_COMPLEMENT.match(after)
        if english:
            return english.group(1).strip()
        if after and re.search("[а-яё]", after.lower()):
            return _nominative_role(after)  # «президента России» → «президент России»
        before = role[:at].strip(" ,")
        return re.sub(r"'s$|’s$", "", before) or None  # "Kremlin spokesman", "the UN chief's spokesperson"
    return None


def principal(speaker: Speaker, registry: Registry) -> str | None:
    """Whom a spokesperson speaks for: a named person holding the complement's title, else the complement."""
    if not speaker.role or speaker.titles.isdisjoint({title_key(t) for t in SPOKESPERSON}) and not any(
            t in speaker.role.lower() for t in SPOKESPERSON):
        return None
    complement = _spokesperson_complement(speaker.role)
    if not complement:
        return None
    head = next((w for w in complement.lower().split() if w in TITLE_WORDS), None)
    if head:
        key = title_key(head)
        for other in registry.speakers:
            if other is not speaker and other.name and key in other.titles:
                return other.name
    return complement
