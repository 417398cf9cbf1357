"""The words before a speech verb, trimmed to the subject: trailing time ("on Tuesday", «в среду»), adverbs, a final
parenthesis, an unpunctuated participle phrase ("X speaking to the council"), a place or body after a full name
("Doug Collins of Georgia", "Tom Hale of the Green Party"). Split from ``mentions`` (round 16); ``mentions`` and
``institutions`` read a subject through ``_trim_tail``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cases import grammemes, oblique_only
from .name_words import CONJUNCTIONS
from .vocabulary import (CLAUSE_RELATIVES, EAST_ASIAN_SURNAMES, EN_STOP, INSTITUTIONS, NEWS_AGENCIES, OFFICE_QUALIFIERS,
                         ONE_OF, SUBJECT_ADVERBS, TITLE_WORDS, _alternation, cues, first_pos, parses)
from .words import _is_surname, _words, _words_from_space, known_word

_TEMPORAL = re.compile(r"\s+(?:(?:on|в|во)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|yesterday|today|"
                       r"вчера|сегодня|on\s+\w+day)\s*$", re.IGNORECASE)


_TEMPORAL_LAST = frozenset({"понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье", "вчера",
                            "сегодня"})  # with every English word of _TEMPORAL ending in "day"


_FINAL_PARENTHESIS = re.compile(r"\s*\([^()]{1,60}\)\s*$")
# a participle phrase between a subject and its verb, unpunctuated: it comes off like an appositive
_PARTICIPLE_CLAUSE = re.compile(r"(?<=\w)\s+(?:speaking|addressing|writing|answering|responding|commenting|referring|talking)"
                                r"\s+(?:to|at|in|on|before|with|about|from)\s[^,;:.!?]*$")
_QUALIFIERS = cues()["qualified_sources"]
# "a senior EU official involved in preparing the summit": the qualifier comes off a title (not "people involved in",
# a qualified source: mentions.py)
_INVOLVED = re.compile(r"(?<=\w)" + "".join(rf"(?<!\b{head})" for head in _QUALIFIERS["heads"])
                       + rf"\s+(?:{_alternation(_QUALIFIERS['trimmed_after_titles'])})\s[^,;:.!?]*$")
# a full name, then the body it belongs to: "Tom Hale of the Green Party"
# "Steven Wolf at Saint Francis", "Ana dela Cruz of the army's Western Command"; a body whose name goes on after "of",
# "for" or "and" ("Anna Leitner of the University of Hamburg", "Anneke Vos of Climate Action Network Europe"; round 29),
# "to" or "in", or whose description comes first ("Jana Novak of the Organisation for Aid to Refugees", "… of the Institute
# for Security Studies in Dakar", "Ion Lupu of the Chisinau-based think tank Expert-Grup"; round 32, wire14, wire18)
_OF_THE_BODY = re.compile(r"([A-Z][\w'’-]+)\s+(?:(?:de|dela|del|da|van|von|al|el|bin)\s+)?([A-Z][\w'’-]+)\s+(?:of\s+the|of|at)\s+"
                          r"(?:the\s+)?(?:[a-z]+['’]s\s+|(?:[A-Z][\w-]*-based\s+)?(?:[a-z][a-z-]*\s+){1,2}(?=[A-Z]))?"
                          r"(?:[A-Z][\w.&-]+\s?){1,4}(?:(?:of|for|and|on|to|in)\s+(?:the\s+)?(?:[A-Z][\w.&-]+\s?){1,3}){0,2}\s*$")
# … but not inside an office: after "of"/"for"/"and" the two words finish the office's complement ("Minister of Health
# and Social Welfare| of Tanzania Jane Mwakyusa"), a rank makes them a post ("Senior Fellow at", "Lead Author of the
# IPCC"), and a title then a full name after the body names the person ("United States House of Representatives Speaker
# Nancy Pelosi", "Bank of Japan Governor Kazuo Ueda"; review of round 29)
_IN_COMPLEMENT = re.compile(r"\b(?:of|for|and|on|at|&|the)\s+$")  # (after "the": a body's words, "the Sarhad Chamber of …")
_RANKS = OFFICE_QUALIFIERS | frozenset(cues()["job_ranks"])
_NOT_PARTY_NAME = INSTITUTIONS | TITLE_WORDS | EN_STOP  # words of a body, an office or a sentence, not of a name
_OF_PLACE = re.compile(r"([A-Z][\w'’-]+)\s+(?:of|from)\s+[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?\s*$")
# «африканист Игорь Шелестов из Института Африки РАН (напомнил)»: a first name and a surname, then where the person
# works; the person speaks, not the body the complement ends with (review of round 22)
_FROM_BODY_RU = re.compile(r"([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё-]+)\s+из\s+[А-ЯЁ«][\w«»-]*(?:\s+[\w«».-]+){0,5}\s*$")


# «Министр финансов Эфиопии Мулугета Вондимагегн в среду в Аддис-Абебе (назвал)»: a full name, then when and where
# the person spoke (``cues.yaml`` adverbials_after_names), up to eight words with no comma or quote
_ADVERBIAL_AFTER_NAME = re.compile(r"([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)\s+"
                                   rf"(?:{_alternation(cues()['adverbials_after_names']['ru'])})\s"
                                   r"(?:[^\s,;:.!?«»\"“”()]+\s?){1,7}$")


# «в интервью RT», «на заседании Совбеза в среду», «в распространенном после голосования заявлении»: where a Russian
# subject spoke, between it and its verb (``cues.yaml`` speech_settings)
_SETTING = re.compile(rf"(?<=[\w»”\"])\s+(?:в|во|на)\s+(?:[\w-]+\s+){{0,3}}"
                      rf"(?P<noun>{_alternation(cues()['speech_settings']['ru'])})"
                      r"(?![\w-])(?:[^,;:.!?]|\.(?=\w)){0,60}$", re.IGNORECASE)  # a dot inside a name: «с Life.ru»


_OPENERS = {"ADVB", "PREP", "CONJ", "PRCL", "COMP"}  # «Сегодня», «Во (вторник)», «Ранее»: no subject


def _setting_off(found: re.Match) -> str:
    """The setting dropped from a head (``_SETTING``), unless no subject stands before it («Сегодня в ходе брифинга
    Мария Захарова»: the subject follows the setting, so the setting keeps it). A subject after the setting stays
    whatever comes before it («11 марта на вопрос РИА Новости посол Ирана …», «В Женеве на условиях анонимности
    источник …»): only the setting and its complement come off (review of round 25)."""
    before = [w.group() for w in _words(found.string[:found.start()])]
    if before and not any(w[:1].isupper() for w in before[1:]) and parses(before[0].lower())[0].tag.POS in _OPENERS:
        return found.group()
    after_setting = found.end("noun") - found.start()
    subject = next((w for w in _words(found.group())
                    if w.start() >= after_setting and _nominative_subject_word(w.group())), None)
    return " " + found.group()[subject.start():] if subject is not None else " "


def _nominative_subject_word(word: str) -> bool:
    """A title word («посол», «пресс-секретарь», «источник») or a first name («Анна») whose likeliest reading is the
    nominative: a subject, not the complement of a setting («на вопрос журналиста», «на запрос депутата Олега …»)."""
    likeliest = parses(word.lower())[0]
    if likeliest.tag.case != "nomn":
        return False
    return word.islower() and word in TITLE_WORDS or word[:1].isupper() and "Name" in grammemes(likeliest)


# «В МИД Польши «Вестнику» (подтвердили)», «В посольстве корреспонденту ИА X (назвали)»: the outlet a located body told
_TOLD_OUTLET = re.compile(r"^(\s*(?:[\w-]+\s+){0,2}?[Вв]о?\s+\S[^,;:«»\"“”]*?)\s+(?:(?P<to>"
                          rf"{_alternation(cues()['told_addressees']['ru'])})\s+)?(?:ИА\s+)?"
                          r"(?:[«\"“](?P<quoted>[^«»\"“”]{1,40})[»\"”]|(?P<name>(?:РИА\s+)?[А-ЯЁ][\w.-]*|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?))\s*$")


def _told_outlet_off(text: str) -> str:
    """A located body's subject without the outlet it told: after an addressee word (``cues.yaml`` told_addressees)
    any name; else a quoted name that reads in no nominative («Вестнику», not «Роснефть») or a known agency."""
    told = _TOLD_OUTLET.match(text)
    if told is None:
        return text
    quoted, name = told.group("quoted"), told.group("name")
    if told.group("to") or quoted and not any(p.tag.case == "nomn" for w in quoted.lower().split() for p in parses(w)[:3]) \
            or name and name.split()[0].lower().rstrip("у") in NEWS_AGENCIES:
        return told.group(1) + " "
    return text


# «пояснил АиФ.ru доцент X», «рассказал в интервью Sputnik посол X», «пояснил “Ъ” собеседник»: the outlet told, then
# the speaker's title (lower case) after an inverted Russian verb
_OUTLET_FIRST = re.compile(rf"^\s*(?:(?:в|во|на)\s+(?:{_alternation(cues()['speech_settings']['ru'])})\s+)?"
                           r"(?:[«\"“„][^«»\"“”„]{1,30}[»\"”“]|[\w-]*[A-Za-z.][\w.-]*|[А-ЯЁ]{2,5})\s+(?=[а-яё])")
# «заявил сенатор «Вестнику»»: the outlet told, quoted after the speaker's title
_OUTLET_LAST = re.compile(r"\s+[«\"“„]([^«»\"“”„]{1,40})[»\"”“]\W*$")


def told_outlet_first(head: str) -> str:
    """``head`` without the outlet told before the speaker's title, a lower-case noun in the nominative («(как
    рассказала) «Росбалту» представитель турфирмы», «(пояснил) АиФ.ru доцент X»; a Latin or dotted name, a quoted
    name, an acronym) or «один из» («как рассказал «МК» один из журналистов»)."""
    first = _OUTLET_FIRST.match(head)
    title = head[first.end():].split(None, 1)[0].strip(",.") if first else ""
    if len(title) > 3 and parses(title)[0].tag.POS == "NOUN" and parses(title)[0].tag.case == "nomn" \
            or title.lower() in ONE_OF:
        return head[first.end():]
    return head


def told_outlet_around(head: str) -> str:
    """The words after an inverted Russian verb without the outlet the speaker told: one before the speaker's title
    (``told_outlet_first``), or a quoted name after it that reads in no nominative."""
    head = told_outlet_first(head)
    last = _OUTLET_LAST.search(head)
    if last and not any(p.tag.case == "nomn" for w in re.findall(r"[а-яё]+", last.group(1).lower()) for p in parses(w)[:3]):
        head = head[:last.start()]
    return head


def _party_person(text: str, party: re.Match) -> bool:
    """Whether ``_OF_THE_BODY``'s two words are a person's name, not words of an office (``_IN_COMPLEMENT``, ``_RANKS``,
    a title word) nor a body's, with no title and full name closing the body instead."""
    first, second = party.group(1).lower(), party.group(2).lower()
    if {first, second} & _NOT_PARTY_NAME or first in _RANKS \
            or _IN_COMPLEMENT.search(text, 0, party.start(1)):
        return False
    after = text[party.end(2):].split()
    return not (len(after) >= 4 and after[-3].lower() in TITLE_WORDS and after[-2][:1].isupper()
                and after[-1][:1].isupper())


