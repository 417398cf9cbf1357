"""People a sentence names in narration ("President Donald Trump", «с Сергеем Лавровым»), with offsets.

The registry is told about them before they speak (so "Lubetkin said …" and "he said …" find a
person named only in narration) and foresees every full name in the article (so a bare surname
used before the full name is that person). Russian names are read in whatever case they stand
in; a change of case between words («Барака Обамы Малия») ends one name and starts another.
"""

from __future__ import annotations

import re

from ..text import has_cyrillic
from .cases import _nominative, grammemes
from .name_words import _title_span
from .name_forms import stem_equal
from .registry import Mention
from .titles import singular_lemma
from .vocabulary import (DEAD, DESCRIBING_PROFESSIONS, DESCRIBING_TITLES, PREPOSITIONS, RU_VERB, TITLE_WORDS, first_pos,
                         parses)
from .words import (_honorific_gender, _is_surname, _last_words, _non_person, _not_name_word, _strip_honorific, _words,
                    case_break, non_person_in_name, surname_shaped)

_CLAUSE_BREAKS = ',;:.!?()«»"“”—–'
_LAST_CLAUSE_BREAK = re.compile(rf".*[{re.escape(_CLAUSE_BREAKS)}]", re.DOTALL)
_CAPITALISED_RUN = re.compile(r"(?:(?:[A-ZА-ЯЁ]\.\s?)|(?:[A-ZА-ЯЁ][\w'’-]+\s?)){2,8}")


def people_at(text: str) -> list[tuple[int, Mention]]:
    """(offset, mention) of the people a text names with two name words, or one after a title ("President
    Donald Trump", "министром Лавровым", "Антониу Гутеррешем"), in order. Russian names are
    marked oblique so the registry puts them in the nominative."""
    found = []
    cyrillic = has_cyrillic(text)
    for run in _CAPITALISED_RUN.finditer(text):
        matches = _words(run.group())
        words = [w.group() for w in matches]  # read once; ``first`` moves past what is not the name
        count = len(words)
        cut = [i for i, w in enumerate(words) if w.lower() in TITLE_WORDS
               or non_person_in_name(words, i, cyrillic)
               or cyrillic and len(w) > 1 and w.isupper()]  # «Страны АСЕАН», «ИМЭМО РАН Сергей Мальцев»: no acronym
        first = cut[-1] + 1 if cut else 0  # "Foreign Minister Anna Keller", "Senate Minority Whip Dick Durbin"
        while first < count and (_not_name_word(words[first], cyrillic) or cyrillic and not has_cyrillic(words[first])):
            first += 1  # (and «Pussy Riot» before «Мария Алёхина»)
        if cyrillic and first < count - 2 and words[first].lower() in DESCRIBING_TITLES:
            first += 1  # «Аналитик Игорь Дюков» opening a sentence: the describing noun is no name (review of round 23)
        if cyrillic:  # «Барака Обамы Малия»: a change of case ends one name and starts another
            for i in range(count - 1, first, -1):
                if case_break(words[i - 1], words[i]):
                    first = i
                    break
        if first == count or max(map(len, words[first:])) == 1:
            continue  # "U.S."
        half = (count - first) // 2
        if (count - first) % 2 == 0 and all(stem_equal(a, b) for a, b in zip(words[first:first + half],
                                                                                   words[first + half:])):
            first += half  # «Си Цзиньпином Си Цзиньпин»: a page's name tooltip repeats the name
        name_start, name = run.start() + matches[first].start(), words[first:]
        previous = _last_words(text[max(0, name_start - 80):name_start], 2, 24) if not cyrillic else ()  # (English only)
        if not cyrillic and not cut and previous and previous[-1].group().lower() == "the":
            continue  # "the Hong Kong economy", "the Combined Joint Task Force": a name after "the" is no person's
        if not cyrillic and previous and previous[-1].group().lower() in PREPOSITIONS and (
                len(previous) < 2 or previous[0].group()[:1].isupper() or previous[0].group().lower() in TITLE_WORDS):
            before = re.findall(r"[A-Za-z]+", text[max(0, name_start - 80):name_start])[-7:]
            titled = any(w.lower() in TITLE_WORDS for w in before)  # "Assistant Secretary of State for Western …"
            if len(name) < 3 or previous[0].group().lower() not in TITLE_WORDS and not titled:
                continue  # "High Commissioner for Human Rights", not "disagreements with Mike Pompeo"
            first, name = count - 2, name[-2:]  # "Secretary of State Laura Brenner": the complement, then a full name
            name_start = run.start() + matches[first].start()
        last_break = _LAST_CLAUSE_BREAK.match(text, 0, name_start)  # backtracks from the name: one short scan
        clause = text[last_break.end() if last_break else 0:name_start]
        before = _last_words(clause[-240:], 7, 60)  # the last six (a seventh: the window holds more); else the clause's
        if len(before) > 6 or len(clause) <= 240:
            clause, before = clause[-240:], before[-6:]
        else:
            before = _words(clause)[-6:]
        title_index, role_start = _title_span(before, cyrillic, clause)
        if len(name) < 2 and title_index is None:
            continue
        if cyrillic and not any(_is_surname(w) for w in name):
            continue
        role = _strip_honorific(clause[before[role_start].start():].strip()) if title_index is not None else None
        if role and cyrillic:
            role = role[0].lower() + role[1:]
        after = _NEXT_WORD.match(text, run.end())
        found.append((name_start, Mention(
            name=_POSSESSIVE.sub("", " ".join(name)), role=role or None,  # "Bolton's resignation"
            title=before[title_index].group().lower() if title_index is not None else None,
            oblique=(_object_of_act(clause, name) or "maybe") if cyrillic else False, gender=_honorific_gender(before),
            dead=cyrillic and any(DEAD.match(w) for w in [*name[:1], *(w.group() for w in before[-1:]),
                                                           *(after.groups() if after else ())]),
            described=_describing_noun(text[max(0, name_start - 160):name_start]) if cyrillic else None)))
    return found


