"""analysis.text: one analyser, one ё rule, one list of Cyrillic languages, one phrase matcher."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from analysis.text import (
    Negation,
    Phrase,
    PhraseMatcher,
    TermKeys,
    base_language,
    best_lemma,
    display_forms,
    fold_yo,
    is_cyrillic_language,
    morph,
    normalize_word,
    script_language,
    tokenize,
    word_form,
)

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"


def test_normalisation_folds_yo_for_russian_only():
    assert fold_yo("Ещё Её") == "Еще Ее"
    assert normalize_word("Объединённых", "ru") == "объединенных"
    assert normalize_word("Ёlka", "en") == "ёlka"
    assert word_form("Ёлки", "ru").lemmas == word_form("Елки", "ru").lemmas


def test_language_helpers():
    assert base_language("en-GB") == "en" and base_language(" RU ") == "ru" and base_language(None) is None
    assert is_cyrillic_language("uk") and is_cyrillic_language("ru-RU") and not is_cyrillic_language("en")
    assert script_language("Мир") == "ru" and script_language("Peace") == "en"


def test_one_analyser_per_process():
    assert morph() is morph()
    assert best_lemma("стран") == "страна" and best_lemma("объединённых") == best_lemma("объединенных")


def test_pymorphy3_reads_its_dictionaries_with_the_c_extension():
    """Without DAWG2 pymorphy3 silently falls back to a pure-Python reader, twice as slow on new words."""
    import pymorphy3.dawg

    assert pymorphy3.dawg.EXTENSION_AVAILABLE


def test_tokens_keep_offsets():
    text = "Мы не доверяем ему... Don’t we?"
    for language in ("ru", "en"):
        for start, end, token in tokenize(text, language):
            assert text[start:end] == token


def test_group_overlap_keeps_the_longest_per_group():
    phrases = [Phrase("a", "trust", "trust"), Phrase("b", "trust", "mutual trust"), Phrase("c", "other", "trust")]
    hits = PhraseMatcher(phrases, "en").match("We need mutual trust.")
    assert [(h.phrase.id, h.start, h.end) for h in hits] == [("b", 8, 20), ("c", 15, 20)]


def test_leftmost_overlap_reads_each_word_once_and_carries_weights():
    phrases = [Phrase("welcome", "cue", "welcome", weight=1.0), Phrase("warmly welcome", "cue", "warmly welcome", weight=2.0),
               Phrase("=steps", "cue", "=steps", weight=0.5)]
    negation = Negation(2, ("=not", "=n't", "=n’t"))
    matcher = PhraseMatcher([Phrase(**{**p.__dict__, "negation_sensitive": True}) for p in phrases], "en", negation,
                            overlap="leftmost")
    hits = matcher.match("We warmly welcome these steps but don’t welcome delays. Not a step.")
    assert [(h.phrase.id, h.phrase.weight, h.negated) for h in hits] == [
        ("warmly welcome", 2.0, False), ("=steps", 0.5, False), ("welcome", 1.0, True)]


def test_exact_forms_fold_yo_like_the_text():
    hits = PhraseMatcher([Phrase("x", "g", "=всё")], "ru").match("Это все.")
    assert [h.phrase.id for h in hits] == ["x"]


def _imports(module: str) -> set[str]:
    """Modules under analysis/ whose code imports ``module`` (top-level or inside functions)."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            if any(n == module or n.startswith(module + ".") for n in names):
                found.add(path.relative_to(PACKAGE).as_posix())
    return found


@pytest.mark.parametrize("module, home", [("pymorphy3", {"text/lemmas.py"}), ("snowballstemmer", {"text/lemmas.py"})])
def test_one_home_for_the_analysers(module, home):
    assert _imports(module) == home


def test_yo_is_folded_in_one_place():
    offenders = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
                 if 'replace("ё"' in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_terms_merge_english_inflections_and_show_the_commonest_form():
    key = TermKeys()
    assert key("threats") == key("threat") != key("treaty")
    assert key("сотрудничество") == "сотрудничество"  # a Russian lemma is its own key
    shown = display_forms({"threats": 3, "threat": 5, "nations": 2, "nation": 2, "мир": 1}, key)
    assert shown[key("threat")] == "threat"
    assert shown[key("nation")] == "nation"  # a tie goes to the alphabetically first form
    assert shown["мир"] == "мир"
    assert display_forms([("states", 4), ("state", 1)], key) == {key("state"): "states"}


def test_terms_are_keyed_and_shown_in_one_place():
    """Keyness and topic words read terms alike: neither carries its own stem or display rule."""
    for module in ("compare/terms.py", "topics/vectorizer.py"):
        source = (PACKAGE / module).read_text(encoding="utf-8")
        assert "display_forms" in source and "TermKeys" in source
        assert 'lemmatizer("en")' not in source


def test_russian_tokens_are_razdels_own():
    """The per-run memo in front of razdel returns razdel's tokens, including its rules that read
    across a space ("1, 2" -> "1," "2"; "а -б" -> "а" "-б") and runs seen before in another context."""
    import random

    import razdel

    pieces = ["а", "Мы", "b", "1", "42", "-", "—", ",", ".", "/", "\\", "_", "!", "?", "(", ")", "«", "»",
              "Δ", ":", "²", "ё", "%", "*", "\u00a0", "\n"]
    rng = random.Random(17)
    texts = ["1, 2", "а -б", "а- б", "т.е. 1 .5 3/4 -5 ...?! :) yahoo! Нью-Йорк, «Мы» (ООН)", "", "  "]
    texts += ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 7))) for _ in range(3000)]
    for text in texts:
        assert tokenize(text, "ru") == [(t.start, t.stop, t.text) for t in razdel.tokenize(text)], repr(text)