@lru_cache(maxsize=64)  # the same head is trimmed for a mention and an institution in a row
def _trim_tail(text: str) -> str | None:
    """The words before a verb without trailing adverbs and time ("on Tuesday", «в среду»);
    None after a conjunction ("X thanked the chair and warned": the subject is the sentence's)."""
    if " в" in text or " на " in text:
        text = _SETTING.sub(_setting_off, text, count=1)
    if text.lstrip()[:2] in {"В ", "Во"}:  # (a sentence that opens with the body; not "говорится в сообщении Reuters")
        text = _told_outlet_off(text)
    if text.rstrip().endswith(")"):  # (each scan below runs only where it can match: they are per clause)
        text = _FINAL_PARENTHESIS.sub(" ", text)  # "Абдулла Хсрат (Abdullah Hsrat)"
    last = text.rsplit(None, 1)[-1].casefold() if text.strip() else ""
    if last.endswith("day") or last in _TEMPORAL_LAST:
        text = _TEMPORAL.sub("", text)
    if "ing" in text:
        text = _PARTICIPLE_CLAUSE.sub(" ", text)  # "Kyriakos Mitsotakis speaking to the Atlantic Council (called)"
    if " in " in text:
        text = _INVOLVED.sub(" ", text)  # "a senior EU official involved in preparing the summit (said)"
    tail = text.find(" ", len(text) - 160) + 1 if len(text) > 160 else 0  # both shapes end the text: scan its tail
    party = _OF_THE_BODY.search(text, tail) if " of " in text or " at " in text else None  # "Tom Hale of the Green Party", not "the Ministry of the …"
    if party and _party_person(text, party):
        text = text[:party.end(2)] + " "  # (before a place: "Anna Leitner of the University of Hamburg", round 29)
    place = _OF_PLACE.search(text, tail)
    if place and place.group(1).lower() not in TITLE_WORDS:  # "Doug Collins of Georgia", not "the representative of Brazil"
        text = text[:place.end(1)] + " "
    spoke = _ADVERBIAL_AFTER_NAME.search(text, tail) if " в" in text or " на " in text or " п" in text else None
    if spoke and _is_surname(spoke.group(2)) \
            and _named_subject(text[:spoke.start()], spoke.group(1), spoke.group(2), text[spoke.end(2):]):
        text = text[:spoke.end(2)] + " "
    person = _FROM_BODY_RU.search(text, tail) if " из " in text else None
    if person and "Name" in grammemes(parses(person.group(1).lower())[0]) and _is_surname(person.group(2)):
        text = text[:person.end(2)] + " "
    words, whole = _words_from_space(text, 80), False  # only the last words are read
    while True:
        if not whole and len(words) < 3:  # fewer than three: all of them, as the checks below may need
            words, whole = _words(text), True
        final = words[-1].group().lower() if words else ""  # (no adverb or conjunction is empty)
        if final not in SUBJECT_ADVERBS or text[words[-1].end():].strip(" "):
            break
        text = text[:words[-1].start()]
        words = words[:-1]
    if final in CONJUNCTIONS and not text[words[-1].end():].strip(" ") \
            and not (len(words) > 1 and words[-1].group().isupper() and words[-2].group() in EAST_ASIAN_SURNAMES):
        return None  # (but «Ван И» is a name)
    return text


