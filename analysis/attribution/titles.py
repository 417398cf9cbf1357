"""Titles as keys: "генсек" and "Secretary-General" are one office, "the foreign minister" the
"Foreign Secretary" named before, "the defence minister" not the foreign minister. Each is a pure
function of its strings, cached: titles and roles repeat in every article."""

from __future__ import annotations

import re
from functools import lru_cache

from ..countries import country_in
from ..text import fold_yo
from .vocabulary import (DEFINITE_ARTICLES, DESCRIBING_MISFITS, DESCRIBING_PROFESSIONS, DESCRIBING_TITLES, EN_STOP,
                         GENDERED_TITLES, POINTING_COMPLEMENTS, PREPOSITIONS, REPLY_VERB, ROLE_EQUIVALENTS,
                         TITLE_SYNONYMS, TITLE_WORDS, _alternation, parses)


@lru_cache(maxsize=20_000)
def title_key(title: str) -> str:
    """The title's lemma, its short form mapped to the full title's head ("генсек" → "секретарь")."""
    word = fold_yo(title.lower().split()[-1])
    word = word[4:] if word.startswith(("экс-", "ex-")) else word  # «экс-президент» is still called president
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN"] if any("а" <= c <= "я" for c in word) else []
    lemma = nouns[0].normal_form if nouns else word
    synonym = TITLE_SYNONYMS.get(lemma)
    return synonym.split()[-1] if synonym else lemma


@lru_cache(maxsize=20_000)
def _title_role(title: str | None) -> str | None:
    if not title:
        return None
    word = title.lower()
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN"] if any("а" <= c <= "я" for c in word) else []
    return nouns[0].normal_form if nouns else word


@lru_cache(maxsize=20_000)
def role_modifiers(role: str | None, title: str | None) -> frozenset[str]:
    """The words that narrow a title ("foreign" in "the foreign minister"), as four-letter stems
    («сербского» and «Сербии» agree): not the title, articles, function words or country names."""
    words = (w.strip(".,'’").removesuffix("'s").removesuffix("’s") for w in (role or "").split())  # "Ukraine's"
    head = (title or "").lower()
    return frozenset(fold_yo(low)[:4] for w, low in ((w, w.lower()) for w in words)
                     if len(w) > 2 and low != head and low not in EN_STOP and not country_in(w)  # as written: "Ukraine"
                     and title_key(low) != title_key(head or low)
                     and not low.startswith(POINTING_COMPLEMENTS))  # «собеседник агентства», «представитель ведомства»


def shares_modifiers(modifiers: frozenset[str], role: str | None) -> bool:
    """Whether a holder's role has every narrowing word of a mention ("Foreign Secretary" for "foreign")."""
    return modifiers <= {fold_yo(w.strip(".,'’").lower())[:4] for w in (role or "").split()}


@lru_cache(maxsize=20_000)
def equivalent_role(role: str | None, title: str | None) -> tuple[str, str] | None:
    """(role, title) of the office a role names in other words: «главы МИД» → ("министр иностранных
    дел", "министр"), "the top diplomat" → ("foreign minister", "minister"); None when it names no other."""
    words = [w for w in (role or "").split() if w.lower() not in {"the", "a", "an"}]
    if not words or not title:
        return None
    head = next((i for i, w in enumerate(words) if title_key(w) == title_key(title)), 0)
    key = " ".join(_title_role(w) if i == head else w.lower() for i, w in enumerate(words))
    other = ROLE_EQUIVALENTS.get(key)
    return (other, next((w for w in other.split() if w in TITLE_WORDS), other.split()[-1])) if other else None


def joint(role: str | None) -> bool:
    """«президенты России и Таджикистана», «Россия и Таджикистан», "the foreign ministers of Russia and China":
    two sides at once, whose joint statement the rules read as the press office's narration. The registry asks
    it of an institution's name or an unnamed person's role only: a named envoy "for Syria and Iraq" is one person."""
    parts = re.split(r"\s(?:и|and)\s", role or "", maxsplit=1)
    return len(parts) == 2 and country_in(parts[0]) is not None and country_in(parts[1]) not in (None, country_in(parts[0]))


