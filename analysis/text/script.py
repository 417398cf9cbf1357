"""Scripts and language codes: which languages are written in Cyrillic, and guessing from letters."""

from __future__ import annotations

import re

# Languages written in Cyrillic: razdel splits their sentences, pymorphy3 reads the Russian ones.
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"})
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")  # with the accented Latin of European languages


def has_cyrillic(text: str) -> bool:
    """True when ``text`` holds at least one Cyrillic letter."""
    return CYRILLIC.search(text) is not None


def is_cyrillic_language(language: str | None) -> bool:
    """True for an ISO 639-1 code of a language written in Cyrillic ("ru", "uk", …)."""
    return base_language(language) in CYRILLIC_LANGUAGES


_SUBTAG = re.compile(r"[-_]")


def base_language(code: str | None) -> str | None:
    """"RU", "en-GB", "en_US" -> "ru", "en", "en"; None or blank -> None."""
    if not isinstance(code, str) or not code.strip():
        return None
    return _SUBTAG.split(code.strip().lower())[0]


def script_language(text: str) -> str:
    """'ru' when the text has Cyrillic letters, else 'en': the fallback for a missing language."""
    return "ru" if has_cyrillic(text) else "en"