def _named_subject(before: str, first_name: str, surname: str, phrase: str) -> bool:
    """Whether a Russian full name is the subject of the phrase after it (when and where it spoke): its first name
    reads as a nominative first name («Андрей Лапшин»), or, a first name the dictionary does not know (pymorphy guesses
    «Мулугета» a genitive), a title opens the words before it («Министр финансов Эфиопии Мулугета …»). Never a name in
    an oblique case («с Иваном Петровым», «Адвокат Анны Ивановой»); and, as an indeclinable first name (Джо, Франсуа,
    Кэтрин) reads in every case, never (review of round 28) a surname that reads only in an oblique case
    («Пресс-секретарь Джо Ландерса»), a name after words that no nominative title opens («Во время визита Франсуа
    Леруа …», «После встречи с Кэтрин Уолш …»), nor a phrase that holds a subject of its own («… в Москву министр
    Игорь Сомов»)."""
    if oblique_only(surname) or any(_nominative_subject_word(w.group()) for w in _words(phrase)):
        return False
    opening = before.split(None, 1)[:1]
    if opening and not (opening[0].lower() in TITLE_WORDS and _nominative_subject_word(opening[0].lower())):
        return False
    likeliest = parses(first_name.lower())[0]
    if likeliest.tag.case == "nomn" and "Name" in grammemes(likeliest):
        return True
    return bool(opening) and not known_word(first_name.lower())


