"""Name words: which capitalised words can belong to a person's name, in English and Russian.

Acronyms, titles, honorifics, places and organisations are not name words; pymorphy3 says
which Russian words read as a first name, surname or patronymic, and in which cases, so two
names side by side in different cases («Алёхиной Александр Подрабинёк») are told apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import has_cyrillic
from .cases import grammemes
from .vocabulary import (ARTICLES, DOCUMENTS, EAST_ASIAN_SURNAMES, EN_STOP, ESE_NAMES, FEMALE_HONORIFICS,
                         GENDERED_TITLES, HONORIFICS, INSTITUTIONS, MALE_HONORIFICS, NAME_CONNECTORS, NON_PERSON_HEADS,
                         PARTICLE_NAME, PRONOUNS, TITLE_WORDS, WORD, first_pos, known_word, parses)


@lru_cache(maxsize=50_000)
def _not_name_word(word: str, cyrillic: bool) -> bool:
    lower = word.lower()
    if word in EAST_ASIAN_SURNAMES:
        return False  # «Ван И», «Си Цзиньпин»: a surname, whatever pymorphy3 reads
    if lower in TITLE_WORDS or lower.rstrip(".") in HONORIFICS or lower in EN_STOP:
        return True
    if len(word) > 1 and word.isupper():
        return True  # an acronym (МИД, UNODC) belongs to a role, not a name
    if cyrillic and "-" in lower and not PARTICLE_NAME.match(word) \
            and any(known_word(part) and not _person_parse(part) for part in lower.split("-") if part):
        return True  # «Задачей-минимум»
    if not cyrillic or not known_word(lower):
        return False  # unknown words (most foreign names) may be names
    parse = parses(word)[0]
    tag = parse.tag
    if {"Name", "Surn", "Patr"} & grammemes(parse):
        return False
    return "Geox" in tag or "Orgn" in tag or (tag.POS in {"CONJ", "ADVB", "PREP", "PRCL", "GRND", "NPRO", "VERB", "INFN",
                                                           "COMP"} and parse.score > 0.5) \
        or tag.POS == "NOUN" and {"plur", "nomn"} <= tag.grammemes and parse.score > 0.5  # «Защитники Алёхиной»: a name is singular


@lru_cache(maxsize=50_000)
def _person_parse(word: str) -> bool:
    return any({"Name", "Surn", "Patr"} & grammemes(p) for p in parses(word)[:3])


@lru_cache(maxsize=20_000)
def _case_of(word: str) -> frozenset[str]:
    """The cases a Russian name word can be in when pymorphy3 reads it as a name (empty if not a name,
    and for a word outside the dictionary: the cases guessed for «Дайнюс», «Озолс» are noise)."""
    if not known_word(word.lower()) or word.lower().endswith(("ых", "их")):
        return frozenset()  # «Ледовских», «Черных»: a surname that never declines, whatever case its adjective reads in
    return frozenset(p.tag.case for p in parses(word.lower())[:6] if {"Name", "Surn", "Patr"} & grammemes(p))


@lru_cache(maxsize=20_000)
def case_break(left: str, right: str) -> bool:
    """Whether two adjacent Russian name words belong to two names: no case in common, or a first
    name in the nominative after a word read first in another case («Алёхиной Александр Подрабинёк»)."""
    left_cases, right_cases = _case_of(left), _case_of(right)
    if left_cases and right_cases and not left_cases & right_cases:
        return True
    if not known_word(right.lower()):
        return False  # a foreign first name pymorphy3 only guesses at («Дайнюс Каспарас»): one name
    first = next((p for p in parses(right.lower())[:3] if "Name" in p.tag), None)
    before = parses(left.lower())[0]  # any reading: «Сомовой» reads as an adjective's case
    return bool(first and before.tag.case and first.tag.case == "nomn" and before.tag.case != "nomn")


@lru_cache(maxsize=256)
def _words(text: str) -> tuple[re.Match, ...]:
    """The words of ``text``. A sentence's head is read by several sieves in a row (mention, institution,
    adverbial, title); the small cache keeps only those recent texts, never a whole article."""
    return tuple(WORD.finditer(text))


def _words_from_space(text: str, reach: int) -> tuple[re.Match, ...]:
    """The words of ``text`` from the last space at least ``reach`` characters before its end (all when there is
    none): the very matches ``_words(text)`` ends with, since no word spans a space and ``WORD`` looks neither behind
    nor ahead, read without the rest of a long text (a short text's are ``_words``, kept). A caller that needs more
    words than this holds reads them all."""
    start = text.rfind(" ", 0, len(text) - reach) + 1 if len(text) > reach else 0
    return tuple(WORD.finditer(text, start)) if start else _words(text)


def _last_words(text: str, count: int, reach: int) -> tuple[re.Match, ...]:
    """``_words(text)[-count:]``, read from a space ``reach`` characters or more before the end when that holds enough."""
    words = _words_from_space(text, reach)
    return (words if len(words) >= count else _words(text))[-count:]


@lru_cache(maxsize=50_000)
def _capitalised(word: str) -> bool:
    """A name word: capitalised, or a particle joined to one ("el-Sisi", "al-Assad", "bin-Salman")."""
    return word[0].isupper() or bool(PARTICLE_NAME.match(word))


@lru_cache(maxsize=50_000)
def _non_person(word: str, cyrillic: bool) -> bool:
    lower = word.lower()
    if lower in NON_PERSON_HEADS or lower in INSTITUTIONS and len(lower) > 3 or any(c.isdigit() for c in word):
        return True  # a model number ("Volvo XC90", "Airbus A320") is never part of a person's name
    if not cyrillic and lower.endswith("ese") and len(lower) > 5 and (
            not lower.endswith(ESE_NAMES["endings"]) or lower in ESE_NAMES["nationalities"]):
        return True  # "South Sudanese", "East Timorese": a nationality (not "Anneliese", "Therese": first names)
    if cyrillic and known_word(lower):
        parse = parses(word)[0]
        return parse.normal_form in NON_PERSON_HEADS or (
            ("Geox" in parse.tag or "Orgn" in parse.tag) and not {"Name", "Surn", "Patr"} & grammemes(parse))
    return False


def non_person_in_name(words: list[str], index: int, cyrillic: bool) -> bool:
    """Whether ``words[index]`` of a capitalised run is no part of a person's name (``_non_person``), unless pymorphy3's
    town or firm is a surname right after a first name in the same case («Геннадий Воронов», «Дмитрий Арсеньев»,
    «Марина Ефремова»; round 29)."""
    word = words[index]
    if not _non_person(word, cyrillic):
        return False
    if index == 0 or not cyrillic or "Name" not in parses(words[index - 1].lower())[0].tag:
        return True
    return not any("Surn" in p.tag for p in parses(word.lower())[:4]) or case_break(words[index - 1], word)


def _honorific_gender(words: list[re.Match]) -> str | None:
    """"femn" after a female honorific among the last three words ("Mrs", «госпожа»), else "masc" after a male one;
    else the gender of a gendered title just before the name ("Crown Prince", not the "wife" of "wife of President")."""
    genders = {_gender_of(w.group()) for w in words[-3:]}
    if "femn" in genders or "masc" in genders:
        return "femn" if "femn" in genders else "masc"
    return GENDERED_TITLES.get(words[-1].group().lower()) if words else None


@lru_cache(maxsize=50_000)
def _gender_of(word: str) -> str | None:
    honorific = word.lower().rstrip(".")
    return "femn" if honorific in FEMALE_HONORIFICS else "masc" if honorific in MALE_HONORIFICS else None


@lru_cache(maxsize=50_000)
def _adjective(word: str) -> bool:
    return first_pos(word) in {"ADJF", "PRTF"} or word.lower().startswith(("экс-", "вице-"))


# a Russian surname's shape in any case («Рябков», «Сомова», «Сомовым», «Рябковой»): pymorphy3 reads many such
# surnames first as a common word («сомов» of «сом», «рябков» a plural), so the shape decides for a capitalised word
_RU_SURNAME_SHAPE = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|ую|е)?$")


@lru_cache(maxsize=50_000)
def surname_shaped(word: str) -> bool:
    """A capitalised word shaped like a Russian -ов/-ев/-ин surname, in any case, that pymorphy3 does not read
    first as an adjective («Финансовую», «Деловым»; «Сомовым» it reads so only as a guess)."""
    if not _RU_SURNAME_SHAPE.match(word):
        return False
    parse = parses(word.lower())[0]
    return not (parse.tag.POS in {"ADJF", "PRTF"} and parse.score >= 0.5)


@lru_cache(maxsize=50_000)
def _is_surname(word: str) -> bool:
    return any({"Surn", "Name"} & grammemes(p) for p in parses(word)[:2]) or not known_word(word.lower()) \
        or surname_shaped(word)


def _strip_honorific(role: str) -> str:
    words = role.split()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def leading_name(clause: str) -> str | None:
    """The source opening an "according to" complement that runs on into its clause with no comma ("the Ministry
    of Foreign Affairs he died …", «прокуратуры итоговая цена …»): its capitalised or body words, with the connectors,
    Russian genitives and up to two lower-case words after "of" that extend them; it ends before a pronoun, a second
    article or another lower-case word. None when nothing follows it, when a document follows it ("court documents
    Tesla paid") or when a lower-case word that is no article opens a capitalised name ("preliminary estimates Russia's")."""
    words, end, cyrillic, after_of = _words(clause)[:8], None, has_cyrillic(clause), 0
    for i, match in enumerate(words):
        word, lower = match.group(), match.group().lower()
        if lower in PRONOUNS or end is not None and word in ARTICLES or i and clause[words[i - 1].end():match.start()].strip():
            break  # "the Ministry of Health 42 people": a number ends it
        body = lower in INSTITUTIONS or cyrillic and parses(lower)[0].normal_form in INSTITUTIONS
        if end is None and _capitalised(word) and not body and any(w.group().lower() not in ARTICLES for w in words[:i]):
            return None
        after_of = 2 if lower == "of" else after_of - 1
        if _capitalised(word) or body or end is not None and (cyrillic and parses(lower)[0].tag.case == "gent" or after_of > 0):
            end = i
        elif end is not None and lower not in NAME_CONNECTORS:
            break
    following = words[end + 1].group().lower() if end is not None and end + 1 < len(words) else None
    return clause[:words[end].end()] if following and following not in DOCUMENTS else None
