"""Direct quotes: quoted words (« », “ ”, „ “, " ", a dash-introduced line) with their attribution.

A quote becomes a ``direct`` piece only when an attribution with a person stands next to it
("…», — подчеркнул министр X", 'X said: "…"', '"…," Smith said.'); the piece keeps the quoted
words as its text and the attributing words (the cue and source) in ``attribution``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .caseless import Caseless
from .institutions import institution_after, institution_before
from .mentions import mention_after, mention_before
from .people import people_at
from .name_forms import verb_gender
from .registry import Mention, Registry, pronoun_mention
from .sources import POSSESSIVE_GENDER
from .vocabulary import (ABBREVIATION_DOT, DASHES, EN_AFTER_QUOTE, NEWS_AGENCIES, QUOTE_MANNER_RU, QUOTE_PAIRS,
                         RELATIVE, RU_VERB, TITLE_WORDS)


@dataclass
class Piece:
    """A span of one paragraph (offsets within it) with its speaker index and how it was attributed."""

    start: int
    end: int
    speaker: int | None
    mode: str
    attribution: str | None = None
    stance: bool = False  # a stance verb without a person subject
    cue: str = "none"  # what decided: "quote; name", "verb; pronoun", "continued", …
    mention: Mention | None = field(default=None, repr=False)  # a quote's source, resolved in reading order
    consumed: tuple[int, int] | None = None  # a quote with its attribution ("…!" Macron told the world.)
    about: int | None = None  # an unattributed third-person paraphrase: the person its pronoun points at

    def resolve(self, registry: Registry) -> None:
        """Resolve a quote's source now that the text before it has been read."""
        if self.mention is None:
            return
        self.speaker = registry.resolve(self.mention)
        one_of, self.mention = self.mention.of_group, None
        if self.speaker is None:  # "…," another said: one of no group is no one, whom no continuation may fill in
            self.mode, self.cue = "narration", "unresolved" if one_of else "none"
        else:
            self.cue = f"quote; {registry.cue}"


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[^\W_])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s])[’'](?=[\s,.;:!?)\]—–-]|$)")


def double_single_quotes(paragraph: str) -> str:
    """British copy quotes with single marks (‘We will act,’ she said; 'Nothing will change'): the same
    paragraph with each such pair written as double quotes (same length, so offsets hold), when it has no
    double quotes of its own. An apostrophe inside a word ("Russia’s", "don't") opens and closes nothing."""
    if _OPENING.search(paragraph) or "'" not in paragraph and "‘" not in paragraph:
        return paragraph
    chars, at = list(paragraph), 0
    while (opening := _SINGLE_OPEN.search(paragraph, at)) is not None:
        closing = _SINGLE_CLOSE.search(paragraph, opening.end())
        if closing is None:
            break
        chars[opening.start()], chars[closing.start()] = "“", "”"
        at = closing.end()
    return "".join(chars)


_OPENING = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")  # any opening mark (each is one character)
_NESTING = {char: re.compile(f"[{re.escape(char)}{re.escape(closing)}]") for char, closing in QUOTE_PAIRS.items()
            if closing != char}  # a pair's opening and closing marks, to count depth


def find_quotes(paragraph: str) -> list[tuple[int, int, int, int]]:
    """(open, inner_start, inner_end, close_end) of top-level quotes in ``paragraph``; nested
    pairs of the same kind («…«…»…») are skipped over, an unclosed mark is not a quote."""
    quotes, i = [], 0
    while True:
        found = _OPENING.search(paragraph, i)
        if not found:
            return quotes
        i = found.start()
        char = paragraph[i]
        closing = QUOTE_PAIRS[char]
        if closing == char:
            j = paragraph.find(char, i + 1)
        else:
            depth, j = 1, -1
            for mark in _NESTING[char].finditer(paragraph[i + 1:]):
                depth += -1 if mark.group() == closing else 1
                if depth == 0:
                    j = i + 1 + mark.start()
                    break
        if j < 0:
            i += 1
            continue
        quotes.append((i, i + 1, j, j + 1))
        i = j + 1


_AFTER_CLOSE = re.compile(rf"\s*[,.!?…]?\s*[{DASHES}]?\s*(?P<joined>(?<=[{DASHES}] )и\s+)?")  # (the patterns of the quote sieves, compiled once)
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|$")
_END_MARK = re.compile(r"[.!?…]?")
_OPENING_DASH = re.compile(rf"[{DASHES}]\s*")


def attributed_quote(paragraph: str, quote: tuple[int, int, int, int], verb: re.Pattern | Caseless,
                      registry: Registry):
    """(piece, consumed_start, consumed_end) when the quote has an attribution, else None."""
    open_, inner_start, inner_end, close_end = quote
    after = paragraph[close_end:]
    match = _AFTER_CLOSE.match(after)  # «…», — и добавил, что …: "и" joins a verb whose subject just spoke
    rest = after[match.end():]
    verb_match = verb.match(rest) or _RELAYS.match(rest) or (QUOTE_MANNER_RU.match(rest) if verb is RU_VERB else None)
    punctuated = match.group().strip() or paragraph[inner_end - 1:inner_end] in ",.!?…"
    if verb_match and punctuated:
        after_verb = rest[verb_match.end():].lstrip()
        mention = _cited(after_verb) if _CITES.match(verb_match.group()) or _RELAYS.match(rest) else None
        mention = mention or mention_after(after_verb) or institution_after(after_verb) or (
            Mention(pronoun=True) if match.group("joined") else None)
        if mention:
            mention.gender = mention.gender or verb_gender(verb_match.group())
            tail = ABBREVIATION_DOT.sub(lambda m: m.group()[:-1] + " ", rest[verb_match.end():])
            sentence_end = _SENTENCE_END.search(tail)
            consumed_end = close_end + match.end() + verb_match.end() + sentence_end.end()
            return _quote_piece(paragraph, inner_start, inner_end, open_, consumed_end,
                                close_end, mention, registry)
    # "X said, "…"" / "X отметил: «…»"
    before = paragraph[:open_].rstrip()
    if before.endswith((":", ",")):
        clause_start = max([before.rfind(p) + 2 for p in (". ", "! ", "? ") if p in before], default=0)
        clause = before[clause_start:-1]
        consumed_end = close_end + len(_END_MARK.match(paragraph, close_end).group())
        for verb_match in reversed(list(verb.finditer(clause))):
            if len(clause[verb_match.end():].split()) > 5:
                continue  # "X said on Twitter, "…"": a short adverbial may follow the verb
            head = clause[:verb_match.start()]
            relative = RELATIVE.search(head)  # "…drafted by Tom Hale, who said, "…"": the antecedent
            head = head[:relative.start()] + " " if relative else head
            mention = mention_before(head) or institution_before(head)
            if mention:
                return _quote_piece(paragraph, inner_start, inner_end, clause_start, consumed_end,
                                    open_, mention, registry)
        owner = _colon_owner(clause) if before.endswith(":") and inner_end - inner_start > len(clause) else None
        if owner:  # "Trump's statement read: "…"", "Bolsonaro opposed Macron's statement: "…""
            return _quote_piece(paragraph, inner_start, inner_end, clause_start, consumed_end, open_, owner, registry)
    # a trailing English attribution: '"…," Smith said.'
    mention_match = EN_AFTER_QUOTE.match(ABBREVIATION_DOT.sub(lambda m: m.group()[:-1] + " ", after))  # "Ms. Lopez"
    if verb is not RU_VERB and mention_match and punctuated and not after.lstrip().startswith("."):
        subject = relayed_subject(mention_match.group(1) + " ")  # '"…," Tamm was quoted as saying by Interfax.'
        mention = mention_before(subject) or institution_before(subject)
        if mention:
            return _quote_piece(paragraph, inner_start, inner_end, open_, close_end + mention_match.end(),
                                close_end, mention, registry)
    return None


# wire copy relaying an agency: "X was quoted by the TASS news agency as saying", "Interfax quoted X as saying": X
_QUOTED_BY = re.compile(r"(?<=quoted)\s+by\s+[^,]{2,60}?\s+(?=as\s*$)")
_QUOTED_AS = re.compile(r"(?:^|\s)(?:quoted|cited)\s+(?!as\b)([^,]{2,80}?)\s+as\s*$|^(.+?)\s+(?:was|were)\s+quoted\s+as\s*$")


def relayed_subject(head: str) -> str:
    """The words before "saying" reduced to the person or body quoted when an agency relays them ("Interfax quoted
    the Foreign Ministry as", "Tamm was quoted by TASS as"): the speaker, never the agency; else ``head``."""
    relayed = _QUOTED_AS.search(_QUOTED_BY.sub(" ", head))
    return (relayed.group(1) or relayed.group(2)) + " " if relayed else head


_CITES = re.compile(r"(?:про)?цитир", re.IGNORECASE)
# «…», — приводит РИА Новости слова министра X / передаёт агентство слова X: an outlet relaying someone's words
_RELAYS = re.compile(r"(?:привод|переда)(?:ит|ят|ёт|ет|ют|ло|л|ла|ли)(?:ся|сь)?\b(?=(?:\s+\S+){0,3}?\s+слова\s)",
                     re.IGNORECASE)  # (also «приводятся в заявлении слова X»)
_WORDS_OF = re.compile(r"(?:\S+\s+){0,3}?слова\s+")
_OUTLET_NEXT = re.compile(rf"\s+(?=(?:{'|'.join(sorted(NEWS_AGENCIES))})\b|[A-Z][a-z]|[«\"“]|(?:агентство|издание|газета|телеканал)\b)"
                          r"|[,.;]", re.IGNORECASE)


def _cited(after_verb: str) -> Mention | None:
    """«…», — цитирует министра X агентство, — приводит РИА Новости слова министра X: the person cited or
    relayed (the verb's object, named when the object names them), not the outlet citing."""
    relayed = _WORDS_OF.match(after_verb)
    whose = relayed.group().split()[-2].lower() if relayed and len(relayed.group().split()) > 1 else None
    if whose in POSSESSIVE_GENDER:  # «— приводит ее слова РИА Новости»: the person the possessive points at
        return pronoun_mention(POSSESSIVE_GENDER[whose])
    if relayed:
        after_verb = after_verb[relayed.end():]
    words = after_verb.split()
    if words and words[0].isupper() and len(words) > 1:  # «цитирует РБК белорусского лидера»: the outlet first
        after_verb = after_verb[after_verb.index(words[0]) + len(words[0]):].lstrip()
        words = words[1:]
    if not words:
        return None
    head = _OUTLET_NEXT.split(after_verb)[0]  # «Ивана Петрова ТАСС», «министра X агентство Reuters»: before the outlet
    mention = mention_before(head)
    if mention and (mention.name and not mention.tentative or mention.title and not mention.name):
        mention.oblique = True  # the object's case: «Ивана Петрова» is Иван Петров
        return mention
    title = words[0].strip(",.").lower()
    return Mention(title=title, role=title, oblique=True) if title in TITLE_WORDS else None


def _colon_owner(clause: str) -> Mention | None:
    """Whose quotation a clause ending in a colon introduces: a possessive ("Trump's statement
    read:") or the person who opens the clause ("Brazilian President Jair Bolsonaro opposed …:")."""
    possessive = re.search(r"([A-ZА-ЯЁ][\w-]+(?:\s[A-ZА-ЯЁ][\w-]+)*)['’]s\s+(?:statement|message|letter|post|tweet|"
                           r"speech|remarks|words|address)\b", clause)
    if possessive and possessive.start() < 3:
        return mention_before(possessive.group(1))
    people = people_at(clause)
    if people and people[0][0] < 40:
        return people[0][1]
    opening = re.match(r"(?:[A-ZА-ЯЁ][\w'’-]+\s?){1,3}", clause)
    mention = mention_before(opening.group().strip()) if opening else None
    return mention if mention and mention.name and not mention.pronoun else None


def _quote_piece(paragraph, inner_start, inner_end, consumed_start, consumed_end, attribution_at,
                 mention, registry):
    """A direct piece for the quote (None when the mention is nobody we can name); the
    attribution is the consumed text outside the quote. The source is resolved later, in
    reading order (``Piece.resolve``), so "he" finds the person named before the quote."""
    if not registry.resolvable(mention):
        return None
    inner_text = paragraph[inner_start:inner_end]
    inner_start += len(inner_text) - len(inner_text.lstrip())
    inner_end -= len(inner_text) - len(inner_text.rstrip(" ,"))
    if attribution_at >= inner_end:
        attribution = paragraph[attribution_at:consumed_end]
    else:
        attribution = paragraph[consumed_start:attribution_at]
    piece = Piece(inner_start, inner_end, None, "direct", attribution.strip(" ,—–-:"), cue="quote", mention=mention,
                  consumed=(consumed_start, consumed_end))
    return piece, consumed_start, consumed_end


def dash_quote(paragraph: str, verb: re.Pattern | Caseless, registry: Registry):
    """A line opening with a dash: "— Мы готовы, — сказал министр."."""
    if not paragraph[:1] in DASHES:
        return None
    for match in re.finditer(rf"([,.!?…])\s*[{DASHES}]\s*", paragraph[1:]):
        rest = paragraph[1 + match.end():]
        verb_match = verb.match(rest) or (QUOTE_MANNER_RU.match(rest) if verb is RU_VERB else None)
        if verb_match:
            mention = mention_after(rest[verb_match.end():].lstrip())
            if mention:
                mention.gender = mention.gender or verb_gender(verb_match.group())
                inner_end = 1 + match.start() + (0 if match.group(1) == "," else 1)
                return _quote_piece(paragraph, 1, inner_end, 0, len(paragraph), 1 + match.start(), mention, registry)
    return None



def resumed_quote(sentence: str) -> tuple[int, int] | None:
    """Inner (start, end) of a quotation the agency resumes after its attribution with a dash ("«…», — заявил X. —
    «…»."): a sentence that is a dash and then one quotation."""
    dash = _OPENING_DASH.match(sentence)
    inner = whole_quote(sentence[dash.end():]) if dash and dash.end() > 0 else None
    return (dash.end() + inner[0], dash.end() + inner[1]) if inner else None


def whole_quote(sentence: str) -> tuple[int, int] | None:
    """Inner (start, end) when the sentence is one quotation and nothing else."""
    closing = QUOTE_PAIRS.get(sentence[:1])
    if not closing:
        return None
    end = len(sentence.rstrip(".!?…"))
    if end > 2 and sentence[end - 1] == closing and closing not in sentence[1:end - 1]:
        return 1, end - 1
    return None