_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]+")


def subject_before_clause(head: str) -> str | None:
    """The subject opening a sentence when a clause set off by commas stands between it and its verb ("The U.S. State
    Department, which has pushed for a deal, (said)", «Карибское сообщество, поддерживающее Джорджтаун, (выступило)»):
    the subject alone, or with its one appositive and the comma after it ("Francesca Orlandi, a lawyer with Asgi, who
    represents …, (said)"), as the subject sieves read it. The clause opens with a relative word (``clause_relatives``)
    or a Russian participle; only adverbs or auxiliaries stand after it ("…, has previously (said)"). None otherwise,
    and None when the opening holds a finite verb: a whole clause whose object the clause describes (review of round
    23)."""
    parts = head.split(",")
    if len(parts) < 3 or any(w.lower() not in SUBJECT_ADVERBS for w in parts[-1].split()) or ";" in head or ":" in head:
        return None
    for opened in (1, 2):
        if len(parts) < opened + 2:
            return None
        opener = parts[opened].split(None, 1)[:1]
        if opener and (opener[0].lower() in CLAUSE_RELATIVES or first_pos(opener[0].lower()) == "PRTF"):
            if any(first_pos(w.lower()) == "VERB" for w in _CYRILLIC_WORD.findall(parts[0])):
                return None  # «Суд приговорил Анну Белову, обвинявшуюся …, (сообщили)»: a clause, the name its object
            return ",".join(parts[:opened]) + (", " if opened == 2 else " ")
    return None
