"""Bytes → clean text, or a reasoned refusal.

Real corpora arrive as UTF-8, UTF-8 with a BOM (Windows tools), cp1251 (older Russian
sources) and occasionally as binary junk with a ``.txt`` name. We decode what we can
prove is text and refuse the rest with a reason, never guessing silently: every
non-trivial step returns a note code (``bom_stripped``, ``decoded_cp1251`` …) that the
loaders put into the load report.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)  # deleted to count the rest
# cp1251 characters that real Russian text uses above ASCII: letters, Ёё, «», dashes, №, …
_CP1251_TEXTLIKE = re.compile("[А-Яа-яЁё«»—–№…“”„’‘•\u00a0°±§]")
_WORDS = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[А-Яа-яЁё]")
_LATIN = re.compile("[A-Za-z]")


class Unreadable(Exception):
    """The bytes are not usable text; ``reason`` is a LoadReport reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Decoded:
    text: str
    notes: tuple[tuple[str, str], ...]  # (code, detail)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` as UTF-8 / UTF-8-BOM / UTF-16-BOM / cp1251 Russian; raise Unreadable otherwise."""
    notes: list[tuple[str, str]] = []
    if not data.strip():
        raise Unreadable("empty", "the file has no text (zero bytes or whitespace only)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise Unreadable("undecodable", f"UTF-16 BOM but invalid UTF-16: {exc.reason}") from None
        return Decoded(text.lstrip("\ufeff"), (("decoded_utf16", "UTF-16 with BOM decoded"),))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        notes.append(("bom_stripped", "UTF-8 byte order mark removed"))
    sample = data[:65536]
    controls = len(sample.translate(None, _NOT_CONTROL))
    if b"\x00" in sample or controls > max(2, len(sample) // 200):
        raise Unreadable(
            "binary", f"binary data: {controls} control/NUL bytes in the first {len(sample)} bytes"
        )
    try:
        return Decoded(data.decode("utf-8"), tuple(notes))
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        raise Unreadable("undecodable", f"{utf8_error}; not cp1251 either") from None
    high = [c for c in text if ord(c) > 127]
    textlike = sum(1 for c in high if _CP1251_TEXTLIKE.match(c))
    cyrillic_words = [w for w in _WORDS.findall(text) if _CYRILLIC.search(w)]
    mixed = sum(1 for w in cyrillic_words if _LATIN.search(w))  # "Cafй": Latin-1 read as cp1251
    if high and textlike / len(high) >= 0.95 and mixed <= 0.1 * len(cyrillic_words):
        notes.append(("decoded_cp1251", f"{utf8_error}; decoded as cp1251 (Cyrillic)"))
        return Decoded(text, tuple(notes))
    raise Unreadable(
        "undecodable",
        f"{utf8_error}, and it does not read as cp1251 Russian ({textlike} of {len(high)} non-ASCII "
        f"characters are Cyrillic or Russian punctuation, {mixed} words mix Latin and Cyrillic); "
        f"re-save the file as UTF-8",
    )


_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|table|tr|td|th|tbody|thead|"
    r"img|font|sup|sub|blockquote|section|article|header|footer|nav|hr|iframe|meta|link|"
    r"html|head|body|title|small|center)\b[^<>]*/?>",
    re.IGNORECASE,
)
_HTML_BLOCK = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_BREAK = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr)\b[^<>]*>", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def clean_text(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Normalise newlines and strip HTML remnants (tags, script/style blocks, entities).

    Only recognised HTML tag names are removed, so "a < b > c" or "<Ukraine>" survive.
    Returns the text and the note codes for what was changed.
    """
    notes: list[tuple[str, str]] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        cleaned = _HTML_BLOCK.sub(" ", text)
        cleaned = _HTML_BREAK.sub("\n", cleaned)
        cleaned = _HTML_TAG.sub("", cleaned)
        if cleaned != text:
            notes.append(("html_cleaned", "HTML tags removed"))
            text = cleaned.strip()
    if "&" in text and _HTML_ENTITY.search(text):
        text = html.unescape(text)
        notes.append(("html_unescaped", "HTML entities decoded"))
    text = text.lstrip("\ufeff")
    return text, tuple(notes)
