"""The speakers of one article, so a later mention resolves to the same person.

A ``Mention`` is what one attribution says about its source (a name as written, a title, a
pronoun); the ``Registry`` turns mentions into ``Speaker`` indices: by surname ("Брандолино"
for "Джон Брандолино"), by title alone ("министр", "the ambassador") or by pronoun (the last
speaker). Names, roles and organizations come only from the text; Russian mentions in the
genitive ("по словам Джона Брандолино") are put in the nominative with pymorphy3 first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text import fold_yo, morph
from .vocabulary import TITLE_WORDS


@dataclass
class Speaker:
    """One person the article quotes; ``titles`` are the title words seen, so a later "министр" finds them."""

    name: str | None
    role: str | None = None
    organization: str | None = None
    titles: set[str] = field(default_factory=set)


@dataclass
class Mention:
    """What one attribution says about its source, as written, before the registry resolves it."""

    name: str | None = None  # as written
    role: str | None = None
    organization: str | None = None
    title: str | None = None  # the title word, lower case
    pronoun: bool = False
    oblique: bool = False  # Russian genitive after "по словам": normalise before storing
    tentative: bool = False  # one capitalised word, no title: a person only if already known


def _stem_equal(a: str, b: str) -> bool:
    a, b = fold_yo(a.lower()), fold_yo(b.lower())
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2


class Registry:
    """The speakers of one article, so later mentions resolve to the same person."""

    def __init__(self) -> None:
        self.speakers: list[Speaker] = []
        self.last: int | None = None

    def resolve(self, mention: Mention) -> int | None:
        index = self._find(mention)
        if index is None:
            if mention.tentative or not (mention.name or mention.role or mention.title):
                return None  # "Delegates said", "Вьетнам заявил": not a person we can name
            name, role = mention.name, mention.role or _title_role(mention.title)
            if mention.oblique:
                name = _nominative(name) if name else None
                role = _nominative_role(role) if role else None
            self.speakers.append(Speaker(name, role, mention.organization))
            index = len(self.speakers) - 1
        speaker = self.speakers[index]
        if mention.title:
            speaker.titles.add(_title_key(mention.title))
        if mention.name and not mention.oblique and speaker.name and \
                len(mention.name.split()) > len(speaker.name.split()):
            speaker.name = mention.name
        if mention.role and not mention.oblique and (not speaker.role or speaker.role.lower() in TITLE_WORDS):
            speaker.role = mention.role  # the first role stated wins over later paraphrases
        if mention.organization and not speaker.organization:
            speaker.organization = mention.organization
        self.last = index
        return index

    def _find(self, mention: Mention) -> int | None:
        if mention.pronoun:
            return self.last
        if mention.name:
            tokens = mention.name.split()
            for index in range(len(self.speakers) - 1, -1, -1):
                known = (self.speakers[index].name or "").split()
                surname_agrees = _stem_equal(tokens[-1], known[-1]) if known else False
                if known and (surname_agrees or len(tokens) == 1) and all(
                    any(_stem_equal(t, k) for k in known) for t in tokens
                ):  # "Брандолино", "Джона Брандолино"; a lone "Li" for "Li Wei"
                    return index
            return None
        if mention.title:
            key = _title_key(mention.title)
            for index in range(len(self.speakers) - 1, -1, -1):
                if key in self.speakers[index].titles:
                    return index
        return None


def _title_key(title: str) -> str:
    word = title.lower().split()[-1]
    for suffix in ("а", "я", "ы"):
        if word.endswith(suffix) and word[:-1] in TITLE_WORDS:
            return word[:-1]
    return {"посла": "посол", "главы": "глава"}.get(word, word)


def _title_role(title: str | None) -> str | None:
    return _title_key(title) if title else None


def _nominative(name: str) -> str:
    """"Джона Брандолино" → "Джон Брандолино", "Марии Захаровой" → "Мария Захарова".

    Only used for Russian mentions in the genitive ("по словам …"). Words pymorphy3 reads as
    a genitive first name, surname or patronymic are put in the nominative, in the gender of
    the first name; other words (most foreign surnames are indeclinable) stay as written.
    """
    parses = [[p for p in morph().parse(word) if "gent" in p.tag and {"Name", "Surn", "Patr"} & grammemes(p)]
              for word in name.split()]
    genders = [p[0].tag.gender for p in parses if p and "Name" in p[0].tag]
    words = []
    for word, candidates in zip(name.split(), parses):
        if genders:
            candidates = [p for p in candidates if p.tag.gender == genders[0]] or candidates
        inflected = candidates[0].inflect({"nomn"}) if candidates else None
        words.append(inflected.word.capitalize() if inflected else word)
    return " ".join(words)


def _nominative_role(role: str) -> str:
    """"министра иностранных дел" → "министр иностранных дел": only the head noun changes."""
    head, _, rest = role.partition(" ")
    parse = next((p for p in morph().parse(head) if "gent" in p.tag and p.tag.POS == "NOUN"), None)
    inflected = parse.inflect({"nomn"}) if parse else None
    return f"{inflected.word} {rest}".strip() if inflected else role


def grammemes(parse) -> set[str]:
    return set(str(parse.tag).replace(" ", ",").split(","))

