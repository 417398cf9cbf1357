"""The words of a speaker's mention: which end a clause as a name, which before them are a title.

``mentions`` asks these when it reads the subject before a speech verb or the speaker after one:
the run of capitalised words that is the name (``_name_words``), the title word and its
modifiers (``_title_span``), the title's complement (``_title_phrase``), and what an appositive
states (``clean_role``, ``_organization_from``). Kept apart from ``mentions`` so each module
holds one concern: parsing words here, deciding who the subject is there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..countries import country_in
from ..text import has_cyrillic
from .registry import Mention
from .vocabulary import (ADVERBS, COMPLEMENT_WORDS, EAST_ASIAN_SURNAMES, EN_POSSESSIVE_WORDS, EN_STOP, HONORIFICS,
                         INSTITUTIONS, NAME_PARTICLES, PARTICLE_BLOCKERS, PARTICLE_NAME, PREPOSITIONS, RELAYING_LEMMAS,
                         RELAYING_TITLES, TITLE_WORDS, first_pos, known_word, parses)
from .words import (_adjective, _case_of, _capitalised, _not_name_word, _person_parse, _strip_honorific, _words,
                    case_break, non_person_in_name, surname_shaped)

CONJUNCTIONS = {"and", "but", "or", "и", "а", "но", "или"}


def _joined_as_name(text: str, left: re.Match, right: re.Match) -> bool:
    gap = text[left.end():right.start()]
    return gap.strip() in ("", ".") and "\n" not in gap and (gap.strip() != "." or len(left.group()) <= 2)


def _initial(text: str, word: re.Match) -> bool:
    """A capital letter with its dot, followed by more of the name ("С.В.Лавров", "С. В. Лавров")."""
    return len(word.group()) == 1 and word.group().isupper() and text[word.end():word.end() + 1] == "." \
        and text[word.end() + 1:word.end() + 3].strip()[:1].isupper()


def _particle_joins(before: str, after: str) -> bool:
    """Whether a particle between two capitalised words joins a person's name («Ахмад бин Хамзах», "Virgil van
    Dijk"): not after a place's or a body's head ("Rio de Janeiro", "Banco de Portugal") nor before a country."""
    return before.lower() not in PARTICLE_BLOCKERS and before.lower() not in INSTITUTIONS and country_in(after) is None


def _particle_opening(word: str) -> bool:
    """A lower-case Cyrillic particle word («эль-Фашер», «ас-Сувейда»): it may go on a name after a capitalised name
    word («Хамада ан-Нуайми»), never open one («мэр города эль-Фашер», «провинции ас-Сувейда» name a place)."""
    return word[:1].islower() and has_cyrillic(word) and bool(PARTICLE_NAME.match(word))


