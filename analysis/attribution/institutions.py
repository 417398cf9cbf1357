"""Institutions as sources: "the Foreign Ministry said", «в МИД заявили», "Reuters reported".

The rules' convention: an institution that issues a statement, a news agency that reports, and
a state that speaks («Великобритания заявила», "Tehran condemned") are speakers of kind
``institution``; documents ("the UN report"), vague groups ("critics", «эксперты») and a
negated subject ("No organization claimed …") are not. Head words are data (``cues.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..countries import country_in
from ..text import has_cyrillic
from .tails import _trim_tail
from .words import _adjective, _capitalised, _not_name_word, _person_parse, _words
from .cases import _nominative_role
from .registry import Mention
from .vocabulary import (ABBREVIATION_DOT, ARTICLES, CAPITALS_EN, DOCUMENTS, EN_STOP, GENERIC_INSTITUTIONS,
                         IN_A_BODY, INSIDE_A_NAME, INSTITUTIONS, LABEL_HEADS, NAME_JOINERS,
                         NAMED_HEADS, NEWS_AGENCIES, OFFICIAL_GROUPS, OPENING_CONJUNCTIONS, PREPOSITIONS,
                         QUALIFIED_SOURCE, TERRITORY_HEADS, TIME_OPENERS, TITLE_WORDS, VAGUE_GROUPS, VAGUE_PEOPLE,
                         parses)


_PAIR_FIRSTS = frozenset(name.split()[0] for name in INSTITUTIONS if " " in name)  # «белый» of «белый дом»


def _institution_head(words: list[re.Match], i: int) -> bool:
    following = words[i + 1].group() if i + 1 < len(words) else None
    return _head_before(words[i].group(), following) or i > 0 and (
        _two_word_state(words[i - 1].group(), words[i].group(), following)
        or words[i].group() in NAMED_HEADS and _capitalised(words[i - 1].group()))  # "Hirtenberger Defence Group"


@lru_cache(maxsize=50_000)
def _two_word_state(first: str, word: str, following: str | None) -> bool:
    """"North Korea claimed", «Южная Корея опровергает»: a state of two words heads the subject (not "United States
    Commission on …", whose head comes later)."""
    return first[:1].isupper() and word[:1].isupper() and (following is None or not following[:1].isupper()) \
        and country_in(f"{first} {word}") is not None


@lru_cache(maxsize=50_000)
def _head_before(word: str, following: str | None) -> bool:
    """Whether ``word`` (then ``following``, None at the end) heads an institution: a word-level test, kept."""
    lower = word.lower()
    if lower in TITLE_WORDS or lower in VAGUE_GROUPS or _names_a_territory(lower, following):
        return False
    if word[:1].isupper() and (following is None or not following[:1].isupper()) \
            and (country_in(word) or word in CAPITALS_EN and _capital_before_verb(following)) \
            and not lower.endswith(("ский", "ская", "ские", "ского", "ian", "ese", "ish")):
        return True  # "Великобритания заявила", «Тегеран осудил», "Nigeria announced": a state speaks
    pair = f"{lower} {following.lower()}" if following is not None else ""
    if lower in INSTITUTIONS or pair in INSTITUTIONS:
        return True
    if pair and has_cyrillic(lower) and parses(lower)[0].normal_form in _PAIR_FIRSTS \
            and f"{parses(lower)[0].normal_form} {parses(pair.split()[1])[0].normal_form}" in INSTITUTIONS:
        return True  # «в Белом доме»
    if has_cyrillic(lower) and any(p.normal_form in INSTITUTIONS for p in parses(lower)[:2]):
        return True
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()  # МИД, NATO, ТАСС


# what may stand between a capital that speaks and its verb ("Tallinn has repeatedly warned", "Kigali on Monday denied")
_CAPITAL_BEFORE_VERB = frozenset({"has", "have", "had", "is", "was", "will", "would", "could", "can", "may", "might",
                                  "must", "should", "did", "does", "also", "again", "too", "already", "still", "now",
                                  "then", "on", "last", "this", "today", "yesterday"})


def _capital_before_verb(following: str | None) -> bool:
    """A capital (not a country: "Tallinn") heads a subject only right before its verb, an auxiliary or an adverb
    ("Tallinn has repeatedly warned"), never as the modifier of a noun after it ("Budapest residents", "Cairo traffic
    police"; review of round 32)."""
    return following is None or following in _CAPITAL_BEFORE_VERB or following.islower() and following.endswith("ly")


def capital_only(name: str) -> bool:
    """"Tallinn", "Kigali": a capital of ``CAPITALS_EN`` that is no country's name."""
    return name in CAPITALS_EN and country_in(name) is None


def _names_a_territory(lower: str, following: str | None) -> bool:
    """«департамента Антьокия», «департамента Па-де-Кале»: a head of ``TERRITORY_HEADS`` before a capitalised name that
    is no abbreviation is a place (a département), not a body; «департамент здравоохранения», «департамент ЖКХ» are."""
    return following is not None and following[:1].isupper() and not following.isupper() and has_cyrillic(lower) \
        and parses(lower)[0].normal_form in TERRITORY_HEADS


def _subject_opener(text: str, clause: str, word: re.Match) -> bool:
    """Whether the subject may follow ``word``, the last clause of ``text`` (``clause``) before it: a conjunction
    opening a clause after a comma ("…, but the ministry said") or a time adverbial opening the sentence with no article
    ("On Monday the ministry said"; "The day the ministry said …" and "While the ministry said …, X" are subordinate)."""
    lower, before = word.group().lower(), _words(clause[:word.start()])
    if lower in OPENING_CONJUNCTIONS:
        return not before and len(clause) < len(text)
    return lower in TIME_OPENERS and len(clause) == len(text) and len(before) <= 3 and not any(
        w.group().lower() in ARTICLES for w in before)


_IN_A_BODY = re.compile(r"^\s*[Вв]о?\s+([А-ЯЁ][\w-]+)\s*$")  # the clause opens with it
_IN_A_QUOTED_BODY = re.compile(r"^\s*[Вв]о?\s+«([А-ЯЁA-Z][^«»]{1,60})»\s*$")


def body_name(name: str | None) -> bool:
    """Whether a heading's label or credit is a body's own name: a body's word (``INSTITUTIONS``) in it and no event,
    document or media word at its head («МИД России», "UN"; not «Заседание Совбеза ООН», «Доклад ООН», «видео МИД»).
    The one test headings, credits and heading labels share."""
    words = re.findall(r"[^\W\d_]+", (name or "").lower())
    if not words or not any(map(body_word, words)):
        return False
    head = parses(words[0])[0].normal_form if has_cyrillic(words[0]) else words[0]
    return head not in LABEL_HEADS and words[0] not in LABEL_HEADS


@lru_cache(maxsize=50_000)
def body_word(word: str) -> bool:
    """A body's word (``INSTITUTIONS``), Russian in any case form («Минфине», «МИД»)."""
    lower = word.lower()
    return lower in INSTITUTIONS or has_cyrillic(lower) and any(
        p.normal_form in INSTITUTIONS for p in parses(lower)[:2])


_PEOPLE_PLACED = re.compile(r"\bpeople\s+(?:in|at|within)\s+(?:[\w'’-]+\s+){0,3}?([\w'’-]+)\s*$", re.IGNORECASE)


def vague_people(text: str) -> bool:
    """"People who attended the meeting", "people in the crowd": "people" that ``VAGUE_PEOPLE`` leaves unqualified is
    a vague group, no one, never a body nor a title inside its clause; "people in the finance ministry" (a body's
    word last) are placed in that body, like "sources in the ministry"."""
    qualified = QUALIFIED_SOURCE.search(text.strip())
    if not qualified or not (qualified.group(1) or qualified.group(2)) or not VAGUE_PEOPLE.search(qualified.group()):
        return False
    placed = _PEOPLE_PLACED.search(qualified.group())
    return not (placed and body_word(placed.group(1)))


def a_state(name: str) -> bool:
    """«Вьетнам», "Nigeria": a state's name, not one of its bodies («Кремль», "the Foreign Ministry")."""
    return (country_in(name) is not None or name in CAPITALS_EN) and not any(body_word(w) for w in name.split())


def _in_a_name(words: list[re.Match], j: int) -> bool:
    """A capitalised word after another inside a proper name ("Geological Survey", "Office of Budget Analysis")."""
    return words[j].group()[:1].isupper() and j > 0 and words[j - 1].group()[:1].isupper()


def _body_by_shape(text: str) -> Mention | None:
    """A body its shape names at the end of ``text``: a name with its acronym in brackets ("Transport for
    London (TfL)") or an appositive after a lower-case description ("The militant group, the Islamic State
    of Iraq and the Levant,"), never a title's ("the leader, the Rev. X,")."""
    acronym = _ACRONYM_BODY.search(text) if text.rstrip().endswith(")") else None
    if acronym:
        return Mention(name=acronym.group(1), institution=True)
    appositive = _APPOSITIVE_BODY.search(text)
    head = appositive.group(1).split()[-1] if appositive else ""
    return _named_body(appositive.group(2)) if head.islower() and head not in TITLE_WORDS else None


_CITING_APPOSITIVE = re.compile(r",[^,]{1,60},\s*$")
_CLAUSE_BREAK = re.compile(r"[,;:—–«»\"“”()]")


def institution_before(text: str, verb_plural: bool = False) -> Mention | None:
    """The institution that is the subject ending ``text``: "Russia's Foreign Ministry", «МИД
    России», «пресс-служба Кремля», "Reuters"; «В МИД России» (заявили) when the verb is plural.
    Documents, countries and vague groups ("critics", «эксперты») are not institutions."""
    if vague_people(text):
        return None
    named = _body_by_shape(text)
    if named is not None:
        return named
    trimmed = _trim_tail(_CITING_APPOSITIVE.sub(" ", text))  # "Reuters, citing anonymous sources,"
    if trimmed is None:
        return None
    in_quoted = _IN_A_QUOTED_BODY.match(trimmed) if verb_plural else None
    if in_quoted:  # «В «Газпроме» заявили»: the staff of the body named in guillemets speak
        return Mention(name=_nominative_institution(in_quoted.group(1)), institution=True)
    quoted = quoted_institution(trimmed)
    preposition = _words(trimmed[:quoted.start])[-1:] if quoted else []
    if quoted and not (preposition and preposition[0].group().lower() in PREPOSITIONS and not (
            verb_plural and preposition[0].group().lower() in IN_A_BODY)):
        return quoted.mention
    clause = _CLAUSE_BREAK.split(trimmed)[-1]
    clause_words = _words(clause)
    words = clause_words[-7:]
    heads = [i for i in range(len(words)) if _institution_head(words, i)]
    long_name = long_name_head(clause_words) if not heads or len(words) - heads[0] > 5 else None
    if long_name is not None:
        if any(_document_word(w.group()) for w in clause_words[:long_name]):
            return None  # «Совместный доклад группы экспертов министерства экономики и финансов …»: a document's
        words, heads = clause_words[max(0, long_name - 2):], [min(long_name, 2)]  # "A report by the Ministry of …"
    located = _IN_A_BODY.search(clause) if verb_plural and not heads else None
    if located and not _person_parse(located.group(1)):  # «В Скотланд-Ярде предполагают»: its staff speak
        return Mention(name=_nominative_institution(located.group(1)), institution=True)
    if not heads:
        return _named_body(clause)
    if len(words) - heads[0] > 5 and long_name is None:
        return None
    start = heads[0]
    cyrillic = has_cyrillic(clause)
    if any(w.group().lower() in {"no", "ни", "никакая", "никакое", "none"} for w in words[:start]):
        return None  # "No organization immediately claimed …"
    if any(_document_word(w.group()) if cyrillic else w.group().lower() in DOCUMENTS and not _in_a_name(words, j)
           for j, w in enumerate(words[start:], start)):  # "the US Geological Survey" is a body
        return None  # "the UN report", «доклад МИД»: a document
    generic = words[start].group()[:1].islower() and (words[start].group() in GENERIC_INSTITUTIONS or any(
        p.normal_form in GENERIC_INSTITUTIONS for p in parses(words[start].group())[:1]))  # «издание», not "Press Agency"
    if generic and verb_plural and not any(_capitalised(w.group()) for w in words[start + 1:]) and any(
            "nomn" in p.tag and "plur" in p.tag for p in parses(words[start].group().lower())[:3]):
        return None  # «издания всего мира озвучивают», «Российские издания сообщают»: outlets at large, a vague group
    while not generic and start > 0 and words[start - 1].group().lower() not in PREPOSITIONS and (
            _capitalised(words[start - 1].group()) and words[start - 1].group().lower() not in EN_STOP
            and not _not_name_word(words[start - 1].group(), cyrillic) and not _person_parse(words[start - 1].group())
            or cyrillic and _adjective(words[start - 1].group())):
        start -= 1
        if start > 1 and words[start - 1].group() in {"and", "of", "for"} and _capitalised(words[start - 2].group()):
            start -= 2  # "Disaster and Emergency Management Presidency"  # "Russia's Foreign Ministry", «российское Министерство обороны»
    while not cyrillic and start > 0 and words[start - 1].group().islower() and words[start - 1].group() not in EN_STOP \
            and words[start - 1].group() not in DOCUMENTS and start > len(words) - 3 \
            and not (start == heads[0] and a_state(words[start].group())):
        start -= 1  # "county police", "state media": a lower-case modifier of the head; a state or a capital takes none
        # ("a move Brussels has described as …", "…, which Helsinki said …": a relative clause's subject; round 32)
    at = start - 2 if start > 1 and words[start - 1].group().lower() in ARTICLES else start - 1
    before = words[at].group().lower() if start > 0 else ""
    if before in PREPOSITIONS and not (before in IN_A_BODY and verb_plural):
        return None  # "talks with the ministry said": not the subject
    if start > 0 and before not in PREPOSITIONS and before not in ARTICLES and not _subject_opener(trimmed, clause, words[at]) \
            and not cyrillic:
        return None  # "the report of the Ministry": a longer phrase's head
    end = next((j for j in range(start + 1, len(words) - 1) if cyrillic and words[j].group() in PREPOSITIONS
                and words[j].group() not in INSIDE_A_NAME and words[j + 1].group().islower()),
               len(words))  # «МИД РФ в ответ на это»
    if cyrillic and before in IN_A_BODY:  # «В Кремле эти обвинения (отвергают)»: the object after a located body
        cut = next((j for j in range(heads[0] + 1, end)
                    if words[j].group() in INSIDE_A_NAME or words[j].group().islower()
                    and not any(p.tag.case in ("gent", "loct") for p in parses(words[j].group())[:2])), end)  # «доме»
        end = end if cut < end and words[cut].group() in INSIDE_A_NAME else cut  # «Комитет по внешним связям»: one name
    while end > start + 1 and words[end - 1].group().lower() in {"не", "же", "ли", "также", "тоже", "not", "also"}:
        end -= 1  # «издание не (называет)»
    name = clause[words[start].start():words[end - 1].end()].strip(" .")
    if cyrillic:
        name = _nominative_institution(name)
    elif words[heads[0]].group().lower() in OFFICIAL_GROUPS["en"]:  # "Chinese authorities said": unnamed officials
        return Mention(role=name[0].lower() + name[1:] if start == heads[0] else name, plural=True)
    return Mention(name=name, institution=True)


_LONG_NAME_REACH = 14  # words: «министерство международных и внешнеэкономических связей Свердловской области»


def long_name_head(words: tuple[re.Match, ...]) -> int | None:
    """A body's head before a long complement that runs to the end of the subject: Russian words in the genitive
    joined by «и» («Министерство энергетики и природных ресурсов Турции»), English capitalised words joined by "of",
    "for", "and", "the" ("the Coordination Headquarters for the Treatment of Prisoners of War"), among the last
    ``_LONG_NAME_REACH`` of the clause's ``words``: the head's place in ``words``, else None. A name this long is still
    one body, so the head speaks (the caller still sees the words before it: "A report by the Ministry of …")."""
    for i in range(max(0, len(words) - _LONG_NAME_REACH), len(words) - 1):
        rest = [w.group() for w in words[i + 1:]]
        if _institution_head(words, i) and any(w.lower() in NAME_JOINERS for w in rest) \
                and all(w.lower() in NAME_JOINERS or _in_complement(w) for w in rest):
            return i
    return None


def _document_word(word: str) -> bool:
    """"report", «доклад», «доклада»: a word of ``DOCUMENTS`` (a Russian word by its lemma)."""
    lower = word.lower()
    return lower in DOCUMENTS or has_cyrillic(lower) and parses(lower)[0].normal_form in DOCUMENTS


def _in_complement(word: str) -> bool:
    """A word of a body's complement: Cyrillic in the genitive (no person's name), Latin capitalised."""
    if not has_cyrillic(word):
        return word[:1].isupper()
    return not _person_parse(word) and any(p.tag.case == "gent" for p in parses(word.lower())[:2])


# capitalised words (with "of", "for", "and", "the" between) and their acronym in brackets: a body's name, never a
# person's (a party tag "(R-Texas)" has a hyphen); the last such name when two bodies are the subject
_BODY_NAME = r"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,7}[A-Z][\w'’.-]*"
_ACRONYM_BODY = re.compile(rf"(?:^|[\s,;])(?:[Tt]he\s+)?({_BODY_NAME})\s+\((?:[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\)\s*$")
_APPOSITIVE_BODY = re.compile(r"(?:^|[.;:]\s)((?:[Tt]he|[Aa]n?)\s+[a-z][\w\s-]{0,40}),\s*(the\s+[A-Z][^,]{1,60}),\s*$")
# "the Combined Joint Task Force Operation Inherent Resolve", "the Taliban": a name after "the" ending the clause
_THE_NAME = re.compile(rf"(?:^|\s)[Tt]he\s+({_BODY_NAME})\s*$")


def _named_body(clause: str) -> Mention | None:
    """An English subject "the" + capitalised words that hold no title or document word: a body
    (an organisation, a force, a movement), since a person's name takes no article."""
    named = _THE_NAME.search(clause)
    if not named:
        return None
    words = [w.group() for w in _words(named.group(1))]
    if any(w.lower() in TITLE_WORDS or w.lower() in DOCUMENTS or w.lower() in EN_STOP and not w.isupper()
           and w.lower() not in {"of", "for", "and", "on", "the"} for w in words) or len(words) == 1 and country_in(words[0]):
        return None
    return Mention(name=named.group(1).strip(" ."), institution=True)


def _nominative_institution(name: str) -> str:
    """«Белом доме» → «Белый дом», «пресс-службе Кремля» → «пресс-служба Кремля», «Скотланд-Ярде» → «Скотланд-Ярд»."""
    words = name.split()
    if words[0].isupper():
        return name
    pair = " ".join(parses(w.lower())[0].normal_form for w in words[:2])
    if len(words) >= 2 and pair in INSTITUTIONS:
        nominative = " ".join([pair] + words[2:])
    else:
        nominative = _nominative_role(name[0].lower() + name[1:])
    parts = re.split(r"(-)", nominative)  # keep the capitals of a hyphenated name («Скотланд-Ярд»)
    original = re.split(r"(-)", name)
    if len(parts) == len(original):
        parts = [p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, original)]
    nominative = "".join(parts)
    return nominative[0].upper() + nominative[1:] if name[0].isupper() else nominative


