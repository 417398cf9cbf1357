"""Unnamed speakers who are people the article names: a lede's title named in a later paragraph, and kremlin.ru's
bare «Президент» who speaks in turns under his name only. Both run after every paragraph is read (``resolution``).
"""

from __future__ import annotations

from ..countries import country_in
from ..text import has_cyrillic
from .layout import Paragraph
from .name_words import relays_for, written_in
from .registry import Registry
from .titles import role_modifiers, shares_modifiers
from .vocabulary import HEAD_OFFICES, INDEFINITE_DETERMINERS, PREPOSITIONS, RELAYING_TITLES, UNNAMED_TITLES


def name_lede_titles(paragraphs: list[Paragraph], registry: Registry) -> None:
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
        possessive = ("'s" in (speaker.role or "") or "’s" in (speaker.role or "")) and bool(  # "Johnson's spokesman";
            speaker.titles & RELAYING_TITLES or later and registry.speakers[later[0]].titles)  # "Poland's foreign minister"
        # is named next only by someone given no other title (never "Marek Nowak, an analyst")
        described = len((speaker.role or "").split()) >= 2  # "the UN human rights chief", not a bare «Президент»
        parts = (speaker.role or "").split()  # «посредник в сделке по продаже клуба»: a role set in a situation
        situated = has_cyrillic(speaker.role or "") and len(parts) > 1 and parts[1] in PREPOSITIONS  # is new
        if (speaker.role or "").lower().split()[0] in INDEFINITE_DETERMINERS:
            continue  # "a family spokesperson": someone new, never the person named next
        if sharing or (later and index in lede and not possessive and described and not situated):
            remap[index] = (sharing or later)[0]
    if not remap:
        return
    for paragraph in paragraphs:
        for piece in paragraph.pieces:
            if piece.speaker in remap:
                piece.speaker = remap[piece.speaker]
                piece.cue = piece.cue.replace("title", "title (named later)").replace("generic", "title (named later)")


def bare_office(paragraphs: list[Paragraph], registry: Registry) -> None:
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