def _name_words(stripped: str, words: list[re.Match], cyrillic: bool) -> list[re.Match]:
    """The run of capitalised words that ends ``stripped``: the name candidate, less any title,
    honorific or acronym it opens with; none after a preposition ("the representative of Brazil")."""
    last = words[-1].group()
    start = len(words) - 1
    while start > 0 and _capitalised(words[start - 1].group()) \
            and _joined_as_name(stripped, words[start - 1], words[start]) \
            and words[start - 1].group().lower() not in TITLE_WORDS \
            and words[start - 1].group().lower().rstrip(".") not in HONORIFICS \
            or start > 1 and words[start - 1].group() in NAME_PARTICLES and _capitalised(words[start - 2].group()) \
            and start == len(words) - 1 and words[start - 2].group().lower() not in TITLE_WORDS \
            and _particle_joins(words[start - 2].group(), words[start].group()):
        start -= 2 if words[start - 1].group() in NAME_PARTICLES else 1  # «Ахмад Зульфикар бин Хамзах»
    name_words = words[start:] if _capitalised(last) else []
    while name_words and (_not_name_word(name_words[0].group(), cyrillic) and not _initial(stripped, name_words[0])
                          or _particle_opening(name_words[0].group())):
        name_words = name_words[1:]  # an initial is no preposition: «С.В.Лавров», «В.В.Путин» (ministry copy)
    first = words.index(name_words[0]) if name_words else 0
    if not cyrillic and first > 0 and words[first - 1].group().lower() == "the" and start >= first - 1:
        if not (_title_complement(words, first) and len(name_words) >= 3):
            return []  # "the Combined Joint Task Force Operation Inherent Resolve", "The Hong Kong": no person's name
        name_words = _after_the_body(name_words)  # "Ambassador to the United Nations Jane Ellis": the body, then a name
    if first > 0 and last.lower() in TITLE_WORDS and words[first - 1].group().lower() in {"the", "a", "an"}:
        return []  # "Michael Makuei, the Information Minister": a title, not a name ending in "Minister"
    if cyrillic and len(name_words) > 1:  # «Алёхиной Александр Подрабинёк»: the name in the verb's case
        for i in range(len(name_words) - 1, 0, -1):
            if case_break(name_words[i - 1].group(), name_words[i].group()):
                name_words = name_words[i:]
                break
    if cyrillic and any(has_cyrillic(w.group()) for w in name_words):
        while name_words and not has_cyrillic(name_words[0].group()):
            name_words = name_words[1:]  # «Pussy Riot Мария Алёхина»
    run = [w.group() for w in name_words]
    cut = [i for i in range(len(run)) if non_person_in_name(run, i, cyrillic)]
    if cut and cut[-1] < len(name_words) - 1 and len(name_words) - cut[-1] > 2:
        name_words = name_words[cut[-1] + 1:]  # "Secretary of State Mike Pompeo": the name after "State"
    before_name = words[words.index(name_words[0]) - 1].group().lower() if name_words and name_words[0] is not words[0] else ""
    if before_name in PREPOSITIONS and not cyrillic and len(name_words) >= 3:
        name_words = name_words[-2:]  # "Secretary of State Mike Pompeo": the complement, then a full name
    elif before_name in PREPOSITIONS:
        return []  # "the representative of Brazil": a title's complement, not a person
    at = words.index(name_words[0]) if name_words else 0
    office = [w.group().lower() for w in words[max(0, at - 6):at - 1]]  # "Minister of Trade| and"
    if before_name == "and" and len(name_words) >= 3 and any(w in TITLE_WORDS for w in office) \
            and any(w in PREPOSITIONS for w in office[next(i for i, w in enumerate(office) if w in TITLE_WORDS):]):
        # the office's complement goes on after "and" ("of Trade and Industry"); not "ambassador Paolo Bruni and Maria
        # Elena Rossi", two people (review of round 18)
        name_words = name_words[-2:]  # "Minister of Trade and Industry Jane Ellis": the office ends, then a full name
    elif before_name in {"и", "and"}:
        return []  # «Путин и Макрон подчеркнули»: a joint statement is narration
    run = [w.group() for w in name_words]
    if any(non_person_in_name(run, i, cyrillic) for i in range(len(run))) or all(len(w) == 1 for w in run):
        return []  # "the Hanoi Convention", "Белый дом", "United Nations", the "U.S." of "U.S. officials": not a person
    if name_words and stripped[:name_words[0].start()].rstrip().endswith(("«", '"', "“")):
        return []  # «Экозащита!», «Война»: a group's name in quotation marks
    if cyrillic and len(name_words) > 1 and not _person_word(name_words[0].group()) and _person_word(name_words[1].group()) \
            and name_words[0] is words[0]:
        name_words = name_words[1:]  # «Позднее Козлов»: the sentence's first word is capitalised, not a name
    if cyrillic and name_words and not any(_person_word(w.group()) for w in name_words) and not (
            len(name_words) == 1 and before_name not in TITLE_WORDS and _singular_noun(name_words[0].group())):
        return []  # «Военные», «Российской Федерации»: words, not a name («Макрон», a noun too, may be: tentative)
    return name_words


def relaying_title(role_words: list[re.Match], name: list[str], cyrillic: bool) -> int | None:
    """The index of the title of someone speaking for the person the ``name`` words name ("a spokesman for
    President Ivan Petrov", "a lawyer for Omar Haddad", «представитель генсека ООН Антониу Гутерриша», «Адвокат
    Хаддада заявил»): in English the title's complement ("for"/"to" the name, or another title after it); in
    Russian a first name read only in an oblique case after another title or right after the title in the
    nominative (a nominative name, «пресс-секретарь президента Дмитрий Сорокин», is the speaker's own; an unknown
    one says nothing). None when the name is the speaker's."""
    lowered = [w.group().lower() for w in role_words]
    for index, word in enumerate(lowered):
        rest = lowered[index + 1:]
        if word not in RELAYING_TITLES:
            continue
        principal_title = any(w in TITLE_WORDS for w in rest)
        if cyrillic and _case_of(name[0]) and "nomn" not in _case_of(name[0]) and (
                principal_title or not rest and word in RELAYING_LEMMAS):
            return index
        if not cyrillic and rest and rest[0] in {"for", "of", "to"} and (principal_title or rest == ["for"]) \
                and rest[1:2] != ["the"]:  # "Spokesman for the Secretary-General Stéphane Dujarric" is his own name
            return index
    return None


def principal_after(role_words: list[re.Match], title_index: int) -> bool:
    """«Представитель министра», «представители певицы», «адвокат истца»: a Russian relaying title (``RELAYING_TITLES``,
    any number) followed by a person noun in the genitive names its principal; its holder speaks, never the principal
    (a body in the genitive, «представитель МИД», is the body's spokesperson and stays a title to resolve)."""
    if title_index + 1 >= len(role_words) or role_words[title_index].group().lower() not in RELAYING_TITLES:
        return False
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.animacy == "anim"
               for p in parses(role_words[title_index + 1].group().lower())[:3])


