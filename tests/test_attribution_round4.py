"""Attribution, round 4 of issue #18: the fast case-insensitive scan gives ``re.IGNORECASE``'s matches,
and the error classes fixed on the development split, each on wire-copy sentences the team wrote
(the people, places and agencies are invented)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis.attribution.caseless import Caseless
from analysis.attribution.vocabulary import RU_VERB
from analysis.corpus.news import article_sentences


def speakers(body: str, language: str) -> list:
    table = article_sentences(body, {"doc_id": "w", "language": language})
    return [None if pd.isna(s) else s for s in table["speaker"]]


@pytest.mark.parametrize("text", [
    "Заявил министр, что ЗАЯВИЛ и Заявила.", "По словам посла, всё готово", "ſaid Kelvin K İstanbul заявил",
    "Он сообщил: «Подтверждаем», — подчеркнула она.", "", "NOTHING here", "ᲀоворил и сообщила",
])
def test_caseless_scan_finds_what_ignorecase_finds(text):
    slow = re.compile(RU_VERB.pattern, re.IGNORECASE)
    assert [(m.span(), m.group()) for m in RU_VERB.finditer(text)] == [(m.span(), m.group()) for m in slow.finditer(text)]
    assert (RU_VERB.search(text) or re.match("", "")).span() == (slow.search(text) or re.match("", "")).span()


def test_caseless_refuses_a_pattern_with_capitals():
    with pytest.raises(ValueError, match="lower case"):
        Caseless(r"\bSaid\b")
    assert Caseless(r"\bsaid\W").search("He SAID!").group() == "SAID!"  # escapes keep their meaning
