"""Sentences and languages.

``segment(statements)`` cuts each statement into sentences with character offsets into
the statement text (``text[start:end]`` is the sentence). Russian and other Cyrillic
text goes through ``razdel`` (rules built for Russian news and official prose). English
and other Latin-script text goes through a small rule splitter written for speech
transcripts: it knows titles ("Mr. President", "H.E."), initials, acronyms ("U.N."),
"e.g."/"i.e." and number abbreviations ("No. 5", "Art. 51"), and runs at hundreds of
thousands of sentences a minute, which pysbd (about 1,400 sentences/s here) does not
(see benchmarks/segment_speed.py).

Line breaks are soft (UN transcripts are hard-wrapped mid-sentence) except after a
heading (a short line without end punctuation that follows a finished sentence and is
followed by a capitalised line), after a colon lead-in, and at a paragraph break (a blank
line) after end punctuation or after a one-line headline, byline or dateline: no sentence
runs across a paragraph (see ``_blocks`` for when a blank line is not one).

Languages come from py3langid (offline, numpy model, no pickle). A sentence whose script
differs from its statement's language (an English sentence inside a Russian article) is
detected on its own; others inherit the statement's language, which keeps this cheap.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .schema import SENTENCE_COLUMNS, STATEMENT_COLUMNS, empty_table, validate
from .text.script import CYRILLIC, CYRILLIC_LANGUAGES, LATIN

MIN_LETTERS_FOR_LANGUAGE = 12
MIN_LANGUAGE_CONFIDENCE = 0.5
LANGUAGE_SAMPLE_PART = 1000  # characters from each of the start, middle and end of a long text

_LETTER = re.compile(r"[^\W\d_]")

# Abbreviations after which a period never ends a sentence (lower case, no final period).
_TITLES = frozenset(
    "mr mrs ms messrs mmes dr prof st sr jr gen col lt maj capt cmdr adm gov sen rep hon rev "
    "fr amb pres h.e mme mlle dott sig sra srta e.g i.e cf vs viz al approx dept est inc ltd "
    "corp co bros ph.d u.n u.s u.k u.s.a u.s.s.r e.u".split()
)
# Abbreviations that do not end a sentence when a number follows ("No. 5", "Sept. 11").
_BEFORE_NUMBER = frozenset(
    "no nos art arts para paras p pp vol vols ch chap sec fig figs op res jan feb mar apr jun "
    "jul aug sep sept oct nov dec".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|[。！？]+[」』”）]*")  # CJK needs no space after
_TOKEN_BEFORE = re.compile(r"([\w.'’-]+)\.$")
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_TERMINAL = ".!?…:;»\"”)"


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _language_sample(text: str, part: int = LANGUAGE_SAMPLE_PART) -> str:
    """The start, middle and end of a long text, ``part`` characters each.

    The classifier's time grows with the length of the text, its answer does not: on all
    6,483 General Debate speeches the sample gives the same language and the same side of
    the confidence threshold as the whole speech, about four times faster."""
    if len(text) <= 3 * part:
        return text
    middle = len(text) // 2
    return " ".join((text[:part], text[middle - part // 2:middle + part // 2], text[-part:]))


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of ``text`` or None when it is empty, too short or unclear.

    Offline (py3langid's bundled model). Text with fewer than 12 letters is too short to
    call; a guess below 0.5 probability, or one that contradicts the script (a Cyrillic
    language for Latin text and the reverse), is returned as None rather than guessed.
    """
    if not text or not isinstance(text, str):
        return None
    letters = len(_LETTER.findall(text[:400]))
    if letters < MIN_LETTERS_FOR_LANGUAGE:
        return None
    language, confidence = _identifier().classify(_language_sample(text))
    if confidence < MIN_LANGUAGE_CONFIDENCE:
        return None
    has_cyrillic = bool(CYRILLIC.search(text))
    if language in CYRILLIC_LANGUAGES and not has_cyrillic:
        return None
    if has_cyrillic and not LATIN.search(text) and language not in CYRILLIC_LANGUAGES:
        return None
    return language