def possessed_relay(role_words: list[re.Match], role_start: int) -> bool:
    """"Her spokesman", "his lawyer": a relaying title (``RELAYING_TITLES``) right after an English possessive pronoun
    speaks for the person the pronoun points at and is never them ("X's spokesman" is the same case)."""
    return 0 < role_start < len(role_words) and role_words[role_start].group().lower() in RELAYING_TITLES \
        and role_words[role_start - 1].group().lower() in EN_POSSESSIVE_WORDS


def relaying_mention(text: str, role_words: list[re.Match], name_words: list[re.Match], cyrillic: bool) -> Mention | None:
    """The unnamed spokesperson a subject names when its name is their principal's (``relaying_title``): the role
    runs to the end of the principal's name, so the principal column can read it."""
    relaying = relaying_title(role_words, [w.group() for w in name_words], cyrillic)
    if relaying is None:
        return None
    role = text[role_words[relaying].start():name_words[-1].end()]
    return Mention(role=role[0].lower() + role[1:] if cyrillic else role, oblique=cyrillic)


def written_in(name: str, role: str | None) -> int | None:
    """The index among the role's words where a person's name is written in it (each word by its first four
    letters, so in any case: «Ивана Смирнова» for Иван Смирнов), else None."""
    stems = {w[:4].lower() for w in name.split()}
    words = _words(role or "")
    found = {w.group()[:4].lower() for w in words if w.group()[:1].isupper()}
    return next((i for i, w in enumerate(words) if w.group()[:4].lower() in stems), None) if stems <= found else None


def relays_for(name: str, role: str | None) -> bool:
    """Whether a person's name is written inside a role as its holder's principal ("spokesman for President Ivan
    Petrov", «представитель президента Ивана Смирнова», "Boris Johnson's spokesman"): never the one holding it."""
    if name.split() and re.search(rf"\b{re.escape(name.split()[-1])}['’]s\b", role or ""):
        return True
    at, words = written_in(name, role), _words(role or "")
    return at is not None and relaying_title(list(words[:at]), [w.group() for w in words[at:]], has_cyrillic(role)) is not None


def _title_complement(words: list[re.Match], first: int) -> bool:
    """Whether the "the" before ``words[first]`` ends a title's complement ("Speaker of the House …", "Ambassador to
    the United Nations …"), so a full name may close the run after the body's name. The complement may run on over
    capitalised words joined by "and" or a preposition ("Minister of Forestry, Fisheries and the Environment …",
    "Minister of State at the Federal Foreign Office …"), and the title may be hyphenated ("Commissioner-General of
    the …"; round 29)."""
    preposition = False
    for word in (w.group() for w in reversed(words[max(0, first - 12):first - 1])):
        if preposition and (word.lower() in TITLE_WORDS or word.split("-")[0].lower() in TITLE_WORDS):
            return True
        if word.lower() in PREPOSITIONS:
            preposition = True
        elif not (_capitalised(word) or word in {"and", "the"}):
            return False
    return False


def _after_the_body(name_words: list[re.Match]) -> list[re.Match]:
    """The full name closing a run after a body's name: the words after its last body word ("Humanitarian Aid
    Commission| Salwa Adam Ibrahim") when two or three, else the last two ("Environment| Thandeka Mabuza")."""
    body = max((i for i, w in enumerate(name_words) if w.group().lower() in INSTITUTIONS), default=None)
    return name_words[body + 1:] if body is not None and 2 <= len(name_words) - body - 1 <= 3 else name_words[-2:]


@lru_cache(maxsize=50_000)
def _singular_noun(word: str) -> bool:
    """A lone word pymorphy3 reads first as a singular common noun («Макрон»): as a subject it can only be a
    tentative name, which names someone only when the article already knows them."""
    parse = parses(word.lower())[0]
    return parse.tag.POS == "NOUN" and "sing" in parse.tag.grammemes


@lru_cache(maxsize=50_000)
def _person_word(word: str) -> bool:
    """A Russian word that can be part of a name: read as one, outside the dictionary, or surname-shaped («Рябков»)."""
    return len(word) > 1 and (_person_parse(word) or not known_word(word.lower()) or surname_shaped(word)
                              or word in EAST_ASIAN_SURNAMES)  # «Ван И»: "van" to pymorphy3


def clean_role(appositive: str) -> str | None:
    """The appositive as a role when it names a function ("director of the Treaty Division …");
    None for a clause fragment ("speaking at the summit", "a day after the vote")."""
    role = _strip_honorific(appositive.strip(" ,"))
    words = [w.group().lower() for w in _words(role)][:6]
    if any(w in TITLE_WORDS for w in words) or re.fullmatch(r"[^()]*\([^()]{2,40}\)", role) and len(words) <= 3:
        return role
    return None


