"""Mentions of a speaker next to a speech verb: who the words before or after it name.

``mention_before`` reads the subject that ends a clause ("министр иностранных дел Сергей
Лавров" + "заявил"), ``mention_after`` the speaker named after an inverted verb ("…», —
сказал министр"). Both parse only what is written: a run of capitalised words is the name,
a title word with its modifiers the role, an appositive ", director of … (UNODC)," the role
and organization; a lone capitalised word without a title is only ``tentative``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import has_cyrillic
from .name_words import (_name_words, _of_a_body, _organization_from, _plural_title, _title_phrase,
                         _title_span, clean_role, possessed_relay, principal_after, relaying_mention)
from .described import dative, described_head, described_person
from .cases import oblique_only
from .institutions import vague_people
from .registry import Mention, pronoun_mention
from .vocabulary import (ABBREVIATION_DOT, ARTICLES, EN_STOP, FEMALE_HONORIFICS, INDEFINITE_DETERMINERS, INSTITUTIONS,
                         MALE_HONORIFICS, MEDIA_NOUNS, NAME_PARTICLES, NAMING_WORDS, OFFICE_QUALIFIERS, OFFICIAL_GROUPS,
                         ONE_OF_A_GROUP, PLACE_NOUNS, PLACED_SOURCE_WORDS, PREPOSITIONS, PRONOUNS, QUALIFIED_SOURCE,
                         SETTING_PREPOSITIONS, TITLE_WORDS, TRANSPARENT, first_pos, known_word, parses)
from .tails import _trim_tail, told_outlet_around
from .words import (_capitalised, _honorific_gender, _is_surname, _not_name_word, _person_parse, _strip_honorific,
                    _words)


# ---------------------------------------------------------------- mention parsing
INDEFINITE = INDEFINITE_DETERMINERS  # "a", "one", «некий» (cues.yaml name_words.indefinite)


def mention_before(text: str) -> Mention | None:
    """The speaker mentioned at the end of ``text`` (the words just before a speech verb), a fresh ``Mention`` each
    time (callers complete it). One head is read by several sieves in a row (a fifth of the calls repeat one of
    the last few texts), so the reading is kept for the most recent texts (``_read_before``)."""
    if text.strip().lower() in ONE_OF_A_GROUP:  # "One said", "One of them cautioned", "…," one of them said
        return Mention(role=ONE_OF_A_GROUP[text.strip().lower()], of_group=True)
    fields = _read_before(text)
    return None if fields is None else Mention(*fields)


@lru_cache(maxsize=64)
def _read_before(text: str) -> tuple | None:
    """``mention_before``'s reading of ``text``, as the ``Mention``'s field values in order (immutable, so kept)."""
    found = _mention_before(text)
    return None if found is None else tuple(found.__dict__.values())


def _mention_before(text: str) -> Mention | None:
    """The reading behind ``mention_before``.

    Trailing adverbs ("также") and a closing appositive (", who chairs …,") come off first;
    then the name run and the title before it give name, role and title. None when the
    words name nobody (no name, no title), so the verb's subject is not a person. Long on
    purpose: each branch (appositive, pronoun, plural group, indefinite or described title, name
    and role) is one shape of English or Russian subject, checked in order on the same words.
    """
    text = _STRAIGHT_PAIR.sub(r"«\1»", text) if '"' in text and has_cyrillic(text) else text  # от фракции "Армения"
    outlet = _TITLE_OUTLET.search(text)  # «собеседник «МК» (говорил)», «источник “Ъ”»: a title and the outlet it told
    if outlet and outlet.group(1).lower() in TITLE_WORDS \
            and not set(text[:outlet.start(1)].split()[-1:]) & SETTING_PREPOSITIONS:  # not «в
        # разговоре с корреспондентом «…»»: a setting, whose outlet's reporter only listens
        found = _mention_before(text[:outlet.end(1)])
        if found is not None and found.title and not found.name:
            found.role = f"{found.role}{text[outlet.end(1):].rstrip()}"
            found.plural = has_cyrillic(outlet.group(1)) \
                and "plur" in parses(outlet.group(1).lower())[0].tag  # «источников»
        return found
    if _AGED.search(text):
        return Mention(pronoun=True)  # "The 61-year-old said": like a pronoun, the person just talked about
    text = _trim_tail(_AGE_OR_PARTY.sub(" ", text))  # "Janet Okafor, 54, said", "Sen. Mark Hale, R-Texas, said"
    if text is None:
        return None
    stripped = text.rstrip()
    appositive, anonymous = None, False
    if stripped.endswith(","):
        inner = stripped[:-1]
        cut = inner.rfind(",")
        if cut > 0:
            candidate = inner[cut + 1:].strip()
            head = _words(candidate)
            if head and (head[0].group().lower() in TRANSPARENT or has_cyrillic(candidate)
                         and first_pos(head[0].group().lower()) == "PRTF"):  # «…, попросивший не называть его имени,»
                stripped = inner[:cut].rstrip()  # "X, who chairs …, said", "X, выступая …, заявил"
                appositive = ""
                anonymous = _ANONYMOUS.search(candidate) is not None  # "the official, who declined to be named,"
            elif head and not has_cyrillic(candidate) and head[0].group() in {"with", "on", "in", "at", "after", "before"}:
                return None  # ", with the death toll rising to 22, reported officials": an adverbial, not an appositive
            elif head and (not _capitalised(head[0].group()) or head[0].group().lower() in TITLE_WORDS
                           or head[0].group().lower() in ARTICLES or _POSSESSOR.match(candidate)):
                named = mention_before(candidate) if not has_cyrillic(candidate) and len(head) <= 8 else None
                if named is not None and named.name and not named.tentative and not named.institution and named.role \
                        and named.role.split()[-1].lower() in TITLE_WORDS and not _BY_AGENT.match(candidate) \
                        and inner[:cut].split()[-1].lower() not in INSTITUTIONS:  # a title just before the name; not
                    # "The ministry, headed by Foreign Minister Darius Kalnas until Monday, said": the body speaks
                    return named  # "The nominee, veteran Foreign Service officer Diane Whitcombe,": the name inside
                appositive = candidate
                stripped = inner[:cut].rstrip()
            elif head and _capitalised(head[-1].group()) and len(head) <= 6 and all(
                    _capitalised(w.group()) or w.group() in NAME_PARTICLES for w in head) \
                    and (named := _role_then_name(inner[:cut], candidate)) is not None:
                return named  # "the climate chief, Wopke Hoekstra,", "…'s spokesperson on trade, Jacques van Wyk,"
            elif head and not has_cyrillic(candidate) and _capitalised_title(head):
                appositive = candidate  # "Hanna Lindqvist, Special Representative of the Secretary-General,"
                stripped = inner[:cut].rstrip()
        if appositive is None:
            return None
    if not stripped or not (stripped[-1].isalpha() or stripped[-1] in "'’"):
        return None
    words = _words(stripped)
    if not words:
        return None
    cyrillic = has_cyrillic(stripped)
    last = words[-1].group()
    if last.lower() in PRONOUNS and not appositive:
        return pronoun_mention(last)
    name_words = _name_words(stripped, words, cyrillic)
    role_end = name_words[0].start() if name_words else len(stripped)
    role_words = list(words[:words.index(name_words[0])] if name_words else words)  # the words before the name
    if name_words and role_words and _media_noun(role_words[-1].group().lower(), cyrillic) \
            and not (len(role_words) > 1 and role_words[-2].group().lower() in TITLE_WORDS):  # "news agency Fars";
        # not «заместитель руководителя агентства Артем Верещагин»: the title the media noun follows is the person's
        return Mention(name=" ".join(w.group() for w in name_words), institution=True)
    if name_words and (relayed := relaying_mention(stripped, role_words, name_words, cyrillic)):
        return relayed  # "a spokesman for President Ivan Petrov": the unnamed spokesperson speaks
    # a speech verb's subject in Russian may hold a long office («Министр труда, миграции и занятости населения
    # Таджикистана Фаррух Давлатзода»), which keeps a name that reads oblique («Давлатзода») the verb's subject; without a
    # name the title is read near the verb only («Директор по операциям управления Омар Фаяд при этом»)
    title_index, role_start = _title_span(role_words, cyrillic, stripped, reach=9 if cyrillic and name_words else 6)
    if cyrillic and title_index is None and not name_words and _opening_title(role_words):
        title_index = role_start = 0  # «Источник RTVI в одной из европейских делегаций (рассказал)»: the clause's subject
    qualified = QUALIFIED_SOURCE.search(stripped) if not cyrillic and not name_words else None
    if qualified and (qualified.group(1) or qualified.group(2)):
        if vague_people(qualified.group()):
            return None  # "People who know the mayor (said)": no one, not the mayor nor a body
        return Mention(role=qualified.group()[0].lower() + qualified.group()[1:], plural=True)
    if not cyrillic and (placed := _PLACED_SOURCE.search(stripped)) and placed.group("title").lower() in TITLE_WORDS:
        role = placed.group("role")  # "a diplomat at AU headquarters in Addis Ababa": someone new, not the place
        return Mention(role=role[0].lower() + role[1:])
    if not name_words and title_index is None:
        return (described_person(stripped) or described_head(stripped)) if cyrillic and not appositive else None
    if cyrillic and not name_words and dative(role_words[title_index].group().lower()):
        return None  # «Об этом корреспонденту ТАСС сообщил X»: the person told, never the speaker
    if not name_words and "," in stripped:
        named = _NAME_THEN_TITLE.match(stripped)
        if named and any(w.lower() in TITLE_WORDS for w in named.group(2).split()) and not any(
                _not_name_word(w, cyrillic) for w in named.group(1).split()) \
                and named.group(2).split()[0].lower() not in INDEFINITE:  # not "On Wednesday, an assembly of ministers",
            # nor "…to the Red Sea, a spokesperson for the ministry (said)": the wire's trailing source is someone new
            return Mention(name=named.group(1), role=clean_role(named.group(2)))  # "Michael Makuei, the Information Minister"
    if not name_words and _plural_title(role_words[title_index].group(), cyrillic):
        if not _of_a_body(role_words[title_index + 1:], cyrillic) and not _official_group(role_words[title_index:], cyrillic) \
                and (role_start == title_index or title_index != len(role_words) - 1):
            return None  # «Дипломаты заявили», "Critics said": a vague group
        role = _strip_honorific(stripped[role_words[role_start].start():].strip(" ,"))
        return Mention(role=role[0].lower() + role[1:] if cyrillic else role, plural=True)  # "U.S. officials"
    if not name_words and title_index is not None:
        role_words = _title_phrase(role_words, title_index, cyrillic)  # «Президент и сам …» → «Президент»
        role_end = role_words[-1].end()
        named = mention_before(stripped[:role_end]) if not cyrillic and role_end < len(stripped.rstrip()) else None
        if named and named.name and not named.tentative:
            return named  # "Minister Ana Lopez was quoted as (saying)": the title's name, not the title
        article = next((j for j in (role_start - 1, role_start - 2) if j >= 0 and role_words[j].group().lower() in INDEFINITE
                        and all(w.group().islower() and w.group() not in EN_STOP for w in role_words[j + 1:role_start])), None)
        if article is not None:  # "A spokesperson told …", "according to a family spokesperson": someone new
            role = stripped[role_words[article].start():role_end]
            return Mention(role=role[0].lower() + role[1:])
    possessed = not name_words and title_index is not None and possessed_relay(role_words, role_start)  # "her spokesman"
    if not name_words and title_index is not None and (any(w.group().lower() in PREPOSITIONS for w in role_words[
            title_index + 1:]) or principal_after(role_words, title_index) or possessed):
        # "the representative of Brazil", «представитель министра», "her spokesman": an unnamed official, not a title to
        # resolve by (never the principal a possessive points at)
        role = _strip_honorific(stripped[role_words[role_start - possessed].start():role_end].strip(" ,"))
        return Mention(role=role[0].lower() + role[1:] if cyrillic else role)
    title = role = None
    if title_index is not None:
        title = role_words[title_index].group().lower()
        role = stripped[role_words[role_start].start():role_end].strip(" ,")
        role = _strip_honorific(role) or None
        if role and cyrillic and role.split()[0].lower() in TITLE_WORDS:
            role = role[0].lower() + role[1:]
    name = " ".join(w.group() for w in name_words) or None
    organization = None
    if appositive:
        role = clean_role(appositive) or role  # "Президент Франции, в свою очередь, заявил": the title's role
        organization = _organization_from(appositive)
    # an honorific just before a lone surname ("Mr. Okafor (Nigeria) said", UN meetings coverage) makes it a person
    honoured = bool(role_words) and role_words[-1].group().lower().rstrip(".") in FEMALE_HONORIFICS | MALE_HONORIFICS
    named = bool(role_words) and role_words[-1].group().lower() in NAMING_WORDS  # "a student named Lee"
    tentative = len(name_words) == 1 and title is None and not appositive and not honoured and not named and not (
        cyrillic and _is_surname(name_words[0].group()))
    if anonymous and not name and role:
        role = f"anonymous {role}"  # never the official named before
    return Mention(name=name, role=role, organization=organization, title=title, tentative=tentative,
                   gender=_honorific_gender(role_words))


def _opening_title(words: list[re.Match]) -> bool:
    """A Russian subject that opens with a nominative title and runs on past ``_title_span``'s reach with its
    complement («Источник “Ъ” в правительстве одной из стран союза»): the title is the subject. Not a title
    whose case is only oblique («Послу … заявили»), one whose words hold a verb («Посланник ЕС по санкциям едет в
    Астану: …»: another clause) or end in a name run the name reader refused («Министр … Кубы Хорхе Луис Мендоса»)."""
    first = words[0].group().lower() if words else ""
    return first in TITLE_WORDS and any(p.tag.case == "nomn" for p in parses(first)[:3]) \
        and not all(w.group()[:1].isupper() and not w.group().isupper() for w in words[-2:]) \
        and not any(first_pos(w.group()) in {"VERB", "INFN", "GRND"} for w in words[1:])


def _capitalised_title(words: list[re.Match]) -> bool:
    """An English appositive that opens with a capitalised office ending in a title word within its first six words
    ("Special Representative of the Secretary-General", "Bangladesh's Refugee Relief and Repatriation Commissioner"):
    the office of the name before it, like a lower-case one (round 25)."""
    for word in words[:6]:
        if word.group().lower() in TITLE_WORDS:
            return True
        if not _capitalised(word.group()) and word.group() not in {"and", "of", "for"}:
            return False
    return False


# "Michael Makuei, the Information Minister": a name and its appositive, the clause's last (no comma after it:
# «встречу с Эндой Кенни, премьер-министром Ирландии, после встречи президент» is an object's appositive)
# a media word just before a name makes it an outlet: "news agency Fars", "the daily Kommersant" (not "broadcaster":
# a presenter is one too)
def _media_noun(word: str, cyrillic: bool) -> bool:
    return word in MEDIA_NOUNS or cyrillic and parses(word)[0].normal_form in MEDIA_NOUNS  # «журнала Us Weekly»


_NAME_THEN_TITLE = re.compile(r"^(?:.*\s)?((?:[A-ZА-ЯЁ][\w'’-]+\s){1,3}[A-ZА-ЯЁ][\w'’-]+),\s+(?:the\s+)?([^,]+)$")
_POSSESSOR = re.compile(r"(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*['’]s\s+[a-z]")  # ", Puerto Rico's governor,"
_TITLE_OUTLET = re.compile(r"([^\W\d_]+)\s+[«\"“„][^«»\"“”„]{1,40}[»\"”“]\s*$")
_STRAIGHT_PAIR = re.compile(r'"([^"«»]{1,60})"')  # Russian wire copy's straight quotes around a name: «» (round 19)
_BY_AGENT = re.compile(r"^[a-z]+\s+by\b")  # "headed by", "led by", "chaired by": the appositive names the body's head
_AGED = re.compile(r"(?:^|\s)[Tt]he\s+\d{1,3}-year-old\s*$")
_AGE_OR_PARTY = re.compile(r",\s*(?:\d{1,3}|[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?),\s*$")
_ANONYMOUS = re.compile(r"declined to be (?:named|identified)|condition of anonymity|not authori[sz]ed to|"
                        r"пожелавш\w* остаться неизвестн|на условиях анонимности", re.IGNORECASE)


# an unnamed English source placed by a preposition: "a diplomat at AU headquarters in Addis Ababa", "an official from
# a central European member state" (the clause's last phrase, no verb or clause mark in it)
_PLACED_SOURCE = re.compile(rf"(?:^(?:{PLACED_SOURCE_WORDS['openers']})\s+|^|(?<=,\s))"
                            rf"(?P<role>(?i:{PLACED_SOURCE_WORDS['determiners']})\s+"
                            rf"(?:[a-z-]+\s+){{0,2}}?(?P<title>[a-z]+)\s+"
                            rf"(?:{PLACED_SOURCE_WORDS['prepositions']})\s+"
                            rf"(?:(?!(?:{PLACED_SOURCE_WORDS['relatives']})\b)[\w'’.-]+\s+){{0,7}}[\w'’.-]+)$")


_PAIR = re.compile(r"^(?P<left>[^,;:]*?[A-Z][\w'’-]+)\s+and\s+(?P<right>[^,;:]*?[A-Z][\w'’-]+)"
                   r"(?:\s+(?:both|jointly|together))?\s*$")


def first_of_pair(text: str) -> Mention | None:
    """"Senator Anna Berg and Prime Minister Tom Hale (both) said": two people named as one subject speak as
    the first named (the gold's convention for a sentence of two speakers); English only, since a Russian
    readout's «Путин и Макрон подчеркнули» is a joint statement (narration). None unless both sides name someone."""
    pair = _PAIR.search(_trim_tail(text) or "") if " and " in text else None
    if pair is None:
        return None
    left, right = mention_before(pair.group("left")), pair.group("right")
    right = mention_before(right) or mention_before(" ".join(right.split()[-2:]))  # "…the House Committee Adam Schiff"
    if left is None or right is None or not left.name or not right.name or left.institution or right.institution:
        return None
    if all(w.lower() in TITLE_WORDS or w.lower() in OFFICE_QUALIFIERS for w in left.name.split()):
        return None  # one long office joined by "and" ("Deputy Prime Minister and Minister of Foreign Affairs …
        # Nasser Obeidat"): a "name" of title words alone is no person, the name after the office speaks (round 28);
        # a surname that is a title word ("Senator Tom King", "Governor Alan Pope") is one (review of round 28)
    return left


def _official_group(words: list[re.Match], cyrillic: bool) -> bool:
    """"officials (in Kyiv) said", «представители ведомства заявили»: a plural title that is a government's or
    a body's people (``OFFICIAL_GROUPS``), no vague group; not "officials of several countries" (an English
    "of" complement must name a body) nor «представители оппозиции» (a Russian one's genitive must be a body)."""
    head = words[0].group().lower()
    if head not in OFFICIAL_GROUPS["ru" if cyrillic else "en"]:
        return False
    if not cyrillic:
        return len(words) == 1 or words[1].group().lower() not in {"of", "from"} or _of_a_body(words[1:], cyrillic)
    if principal_after(words, 0):
        return True  # «представители певицы»: a person's people
    for word in (w.group().lower() for w in words[1:4]):  # «представители (литовского) МИД», «… ведомства»
        if word in INSTITUTIONS or any(p.tag.case == "gent" and p.tag.POS == "NOUN" and p.normal_form in INSTITUTIONS
                                       for p in parses(word)[:3]):
            return True
        if first_pos(word) != "ADJF":
            return False
    return False


def _role_then_name(before: str, name: str) -> Mention | None:
    """"The European Union's climate chief, Wopke Hoekstra," → the role precedes the name; "One of the
    country's vice presidents, Anna Keller," → a plural title after "one of" names her office too."""
    clause = re.split(r"[.!?;:]\s|,\s", before)[-1].strip()
    one_of = re.match(r"(?:one of|одна из|один из)\s+(?:the\s+)?", clause, re.IGNORECASE)
    clause = clause[one_of.end():] if one_of else clause
    words = _words(clause)
    titles = [w for w in words if w.group().lower() in TITLE_WORDS
              or one_of and w.group().lower().endswith("s") and w.group().lower()[:-1] in TITLE_WORDS]
    if words and not titles and _described_witness(words, name):
        return Mention(name=_strip_honorific(name), role=clause[words[1].start():])  # "Another witness, Ana Ruiz,"
    if words and not titles and _POSSESSIVE_RELATION.fullmatch(clause) and len(name.split()) >= 2:
        return Mention(name=_strip_honorific(name), role=clause)  # "Dunn's mother, Charlotte Charles,"
    if not words or not titles:
        return None  # "Russia's permanent representative to the UN, Yevgeny Marchenko,": title inside
    if words[0].group().lower() in {"the", "a", "an"}:
        clause = clause[words[0].end():].strip()
    title = titles[-1].group().lower()
    if words[-1].group().lower() in PLACE_NOUNS and any(w in NAME_PARTICLES for w in name.split()):
        return Mention(role=clause, title=title)  # "The mayor of the port city, Rio de Janeiro,": the place's name
    own = mention_before(name)  # "The head of the mission, Portuguese MEP Ana Coelho,": the name after its own title
    name = own.name if own is not None and own.name and own.title and not own.institution else name
    return Mention(name=_strip_honorific(name), role=_strip_honorific(clause),  # "The spokesman, Mr. Tom Hale,"
                   title=title[:-1] if title not in TITLE_WORDS else title)


# a possessive and a lower-case relation or description: "Dunn's mother", "his lawyer", "the victim's father"
_POSSESSIVE_RELATION = re.compile(r"(?:(?:[Tt]he\s+[a-z]+|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)['’]s|[Hh]is|[Hh]er|[Tt]heir)"
                                  r"(?:\s+[A-Z][a-z]+)?(?:\s+[a-z][\w-]*){1,3}")  # "Her Italian counterpart"


def _described_witness(words: list[re.Match], name: str) -> bool:
    """"Another eyewitness, Ana Ruiz,", "A local resident, Tom Hale,": an indefinite description of
    lower-case words, no body among them, before a name of two or more words is that person."""
    return (words[0].group().lower() in INDEFINITE and 2 <= len(words) <= 4
            and all(w.group().islower() and w.group() not in INSTITUTIONS for w in words[1:])
            and len(name.split()) >= 2)


_CLAUSE_END = re.compile(r"[.;!?]\s|[.;!?]?$")
_CITING = re.compile(r"\s(?:со ссылкой|citing)\s")


def mention_after(text: str) -> Mention | None:
    """The speaker named at the start of ``text`` (the words just after a speech verb)."""
    words = _words(text)
    if not words:
        return None
    first = words[0].group()
    if first.lower() in PRONOUNS:
        return pronoun_mention(first)
    if has_cyrillic(text):
        text = told_outlet_around(text)  # «пояснил АиФ.ru доцент X», «заявил сенатор «Вестнику»»: the outlet told
    masked = ABBREVIATION_DOT.sub(lambda m: m.group()[:-1] + " ", text)  # "Ms. Lopez" is one clause
    end_of_clause = _CLAUSE_END.search(masked)
    clause = text[:end_of_clause.start()] if end_of_clause else text
    clause = _CITING.split(clause)[0]  # «сообщает X со ссылкой на Y»: X speaks
    appositive_cut = clause.find(",")
    head = clause[:appositive_cut] if appositive_cut >= 0 else clause
    indefinite = head.split()[0].lower() in INDEFINITE if head.split() else False  # "said a senior Brazilian official":
    mention = (None if indefinite else _first_named(head)) or mention_before(head.rstrip(" ."))  # (a role)
    named_body = _QUOTED_NAME_END.search(head) if mention is None else None
    if named_body:  # «— заключил сопредседатель группы «Экозащита!»»: a title whose body's name is quoted
        mention = mention_before(head[:named_body.start()].rstrip())
        if mention is not None and mention.title and not mention.name:
            mention.role = head.strip(" .")
        elif mention is not None:
            mention = None
    if mention is None:
        return None
    if appositive_cut >= 0:
        appositive = clause[appositive_cut + 1:].split(",")[0].strip(" ,.")  # not ", in an emailed statement"
        named = _role_then_name(head, appositive) if mention.title and not mention.name and appositive \
            and all(_capitalised(w.group()) for w in _words(appositive)) and len(_words(appositive)) <= 4 else None
        if named:  # "…, said the port's director, Ivan Petrov, adding …": the title, then the name
            return named
        if appositive:
            mention.role = clean_role(appositive) or mention.role
            mention.organization = mention.organization or _organization_from(appositive)
    return mention


_QUOTED_NAME_END = re.compile(r"\s[«\"“][^«»\"“”]{1,60}[»\"”]\W*$")


def _first_named(head: str) -> Mention | None:
    """"глава МИД РФ Сергей Лавров на пресс-конференции в Москве": the mention that ends with
    the first run of name words, so what follows the name (place, occasion) is not read. In Russian a lone word that
    reads as no person's («юрист Ассоциации …», «ТВ Центр», «в эфире «России 24»») yields to a full name later in
    the words («… ведущий научный сотрудник Центра … Дмитрий Ставицкий»; round 29) when it is the verb's own subject
    (``_own_subject``)."""
    words, lone, lone_at = _words(head), None, 0
    cyrillic = has_cyrillic(head)
    for i, word in enumerate(words):
        particle = i + 2 < len(words) and words[i + 1].group() in NAME_PARTICLES and _capitalised(words[i + 2].group())
        ends_run = _capitalised(word.group()) and (i + 1 == len(words) or not _capitalised(words[i + 1].group())) \
            and not particle  # «Зульфикар бин Хамзах»: the name goes on
        if ends_run and i > 0 or ends_run and i + 1 < len(words):
            mention = mention_before(head[:word.end()])
            if not (mention and mention.name):
                continue
            if cyrillic and lone is None and _no_person_word(mention.name):
                lone, lone_at = mention, i + 1
                continue
            if lone is None or len(mention.name.split()) >= 2 and not any(map(oblique_only, mention.name.split())) \
                    and _own_subject(mention, [w.group() for w in words[lone_at:i + 1]]):
                return mention  # "said Trump on Twitter": the name, not "Twitter"
    return lone


def _own_subject(mention: Mention, between: list[str]) -> bool:
    """Whether a full name after a lone word (``between``: the words after that one to the name's end) is the verb's
    own subject: its title can be in the nominative («… посол Малайзии в России Азман Хашим»), or it has no title and
    no preposition stands before it; not an addressee nor a setting («— сказал Волк журналистке Нино Гелашвили»,
    «… в интервью Клэр Мартен», «… после выступления Нино Гелашвили»: Волк speaks; review of round 29)."""
    if mention.title:
        return any("nomn" in p.tag for p in parses(mention.title.split()[0].lower()))
    return not any("PREP" in p.tag for w in between if w.islower() for p in parses(w)[:2])


def _no_person_word(name: str) -> bool:
    """A one-word "name" that is a Latin word in Russian copy or a word pymorphy3 reads as no name («Ассоциации»)."""
    return " " not in name and (not has_cyrillic(name) or known_word(name.lower()) and not _person_parse(name.lower()))


def _subject_closing(tail: str) -> Mention | None:
    """A title in the nominative and a full name closing the sentence right after a Russian verb
    («… поздравил президент России Иван Петров.»): the subject, whatever stands before the verb
    (an object or a circumstance naming someone else)."""
    if not _CLOSING.fullmatch(tail):
        return None
    mention = mention_after(tail.strip())
    if not (mention and mention.name and mention.title and len(mention.name.split()) >= 2):
        return None
    return mention if any("nomn" in p.tag for p in parses(mention.title)[:1]) else None


_CLOSING = re.compile(r"\s+[^,;:«»\"()]{0,60}[А-ЯЁ][\w-]+\s+[А-ЯЁ][\w-]+[.!?]?\s*")  # ends in a full name


def _first_person_named(tail: str) -> bool:
    """«… подтвердила пресс-секретарь премьера Наталья Тимакова, сообщив …»: a verb followed by its
    subject, a title and a full name, before any comma."""
    mention = mention_after(tail.strip())
    return bool(mention and mention.name and mention.title and len(mention.name.split()) >= 2)
