"""Statements and their issuers: "The ministry issued a statement …" is the ministry's, and the sentences
that quote the statement without naming its issuer again ("The statement also said …", «В нём говорится …»,
«В заявлении, направленном в СМИ, говорится …») are the issuer's too.

Wire and agency copy report a body's written statement this way (the annotation rules make the issuer the
speaker: a statement is not a document when someone issued it). A statement the sentence attributes to
someone else («В заявлении МИД говорится …») is read by the speech-verb sieve before this one.
"""

from __future__ import annotations

import re

from .caseless import Caseless
from .institutions import institution_before
from .mentions import mention_before
from .registry import Registry
from .vocabulary import IN_STATEMENT, IN_STATEMENT_MODIFIERS, ISSUE_VERBS, STATEMENT_NOUNS, STATEMENT_VERBS

# "X issued a statement", "X released a brief written statement", «МИД опубликовал комментарий»
_ISSUES = {
    "en": re.compile(rf"\b(?:{ISSUE_VERBS['en']})\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
                     rf"(?:{STATEMENT_NOUNS['en']})\b", re.IGNORECASE),
    "ru": Caseless(rf"\b(?:{ISSUE_VERBS['ru']})л[аио]?\s+(?:[а-яё-]+\s+)?(?:{STATEMENT_NOUNS['ru']})"),
}
# "The statement (also) said", «В нём сказано», «В заявлении, направленном в СМИ, говорится», «В комментарии также
# отмечается»: the statement speaks for its issuer
_THE_STATEMENT = {
    "en": re.compile(rf"^(?:The|This|That|Its|Their)\s+((?:[\w-]+\s+){{0,2}}?)(?:{STATEMENT_NOUNS['en']})(?:,[^,]{{1,80}},)?"
                     rf"\s+(?:also\s+|further\s+)?(?:{STATEMENT_VERBS})\b"),
    "ru": re.compile(rf"^(?:[Вв]\s+(?:нём|нем|ней)|[Вв]\s+(?:этом\s+|том\s+же\s+|(?:{IN_STATEMENT_MODIFIERS})\s+)?"
                     rf"(?:{IN_STATEMENT}))\b" r"(?:,[^,]{1,80},)?\s*"
                     r"(?:также\s+|в частности\s+)?(?:говорится|сказано|отмечается|подч[её]ркивается|указывается|"
                     r"утверждается)\b"),
}

# "a White House readout", "a Foreign Ministry statement": the body named before the statement noun issued it
_BODY_STATEMENT = re.compile(rf"(?:^|\s)(?:a|an|the|in\s+a)\s+((?:[A-Z][\w.'’-]*\s+){{1,4}})(?:{STATEMENT_NOUNS['en']})\s*$")
# "…, the readout said.", '"…," the statement said.': a closing clause that quotes the statement issued last
_THE_STATEMENT_CLOSING = re.compile(rf",([\"”’])?\s*(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{STATEMENT_NOUNS['en']})\s+(?:also\s+)?"
                                    rf"(?:{STATEMENT_VERBS})(?:\s*[.!?]?\s*$|,)")
_QUOTE_OPENERS = ('"', "“", "‘")  # '"…," the statement said.' opens with the quote: all of it is the statement's words
# "X said in a statement", "X, in a statement delivered via the press secretary, said", «X заявил в своём обращении»
_IN_A_STATEMENT = {
    "en": re.compile(rf"\bin\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{STATEMENT_NOUNS['en']})\b",
                     re.IGNORECASE),
    "ru": Caseless(rf"\bв\s+(?:(?:{IN_STATEMENT_MODIFIERS})\s+)?(?:{IN_STATEMENT})\b"),
}


def body_statement(phrase: str, registry: Registry) -> int | None:
    """The speaker for a statement named by its issuer before the noun ("…, a White House statement said", "according
    to a Kremlin readout"): that body, who then issued the statement the article reports; None for any other phrase."""
    found = _BODY_STATEMENT.search(phrase)
    mention = institution_before(found.group(1)) if found else None
    speaker = registry.resolve(mention) if mention is not None and mention.institution else None
    if speaker is not None:
        registry.issuer = speaker
    return speaker


def statement_issuer(sentence: str, cyrillic: bool, registry: Registry) -> tuple | None:
    """(speaker, mode, attribution, stance, cue) for a sentence that issues a statement or quotes the one
    issued last, while its issuer is still the last speaker resolved (nobody else named since); None
    otherwise (``clauses.classify_sentence`` tries this after the speech verbs)."""
    language = "ru" if cyrillic else "en"
    issued = _ISSUES[language].search(sentence)
    if issued:
        head = sentence[:issued.start()]
        mention = mention_before(head) or institution_before(head)
        speaker = registry.resolve(mention) if mention else None
        if speaker is not None:
            registry.issuer = speaker
            return speaker, "reported", issued.group(), False, f"verb; {registry.cue}"
    opening = _THE_STATEMENT[language].match(sentence)
    if opening and registry.issuer is None and not cyrillic:  # "The government statement said": the body it names
        registry.issuer = _body_named(opening.group(1), registry)
    closing = None if opening or cyrillic else _THE_STATEMENT_CLOSING.search(sentence)
    quoted = closing is not None and closing.group(1) is not None  # '"…," the statement said.': a whole quote
    # (quoted: only when the issuer spoke the sentence just before, not after "Chile and Bolivia issued a joint
    # statement"; its mode is direct; review of round 27)
    if (opening or closing) and registry.issuer is not None and registry.issuer == registry.last \
            and (not quoted or registry.before == registry.issuer):
        registry.touch(registry.issuer)
        mode = "direct" if quoted and sentence.lstrip()[:1] in _QUOTE_OPENERS else "reported"
        return registry.issuer, mode, None, False, "statement; issuer"
    return None


def note_issuer(sentence: str, speaker: int | None, cyrillic: bool, registry: Registry) -> None:
    """A speaker whose sentence puts the words in a statement ("X said in a statement", "X, in a statement delivered
    via the press secretary, said") issued it, so "The statement also said …" later is theirs."""
    if speaker is not None and _IN_A_STATEMENT["ru" if cyrillic else "en"].search(sentence):
        registry.issuer = speaker


def _body_named(modifiers: str, registry: Registry) -> int | None:
    """The body a statement's lower-case modifier names ("the government statement", "the ministry statement"): the
    most recent institution with that word in its name, else None."""
    words = {w.lower() for w in modifiers.split() if w.islower()}
    for index in reversed(registry.order):
        speaker = registry.speakers[index]
        if words and speaker.kind == "institution" and words & {w.lower() for w in (speaker.name or "").split()}:
            return index
    return None
