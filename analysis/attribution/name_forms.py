"""How two written forms of a person's name agree, and what a name or a verb says of gender.

Split out of ``registry`` (round 19), which had reached the 400-line limit: these are pure functions of strings
(cached), with no registry state, so the registry keeps only the bookkeeping of one article's speakers and asks
here whether "Лаврова" is "Сергей Лавров", "В.Путин" is "Владимир Путин", or «заявила» says femn.
"""

from __future__ import annotations

import os
from functools import lru_cache

from ..text import fold_yo
from .cases import grammemes
from .vocabulary import parses


@lru_cache(maxsize=100_000)
def stem_equal(a: str, b: str) -> bool:
    """Two forms of one name word: equal up to an inflectional ending of at most two letters
    ("Лавров"/"Лаврова", "Мария"/"Марии", "Брандолино"/"Брандолино")."""
    a, b = fold_yo(a.lower()), fold_yo(b.lower())
    if a == b:
        return True
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 3:
        return False
    common = len(os.path.commonprefix((a, b)))
    return common >= 3 and common >= min(len(a), len(b)) - 2 and (common >= 4 or max(len(a), len(b)) <= 5)


@lru_cache(maxsize=100_000)
def names_agree(name: str, known: str) -> bool:
    """A mention's name for a known person's: "Брандолино", "Джона Брандолино"; a lone "Li" for "Li Wei";
    "В.Путин"; "Guterres" then "António Guterres" (cached: narration looks the same words up again and again)."""
    tokens, known_tokens = name.split(), known.split()
    surname_agrees = stem_equal(tokens[-1], known_tokens[-1])
    return surname_agrees and len(known_tokens) == 1 or (surname_agrees or len(tokens) == 1) and all(
        any(stem_equal(t, k) or initial_of(t, k) or initial_of(k, t) for k in known_tokens)
        or 0 < i < len(tokens) - 1 and is_initial(t)  # «С.В.Лавров»: a patronymic's initial
        for i, t in enumerate(tokens))


@lru_cache(maxsize=50_000)
def name_gender(name: str | None) -> str | None:
    """masc / femn for a Russian first name or surname pymorphy3 reads one way only, else None."""
    if not name or not any("а" <= c <= "я" for c in name.lower()):
        return None
    for word in name.split():
        genders = {p.tag.gender for p in parses(word)[:4]
                   if {"Name", "Surn", "Patr"} & grammemes(p) and "nomn" in p.tag and p.tag.gender}
        if len(genders) == 1:
            return genders.pop()
        if genders:
            return None  # "Эммануэль", "Саша": either
    return None


@lru_cache(maxsize=50_000)
def fullness(name: str) -> tuple[int, int]:
    """Words beyond initials, then all words: "Сергей Лавров" beats "С В Лавров", which beats "Лавров"."""
    tokens = name.split()
    return sum(not is_initial(t) for t in tokens), len(tokens)


@lru_cache(maxsize=50_000)  # (a two-word name's second word is tested at each look-up)
def patronymic(word: str) -> bool:
    return any("Patr" in p.tag for p in parses(word.lower())[:2])


def is_initial(token: str) -> bool:
    return len(token.rstrip(".")) == 1 and token[:1].isupper()


def initial_of(token: str, known: str) -> bool:
    """"В." or "В" as the initial of "Владимир"."""
    bare = token.rstrip(".")
    return len(bare) == 1 and known[:1].upper() == bare.upper()


def verb_gender(verb: str) -> str | None:
    """The gender a Russian past-tense verb agrees in: "заявила" → femn, "заявил" → masc."""
    word = verb.lower().split()[-1]
    if word.endswith("ла"):
        return "femn"
    if word.endswith("л"):
        return "masc"
    return None