_QUOTED_NAME = re.compile(r"«[^«»]{1,60}»")  # «Аналитик «Финама» Игорь Дюков»: the company's name is skipped
_BEFORE_CLAUSE = re.compile(rf"[{re.escape(_CLAUSE_BREAKS)}]")


def _describing_noun(window: str) -> str | None:
    """The lemma of a describing noun (``cues.yaml`` describing_titles) that introduces a Russian name in narration:
    «Аналитик Игорь Дюков», «Аналитик «Финама» Игорь Дюков», «Специалист по трудовому праву Марк Зуев», «политик
    Семен Бурков» (among the last six words of its clause, no verb between: not «Эксперт назвал кандидата Марка
    Зуева»), so a later bare «— добавил аналитик» is that person (``titles.earlier_holder``; review of round 23). A rank
    or a post of a describing profession introduces the name as that profession («Командир роты капитан Денис Орлов»
    is the «офицер», ``cues.yaml`` describing_professions; review of round 25)."""
    clause = _BEFORE_CLAUSE.split(_QUOTED_NAME.sub(" ", window))[-1]
    for word in reversed(_words(clause)[-6:]):
        low = word.group().lower()
        if low in DESCRIBING_TITLES:
            return singular_lemma(low)  # (None for a plural: «аналитики»)
        pos = first_pos(low)
        if pos == "VERB":
            return None
        if pos == "NOUN" and (profession := _profession_named(low)):
            return profession
    return None


def _profession_named(noun: str) -> str | None:
    """The describing profession whose rank or post a noun names («майор» → «офицер», «адвокат» → «юрист»)."""
    return next((profession for profession, stems in DESCRIBING_PROFESSIONS.items() if noun.startswith(stems)), None)


_NEXT_WORD = re.compile(r"\s*,?\s*(\w+)")  # «Игорь Тихонов погиб на месте», «Иван Петров, погибший в ДТП»


def _object_of_act(clause: str, name: list[str]) -> bool:
    """«Полиция задержала в аэропорту Мари Лефевр»: a name pymorphy3 knows as no Russian name, whose case therefore
    cannot be seen, after a transitive verb of an act (not speech: «заявил Мари Лефевр» is inverted) in its clause is
    the act's object, named in no nominative (review of round 22)."""
    written = " ".join(name)
    if any({"Name", "Surn", "Patr"} & grammemes(parses(w.lower())[0]) for w in name) or RU_VERB.search(clause) \
            or _nominative(written) != written or _nominative(written, sure=False) != written:
        return False  # a Russian name, or one whose case shows («Си Цзиньпином»)
    return any("tran" in p.tag and p.tag.POS == "VERB" for w in _words(clause) for p in parses(w.group().lower())[:1])


def lone_names_at(text: str, cyrillic: bool) -> list[tuple[int, Mention]]:
    """(offset, mention) of each capitalised word standing alone that can be a surname ("Lowe later visited …",
    «встретился с Лавровым», «Позже Лавров …»): tentative, so the registry only finds people it already knows by
    them (it never creates one) and a person the narration turns to is the one a later "he" names; a Russian
    surname opening its sentence before its verb («Лавров прибыл в Анкару») is that sentence's subject, a person
    even when new."""
    found = []
    for run in _RUN.finditer(text):
        token = run.group()
        if " " in token:  # several words (one space apart)
            words = token.split(" ")
            while len(words) > 1 and _not_name_word(words[0], cyrillic):
                words = words[1:]  # «Позже Лавров»: an adverb opening the sentence is no first name
            if len(words) > 1:
                continue  # part of a longer name (``people_at`` reads those)
            token = words[0]
        if len(token) < 3 or token.isupper() or _not_name_word(token, cyrillic) \
                or _non_person(token, cyrillic) or cyrillic and not _is_surname(token):
            continue  # a title, place or common word
        at = run.end() - len(token)
        subject = cyrillic and _opens_sentence(text, at) and (surname_shaped(token) or _surname_parse(token))
        found.append((at, Mention(name=_POSSESSIVE.sub("", token), tentative=not subject)))
    return found


_THEN_LOWER = re.compile(r"\w+\s+[а-яё]")
_POSSESSIVE = re.compile(r"['’]s$")  # "Lowe's visit"
_RUN = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁ][\w'’-]*(?: [A-ZА-ЯЁ][\w'’-]*)*")


def _opens_sentence(text: str, at: int) -> bool:
    """A word that opens its sentence and is followed by a lower-case word (its verb): «Лавров прибыл …»."""
    before = text[:at].rstrip()
    return (not before or before[-1] in ".!?") and _THEN_LOWER.match(text, at) is not None


def _surname_parse(word: str) -> bool:
    """pymorphy3 reads the word first as a surname («Путин»), not a common word that may be one («Козлов» too)."""
    return "Surn" in grammemes(parses(word.lower())[0])
