"""Russian names and roles put in the nominative, for mentions met in an oblique case.

"по словам Джона Брандолино" names "Джон Брандолино", «министром Лавровым» the «министр»: the
registry stores every person in the nominative so that later mentions in any case find them.
pymorphy3 reads each word; only words it reads as a first name, surname or patronymic (or a
title's head noun) change, foreign indeclinable names stay as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import PARTICLE_NAME, known_word, parses


_MASCULINE_ENDINGS = {"gent": "а", "datv": "у", "ablt": "ом"}  # a consonant stem's regular masculine endings
_RU_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым)$")
_RU_SURNAME_FEMININE = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:ой|ую)$")
_VOWELS = set("аеёиоуыэюяй")
_OBLIQUE_ENDINGS = ("ем", "ом", "ым", "им", "ой", "ого", "ому", "ему", "ую", "ыми", "ими")


@lru_cache(maxsize=50_000)
def _nominative(name: str, sure: bool = True) -> str:
    """"Джона Брандолино" → "Джон Брандолино", "Марии Захаровой" → "Мария Захарова".

    Only used for Russian mentions in an oblique case. Words pymorphy3 reads as an oblique
    first name, surname or patronymic are put in the nominative, in the gender of the first
    name; other words (most foreign surnames are indeclinable) stay as written.
    """
    def person(parse) -> bool:
        return bool({"Name", "Surn", "Patr"} & grammemes(parse))

    per_word, case, first_gender = [], None, None
    for word in name.split():
        if PARTICLE_NAME.match(word):
            per_word.append([])  # «ан-Нуайми», «аль-Асада»: the particle's name is foreign, written as it stands
            continue
        options = parses(word)
        if not sure and case is None and options and person(options[0]) and "nomn" in options[0].tag:
            first_gender = first_gender or options[0].tag.gender
            per_word.append([])
            continue
        if not sure and first_gender and any(person(p) and "nomn" in p.tag and p.tag.gender == first_gender for p in options[:4]):
            per_word.append([])  # «Ольга Дымова»: a surname that reads in the first name's case and gender stays
            continue
        found = [p for p in options if {"gent", "datv", "ablt", "loct", "accs"} & grammemes(p) and person(p)
                 and "sing" in p.tag]
        if not sure and found and found[0] is not options[0] and not word.lower().endswith(_OBLIQUE_ENDINGS):
            found = []  # in narration a guess counts only with an oblique ending («Куанг» stays, «Гутеррешем» not)
        if not found and case:  # "Эммануэлем Макроном": an unknown surname in the first name's case
            found = [p for p in options if case in p.tag and "sing" in p.tag and p.tag.POS == "NOUN"]
        case = case or next((c for c in ("gent", "datv", "ablt", "loct") if found and c in found[0].tag), None)
        per_word.append(found)
    genders = [p[0].tag.gender for p in per_word if p and "Name" in p[0].tag]
    masculine = any(p and p[0].tag.gender == "masc" for p in per_word)
    words = []
    for word, candidates in zip(name.split(), per_word):
        feminine = _RU_SURNAME_FEMININE.search(word) if genders and genders[0] == "femn" and not candidates else None
        if feminine:  # «Анны Сомовой»
            words.append(word[:feminine.start() + 2] + "а")
            continue
        ending = _MASCULINE_ENDINGS.get(case) if masculine and not candidates else None
        russian = ending and _RU_SURNAME.search(word)  # «Ивана Сомова», «Игорем Сомовым»: a surname pymorphy3 lacks
        if russian or sure and ending and word.endswith(ending) and len(word) > len(ending) + 2 \
                and word[-len(ending) - 1] not in _VOWELS and not known_word(word.lower()):
            words.append(word[:russian.start() + 2] if russian else word[:-len(ending)])  # «Пеэтера Тамма»: a foreign
            continue  # first name declined like the surname
        if genders:
            candidates = [p for p in candidates if p.tag.gender in (genders[0], None)] or candidates
        inflected = candidates[0].inflect({"nomn"}) if candidates else None
        if inflected is None and not sure and len(word) > 5 and word.endswith(("ом", "ем")) and not known_word(word.lower()):
            words.append(word[:-2])  # «Цзиньпином»: a foreign name in the instrumental
            continue
        words.append(inflected.word.capitalize() if inflected else word)
    return " ".join(words)


@lru_cache(maxsize=20_000)
def _nominative_role(role: str) -> str:
    """"министра иностранных дел" → "министр иностранных дел" («президентом Франции» too): only the head noun changes."""
    head, _, rest = role.partition(" ")
    if parses(head) and "nomn" in parses(head)[0].tag and "Geox" in parses(head)[0].tag:
        return role  # «Киев» is already nominative, not a case of «кий»
    parse = next((p for p in parses(head) if {"gent", "datv", "ablt", "loct"} & grammemes(p) and p.tag.POS == "NOUN"), None)
    inflected = parse.inflect({"nomn"}) if parse else None
    return f"{inflected.word} {rest}".strip() if inflected else role


def grammemes(parse) -> frozenset[str]:
    return parse.tag.grammemes


def oblique_only(name: str) -> bool:
    """A Russian name whose last word reads only in an oblique case («Барака Обамы», «Медведевым»); a
    first name's plural is no reading of one person's name (pymorphy guesses «Цзиньпин» as one)."""
    options = [p for p in parses(name.split()[-1].lower())[:4]
               if {"Name", "Surn"} & grammemes(p) and not {"Name", "plur"} <= grammemes(p)]
    return bool(options) and not any("nomn" in p.tag for p in options)