def split_sentences(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, whitespace trimmed, none empty."""
    cyrillic = language in CYRILLIC_LANGUAGES if language else bool(CYRILLIC.search(text[:2000]))
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        block = text[block_start:block_end]
        pieces = _razdel_spans(block) if cyrillic else _rule_spans(block)
        for start, end in pieces:
            start, end = _trim(block, start, end)
            if end > start:
                spans.append((block_start + start, block_start + end))
    return spans


def segment(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence (SENTENCE_COLUMNS), in statement order.

    ``sentence_id`` is ``f"{statement_id}:{position:05d}"``; ``start``/``end`` index the
    statement text. Whitespace-only pieces are never emitted.
    """
    validate(statements, {k: STATEMENT_COLUMNS[k] for k in ("statement_id", "text", "language")},
             "statements")
    columns: dict[str, list] = {name: [] for name in SENTENCE_COLUMNS}
    for statement_id, text, language in zip(
        statements["statement_id"], statements["text"], statements["language"]
    ):
        if not isinstance(text, str) or not text.strip():
            continue
        language = language if isinstance(language, str) and language else None
        for position, (start, end) in enumerate(split_sentences(text, language)):
            sentence = text[start:end]
            columns["statement_id"].append(statement_id)
            columns["sentence_id"].append(f"{statement_id}:{position:05d}")
            columns["position"].append(position)
            columns["start"].append(start)
            columns["end"].append(end)
            columns["text"].append(sentence)
            columns["language"].append(sentence_language(sentence, language))
    if not columns["text"]:
        return empty_table(SENTENCE_COLUMNS)
    return pd.DataFrame(columns).astype(SENTENCE_COLUMNS)


def sentence_language(sentence: str, statement_language: str | None) -> str | None:
    """The statement's language unless the sentence's script says otherwise (then detected)."""
    if statement_language is None:
        return None
    if statement_language in CYRILLIC_LANGUAGES:
        if CYRILLIC.search(sentence) or not LATIN.search(sentence):
            return statement_language
    elif not CYRILLIC.search(sentence):
        return statement_language
    elif len(CYRILLIC.findall(sentence)) <= len(LATIN.findall(sentence)):
        return statement_language
    return detect_language(sentence)


# A candidate heading: a line after a finished sentence (or at the start) that does not end
# like a sentence. Candidates are few, so the remaining checks run in Python.
_HEADING = re.compile(r'(?:\A|[.!?…:;»"”)][ \t]*\n)(?:[ \t]*\n)*[ \t]*([^\n]*[^\s.!?…:;»"”)])[ \t]*\n')
_COLON_PARAGRAPH = re.compile(r":[ \t]*\n[ \t]*\n")
_OPENERS = "«\"“„—–-•("
# A paragraph break: a blank line (nothing but spaces on it); the match starts where the paragraph's text ends.
_BLANK_LINE = re.compile(r"[ \t]*\n[ \t]*\n\s*")
_PARAGRAPH_END = re.compile(r"[.!?…][\"'”’»)\]\s]*\Z")  # end punctuation, then closing quotes and brackets
_CLAUSE_END = ",;:-‐‑–—"
_OPENING_QUOTES = "«\"“„'‘(["


def _blocks(text: str) -> list[tuple[int, int]]:
    """Split at hard line breaks (after headings, colon-ended lead-ins and finished paragraphs); others are soft.

    A blank line ends the sentence when the paragraph before it ends in end punctuation (whatever
    follows: an abbreviation or initial, "… Sens." / «… Ашот М.», and a next paragraph that starts
    in lower case, "dh/sms (dpa, AFP, Reuters)", a quote or a bullet) or is one line under 150
    characters that ends in a letter, digit, bracket or quote (a headline, byline or dateline: "By Park
    Ji-hoon", "ANKARA") and the next paragraph does not start in lower case. Otherwise it is soft.

    Counts behind the rule (every blank line in ../shared/corpora and data/, by the paragraph before it):

    * UNGDC, 6,483 speeches, 23,065 blank lines. Its paragraphs are not separated by blank lines; these
      frame page breaks. 10,418 follow end punctuation (cut; lower case follows in 66: 38 "(spoke in
      French)" notes, 28 scans that print a period for a comma or a footer mid-sentence). The other 12,647 fall on
      a page break, nearly all mid-sentence: 2,472 frame a page number or document symbol ("09-52470
      16", no letter), 9,837 end a page of wrapped lines without end punctuation (5,503 of them before
      lower case, the rest before a capital or a number: "The Kyrgyz / 17 / Republic"), 224 a comma,
      58 a colon or semicolon, 27 a hyphen, 11 a dash. All soft: "hard unless a hyphen, a comma or
      lower case" would cut some 4,300 of these sentences. Only 18 paragraphs are one short line: 9
      stay soft because lower case follows, 9 are cut, 8 of them by the heading rule already (the first
      line of a few 2018 speeches stands alone: "… address the General / Assembly", wrong either way).
      The rule splitter already ended a sentence at a period with three spaces or line breaks after it,
      so in all of UNGDC 6 sentences change (607,722 -> 607,728).
    * News (news_quotes 175 articles, the seed, data/'s articles and texts: 944 texts, 6,330 blank
      lines) separates every paragraph by one. 5,668 follow end punctuation (7 before a lower-case
      agency tag); 532 a one-line headline, byline, dateline, caption or list item (cut); 130 stay
      soft: 100 salutations ending in a comma («Господин Председатель,» then «Позвольте …»; the frozen
      official gold keeps them with their sentence), 8 colon or semicolon lead-ins (the colon rule
      cuts where a capital follows), 1 hyphen, 20 longer paragraphs without end punctuation (two-line
      bylines, "By Eleanor Hartley / Home affairs correspondent", and a missing final period), 1 one-line
      byline in lower case ("by Oleksandra Vyshnevska").
    * kremlin_ru has no blank lines (one line per paragraph).

    Cuts index ``text``; ``split_sentences`` trims the whitespace around each piece.
    """
    if "\n" not in text:
        return [(0, len(text))]  # every cut needs a line break (most calls are one news paragraph)
    cuts = []
    for match in _HEADING.finditer(text):
        if match.end(1) - match.start(1) < 150 and _capital_follows(text, match.end()):
            cuts.append(match.end(1))
    for match in _COLON_PARAGRAPH.finditer(text):
        if _capital_follows(text, match.end()):
            cuts.append(match.start() + 1)
    paragraph_start = 0
    for match in _BLANK_LINE.finditer(text):
        paragraph = text[paragraph_start:match.start()].strip()
        paragraph_start = match.end()
        if paragraph and match.end() < len(text) and _paragraph_ends(paragraph, text, match.end()):
            cuts.append(match.start())
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _paragraph_ends(paragraph: str, text: str, next_start: int) -> bool:
    """Whether a blank line after ``paragraph`` (stripped) ends its sentence (see ``_blocks``)."""
    if _PARAGRAPH_END.search(paragraph):
        return True
    if paragraph[-1] in _CLAUSE_END or len(paragraph) >= 150 or "\n" in paragraph or not _LETTER.search(paragraph):
        return False
    first = text[next_start:next_start + 20].lstrip(_OPENING_QUOTES)[:1]
    return not first.islower()


def _capital_follows(text: str, position: int) -> bool:
    rest = text[position:position + 200].lstrip()
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENERS)