def institution_after(text: str, verb_plural: bool = False, cyrillic: bool = False) -> Mention | None:
    """The institution named right after an inverted verb: «…, сообщает ТАСС», "…, said the ministry",
    «…, заявили в МИД» (a plural verb); in Russian copy also a Latin-script outlet («сообщает Daily Mail»)."""
    masked = ABBREVIATION_DOT.sub(lambda m: m.group()[:-1] + " ", text)
    end = re.search(r"[.;,!?(]\s|[.;!?]?$", masked)
    clause = told_agency_off(text[:end.start()] if end else text) if cyrillic else text[:end.start()] if end else text
    words = _words(clause)
    if words and (words[0].group().lower() in ARTICLES or verb_plural and words[0].group().lower() in IN_A_BODY):
        clause = clause[words[0].end():]
        words = _words(clause)
    cut = next((w.start() for w in words[1:] if w.group().lower() in PREPOSITIONS), len(clause))
    told = re.match(r"\s*во?\s", clause[cut:])  # «сообщили «РИА Новости» в пресс-службе»: the body after «в» speaks
    if cyrillic and (outlet := latin_outlet(clause[:cut]) or (None if told else _quoted_outlet(clause[:cut]))):
        return outlet
    if not words or not any(_institution_head(words, i) for i in range(min(3, len(words)))):
        return None
    if cyrillic and any(_nominative_title(w.group().lower()) for w in words if w.start() < cut):
        return None  # «сообщил ТАСС источник в МИД», «сообщает корреспондент ТАСС»: a person speaks, not the outlet
    return institution_before(clause[:cut].strip() + " ")  # «РИА Новости со ссылкой на источник»


