"""Tokens with character offsets, and what counts as a word or a clause boundary."""

from __future__ import annotations

import re

# Clause punctuation: multi-word expressions and negation windows never reach across it.
BOUNDARY = frozenset(".,;:!?()[]{}—–…«»\"")

# English words (apostrophes inside: "women's"), "n't" split off so it can be a negation cue,
# numbers, and any other single non-space character (punctuation).
_EN_TOKEN = re.compile(
    r"[^\W\d_]+(?=n['’]t\b)|n['’]t\b|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]",
)
# Letter words with inner hyphens and apostrophes ("secretary-general", "women's"); no digits.
LETTER_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def tokenize(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, token) triples with ``text[start:end] == token``; punctuation included.

    Russian goes through razdel (built for Russian prose), anything else through a regex.
    """
    if language == "ru":
        import razdel

        return [(t.start, t.stop, t.text) for t in razdel.tokenize(text)]
    return [(m.start(), m.end(), m.group()) for m in _EN_TOKEN.finditer(text)]


def letter_words(text: str) -> list[str]:
    """The letter words of ``text`` (numbers and punctuation dropped), as written."""
    return LETTER_WORD.findall(text)


def is_word(token: str) -> bool:
    """Words and numbers take part in matching; punctuation only separates."""
    return any(ch.isalnum() for ch in token)


def is_boundary(token: str) -> bool:
    """A token holding clause punctuation ("," "..." "?!") ends a clause."""
    return any(ch in BOUNDARY for ch in token)
