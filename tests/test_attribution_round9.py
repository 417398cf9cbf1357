"""Sentence-level attribution, ninth round (issue #18): the vocabulary of an issued statement has one home
(``cues.yaml``: issued_statements), so each word it lists is read by every rule about statements. Sentences the
team wrote (bodies and people invented)."""

from __future__ import annotations

import pytest

from analysis.attribution.vocabulary import cues
from attribution_check import gold_speakers

_EN = cues()["issued_statements"]["en"]


@pytest.mark.parametrize("verb", _EN["verbs"])
@pytest.mark.parametrize("noun", _EN["statements"])
def test_every_listed_verb_and_statement_noun_issues_a_statement(verb, noun):
    body = f"Police arrested two men on Monday. The Harbour Ministry {verb} a short {noun} on the arrests.\n"
    assert gold_speakers(body, "en") == [None, "Harbour Ministry"]


@pytest.mark.parametrize("noun", _EN["statements"] + _EN["messages"])
def test_a_statement_or_message_from_a_body_speaks_for_it(noun):
    body = f"The port stays closed, a {noun} from the Harbour Ministry said on Tuesday.\n"
    assert gold_speakers(body, "en") == ["Harbour Ministry"]
    body = f"According to a {noun} from the Harbour Ministry, the port stays closed.\n"
    assert gold_speakers(body, "en") == ["Harbour Ministry"]


@pytest.mark.parametrize("verb", _EN["verbs"])
@pytest.mark.parametrize("noun", ["statement", "letter", "tweet", "message", "post", "note"])
def test_a_message_issued_with_saying_is_its_issuers(verb, noun):
    """Not a body named "Harbour Ministry issued a tweet": a message noun is no document, so the institution sieve
    read the whole head as the body's name before the issued-message rule could."""
    body = f"The Harbour Ministry {verb} a {noun} saying the port would stay closed until Friday.\n"
    assert gold_speakers(body, "en") == ["Harbour Ministry"]


@pytest.mark.parametrize("stem", cues()["issued_statements"]["ru"]["verb_stems"])
def test_every_listed_russian_verb_issues_a_statement_its_text_speaks_for(stem):
    body = (f"Министерство портов {stem}ло заявление о закрытии порта. "
            "В заявлении говорится, что порт закрыт до пятницы.\n")
    assert gold_speakers(body, "ru") == ["Министерство портов"] * 2
