"""The last-word gate in front of ``not_speech``'s end-anchored English patterns (issue #18, speed) must never skip
a head a pattern matches: every word the patterns spell, in any case, with every ending they allow, is tried."""

from __future__ import annotations

import itertools
import re

from analysis.attribution.speech import _ENDINGS, _NOUN_OR_ADJECTIVE, _PASSIVE, _could_end, not_speech


def _gate(head: str) -> frozenset:
    return _could_end(head.rsplit(None, 1)[-1] if head and not head.isspace() else "")


def _heads(pattern: re.Pattern) -> list[str]:
    """Heads ending in each word the pattern's source spells (and pairs of them), in three cases, with the
    shapes its classes allow (an -ly adverb, a compass adjective, a number, "n't")."""
    words = set(re.findall(r"[A-Za-z]+", pattern.pattern)) | {"quickly", "Eastern", "12", "3.5", "didn't", "won’t"}
    pairs = {f"{a} {b}" for a, b in itertools.product(sorted(words), repeat=2)}
    heads = set()
    for phrase in words | pairs:
        for variant in (phrase, phrase.upper(), phrase.title()):
            heads |= {f"The report {variant}", f"The report {variant} ", f"x {variant}\n", variant}
    return sorted(heads)


def test_no_head_a_pattern_matches_is_skipped_by_the_gate():
    for pattern in _ENDINGS:
        matched = [head for head in _heads(pattern) if pattern.search(head)]
        assert len(matched) > 20, pattern.pattern  # the heads do exercise the pattern
        skipped = [head for head in matched if pattern not in _gate(head)]
        assert not skipped, (pattern.pattern, skipped[:5])


def test_the_gate_skips_heads_that_end_otherwise():
    assert not _gate("Foreign Minister Anna Keller ")
    assert _gate("The ministry was widely ") == {_PASSIVE}
    assert _NOUN_OR_ADJECTIVE not in _gate("The ministry, ") and _NOUN_OR_ADJECTIVE in _gate("in 2,500 ")
    assert _gate("Лавров не ") == set(_ENDINGS)  # another script: every pattern is searched


def test_not_speech_reads_as_before_on_gated_heads():
    assert not_speech("He was also ", "praised", " by the committee.", False)
    assert not_speech("The ministry didn't ", "say", " why.", False)
    assert not_speech("The results in ten ", "states", " were close.", False)
    assert not not_speech("Foreign Minister Anna Keller ", "said", " on Tuesday.", False)
    assert not_speech("издание не ", "называет", " источник.", True)