def _title_span(role_words: list[re.Match], cyrillic: bool, text: str = "", reach: int = 6) -> tuple[int | None, int | None]:
    """(title index, role start) among the words before the name: the last title word within ``reach``
    words, widened leftwards over its modifiers (capitalised or lower-case English nouns, Russian
    adjectives) so the role reads in full; never across punctuation, a verb or a function word."""
    def gap_punctuated(i: int) -> bool:
        gap = text[role_words[i].end():role_words[i + 1].start()].strip() if text else ""
        return bool(gap) and not (gap == "." and len(role_words[i].group()) == 1)  # "U.S. President"

    title_index = role_start = None
    for i in range(len(role_words) - 1, max(len(role_words) - reach - 1, -1), -1):
        word = role_words[i].group()
        lower = word.lower()
        if lower in TITLE_WORDS:
            title_index = role_start = i
        elif title_index is None and cyrillic and first_pos(word) in {"VERB", "INFN", "GRND"}:
            break  # «пассией экс-президента стала Анна Петрова»: the title is another clause's
        elif title_index is None:
            continue
        elif not cyrillic and _capitalised(word) and lower not in EN_STOP and not gap_punctuated(i):
            role_start = i  # "Foreign Minister", "UNODC Director"
        elif not cyrillic and role_start == i + 1 and _en_modifier(word) and not gap_punctuated(i):
            role_start = i  # "European Union foreign policy chief"
        elif cyrillic and role_start == i + 1 and _adjective(word):
            role_start = i  # «официальный представитель», «Генеральный секретарь»
        else:
            break
    return title_index, role_start


def _title_phrase(words: list[re.Match], title_index: int, cyrillic: bool) -> list[re.Match]:
    """The title and its complement only: Russian genitives or capitalised words («президента
    Российской Федерации»), English "of/for/to" phrases; not the adverbs and clauses after it."""
    end = title_index + 1
    while end < len(words):
        word = words[end].group()
        lower = word.lower()
        if cyrillic:
            fits = word[:1].isupper() or word.isupper() or any("gent" in p.tag for p in parses(lower)[:2]) or (
                any(w.group() in COMPLEMENT_WORDS["ru"] for w in words[max(title_index, end - 2):end])
                and first_pos(lower) in {"NOUN", "ADJF"})  # «источник в (федеральном) правительстве»
        else:  # "a spokesman for the ministry": a common noun right after the complement's article
            fits = word[:1].isupper() or lower in COMPLEMENT_WORDS["en"] or words[end - 1].group().lower() == "the" \
                and lower not in EN_STOP or end - title_index > 2 and words[end - 2].group().lower() == "the" \
                and _en_modifier(words[end - 1].group()) and _en_modifier(word)  # "for the defence ministry"
        if not fits or lower in CONJUNCTIONS or lower in ADVERBS:
            break
        end += 1
    while end > title_index + 1 and words[end - 1].group().lower() in COMPLEMENT_WORDS["en"]:
        end -= 1  # a complement cut short: not "a spokesman for the"
    return words[:end]


def _of_a_body(after_title: list[re.Match], cyrillic: bool) -> bool:
    """"representatives of the White House", «представители Белого дома»: a plural title tied to a
    named body (a capitalised genitive after it; in English, capitalised words after "of (the)") is
    no vague group."""
    words = [w.group() for w in after_title]
    if not cyrillic:
        if words[:1] != ["of"]:
            return False
        words = words[2:] if words[1:2] == ["the"] else words[1:]
        return bool(words) and all(_capitalised(w) for w in words)
    return bool(words) and _capitalised(words[0])  # «Белого дома»: a Russian name's later words may be lower-case


def _plural_title(word: str, cyrillic: bool) -> bool:
    if not cyrillic:
        return word.lower().endswith("s") and word.lower()[:-1] in TITLE_WORDS
    return "plur" in parses(word.lower())[0].tag and "nomn" in parses(word.lower())[0].tag


def _en_modifier(word: str) -> bool:
    lower = word.lower()
    return lower.isalpha() and lower not in EN_STOP and lower not in PREPOSITIONS and not lower.endswith(("ed", "ing", "ly")) \
        and lower not in {"said", "told", "says", "tells", "is", "was", "are", "were", "has", "have", "had", "by", "new"}


def _organization_from(appositive: str) -> str | None:
    """An organization the appositive states: an acronym in parentheses, "(УНП ООН)", "(UNODC)"."""
    found = re.findall(r"\(([^()]{2,40})\)", appositive)
    return found[-1].strip() if found else None
