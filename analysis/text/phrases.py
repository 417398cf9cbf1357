"""The phrase matcher: patterns of words (lemmas, prefixes, exact forms) found with offsets.

The frame codebook and the sentiment lexicon are both lists of phrases in this syntax:

  ``word``      any inflection: Russian words match on pymorphy3 lemmas, English on Snowball stems
  ``word*``     prefix of the lower-cased word or of one of its lemmas ("кибербезопасн*")
  ``=Word``     the exact surface form; case-sensitive when it has a capital ("=UN", "=ВОЗ")
  ``a b c``     consecutive words, or up to ``gap`` words apart, never across clause punctuation

Phrases are indexed by their first word and every surface form is looked up once (its
lemmas and candidate phrases are cached), so a sentence costs a tokenizer pass plus a few
dictionary lookups per word: that is what makes the whole UN General Debate corpus
feasible in minutes. Rules, in the order they apply:

  1. a phrase matches consecutive words (or up to ``gap`` words apart) inside one clause;
  2. an ``exclude`` pattern overlapping the match vetoes it ("Security Council" is not
     the security frame), and a phrase with ``requires`` counts only when one of those
     patterns (up to one word apart) occurs somewhere in the same text: the genre's
     formulas ("no country can ... alone") span more words than a gap allows;
  2b. a phrase with ``statement_requires`` counts only when one of those patterns (up to
     one word apart) occurs somewhere in the same *statement* (a body's short name,
     «Совет», "the Agency", after its full name earlier in the speech). ``match`` treats
     the text as its own statement; :meth:`PhraseMatcher.scan` keeps such matches open and
     says which conditions the text meets, and :meth:`PhraseMatcher.confirm` settles them
     once the caller has seen the whole statement (``analysis.frames.detect_frames``);
     rule 3 runs after that, so an unconfirmed match never hides another one;
  3. overlaps: ``overlap="group"`` keeps, within one group (frame), only the longest match
     (then the earliest), so "mutual trust" counts once; ``overlap="leftmost"`` reads left to
     right and takes the longest phrase at each word, so no word counts twice (lexicon cues);
  4. ``negated`` is True for ``always_negated`` phrases ("distrust") and for negation-sensitive
     ones with a cue shortly before or after them, within the clause ("не доверяем",
     "trust has been eroded"; "не только ..." is not a negation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .lemmas import WordForm, lemmatizer, word_form
from .normalize import normalize_word
from .tokens import is_boundary, is_word, tokenize

Element = tuple[str, str]  # (kind, value): kind in lemma / prefix / exact / exact_ci
OVERLAPS = ("group", "leftmost")


@dataclass(frozen=True)
class Phrase:
    """One pattern to find; ``group`` is what overlaps are resolved within (a frame key)."""

    id: str
    group: str
    pattern: str
    gap: int = 0  # words allowed between consecutive pattern words
    always_negated: bool = False  # the phrase itself negates its group ("distrust")
    negation_sensitive: bool = False  # look for a negation cue around the match
    exclude: tuple[str, ...] = ()  # patterns that veto an overlapping match
    requires: tuple[str, ...] = ()  # one of these must occur in the same text ("no country" for "alone")
    weight: float = 1.0  # what a hit is worth to a scorer (lexicon cues)
    statement_requires: tuple[str, ...] = ()  # one of these must occur in the same statement (see ``scan``)


@dataclass(frozen=True)
class Negation:
    """Negation cues of one language: a cue up to ``window`` words before a match negates it,
    and so does an ``after`` cue up to ``window`` words after it ("доверие утрачено", "trust eroded")."""

    window: int
    before: tuple[str, ...]
    ignore: tuple[str, ...] = ()  # cue-led phrases that do not negate ("не только", "not only")
    after: tuple[str, ...] = ()


class Hit(NamedTuple):
    phrase: Phrase
    start: int  # character offsets into the text
    end: int
    negated: bool


class Scan(NamedTuple):
    """One text's matches before the statement-level conditions are settled (``PhraseMatcher.scan``).

    ``present`` are the numbers of the conditions this text meets (the matcher's own, one
    language); a statement meets the union of its texts' ``present``. ``open`` is True when
    some match waits for a condition: then only ``PhraseMatcher.confirm(scan, met)`` gives the
    hits. Otherwise ``hits`` are final.
    """

    hits: list[Hit]
    present: frozenset[int]
    open: bool
    found: list  # the matches before the overlap rule (internal; used by ``confirm``)


def pattern_words(pattern: str, language: str) -> list[str]:
    """Split a pattern into its word pieces (each may carry ``=`` or a trailing ``*``).

    Raises ValueError with the reason when the pattern is malformed.
    """
    if not isinstance(pattern, str) or not pattern.strip():
        raise ValueError("pattern is empty")
    pieces: list[str] = []
    for raw in pattern.split():
        exact, prefix = raw.startswith("="), raw.endswith("*")
        core = raw[1 if exact else 0 : -1 if prefix else None]
        if exact and prefix:
            raise ValueError(f"{raw!r}: '=' (exact form) and '*' (prefix) cannot be combined")
        if "*" in core or "=" in core:
            raise ValueError(f"{raw!r}: '*' only at the end of a word, '=' only at its start")
        tokens = [t for _, _, t in tokenize(core, language)]
        if any(is_boundary(t) for t in tokens):
            raise ValueError(f"{raw!r}: clause punctuation cannot occur inside a pattern (texts never match across it)")
        words = [t for t in tokens if is_word(t)]
        if not words:
            raise ValueError(f"{raw!r} has no word characters")
        if prefix and len(words[-1]) < 3:
            raise ValueError(f"{raw!r}: a prefix needs at least 3 letters")
        for i, word in enumerate(words):
            mark_exact = "=" if exact else ""
            mark_prefix = "*" if prefix and i == len(words) - 1 else ""
            pieces.append(f"{mark_exact}{word}{mark_prefix}")
    return pieces


def compile_pattern(pattern: str, language: str) -> tuple[Element, ...]:
    """Turn a pattern into match elements, normalising words as texts are normalised."""
    lemma_of = lemmatizer(language).first
    elements = []
    for piece in pattern_words(pattern, language):
        if piece.startswith("="):
            word = word_form(piece[1:], language).surface  # read as texts are: "=UN's" is "=UN"
            elements.append(("exact", word) if word != word.lower() else ("exact_ci", normalize_word(word, language)))
        elif piece.endswith("*"):
            elements.append(("prefix", normalize_word(piece[:-1], language)))
        else:
            elements.append(("lemma", lemma_of(normalize_word(piece, language))))
    return tuple(elements)


@dataclass(frozen=True, slots=True)
class _Compiled:
    phrase: Phrase
    elements: tuple[Element, ...]
    excludes: tuple[tuple[Element, ...], ...]
    requires: tuple[tuple[Element, ...], ...]
    order: int
    statement_requires: tuple[int, ...] = ()  # numbers of the matcher's statement-level conditions


class _Word(NamedTuple):  # a tuple: built once per word of every text, so cheaper than a dataclass
    start: int
    end: int
    form: WordForm
    candidates: tuple[_Compiled, ...]
    boundary_before: bool  # clause punctuation between this word and the previous one
    conditions: tuple[int, ...]  # statement-level conditions whose first element this word matches


def _matches(element: Element, form: WordForm) -> bool:
    kind, value = element
    if kind == "lemma":
        return value in form.lemmas
    if kind == "prefix":
        return form.lower.startswith(value) or any(lemma.startswith(value) for lemma in form.lemmas)
    if kind == "exact":
        return form.surface == value
    return form.lower == value


def _match_at(elements: tuple[Element, ...], gap: int, words: list[_Word], i: int) -> int | None:
    """End (exclusive word index) of a match of ``elements`` starting at word ``i``, or None."""
    if not _matches(elements[0], words[i].form):
        return None
    return _match_rest(elements, gap, words, i)


def _match_rest(elements: tuple[Element, ...], gap: int, words: list[_Word], i: int) -> int | None:
    """``_match_at`` when word ``i`` is known to match the first element (a candidate of that word)."""
    cur, n = i + 1, len(words)
    for element in elements[1:]:
        for p in range(cur, min(cur + gap + 1, n)):
            if words[p].boundary_before:
                return None
            if _matches(element, words[p].form):
                cur = p + 1
                break
        else:
            return None
    return cur


class PhraseMatcher:
    """All phrases of one language, indexed by their first element."""

    def __init__(self, phrases: Sequence[Phrase], language: str, negation: Negation | None = None,
                 *, overlap: str = "group") -> None:
        if overlap not in OVERLAPS:
            raise ValueError(f"overlap must be one of {list(OVERLAPS)}, got {overlap!r}")
        self.language = language
        self.overlap = overlap
        self._by_key: dict[Element, list[_Compiled]] = {}
        self._prefixed: dict[str, list[_Compiled]] = {}  # by the prefix's first 3 letters
        conditions: dict[tuple[Element, ...], int] = {}  # statement-level condition patterns, numbered once each
        for order, phrase in enumerate(phrases):
            needs = tuple(sorted({conditions.setdefault(compile_pattern(p, language), len(conditions))
                                  for p in phrase.statement_requires}))
            compiled = _Compiled(phrase, compile_pattern(phrase.pattern, language),
                                 tuple(compile_pattern(p, language) for p in phrase.exclude),
                                 tuple(compile_pattern(p, language) for p in phrase.requires), order, needs)
            if compiled.elements[0][0] == "prefix":
                self._prefixed.setdefault(compiled.elements[0][1][:3], []).append(compiled)
            else:
                self._by_key.setdefault(compiled.elements[0], []).append(compiled)
        self._window = negation.window if negation else 0
        self._cues = tuple(compile_pattern(c, language)[0] for c in negation.before) if negation else ()
        self._ignore = tuple(compile_pattern(p, language) for p in negation.ignore) if negation else ()
        self._after = tuple(compile_pattern(c, language)[0] for c in negation.after) if negation else ()
        self._conditions = tuple(conditions)  # number -> pattern
        self._forms: dict[str, tuple[WordForm, tuple[_Compiled, ...], tuple[int, ...]] | bool] = {}

    def _candidates(self, form: WordForm) -> tuple[_Compiled, ...]:
        keys = [("lemma", lemma) for lemma in form.lemmas]
        keys += [("exact", form.surface), ("exact_ci", form.lower)]
        found = [c for key in keys for c in self._by_key.get(key, ())]
        heads = {form.lower[:3], *(lemma[:3] for lemma in form.lemmas)}
        found += [c for head in heads for c in self._prefixed.get(head, ()) if _matches(c.elements[0], form)]
        return tuple(sorted(set(found), key=lambda c: c.order))

    def words(self, text: str) -> list[_Word]:
        """Word tokens of ``text`` with their cached lemmas and candidate phrases."""
        out: list[_Word] = []
        boundary = False
        cache = self._forms
        for start, end, token in tokenize(text, self.language):
            info = cache.get(token)
            if info is None:
                if is_word(token):
                    form = word_form(token, self.language)
                    starts = tuple(n for n, c in enumerate(self._conditions) if _matches(c[0], form))
                    info = (form, self._candidates(form), starts)
                else:
                    info = is_boundary(token)
                cache[token] = info
            if info is True:
                boundary = True
            elif info is not False:
                out.append(_Word(start, end, info[0], info[1], boundary, info[2]))
                boundary = False
        return out

    def match(self, text: str) -> list[Hit]:
        """Every hit in ``text``, by start offset (then phrase order); the text is its own statement."""
        scan = self.scan(text)
        return self.confirm(scan, scan.present) if scan.open else scan.hits

    def scan(self, text: str, *, skip: int = 0) -> Scan:
        """``match`` with the statement-level conditions left open, and the conditions ``text`` meets.

        When no match waits for a condition the scan's ``hits`` are final; otherwise pass the
        scan to :meth:`confirm` with the conditions its whole statement meets. Words starting
        before character ``skip`` (a news dateline) meet no condition.
        """
        words = self.words(text)
        found = self._found(words)
        present: set[int] = set()
        if self._conditions:
            for s, word in enumerate(words):
                if word.start < skip:
                    continue
                for number in word.conditions:
                    if number not in present and _match_rest(self._conditions[number], 1, words, s) is not None:
                        present.add(number)
        if any(c.statement_requires for c, *_ in found):
            return Scan([], frozenset(present), True, found)
        return Scan(self._resolved(found), frozenset(present), False, [])

    def confirm(self, scan: Scan, met: frozenset[int] | set[int]) -> list[Hit]:
        """The hits of a scanned text whose statement meets the conditions ``met`` (numbers of ``Scan.present``).

        A match that needs a statement-level condition stays only if ``met`` holds one of its
        conditions; the overlap rule then runs on what stays.
        """
        if not scan.open:
            return scan.hits
        return self._resolved([f for f in scan.found
                               if not f[0].statement_requires or not met.isdisjoint(f[0].statement_requires)])

    def _resolved(self, found: list) -> list[Hit]:
        kept = _leftmost_longest(found) if self.overlap == "leftmost" else _longest_per_group(found)
        return [Hit(c.phrase, start, end, negated) for c, _, _, start, end, negated in kept]

    def _found(self, words: list[_Word]) -> list:
        found = []
        for i, word in enumerate(words):
            for compiled in word.candidates:
                end = _match_rest(compiled.elements, compiled.phrase.gap, words, i)
                if end is None or self._excluded(compiled, words, i, end) or not _present(compiled.requires, words):
                    continue
                phrase = compiled.phrase
                negated = phrase.always_negated or (phrase.negation_sensitive and self._negated(words, i, end))
                found.append((compiled, i, end, words[i].start, words[end - 1].end, negated))
        return found

    @staticmethod
    def _excluded(compiled: _Compiled, words: list[_Word], i: int, end: int) -> bool:
        for elements in compiled.excludes:
            for s in range(max(0, i - len(elements) + 1), end):
                stop = _match_at(elements, 0, words, s)
                if stop is not None and stop > i:
                    return True
        return False

    def _negated(self, words: list[_Word], i: int, end: int) -> bool:
        """A cue shortly before word ``i`` or shortly after word ``end - 1``, within the clause."""
        q = i
        for _ in range(self._window):
            if q == 0 or words[q].boundary_before:
                break
            q -= 1
            if any(_matches(cue, words[q].form) for cue in self._cues) and not any(
                _match_at(phrase, 0, words, q) for phrase in self._ignore
            ):
                return True
        for q in range(end, min(end + self._window, len(words))):
            if words[q].boundary_before:
                break
            if any(_matches(cue, words[q].form) for cue in self._after):
                return True
        return False


def _present(patterns: tuple[tuple[Element, ...], ...], words: list[_Word]) -> bool:
    """True when there is nothing to require, or one of ``patterns`` occurs (words up to one apart)."""
    for pattern in patterns:  # a loop, not any(<generator>): it scans every word of the text
        first = pattern[0]
        for s, word in enumerate(words):
            if _matches(first, word.form) and _match_rest(pattern, 1, words, s) is not None:
                return True
    return not patterns


def _longest_per_group(found: list) -> list:
    """Within a group, the longest match (in characters), then the earliest, wins an overlap."""
    kept: list = []
    for hit in sorted(found, key=lambda h: (h[0].phrase.group, h[3] - h[4], h[3], h[0].order)):
        if not any(k[0].phrase.group == hit[0].phrase.group and hit[3] < k[4] and k[3] < hit[4] for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: (h[3], h[0].order))


def _leftmost_longest(found: list) -> list:
    """Left to right, the phrase with the most words at each word wins; no word counts twice."""
    kept, free_from = [], 0
    for hit in sorted(found, key=lambda h: (h[1], -len(h[0].elements), h[0].order)):
        if hit[1] >= free_from:
            kept.append(hit)
            free_from = hit[2]
    return kept