def earlier_holder(speakers: list, recent, role: str | None, gender: str | None = None) -> int | None:
    """"Her spokesman added" after "Mayor Lin Chen's spokesman, Tom Reed": the latest named person holding the
    relaying title of ``role`` (a role-only mention, ``Mention(role=…)``); None when no one named holds it.
    A describing word alone («по мнению парламентария», «— пояснил эксперт») is the last person who spoke when it
    fits them (``describes``, in the ``gender`` of the verb); only when it does not, the person named last as a
    subject («34-летняя Халима добралась …», not «задержали Ивана Петрова») whom it fits: a candidate or a farmer
    named between an expert's words and «— пояснил эксперт» is no source (review of round 22). But a person the
    narration introduced by that very noun since the last speaker («Аналитик Игорь Дюков повысил прогноз … — добавил
    аналитик») comes first (review of round 23)."""
    words = role_words(role)
    recent = list(recent)
    at = next((i for i, w in enumerate(words) if w in TITLE_WORDS), None)
    key = title_key(words[at]) if at is not None else None
    principal = [w[:5] for w in words[at + 1:] if len(w) > 3] if key else []  # «представитель президента»; not "the
    found = next((i for i in recent if key and speakers[i].kind == "person" and speakers[i].name  # representative of
                  and key in speakers[i].titles and _principal_after(speakers[i].role, key, principal)), None)
    if found is None and len(words) == 1:  # Brazil's representative above is someone new
        spoken = next((i for i in recent if speakers[i].kind == "person" and speakers[i].spoke), None)
        last = next((i for i in recent if speakers[i].kind == "person" and speakers[i].name), None)
        since = recent[:recent.index(spoken) + 1] if spoken is not None else recent  # named since the last speaker
        introduced = next((i for i in since if speakers[i].kind == "person" and introduced_by(words[0], speakers[i])),
                          None)
        found = next((i for i in (introduced, spoken, last) if i is not None and describes(words[0], speakers[i], gender)
                      and (speakers[i].spoke or speakers[i].nominative)), None)
    return found


def _principal_after(role: str | None, key: str, principal: list[str]) -> bool:
    """Whether a holder's ``role`` names the mention's ``principal`` (stems) as the principal of its title ``key``
    («представитель президента России» for «представитель президента», "Fiji's Permanent Representative" for "the
    representative of Fiji", "a spokesman for Kenya's Ministry of Health" for "the spokesman for the ministry"), so
    "the representative of Marovia" is no "Special Representative of the Secretary-General for Marovia" (round 25;
    review of round 25)."""
    held = _POSSESSIVE_S.sub("", (role or "").lower())
    if not all(w in held for w in principal):
        return False
    words = re.findall(r"[^\W\d_][\w-]*", held)
    at = [j for j, w in enumerate(words) if title_key(w) == key]
    return not at or not principal or any(_title_of(words, j, principal[0]) for j in at)


_POSSESSIVE_S = re.compile(r"['’]s\b")


def _title_of(words: list[str], title_at: int, stem: str) -> bool:
    """Whether the title at ``title_at`` is held for the principal whose first stem is ``stem``: the principal before
    it (a possessive: "Fiji's Permanent Representative") or after it with at most one preposition between ("for
    Kenya's Ministry", "of the Kenyan Red Cross"); a second preposition opens another principal's complement
    ("Representative of the Secretary-General for Marovia")."""
    if any(w.startswith(stem) for w in words[:title_at]):
        return True
    prepositions = 0
    for word in words[title_at + 1:]:
        if word.startswith(stem):
            return True
        prepositions += word in PREPOSITIONS
        if prepositions >= 2:
            return False
    return False


def role_words(role: str | None) -> list[str]:
    """The words of a role-only mention, lower case, without a leading "the" ("the diplomat" → ["diplomat"])."""
    words = re.findall(r"[^\W\d_][\w-]*", (role or "").lower())
    return words[1:] if words[:1] and words[0] in DEFINITE_ARTICLES else words  # "a diplomat" stays whole