_TOLD_AGENCY = re.compile(r"^\s*(?:(?:агентству|изданию|газете|телеканалу)\s+)?(?:[А-ЯЁA-Z][\w-]*\s+){1,2}(?=во?\s+[\w-])")


def told_agency_off(clause: str) -> str:
    """«(сообщили) ТАСС в пресс-службе компании», «(как сообщили) РИА Новости в посольстве России»: the agency
    told is never the source; the body after «в» is (the clause from «в» on, else the clause unchanged)."""
    told = _TOLD_AGENCY.match(clause)
    if told and any(w.lower().rstrip("у") in NEWS_AGENCIES or w.lower().startswith(("риа", "интерфакс"))
                    for w in told.group().split()):
        return clause[told.end():]
    return clause


def _nominative_title(word: str) -> bool:
    """A title noun that reads in the nominative («источник», «посол»), not «президента» of «пресс-служба президента»."""
    return word in TITLE_WORDS and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(word)[:3])


_LATIN_RUN = re.compile(r"^\s*(?:[Tt]he\s+)?((?:[A-Z][\w&'’.-]*\s?){1,4})\s*$")


def latin_outlet(text: str) -> Mention | None:
    """A Latin-script name as the whole source in Russian copy («сообщает Daily Mail», «как пишет The
    Guardian»): Russian text writes people in Cyrillic, so this is a newspaper or agency."""
    run = _LATIN_RUN.match(text)
    return Mention(name=run.group(1).strip(), institution=True) if run else None


