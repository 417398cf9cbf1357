"""Normalisation: the one place ``ё`` becomes ``е`` and words are lower-cased for matching.

Russian texts spell "ё" both ways ("её"/"ее", "объединённых"/"объединенных"); every
comparison of words must fold it, or the same word counts as two.
"""

from __future__ import annotations

_YO = str.maketrans("ёЁ", "еЕ")


def fold_yo(text: str) -> str:
    """``text`` with ё/Ё written as е/Е."""
    return text.translate(_YO)


def normalize_word(word: str, language: str) -> str:
    """The form words are compared in: lower-case, and ``ё`` folded for Russian."""
    lower = word.lower()
    return fold_yo(lower) if language == "ru" else lower
