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
    if b"\x00" in sample or looks_binary(sample):
        raise Unreadable("binary", f"binary data: {count_controls(sample)} control/NUL bytes in the first "
                                   f"{len(sample)} bytes")
    try:
        return Decoded(data.decode("utf-8"), tuple(notes))
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    notes.append(("decoded_cp1251", f"{utf8_error}; decoded as cp1251 (Cyrillic)"))
    return Decoded(_decode_cp1251(data, utf8_error), tuple(notes))


def count_controls(data: bytes) -> int:
    """How many NUL and control bytes (not tab, newline, carriage return, form feed, escape) ``data`` holds."""
    return len(data.translate(None, _NOT_CONTROL))


def looks_binary(sample: bytes) -> bool:
    """True when control bytes are dense (more than 1 in 200, and more than 2): a binary file, not stray bytes."""
    return count_controls(sample) > max(2, len(sample) // 200)


def decode_line(data: bytes) -> tuple[str, bool]:
    """One line of a table file as text, and whether it was read as cp1251.

    Raise Unreadable("control_bytes") when the line holds a NUL or control byte (only
    that line is lost, not the file), Unreadable("undecodable") when it is neither UTF-8
    nor plausible cp1251 Russian.
    """
    if count_controls(data):
        first = next(i for i, b in enumerate(data) if bytes([b]) in _CONTROL_BYTES)
        raise Unreadable("control_bytes", f"{count_controls(data)} NUL/control byte(s), the first "
                                          f"(0x{data[first]:02x}) at byte {first + 1} of the line")
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError as exc:
        return _decode_cp1251(data, f"invalid UTF-8 at byte {exc.start + 1} of the line"), True


def _decode_cp1251(data: bytes, utf8_error: str) -> str:
    """``data`` read as cp1251 when it is plausibly Russian text; Unreadable otherwise."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        raise Unreadable("undecodable", f"{utf8_error}; not cp1251 either") from None
    high = [c for c in text if ord(c) > 127]
    textlike = sum(1 for c in high if _CP1251_TEXTLIKE.match(c))
    cyrillic_words = [w for w in _WORDS.findall(text) if _CYRILLIC.search(w)]
    mixed = sum(1 for w in cyrillic_words if _LATIN.search(w))  # "Cafй": Latin-1 read as cp1251
    if high and textlike / len(high) >= 0.95 and mixed <= 0.1 * len(cyrillic_words):
        return text
    raise Unreadable(
        "undecodable",
        f"{utf8_error}, and it does not read as cp1251 Russian ({textlike} of {len(high)} non-ASCII "
        f"characters are Cyrillic or Russian punctuation, {mixed} words mix Latin and Cyrillic); "
        f"re-save the file as UTF-8",
    )


# Tag names that are removed wherever they appear (opening, closing, self-closing, with or
# without attributes). Anything else in angle brackets ("a < b > c", "<Ukraine>") is text.
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|table|tr|td|th|tbody|thead|"
    r"img|font|sup|sub|blockquote|section|article|header|footer|nav|hr|iframe|meta|link|"
    r"html|head|body|title|small|center|script|style|noscript|svg|math|object|embed|form|"
    r"input|button|textarea|select|frame|frameset|base|video|audio)\b[^<>]*/?>",
    re.IGNORECASE,
)
_HTML_BLOCK = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_BREAK = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr)\b[^<>]*>", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def clean_text(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Normalise newlines and strip HTML remnants (entities, tags, script/style blocks).

    Entities are decoded *before* tags are stripped, and stripping repeats until nothing
    changes, so cleaning never creates markup: ``&lt;script&gt;`` and ``<scr<b>ipt>`` both
    lose the tag instead of becoming a live ``<script>``. Only recognised HTML tag names are
    removed, so "a < b > c" or "<Ukraine>" survive. Returns the text and the note codes
    for what was changed.
    """
    notes: list[tuple[str, str]] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and _HTML_ENTITY.search(text):
        text = html.unescape(text)
        notes.append(("html_unescaped", "HTML entities decoded"))
    if "<" in text:
        cleaned = text
        while True:
            stripped = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", _HTML_BLOCK.sub(" ", cleaned)))
            if stripped == cleaned:
                break
            cleaned = stripped
        if cleaned != text:
            notes.append(("html_cleaned", "HTML tags removed"))
            text = cleaned.strip()
    text = text.lstrip("\ufeff")
    return text, tuple(notes)
