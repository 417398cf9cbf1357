"""The people of one article, so a later mention resolves to the same person.

A ``Mention`` is what one attribution says about its source (a name as written, a title, a pronoun, the gender its
verb shows); the ``Registry`` turns mentions into ``Speaker`` indices and records, in ``cue``, how it decided:
``name``; ``surname`` ("Брандолино" for "Джон Брандолино"); ``title`` ("министр", "the ambassador", "генсек" for a
"генеральный секретарь"); ``pronoun`` (the most recent person of the pronoun's gender and number); ``generic`` ("the
official", «дипломат»: the most recent named person). People named only in narration ("Steven Lubetkin, a professor,
…") are ``introduce``d, so a later bare surname or pronoun finds them. Names, roles and organizations come only from
the text; Russian mentions in an oblique case ("по словам Джона Брандолино") are put in the nominative with
pymorphy3 first."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..countries import country_in, names_only_a_country
from ..text import fold_yo, has_cyrillic
from .cases import _nominative, _nominative_role
from .name_forms import fullness, initial_of, is_initial, name_gender, names_agree, patronymic, stem_equal
from .titles import _title_role, earlier_holder, equivalent_role, joint, role_modifiers, shares_modifiers, title_key
from .vocabulary import (ANAPHORIC_TITLES, DEFINITE_ARTICLES, GENERIC_INSTITUTIONS, HEAD_OFFICES,
                         INDEFINITE_DETERMINERS, INDEPENDENT_TITLES, NEWS_AGENCIES, POINTING_BACK, PRONOUN_FEATURES,
                         TITLE_WORDS, parses)


@dataclass
class Speaker:
    """One person of the article; ``titles`` are the title keys seen, so a later "министр" finds them."""

    name: str | None
    role: str | None = None
    organization: str | None = None
    titles: set[str] = field(default_factory=set)
    gender: str | None = None  # "masc" / "femn" when the text shows it
    spoke: bool = False  # False while only introduced in narration
    kind: str = "person"  # or "institution" ("the Foreign Ministry said", "Reuters reported")
    group: bool = False  # unnamed officials in the plural ("U.S. officials")
    nominative: bool = False  # named as written in the nominative (a subject), not only as «задержали Ивана Петрова»
    dead: bool = False  # said to be dead where named («Погибший Дмитрий Ковалев», «Игорь Тихонов погиб»)
    described: set[str] = field(default_factory=set)  # describing nouns that introduced them («Аналитик Игорь Дюков»)


@dataclass
class Mention:
    """What one attribution says about its source, as written, before the registry resolves it."""

    name: str | None = None  # as written
    role: str | None = None
    organization: str | None = None
    title: str | None = None  # the title word, lower case
    pronoun: bool = False
    oblique: bool | str = False  # Russian oblique case ("maybe" in narration) (after "по словам"): normalise before storing
    tentative: bool = False  # one capitalised word, no title: a person only if already known
    gender: str | None = None  # from the pronoun, the verb's agreement or an honorific
    plural: bool = False
    institution: bool = False  # ``name`` is an institution's
    of_group: bool = False  # "One (of them) said": one of the unnamed group that spoke last (``ONE_OF_A_GROUP``)
    dead: bool = False  # said to be dead where named in narration (``people.people_at``)
    described: str | None = None  # the describing noun's lemma that introduces the name («аналитик»: people.people_at)


class Registry:
    """The people of one article, so later mentions resolve to the same person."""

    def __init__(self) -> None:
        self.speakers: list[Speaker] = []
        self.order: list[int] = []  # indices, most recently mentioned last
        self.last: int | None = None
        self.before: int | None = None  # who spoke the sentence (piece) just before, None after narration (``heard``)
        self.before_continued = False  # and whether only as a continuation («Больше всего заболевших в Прокопьевске.»)
        self.issuer: int | None = None  # who issued the statement the article reported last (``issuers``)
        self.cue: str | None = None  # how the latest resolve decided
        self.foreseen: list[Mention] = []  # full names met anywhere in the article

    def foresee(self, mentions: list[Mention]) -> None:
        """Full names the article gives somewhere, so a bare surname used before them ("Keller said …",
        then "Foreign Minister Anna Keller") is that person rather than no one."""
        self.foreseen.extend([m for m in mentions if m.name and len(m.name.split()) >= 2])

    def _from_foreseen(self, mention: Mention) -> Mention | None:
        """The full name a bare surname or "В. Путин" stands for, when the article gives one."""
        tokens = (mention.name or "").split()
        if not tokens or not all(is_initial(t) for t in tokens[:-1]):
            return None
        for candidate in self.foreseen:
            known = candidate.name.split()
            if stem_equal(tokens[-1], known[-1]) and all(initial_of(t, k) for t, k in zip(tokens[:-1], known)):
                return Mention(name=candidate.name, role=candidate.role, title=candidate.title,
                               oblique=candidate.oblique, gender=mention.gender or candidate.gender)
        return None

    def heard(self, piece) -> None:
        """Record who spoke the piece just read (``resolution``): a closing "it" or «Там лишь» is only theirs (review of
        round 27)."""
        self.before, self.before_continued = piece.speaker, piece.mode == "continued"

    def touch(self, index: int) -> None:
        """Make ``index`` the most recently mentioned person."""
        self._touch(index)

    def _touch(self, index: int) -> None:
        if index in self.order:
            self.order.remove(index)
        self.order.append(index)

    def introduce(self, mention: Mention, salient: bool = True) -> int | None:
        """Record a person named in narration (not yet a speaker) so later mentions find them;
        only a ``salient`` one (the sentence's subject) becomes the most recent person for pronouns."""
        if not mention.name or mention.tentative or mention.pronoun:
            index = self._find(mention) if mention.name else None
        else:
            index = self._find(mention)
            if index is None:
                self.speakers.append(Speaker(None))
                index = len(self.speakers) - 1
            self._update(index, mention)
        if index is not None and salient:
            self._touch(index)
        elif index is not None and index not in self.order:
            self.order.insert(0, index)
        return index

    def resolvable(self, mention: Mention) -> bool:
        """Whether ``resolve`` could name someone for the mention (a pronoun is left to reading order)."""
        if mention.pronoun:
            return not mention.plural
        if mention.tentative:
            return True  # a lone surname: whether it is someone known is decided in reading order
        return bool(mention.name or mention.role or mention.title)

    def known(self, mention: Mention) -> int | None:
        """The speaker a mention names among those the article already has (a pronoun: whom it would
        name now), creating no one and making no one the speaker."""
        cue = self.cue
        found = self._find(mention)
        self.cue = cue
        return found

    def resolve(self, mention: Mention) -> int | None:
        """The speaker index the mention names (created when new and nameable), else None."""
        if mention.of_group:  # "One said …" after "two EU diplomats said": one of them, someone new; no group, no one
            group = next((self.speakers[i] for i in self._recent() if self.speakers[i].spoke), None)  # the last speaker
            if group is None or not group.group or group.name is not None or group.kind != "person" \
                    or not group.role:
                return None
            article = "" if group.role.split()[0].lower() in DEFINITE_ARTICLES else "the "  # "one of the EU diplomats"
            mention = Mention(role=f"{mention.role} {article}{group.role}")
        index = self._find(mention)
        if index is None:
            mention = (None if mention.institution else self._from_foreseen(mention)) or mention  # a body is no surname
            index = self._find(mention) if mention.name else None
        if index is None:
            if mention.tentative or mention.pronoun or not (mention.name or mention.role or mention.title) \
                    or joint(mention.name if mention.institution else None if mention.name else mention.role):
                return None  # "Delegates said", "Вьетнам заявил", «президенты России и Таджикистана»: no one person
            self.speakers.append(Speaker(None, kind="institution" if mention.institution else "person"))
            index = len(self.speakers) - 1
            self.cue = "institution" if mention.institution else "name" if mention.name else "title"
        self._update(index, mention)
        self.speakers[index].spoke = True
        self.last = index
        self._touch(index)
        return index

    def _update(self, index: int, mention: Mention) -> None:
        speaker = self.speakers[index]
        if mention.institution:
            speaker.name = speaker.name or mention.name
            return
        speaker.group = speaker.group or (mention.plural and not mention.pronoun)
        speaker.dead = speaker.dead or mention.dead
        if mention.described:
            speaker.described.add(mention.described)
        name, role = mention.name, mention.role or _title_role(mention.title)
        speaker.nominative = speaker.nominative or bool(name) and not mention.oblique
        if mention.oblique:
            name = _nominative(name, sure=mention.oblique != "maybe") if name else None
            speaker.nominative = speaker.nominative or name == mention.name and mention.oblique == "maybe"
            role = _nominative_role(role) if role else None
        if name and (not speaker.name or fullness(name) > fullness(speaker.name)
                     or not speaker.spoke and mention.oblique != "maybe" and len(name.split()) == len(speaker.name.split())
                     and not any(is_initial(t) for t in name.split())):
            speaker.name = name  # the fullest name; a nominative written or sure (по словам …) beats narration's guess
        if role and (not speaker.role or speaker.role.lower() in TITLE_WORDS and not _anaphoric(mention.title)):
            speaker.role = role  # the first role stated wins over later paraphrases; «собеседник агентства» only
            # points back at «источник» (the reporter's word for them), never renames them
        head = next((w.strip(",.") for w in role.lower().split()[:6] if w.strip(",.") in TITLE_WORDS), None) if role else None
        # the role's head: not "президента" in a press secretary's role; a group takes no titles
        for title in filter(None, (mention.title, head) if not speaker.group else ()):
            speaker.titles.add(title_key(title))
        if mention.organization and not speaker.organization:
            speaker.organization = mention.organization
        speaker.gender = mention.gender or speaker.gender or (name_gender(speaker.name) if name else None)  # the verb's agreement wins

    def _recent(self):
        return reversed(self.order)

    def _find(self, mention: Mention) -> int | None:
        self.cue = None
        if mention.institution:
            return self._institution(mention)
        if mention.pronoun:
            return self._by_pronoun(mention)
        if mention.name:
            tokens = mention.name.split()
            if len(tokens) == 2 and patronymic(tokens[1]):  # «Виктор Фёдорович»: first name and patronymic
                for index in self._recent():
                    known = (self.speakers[index].name or "").split()
                    if self.speakers[index].kind == "person" and len(known) >= 2 and stem_equal(tokens[0], known[0]):
                        self.cue = "name"
                        return index
            for index in self._recent():
                if self.speakers[index].kind == "person" and self.speakers[index].name \
                        and names_agree(mention.name, self.speakers[index].name):
                    self.cue = "name" if len(tokens) >= len(self.speakers[index].name.split()) else "surname"
                    return index
            return None
        if mention.title or mention.plural or _indefinite(mention.role):
            return self._by_title(mention)
        return earlier_holder(self.speakers, self._recent(), mention.role, mention.gender)  # "her spokesman" before

    def _institution(self, mention: Mention) -> int | None:
        """The institution named before: the same name give or take words ("the Foreign Ministry" for
        "Russia's Foreign Ministry", «МИД» for «МИД России»), else a generic head ("the ministry",
        «ведомство») for the last institution of its kind; media words («издание», "the agency") for the last one."""
        words = _institution_words(mention.name)
        country = country_in(mention.name)  # «афганские власти» are neither the NATO press office nor «китайские власти»
        institutions = [i for i in self._recent() if self.speakers[i].kind == "institution"
                        and (country is None or country_in(self.speakers[i].name) in (None, country))]
        for index in institutions:
            known = _institution_words(self.speakers[index].name)
            if country is not None and country_in(self.speakers[index].name) is None and known <= words:
                continue  # a bare «власти» named before is no one country's
            if known < words and names_only_a_country(self.speakers[index].name):
                continue  # a bare state ("Ukraine says …" in a heading) is none of its bodies ("the Ukrainian military")
            if words and known and (words <= known or known <= words):
                self.cue = "institution"
                return index
        lower = mention.name.lower()
        if len(words) == 1 and mention.name[:1].islower() or lower in GENERIC_INSTITUTIONS:
            kind = next((k for k in INSTITUTION_KINDS if k in lower), None)
            media = lower.startswith(MEDIA) and not lower.startswith("ведомств")
            for index in institutions:
                name = self.speakers[index].name
                if country is not None and country_in(name) != country:
                    continue  # «афганские власти» are not the NATO press office named before
                if media and _media(name, lower[:1] >= "а") or not media and (kind is None or _of_kind(kind, name)):
                    self.cue = "institution"  # «издание» is the outlet named before, not the police
                    return index
        return None

    def _by_pronoun(self, mention: Mention) -> int | None:
        """The most recent compatible person (a sentence's subject or speaker; see ``introduce``)."""
        if mention.plural:
            return None
        recent = list(self._recent())
        for index in recent:
            speaker = self.speakers[index]
            if mention.gender and speaker.gender and speaker.gender != mention.gender:
                continue
            if speaker.name is None and not speaker.spoke or speaker.kind != "person" or speaker.group:  # "he": no group
                continue
            self.cue = "pronoun"
            return index
        return None

    def _by_title(self, mention: Mention) -> int | None:
        """A bare title: the person holding it, else (a generic title, or any title once someone
        is named) the most recent named person, so a title never invents a second speaker."""
        # "U.S. officials", "a senior official": the same group or unnamed person when worded the same, never a named
        # person (an indefinite is someone new)
        if mention.plural or _indefinite(mention.role):
            for index in self._recent():
                if self.speakers[index].name is None and (self.speakers[index].role or "").lower() == mention.role.lower():
                    self.cue = "title"
                    return index
            return None
        same = next((i for i in self._recent() if self.speakers[i].kind == "person" and self.speakers[i].name
                     and (self.speakers[i].role or "").lower() == (mention.role or "").lower() != mention.title), None)
        if same is not None:  # «Глава МИД Игорь Сомов …», then «Глава МИД напомнил …»: the same role word for word
            self.cue = "title"
            return same
        equivalent = equivalent_role(mention.role, mention.title)  # «глава МИД»: the foreign minister
        role, title = equivalent or (mention.role, mention.title)
        key = title_key(title)
        country = country_in(mention.role)
        narrowed = role_modifiers(role, title)  # "foreign" in "the foreign minister"
        for index in self._recent():
            holder = self.speakers[index]
            if holder.name is None and _indefinite(holder.role) and not _points_back(mention.role, holder.role):
                continue  # "One diplomat said …", then "Poland's ambassador said": someone new, unless "the diplomat"
            if holder.kind == "person" and (key in holder.titles or narrowed and holder.name) and (
                    country is None or country_in(holder.role) in (None, country)) and shares_modifiers(narrowed, holder.role):
                self.cue = "title"  # «Президент Франции» is not the Russian president named before; "the foreign
                return index  # minister" is the "Foreign Secretary" named before, "the defence minister" is not
        if _anaphoric(mention.title):  # «— отметил собеседник агентства»: who was just quoted
            spoken = [i for i in self._recent() if self.speakers[i].spoke]  # «собеседник «Дельфи»» right after sources
            told = any(mark in (mention.role or "") for mark in "«\"“") and spoken and (  # (a group or a body) is one
                self.speakers[spoken[0]].group or self.speakers[spoken[0]].kind != "person")  # of them: someone new
            spoken = None if told else next((i for i in spoken if self.speakers[i].kind == "person"
                                             and not self.speakers[i].group), None)  # a group is no one «собеседник»
            if spoken is not None:
                self.cue = "title"
                return spoken
        if country is not None:
            for index in self._recent():  # «глава Российского государства»: the one official of that country
                if self.speakers[index].name and self.speakers[index].kind == "person" \
                        and country_in(self.speakers[index].role) == country:
                    self.cue = "title"
                    return index
            people = [i for i in self._recent() if self.speakers[i].name and self.speakers[i].kind == "person"]
            bare = [i for i in people if not self.speakers[i].role and (self.speakers[i].spoke or all(
                country_in(self.speakers[j].role) not in (None, country) for j in people if j != i))]
            if len(bare) == 1:  # «по словам Александра Лукашенко» … «белорусского лидера»: the one speaker whose office
                self.cue = "title"  # the article never states; in a readout, the host named bare before or among foreign guests
                return bare[0]
        if mention.role and mention.role.lower() != mention.title.lower():
            return None  # "the representative of Brazil": someone new, described
        gender = mention.gender or _feminine_title(key)  # «журналистки»: a woman, never the man quoted last
        named = sorted((i for i in self._recent() if self.speakers[i].name and self.speakers[i].kind == "person"
                        and not (gender and self.speakers[i].gender not in (None, gender))
                        and not (key in HEAD_OFFICES and self.speakers[i].titles)),  # «Президент» is no «председатель совета»
                       key=lambda i: not self.speakers[i].spoke)
        if named and key not in INDEPENDENT_TITLES and _title_role(mention.title) not in INDEPENDENT_TITLES:
            self.cue = "generic"  # the most recent person who has spoken, else the most recent named
            return named[0]
        return None


INSTITUTION_KINDS = ("минист", "ministr", "департамент", "department", "правительств", "government", "посольств",
                     "embassy", "полици", "police", "арми", "army", "military")  # a generic head finds its own kind
MEDIA = ("издани", "агентств", "ведомств", "газет", "телеканал", "the agency", "agency", "the paper", "the newspaper",
         "newspaper", "news", "press", "times", "post", "journal", "daily", "herald", "gazette", "tribune", "radio")


def _feminine_title(key: str) -> str | None:
    """"femn" for a Russian title that names a woman («журналистка», «телеведущая»), else None («министр» is either)."""
    first = parses(key)[0] if key and has_cyrillic(key) and parses(key) else None
    return "femn" if first is not None and first.tag.POS == "NOUN" and first.tag.gender == "femn" else None


def _of_kind(kind: str, name: str) -> bool:
    """Whether an institution's name is of a generic head's kind: «МИД России», «Минобороны» are ministries."""
    lower = name.lower()
    return kind in lower or kind == "минист" and any(w == "мид" or w.startswith("мин") and w != "мин" for w in lower.split())


def _media(name: str, cyrillic: bool) -> bool:
    """An outlet: a media word or news agency in its name, or a Latin-script name in Russian copy («Daily Mirror»)."""
    words = name.lower().split()
    return any(w.startswith(MEDIA) or w in NEWS_AGENCIES for w in words) or (
        cyrillic and name[:1].isupper() and not any("а" <= c <= "я" for c in name.lower()))


@lru_cache(maxsize=20_000)
def _institution_words(name: str | None) -> frozenset[str]:
    """An institution's content words, each cut to a stem of five letters so cases agree, less
    articles and country names ("Russia's Foreign Ministry" → {forei, minis})."""
    words = (w.strip(".,'’").lower().removesuffix("'s").removesuffix("’s") for w in (name or "").split())
    return frozenset(fold_yo(w)[:5] for w in words if w and w not in {"the", "of", "and"} and not country_in(w))


def _anaphoric(title: str | None) -> bool:
    """A title that only points back at someone already quoted (``ANAPHORIC_TITLES``: «собеседник», "interlocutor")."""
    return _title_role(title) in ANAPHORIC_TITLES


def _indefinite(role: str | None) -> bool:
    """"a senior official", "an EU diplomat": a role that introduces someone new (``INDEFINITE_DETERMINERS``)."""
    return bool(role) and role.split(None, 1)[0].lower() in INDEFINITE_DETERMINERS


def _points_back(role: str | None, introduced: str | None) -> bool:
    """"the diplomat", "that official", "the same diplomat" after "one diplomat (said)": a pointing word
    (``POINTING_BACK``) and the same head word point back to someone an indefinite role introduced; a synonym
    ("the ambassador") or a possessed title ("Poland's ambassador") does not."""
    words, heads = (role or "").lower().split(), (introduced or "").lower().split()
    while words[:1] and words[0] in POINTING_BACK:  # (a role may come with its "the" already off)
        words = words[1:]
    return bool(words) and words[-1] in heads and not any(w.endswith(("'s", "’s")) for w in words)


def pronoun_mention(word: str) -> Mention:
    features = PRONOUN_FEATURES.get(word.lower(), {})
    return Mention(pronoun=True, gender=features.get("gender"), plural=features.get("number") == "plur")
