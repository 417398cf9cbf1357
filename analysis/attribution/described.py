"""Russian subjects that describe an unnamed person instead of naming one: «Очевидец», «50-летний житель»,
«Один из участников встречи», «Бывший сотрудник российского МИД».

Split out of ``mentions`` (round 19), which had reached the 400-line limit: these read one short noun phrase with
pymorphy3 (case, number, animacy) and need nothing else of ``mentions``; ``mentions`` asks them when a subject has
neither a name nor a title.
"""

from __future__ import annotations

from .registry import Mention
from .vocabulary import ONE_OF, PRONOUNS, VAGUE_GROUPS, first_pos, known_word, parses


def dative(word: str) -> bool:
    """A Russian noun form that reads only in the dative («корреспонденту», «журналистам»)."""
    cases = {p.tag.case for p in parses(word)[:4] if p.tag.POS == "NOUN"}
    return cases == {"datv"}


def described_person(text: str) -> Mention | None:
    """«50-летний житель (сказал)», «Очевидец (рассказал)»: a Russian subject that is one person described
    by an animate noun in the nominative singular (no title, no name) is an unnamed speaker, the noun
    phrase their role; never a vague group, a name or a noun that reads otherwise first."""
    tokens = text.split()
    head = tokens[-1].lower() if tokens else ""
    parse = parses(head)[0] if head.isalpha() and known_word(head) else None
    if parse is None or parse.tag.POS != "NOUN" or not {"anim", "sing", "nomn"} <= parse.tag.grammemes \
            or {"Name", "Surn", "Patr"} & parse.tag.grammemes or head in VAGUE_GROUPS or head in PRONOUNS:
        return None
    start = len(tokens) - 1
    while start > 0 and len(tokens) - start < 4 and (any(c.isdigit() for c in tokens[start - 1]) or tokens[start - 1].isalpha()
                                                     and first_pos(tokens[start - 1].lower()) in {"ADJF", "PRTF"}):
        start -= 1  # «местный», «50-летний»
    role = " ".join(tokens[start:])
    return Mention(role=role[0].lower() + role[1:])


def described_head(text: str) -> Mention | None:
    """«Один из участников встречи», «Бывший сотрудник российского МИД»: a short Russian subject whose head comes
    first (a person noun in the nominative singular, or «один/одна из» and a plural person noun) and the rest of it
    in the genitive; an unnamed speaker, the whole phrase their role."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 6 or not all(t.isalpha() or "-" in t for t in tokens):
        return None
    lower = [t.lower() for t in tokens]
    if lower[0] in ONE_OF and lower[1] == "из":
        head, wanted, rest = 2, {"anim", "plur", "gent"}, 3
    else:
        head = next((i for i, t in enumerate(lower[:3]) if first_pos(t) != "ADJF"), None)
        wanted, rest = {"anim", "sing", "nomn"}, (head or 0) + 1
    parse = parses(lower[head])[0] if head is not None and head < len(tokens) and known_word(lower[head]) else None
    if parse is None or parse.tag.POS != "NOUN" or not wanted <= parse.tag.grammemes \
            or {"Name", "Surn", "Patr"} & parse.tag.grammemes or lower[head] in VAGUE_GROUPS or _vague_plural(parse):
        return None  # «Один из экспертов»: one of a vague group is as vague (review of round 18)
    if not all(t.isupper() or any(p.tag.case == "gent" for p in parses(w)[:2])
               for t, w in zip(tokens[rest:], lower[rest:])):
        return None  # «сотрудник МИД заявил»: genitives only, no verb or other case
    role = " ".join(tokens)
    return Mention(role=role[0].lower() + role[1:])


def _vague_plural(parse) -> bool:
    """A plural noun form whose nominative plural is a vague group («экспертов» → «эксперты»)."""
    plural = parse.inflect({"plur", "nomn"}) if "plur" in parse.tag else None
    return plural is not None and plural.word in VAGUE_GROUPS