def describes(word: str, speaker, gender: str | None = None, verb: str | None = None) -> bool:
    """Whether a describing noun alone (``cues.yaml`` describing_titles: «парламентарий», «эксперт», "the diplomat")
    can be the named person ``speaker``: one person (not «экспертов»), the gender the text shows, and a role the word
    fits (describing_misfits: a minister or a lawmaker is no «эксперт», no analyst, a director no «мужчина»;
    describing_professions: «юрист» is an advocate, not a defendant), never one said to be dead. The one home of this
    rule: quotes («— отметил парламентарий»), "according to" frames («по мнению эксперта») and role-only mentions use
    it. After a reply ``verb`` («— возражает эксперт», "the analyst replied") the word is a second voice."""
    if word not in DESCRIBING_TITLES or speaker.kind != "person" or not speaker.name or speaker.group or speaker.dead:
        return False
    if verb and REPLY_VERB.search(verb):
        return False
    if gender and speaker.gender and gender != speaker.gender:
        return False
    lemma = singular_lemma(word)
    if lemma is None or GENDERED_TITLES.get(lemma, speaker.gender) != speaker.gender:
        return False  # «женщина» is a woman the text shows as one
    if introduced_by(word, speaker):
        return True  # introduced by the word itself: «Юрист Павел Гринберг» is the «юрист» (review of round 23)
    held = ((speaker.role or "") + " " + " ".join(speaker.titles)).lower()
    if lemma in DESCRIBING_PROFESSIONS and not any(stem in held for stem in DESCRIBING_PROFESSIONS[lemma]):
        return False  # «юрист» is an advocate, not the defendant who spoke
    if lemma in DESCRIBING_MISFITS["lay_words"] and _POST.search(held):
        return False  # «мужчина» is no director
    return lemma not in DESCRIBING_MISFITS["words"] or not _holds_office(speaker)


_OFFICE = re.compile(rf"\b(?:{_alternation(DESCRIBING_MISFITS['offices'])})", re.IGNORECASE)
_NOT_OFFICE = re.compile(rf"(?:^|\s)(?:{_alternation(DESCRIBING_MISFITS['not_after'])})\S*\s*(?:\w+\s+)?$",
                         re.IGNORECASE)  # "senior vice| president", "a former Treasury| official"
_POST = re.compile(rf"\b(?:{_alternation(DESCRIBING_MISFITS['offices'] + DESCRIBING_MISFITS['posts'])})")
_PRIVATE_POST = re.compile(rf"\b(?:{_alternation(DESCRIBING_MISFITS['private_posts'])})", re.IGNORECASE)


def _holds_office(speaker) -> bool:
    """Whether a named person's role (or, without one, their titles) is a state office no «эксперт» or analyst holds:
    the office word as the role's head, not after "vice" or "former" and not a post at a company ("a senior vice
    president at Moody's", "president of the regional chamber of commerce")."""
    held = (speaker.role or "").lower() or " ".join(speaker.titles)
    if _PRIVATE_POST.search(held):
        return False
    return any(not _NOT_OFFICE.search(held[:found.start()]) for found in _OFFICE.finditer(held))


def introduced_by(word: str, speaker) -> bool:
    """Whether the narration introduced the named person ``speaker`` by this describing noun («Аналитик Игорь Дюков»
    for «по мнению аналитика», whose likeliest parse is «аналитика»: any noun reading counts)."""
    return bool(speaker.described) and (word in speaker.described or any(
        p.normal_form in speaker.described for p in parses(word) if p.tag.POS == "NOUN" and p.tag.number != "plur"))


def singular_lemma(word: str) -> str | None:
    """A Russian noun's lemma when its likeliest noun parse is singular («политолога» → «политолог»), None for a
    plural («экспертов»: a vague group); an English word as it stands."""
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN"] if any("а" <= c <= "я" for c in word) else []
    if nouns and nouns[0].tag.number == "plur":
        return None
    return nouns[0].normal_form if nouns else word