def _quoted_outlet(text: str) -> Mention | None:
    """A name in quotation marks as the whole source after an inverted verb in Russian copy («…, сообщает
    «Лента.ру»», «пишет «Коммерсантъ»»): an outlet or an organisation, never a person."""
    run = _QUOTED_WHOLE.match(text)
    if not run or not any(_nominative(w) for w in re.findall(r"[а-яё]+", run.group(1).lower())):
        return None  # «сообщили «Известиям»» (the paper told), «назвали «провокацией»» (a word quoted)
    return Mention(name=run.group(1).strip(), institution=True)


def _nominative(word: str) -> bool:
    return any(p.tag.case == "nomn" for p in parses(word)[:3])


_QUOTED_WHOLE = re.compile(r"^\s*[«\"“]([^»\"”]{2,40})[»\"”]\s*$")
_QUOTED_NAME = re.compile(r"([а-яёА-ЯЁa-zA-Z]+)\s+[«\"“]([^»\"”]{1,60})[»\"”]\s*$")


@dataclass
class _Found:
    start: int
    mention: Mention


def quoted_institution(text: str) -> _Found | None:
    """A generic head with its name in quotation marks ending ``text``: «газета «Вечерние вести»»,
    «агентство «Интерфакс»», "the party "United Front"": the institution, named in full."""
    found = _QUOTED_NAME.search(text) if text.rstrip().endswith(("»", '"', "”")) else None
    if not found or not any(p.normal_form in INSTITUTIONS for p in parses(found.group(1).lower())[:2]) \
            and found.group(1).lower() not in INSTITUTIONS:
        return None
    head = _nominative_institution(found.group(1)) if has_cyrillic(found.group(1)) else found.group(1)
    return _Found(found.start(), Mention(name=f"{head} «{found.group(2)}»", institution=True))
