"""Tokens with character offsets, and what counts as a word or a clause boundary."""

from __future__ import annotations

import re
from functools import lru_cache

# Clause punctuation: multi-word expressions and negation windows never reach across it.
BOUNDARY = frozenset(".,;:!?()[]{}—–…«»\"")

# English words (apostrophes inside: "women's"), "n't" split off so it can be a negation cue,
# numbers, and any other single non-space character (punctuation).
_EN_TOKEN = re.compile(
    r"[^\W\d_]+(?=n['’]t\b)|n['’]t\b|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]",
)
# Letter words with inner hyphens and apostrophes ("secretary-general", "women's"); no digits.
LETTER_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CHUNK = re.compile(r"\S+")


def tokenize(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, token) triples with ``text[start:end] == token``; punctuation included.

    Russian goes through razdel (built for Russian prose), anything else through a regex.
    """
    if language == "ru":
        return _razdel_tokens(text)
    return [(m.start(), m.end(), m.group()) for m in _EN_TOKEN.finditer(text)]


def _razdel_tokens(text: str) -> list[tuple[int, int, str]]:
    """razdel's tokens of ``text``, each run of non-space characters tokenised once per process.

    razdel (0.5.0, pinned) always splits at whitespace, and its only rule that looks across a
    space (``DashRule``/``FloatRule``… on "1, 2", "а -б") reads the type of the atom beside a
    punctuation mark at the run's edge, and the neighbouring character decides that type. So a
    run's tokens depend on the run and, when it starts or ends with a non-alphanumeric character,
    on that neighbouring character: the memo key (tests/test_text.py checks it against razdel). Official prose repeats its word forms,
    and razdel's pure-Python rules were most of the Russian frame matcher's time.
    """
    runs = [(m.start(), m.group()) for m in _CHUNK.finditer(text)]
    out: list[tuple[int, int, str]] = []
    last = len(runs) - 1
    for i, (offset, run) in enumerate(runs):
        before = runs[i - 1][1][-1] if i and not run[0].isalnum() else ""
        after = runs[i + 1][1][0] if i < last and not run[-1].isalnum() else ""
        out += [(offset + start, offset + end, token) for start, end, token in _run_tokens(before, run, after)]
    return out


@lru_cache(maxsize=300_000)
def _run_tokens(before: str, run: str, after: str) -> tuple[tuple[int, int, str], ...]:
    """razdel's tokens of one whitespace-free ``run`` (offsets into it), read between the
    characters ``before`` and ``after`` of its neighbours ("" at the edge of the text)."""
    import razdel

    shift = len(before) + 1 if before else 0
    text = f"{before} {run} {after}" if before else f"{run} {after}"
    return tuple((t.start - shift, t.stop - shift, t.text) for t in razdel.tokenize(text)
                 if shift <= t.start < shift + len(run))


def letter_words(text: str) -> list[str]:
    """The letter words of ``text`` (numbers and punctuation dropped), as written."""
    return LETTER_WORD.findall(text)


def is_word(token: str) -> bool:
    """Words and numbers take part in matching; punctuation only separates."""
    return any(ch.isalnum() for ch in token)


def is_boundary(token: str) -> bool:
    """A token holding clause punctuation ("," "..." "?!") ends a clause."""
    return any(ch in BOUNDARY for ch in token)