@lru_cache(maxsize=1)
def _razdel_may_split() -> re.Pattern:
    """razdel cuts only at one of its delimiters (end punctuation, closing quotes and brackets,
    emoticons) followed by a space and then a token that is not a lower-case word: at any other
    delimiter its first three rules join (no space after it, nothing after it in its ten-character
    window, or a token of lower-case letters: a run of them that ends before any other letter)."""
    from razdel.segmenters.sentenize import DELIMITER

    return re.compile(rf"(?:{DELIMITER})\s+(?![a-zа-яё]+(?![^\W\d]))\S")


def _razdel_spans(text: str) -> list[tuple[int, int]]:
    """razdel's sentences; a text with no place razdel could cut is one sentence, found without
    running its rules (most news paragraphs and the pieces between quotes: half of the time
    attribution spends splitting)."""
    if not _razdel_may_split().search(text):
        chunk = text.strip()  # as razdel: its chunk stripped, found from the start
        start = text.find(chunk)
        return [(start, start + len(chunk))]
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(text)]


def _rule_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if _is_boundary(text, match.start(), end):
            spans.append((start, end))
            start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _is_boundary(text: str, punct_start: int, end: int) -> bool:
    rest = text[end:end + 3].lstrip()
    if not rest:
        return True
    following = rest[0]
    if text[punct_start] in "。！？":
        return True
    if not (following.isupper() or following.isdigit() or following in "\"'“‘«([—–-"):
        return False
    if text[punct_start] != "." or text[punct_start + 1:punct_start + 2] == ".":  # (an ellipsis "..": the match has both)
        return True
    token_match = _TOKEN_BEFORE.search(text, punct_start - 24 if punct_start > 24 else 0, punct_start + 1)
    if not token_match:
        return True
    written = token_match.group(1)
    token = written.lstrip("'’-(").lower()
    if token in _TITLES or _ACRONYM.match(written):
        return False
    if len(token) == 1 and token.isalpha() and text[punct_start - 1].isupper():
        return False  # an initial: "J. Smith"
    return not (token in _BEFORE_NUMBER and following.isdigit())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
